/// Raising exceptions from runtime helpers: build the exception, make it pending, and return the
/// marker error to `throw`.
///
///     guard divisor != 0 else { throw raise(.zeroDivisionError, "division by zero") }
public func raise(_ type: TypeID, _ message: String) -> PythonError {
  let text = Value.str(message)
  let args = TupleObject.make(count: 1)
  args[0] = text
  Exceptions.setPending(ExceptionObject.make(type, args: args.ref.value))
  return PythonError()
}

/// Raises `type` with `argument` as its only argument (KeyError keeps the key itself).
public func raise(_ type: TypeID, argument: Value) -> PythonError {
  let args = TupleObject.make(count: 1)
  args[0] = argument
  Exceptions.setPending(ExceptionObject.make(type, args: args.ref.value))
  return PythonError()
}

/// Raises `type` with no arguments (a bare `AssertionError`).
public func raise(_ type: TypeID) -> PythonError {
  Exceptions.setPending(ExceptionObject.make(type, args: Runtime.emptyTuple))
  return PythonError()
}

/// Makes `exception` (an exception instance) pending, as a new raise (see `Exceptions.setPending`).
public func raise(exception: Value) -> PythonError {
  Exceptions.setPending(exception)
  return PythonError()
}

/// TypeError for an operator the operand types do not support, in CPython's words.
func unsupportedOperands(_ symbol: StaticString, _ a: Value, _ b: Value) -> PythonError {
  raise(
    .typeError,
    "unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
}

/// The Python type of a value.
@inline(__always)
public func typeID(of value: Value) -> TypeID {
  if value.isSmallInt { return .int }
  if value.isInlineFloat { return .float }
  if !value.isHeapObject {
    if value.isBool { return .bool }
    return value == .ellipsis ? .ellipsis : .noneType
  }
  switch value.objectTag {
  case .bigInt: return .int
  case .float: return .float
  case .str: return .str
  case .list: return .list
  case .tuple: return .tuple
  case .dict: return .dict
  case .range: return .range
  case .function: return .function
  case .builtinFunction: return .builtinFunction
  case .boundMethod: return .method
  case .instance: return .object
  case .descriptor: return DescriptorObject(value).kind
  case .type: return .type
  case .module: return .module
  case .cell: return .cell
  case .slice: return .slice
  case .exception: return ExceptionObject(value).type
  case .iterator: return IteratorObject(value).kind
  case .dictView: return DictViewObject(value).kind
  case .file: return .textIOWrapper
  case .set: return .set
  case .frozenSet: return .frozenset
  case .free, .strBuffer: return .object
  }
}

/// `type(value).__name__`.
public func typeName(_ value: Value) -> String {
  if value.isHeapObject && (value.objectTag == .instance || value.objectTag == .exception) {
    return TypeObject(classOf(value)).nameValue.string
  }
  return typeID(of: value).name
}

/// `type(value)`: the class of an instance (or of an exception made from a class), else the
/// built-in type object.
public func classOf(_ value: Value) -> Value {
  if value.isHeapObject {
    switch value.objectTag {
    case .instance: return InstanceObject(value).cls
    case .exception: return ExceptionObject(value).ref.value(at: ExceptionObject.typeOffset)
    default: break
    }
  }
  return Runtime.types[typeID(of: value).rawValue]
}
