/// A function defined by `def` or `lambda`.
///
/// ```
/// offset 8   code: UnsafeMutablePointer<CodeInfo> (never freed)
/// offset 16  globals: the defining module's dict
/// offset 24  defaults: tuple, or empty
/// offset 32  closure: tuple of cells, or empty
/// offset 40  name: str
/// offset 48  qualified name: str
/// offset 56  attributes a program set (`f.calls = 0`): a dict, or empty until the first
/// ```
public struct FunctionObject {
  public let ref: ObjectRef
  public static let codeOffset = 8
  public static let globalsOffset = 16
  public static let defaultsOffset = 24
  public static let closureOffset = 32
  public static let nameOffset = 40
  public static let qualifiedNameOffset = 48
  public static let attributesOffset = 56
  static let size = 64

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  @inline(__always) public var info: UnsafeMutablePointer<CodeInfo> {
    ref.load(FunctionObject.codeOffset, as: UnsafeMutablePointer<CodeInfo>.self)
  }
  public var code: CompiledCode { Runtime.codes[info.pointee.index] }
  @inline(__always) public var globals: Value { ref.value(at: FunctionObject.globalsOffset) }
  @inline(__always) public var defaults: Value { ref.value(at: FunctionObject.defaultsOffset) }
  @inline(__always) public var closure: Value { ref.value(at: FunctionObject.closureOffset) }
  public var name: Value { ref.value(at: FunctionObject.nameOffset) }
  public var qualifiedName: Value { ref.value(at: FunctionObject.qualifiedNameOffset) }
  /// The function's `__dict__`, if a program ever set an attribute on it.
  var attributes: DictObject? {
    let dict = ref.value(at: FunctionObject.attributesOffset)
    return dict.isEmpty ? nil : DictObject(dict)
  }

  /// `__defaults__` (the positional defaults' tuple) or `__kwdefaults__` (the keyword-only
  /// defaults by name), None when there are none: both are kept in one tuple, positional first.
  func defaultsAttribute(_ attribute: String) -> Value {
    let code = self.code.code
    let all = defaults
    if attribute == "__defaults__" {
      guard code.defaultCount > 0, all.isTuple else { return .none }
      let tuple = TupleObject(all)
      return Value.tuple((0..<code.defaultCount).map { tuple[$0] })
    }
    guard !code.keywordOnlyDefaults.isEmpty, all.isTuple else { return .none }
    let tuple = TupleObject(all)
    let dict = DictObject.make()
    for (k, keywordIndex) in code.keywordOnlyDefaults.enumerated() {
      try? dict.set(
        Runtime.intern(code.localNames[code.parameterCount + keywordIndex]), tuple[code.defaultCount + k])
    }
    return dict.ref.value
  }

  /// The function's `__dict__`, made on first use.
  func attributeDict() -> DictObject {
    if let attributes { return attributes }
    let dict = DictObject.make()
    ref.setValue(dict.ref.value, at: FunctionObject.attributesOffset)
    return dict
  }

  /// `f.name = value`: `__name__` and `__qualname__` (strs only) are the function's own; any
  /// other name goes to its `__dict__`.
  func store(_ name: Value, _ value: Value) throws(PythonError) {
    if name == Names.dunderName || name == Names.dunderQualname {
      guard value.isStr else {
        throw raise(.typeError, "\(name.string) must be set to a string object")
      }
      ref.setValue(
        value, at: name == Names.dunderName ? FunctionObject.nameOffset : FunctionObject.qualifiedNameOffset)
      return
    }
    try attributeDict().set(name, value)
  }

  public static func make(code: CompiledCode, globals: Value, defaults: Value, closure: Value)
    -> FunctionObject
  {
    let function = FunctionObject(Heap.allocate(size: size, tag: .function).value)
    function.ref.store(codeOffset, code.info)
    function.ref.setValue(globals, at: globalsOffset)
    function.ref.setValue(defaults, at: defaultsOffset)
    function.ref.setValue(closure, at: closureOffset)
    function.ref.setValue(code.nameValue, at: nameOffset)
    function.ref.setValue(code.qualifiedNameValue, at: qualifiedNameOffset)
    function.ref.setValue(.empty, at: attributesOffset)
    return function
  }
}

/// A function implemented in Swift (`len`, `print`, `str.join` ...), optionally bound to `self`.
///
/// ```
/// offset 8   builtin: index into Builtins.table
/// offset 16  self: the bound receiver, or empty
/// ```
public struct BuiltinFunctionObject {
  public let ref: ObjectRef
  static let indexOffset = 8
  public static let selfOffset = 16
  static let size = 24

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  @inline(__always) public var index: Int { ref.int(at: BuiltinFunctionObject.indexOffset) }
  @inline(__always) public var boundSelf: Value { ref.value(at: BuiltinFunctionObject.selfOffset) }

  public static func make(index: Int, boundSelf: Value = .empty) -> Value {
    let object = Heap.allocate(size: size, tag: .builtinFunction)
    object.setInt(index, at: indexOffset)
    object.setValue(boundSelf, at: selfOffset)
    return object.value
  }
}

/// A closure cell: one variable shared between a function and the functions nested in it.
///
/// ```
/// offset 8   contents, or empty when unbound
/// ```
public struct CellObject {
  public let ref: ObjectRef
  static let contentsOffset = 8

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  @inline(__always) public var contents: Value {
    get { ref.value(at: CellObject.contentsOffset) }
    nonmutating set { ref.setValue(newValue, at: CellObject.contentsOffset) }
  }

  public static func make(_ contents: Value = .empty) -> Value {
    let cell = Heap.allocate(size: 16, tag: .cell)
    cell.setValue(contents, at: contentsOffset)
    return cell.value
  }
}
