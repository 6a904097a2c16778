import AdderSyntax

extension Compiler {
  /// `class Name(base): body`, leaving the class (decorated) on the stack. The body compiles to
  /// a function of no parameters whose locals are the class's names and which returns them as
  /// a dict (`loadLocals`); `buildClass` calls it and makes the class. A body whose methods use
  /// `super()` keeps the class in its `__class__` cell and hands the cell over as
  /// `__classcell__`, which `buildClass` fills once the class exists (CPython's protocol).
  func compileClass(_ definition: ClassDef, key: ScopeKey) throws(SourceError) {
    if definition.bases.count > 1 {
      throw error("multiple inheritance", at: definition.bases[1], kind: .unsupported)
    }
    for decorator in definition.decorators { try compile(decorator) }
    let body = definition.body
    // The body and the functions in it mangle private names with this class's name; the bases
    // and decorators, compiled outside it, do not.
    let enclosingClass = className
    className = definition.name
    try compileFunction(name: definition.name, parameters: Parameters(), key: key) {
      (compiler: Compiler) throws(SourceError) in
      if let first = body.first, case .expression(let expr) = first.kind, case .string(let text) = expr.kind {
        compiler.code.loadConstant(.string(text))
        compiler.code.emit(.storeFast, compiler.code.local("__doc__"))
      }
      try compiler.compileBody(body)
      if compiler.scope.cells.contains("__class__") {
        compiler.code.emit(.loadClosure, compiler.code.derefIndex("__class__") ?? 0)
        compiler.code.emit(.storeFast, compiler.code.local("__classcell__"))
      }
      compiler.code.emit(.loadLocals)
      compiler.code.emit(.returnValue)
    }
    className = enclosingClass
    code.line = key.line
    code.loadConstant(.string(definition.name))
    for base in definition.bases { try compile(base) }
    code.line = key.line
    code.emit(.buildClass, definition.bases.count)
    for _ in definition.decorators { code.emit(.call, 1) }
  }

  /// `super()` with no arguments in a function defined in a class: compiled as
  /// `super(__class__, <first parameter>)`, which is what CPython's super() finds in the frame.
  /// False when the call is not of that form (the builtin then raises).
  func compileZeroArgumentSuper(_ function: Expr, _ arguments: [Argument]) -> Bool {
    guard case .name("super") = function.kind, arguments.isEmpty,
      scope.resolve("super") == .global, scope.frees.contains("__class__"),
      let first = scope.parameters.first
    else { return false }
    load("super")
    code.emit(.loadDeref, code.derefIndex("__class__") ?? 0)
    load(first)
    code.emit(.call, 2)
    return true
  }
}
