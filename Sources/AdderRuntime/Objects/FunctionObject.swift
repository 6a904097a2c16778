/// A function defined by `def` or `lambda`.
///
/// ```
/// offset 8   code: UnsafeMutablePointer<CodeInfo> (never freed)
/// offset 16  globals: the defining module's dict
/// offset 24  defaults: tuple, or empty
/// offset 32  closure: tuple of cells, or empty
/// offset 40  name: str
/// offset 48  qualified name: str
/// ```
public struct FunctionObject {
  public let ref: ObjectRef
  public static let codeOffset = 8
  public static let globalsOffset = 16
  public static let defaultsOffset = 24
  public static let closureOffset = 32
  public static let nameOffset = 40
  public static let qualifiedNameOffset = 48
  static let size = 56

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
