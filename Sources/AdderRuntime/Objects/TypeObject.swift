/// Every built-in type, including the exception hierarchy. `type(x)` returns the TypeObject of one
/// of these; `isinstance` walks `base`.
public enum TypeID: Int, CaseIterable, Sendable {
  case object, int, bool, float, str, list, tuple, dict, range, noneType, ellipsis
  case function, builtinFunction, type, module, cell, slice
  case listIterator, tupleIterator, strIterator, rangeIterator, dictKeyIterator
  case dictValueIterator, dictItemIterator, enumerate, zip, reversed, map, filter
  case dictKeys, dictValues, dictItems
  case set, frozenset, setIterator
  /// A text file object (`open`, `sys.stdout`).
  case textIOWrapper
  /// What classes are made of (`ClassObject.swift`): bound methods of Python functions,
  /// descriptors, `super` objects and NotImplemented's type.
  case method, property, staticMethod, classMethod, superType, notImplementedType
  /// Type hints: `list[int]` and `int | None` (`GenericAliases`).
  case genericAlias, unionType
  /// Iterates an instance through `__getitem__(0)`, `__getitem__(1)` ... (CPython's "iterator").
  case sequenceIterator
  /// `iter(callable, sentinel)`: calls until the sentinel comes back.
  case callableIterator
  case baseException, systemExit, exception, arithmeticError, zeroDivisionError, overflowError
  case lookupError, indexError, keyError, typeError, valueError, nameError, unboundLocalError
  case attributeError, assertionError, runtimeError, recursionError, notImplementedError
  case stopIteration, importError, moduleNotFoundError
  case memoryError, keyboardInterrupt, eofError, osError, fileNotFoundError, brokenPipeError
  case isADirectoryError, permissionError, fileExistsError, unsupportedOperation

  /// The name Python prints (`type(x).__name__`).
  public var name: String {
    switch self {
    case .noneType: return "NoneType"
    case .builtinFunction: return "builtin_function_or_method"
    case .listIterator: return "list_iterator"
    case .tupleIterator: return "tuple_iterator"
    case .strIterator: return "str_ascii_iterator"
    case .rangeIterator: return "range_iterator"
    case .dictKeyIterator: return "dict_keyiterator"
    case .dictValueIterator: return "dict_valueiterator"
    case .dictItemIterator: return "dict_itemiterator"
    case .dictKeys: return "dict_keys"
    case .dictValues: return "dict_values"
    case .dictItems: return "dict_items"
    case .setIterator: return "set_iterator"
    case .baseException: return "BaseException"
    case .systemExit: return "SystemExit"
    case .exception: return "Exception"
    case .arithmeticError: return "ArithmeticError"
    case .zeroDivisionError: return "ZeroDivisionError"
    case .overflowError: return "OverflowError"
    case .lookupError: return "LookupError"
    case .indexError: return "IndexError"
    case .keyError: return "KeyError"
    case .typeError: return "TypeError"
    case .valueError: return "ValueError"
    case .nameError: return "NameError"
    case .unboundLocalError: return "UnboundLocalError"
    case .attributeError: return "AttributeError"
    case .assertionError: return "AssertionError"
    case .runtimeError: return "RuntimeError"
    case .recursionError: return "RecursionError"
    case .notImplementedError: return "NotImplementedError"
    case .stopIteration: return "StopIteration"
    case .importError: return "ImportError"
    case .moduleNotFoundError: return "ModuleNotFoundError"
    case .textIOWrapper: return "TextIOWrapper"
    case .staticMethod: return "staticmethod"
    case .classMethod: return "classmethod"
    case .superType: return "super"
    case .sequenceIterator: return "iterator"
    case .callableIterator: return "callable_iterator"
    case .notImplementedType: return "NotImplementedType"
    case .genericAlias: return "GenericAlias"
    case .unionType: return "UnionType"
    case .memoryError: return "MemoryError"
    case .keyboardInterrupt: return "KeyboardInterrupt"
    case .eofError: return "EOFError"
    case .osError: return "OSError"
    case .fileNotFoundError: return "FileNotFoundError"
    case .brokenPipeError: return "BrokenPipeError"
    case .isADirectoryError: return "IsADirectoryError"
    case .permissionError: return "PermissionError"
    case .fileExistsError: return "FileExistsError"
    // CPython prints its module: "io.UnsupportedOperation: not writable".
    case .unsupportedOperation: return "io.UnsupportedOperation"
    // Spelled out: string interpolation of a case name goes through reflection, which cost
    // 3.4 M instructions at every start (a type object per TypeID is made then).
    case .object: return "object"
    case .int: return "int"
    case .bool: return "bool"
    case .float: return "float"
    case .str: return "str"
    case .list: return "list"
    case .tuple: return "tuple"
    case .dict: return "dict"
    case .range: return "range"
    case .ellipsis: return "ellipsis"
    case .function: return "function"
    case .type: return "type"
    case .module: return "module"
    case .cell: return "cell"
    case .slice: return "slice"
    case .enumerate: return "enumerate"
    case .zip: return "zip"
    case .reversed: return "reversed"
    case .map: return "map"
    case .filter: return "filter"
    case .set: return "set"
    case .frozenset: return "frozenset"
    case .method: return "method"
    case .property: return "property"
    }
  }

  /// The base type, for isinstance and exception matching.
  public var base: TypeID? {
    switch self {
    case .object: return nil
    case .bool: return .int
    case .baseException: return .object
    case .systemExit, .exception: return .baseException
    case .arithmeticError, .lookupError, .typeError, .valueError, .nameError, .attributeError,
      .assertionError, .runtimeError, .stopIteration, .importError, .memoryError, .eofError, .osError:
      return .exception
    case .moduleNotFoundError: return .importError
    case .keyboardInterrupt: return .baseException
    case .fileNotFoundError, .brokenPipeError, .isADirectoryError, .permissionError,
      .fileExistsError, .unsupportedOperation:
      return .osError
    case .zeroDivisionError, .overflowError: return .arithmeticError
    case .indexError, .keyError: return .lookupError
    case .unboundLocalError: return .nameError
    case .recursionError, .notImplementedError: return .runtimeError
    default: return .object
    }
  }

  public var isException: Bool { rawValue >= TypeID.baseException.rawValue }

  public func isSubtype(of other: TypeID) -> Bool {
    var current: TypeID? = self
    while let type = current {
      if type == other { return true }
      current = type.base
    }
    return false
  }
}

/// The object for a type: what `int`, `str`, `ValueError` ... evaluate to.
///
/// ```
/// offset 8   type id (TypeID raw value)
/// offset 16  name: str
/// ```
public struct TypeObject {
  public let ref: ObjectRef
  static let idOffset = 8
  static let nameOffset = 16

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  @inline(__always) public var id: TypeID { TypeID(rawValue: ref.int(at: TypeObject.idOffset))! }
  /// `__name__` (of a built-in type or a class).
  public var nameValue: Value { ref.value(at: TypeObject.nameOffset) }

  static func make(_ id: TypeID) -> Value {
    let object = Heap.allocate(size: 24, tag: .type)
    object.setInt(id.rawValue, at: idOffset)
    object.setValue(Runtime.intern(id.name), at: nameOffset)
    object.gcBits = ObjectHeader.immortalBit
    return object.value
  }
}

/// An exception instance (of a built-in exception type or of a class deriving from one).
///
/// ```
/// offset 8   type: TypeObject (the built-in type or the user class)
/// offset 16  args: tuple
/// offset 24  attributes: dict, or empty until the first attribute is set
/// offset 32  __cause__ (None until `raise ... from`)
/// offset 40  __context__ (None, or the exception being handled when this one was raised)
/// offset 48  __traceback__: the traceback entries recorded so far (empty until first raised)
/// flags bit 0: __suppress_context__
/// ```
/// Every field after the header is a Value, so the collector marks them all.
public struct ExceptionObject {
  public let ref: ObjectRef
  static let typeOffset = 8
  static let argsOffset = 16
  static let attributesOffset = 24
  static let causeOffset = 32
  static let contextOffset = 40
  static let tracebackOffset = 48
  static let size = 56
  /// The number of Value fields after the header (for the collector).
  static let fieldCount = 6

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  public var type: TypeID { TypeObject(ref.value(at: ExceptionObject.typeOffset)).id }
  /// The class, as Python sees it (`type(e)`).
  public var typeObject: Value { ref.value(at: ExceptionObject.typeOffset) }
  public var args: Value {
    get { ref.value(at: ExceptionObject.argsOffset) }
    nonmutating set { ref.setValue(newValue, at: ExceptionObject.argsOffset) }
  }
  /// `SystemExit.code` and `StopIteration.value` as CPython derives them from the arguments:
  /// None for none, the argument for one, and (`code` only) the tuple for more.
  public var code: Value {
    let arguments = TupleObject(args)
    return arguments.count == 0 ? .none : arguments.count == 1 ? arguments[0] : args
  }
  public var value: Value { TupleObject(args).count == 0 ? .none : TupleObject(args)[0] }
  public var attributes: Value {
    get { ref.value(at: ExceptionObject.attributesOffset) }
    nonmutating set { ref.setValue(newValue, at: ExceptionObject.attributesOffset) }
  }
  /// The exception's `__notes__` attribute (set by `add_note`) without raising, when it has one.
  public static func note(list exception: Value) -> Value? {
    let attributes = ExceptionObject(exception).attributes
    return attributes.isDict ? DictObject(attributes).get(str: Runtime.intern("__notes__")) : nil
  }
  public var cause: Value {
    get { ref.value(at: ExceptionObject.causeOffset) }
    nonmutating set { ref.setValue(newValue, at: ExceptionObject.causeOffset) }
  }
  public var context: Value {
    get { ref.value(at: ExceptionObject.contextOffset) }
    nonmutating set { ref.setValue(newValue, at: ExceptionObject.contextOffset) }
  }
  public var traceback: Value {
    get { ref.value(at: ExceptionObject.tracebackOffset) }
    nonmutating set { ref.setValue(newValue, at: ExceptionObject.tracebackOffset) }
  }
  public var suppressContext: Bool {
    get { ref.flags & 1 != 0 }
    nonmutating set { ref.flags = newValue ? ref.flags | 1 : ref.flags & ~1 }
  }

  public static func make(_ type: TypeID, args: Value) -> Value {
    make(cls: Runtime.types[type.rawValue], args: args)
  }

  /// An instance of `cls`: a built-in exception type or a class deriving from one.
  public static func make(cls: Value, args: Value) -> Value {
    let object = Heap.allocate(size: size, tag: .exception)
    object.setValue(cls, at: typeOffset)
    object.setValue(args, at: argsOffset)
    object.setValue(.empty, at: attributesOffset)
    object.setValue(.none, at: causeOffset)
    object.setValue(.none, at: contextOffset)
    object.setValue(.empty, at: tracebackOffset)
    return object.value
  }
}
