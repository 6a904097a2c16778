import AdderCompiler

extension OpcodeSemantics {
  /// `loadLocals`: the bound locals of a frame by name, in slot order (a class body's
  /// namespace, so the class's attributes keep the order they were defined in).
  public static func loadLocals(_ locals: UnsafeMutablePointer<Value>, _ info: UnsafeMutablePointer<CodeInfo>)
    -> Value
  {
    let code = Runtime.codes[info.pointee.index].code
    let dict = DictObject.make()
    for (i, name) in code.localNames.enumerated() where !locals[i].isEmpty {
      try? dict.set(Runtime.intern(name), locals[i])
    }
    return dict.ref.value
  }

  /// `buildClass`: `items` holds the body function, the name, then the bases.
  public static func buildClass(_ items: UnsafeMutablePointer<Value>, _ baseCount: Int) throws(PythonError)
    -> Value
  {
    try Classes.build(items[0], items[1], items + 2, baseCount)
  }
}
