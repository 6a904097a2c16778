/// Attribute access: `o.name`, and the method lookup that `o.name(...)` compiles to.

public func loadAttribute(_ object: Value, _ name: Value) throws(PythonError) -> Value {
  if object.isObject(.instance) { return try Classes.loadInstanceAttribute(object, name) }
  if ClassObject.isClass(object) { return try Classes.loadClassAttribute(object, name) }
  if let special = try Classes.loadSpecialAttribute(object, name) { return special }
  if object.isObject(.module) {
    if let value = ModuleObject(object).dict.get(str: name) { return value }
    throw raise(
      .attributeError, "module '\(ModuleObject(object).name.string)' has no attribute '\(name.string)'")
  }
  if let method = Builtins.lookupMethod(object, name) {
    return BuiltinFunctionObject.make(index: BuiltinFunctionObject(method).index, boundSelf: object)
  }
  let attribute = name.string
  // A class method of a built-in type through an instance (`{}.fromkeys`): the same function.
  if !object.isObject(.type), let function = Builtins.classMethods[typeID(of: object)]?[attribute] {
    return function
  }
  switch attribute {
  case "__name__":
    if object.isObject(.type) { return Runtime.intern(TypeObject(object).id.name) }
    if object.isObject(.function) { return FunctionObject(object).name }
    if object.isObject(.builtinFunction) {
      return Value.str(Builtins.table[BuiltinFunctionObject(object).index].name)
    }
  case "__qualname__":
    if object.isObject(.function) { return FunctionObject(object).qualifiedName }
  case "__class__":
    return classOf(object)
  case "name", "mode", "closed":
    if object.isFile {
      let file = FileObject(object)
      return attribute == "name" ? file.name : (attribute == "mode" ? file.mode : Value(bool: file.isClosed))
    }
  case "args":
    if object.isObject(.exception) { return ExceptionObject(object).args }
  case "code":
    if object.isObject(.exception), ExceptionObject(object).type.isSubtype(of: .systemExit) {
      return ExceptionObject(object).code
    }
  case "value":
    if object.isObject(.exception), ExceptionObject(object).type.isSubtype(of: .stopIteration) {
      return ExceptionObject(object).value
    }
  case "__cause__", "__context__", "__traceback__", "__suppress_context__":
    if object.isObject(.exception) {
      let exception = ExceptionObject(object)
      switch attribute {
      case "__cause__": return exception.cause
      case "__context__": return exception.context
      case "__suppress_context__": return Value(bool: exception.suppressContext)
      default: return exception.traceback.isEmpty ? .none : exception.traceback
      }
    }
  case "start", "stop", "step":
    if object.isObject(.range) {
      let range = RangeObject(object)
      return attribute == "start" ? range.start : (attribute == "stop" ? range.stop : range.step)
    }
    if object.isObject(.slice) {
      let slice = SliceObject(object)
      return attribute == "start" ? slice.start : (attribute == "stop" ? slice.stop : slice.step)
    }
  case "real":
    if isIntLike(object) || object.isFloat { return try positive(object) }
  case "imag":
    if isIntLike(object) { return Value(smallInt: 0) }
    if object.isFloat { return Value.float(0) }
  default:
    break
  }
  if object.isObject(.type) {
    let type = TypeObject(object).id
    if attribute == "__bases__" { return Classes.bases(of: object) }
    if attribute == "__mro__" { return Classes.mro(of: object) }
    if let method = Builtins.methods[type]?[attribute] { return method }
    if let function = Builtins.classMethods[type]?[attribute] { return function }
    throw raise(
      .attributeError, "type object '\(TypeObject(object).id.name)' has no attribute '\(attribute)'")
  }
  if object.isObject(.exception) { return try Classes.loadInstanceAttribute(object, name) }
  if object.isObject(.function) {
    let function = FunctionObject(object)
    if attribute == "__dict__" { return function.attributeDict().ref.value }
    if attribute == "__defaults__" || attribute == "__kwdefaults__" {
      return function.defaultsAttribute(attribute)
    }
    if let value = function.attributes?.get(str: name) { return value }
  }
  throw raise(.attributeError, "'\(typeName(object))' object has no attribute '\(attribute)'")
}

public func storeAttribute(_ object: Value, _ name: Value, _ value: Value) throws(PythonError) {
  if object.isObject(.instance) || object.isObject(.exception) {
    return try Classes.storeInstanceAttribute(object, name, value)
  }
  if ClassObject.isClass(object) { return try Classes.storeClassAttribute(object, name, value) }
  if object.isObject(.module) {
    try ModuleObject(object).dict.set(name, value)
    return
  }
  if object.isObject(.function) { return try FunctionObject(object).store(name, value) }
  if object.isObject(.type) {
    throw raise(
      .typeError,
      "cannot set '\(name.string)' attribute of immutable type '\(TypeObject(object).id.name)'")
  }
  throw raise(.attributeError, "'\(typeName(object))' object has no attribute '\(name.string)'")
}

/// `del object.name`.
public func deleteAttribute(_ object: Value, _ name: Value) throws(PythonError) {
  if object.isObject(.instance) || object.isObject(.exception) {
    return try Classes.deleteInstanceAttribute(object, name)
  }
  if ClassObject.isClass(object) { return try Classes.deleteClassAttribute(object, name) }
  if object.isObject(.module), try ModuleObject(object).dict.remove(name) != nil { return }
  if object.isObject(.function), let attributes = FunctionObject(object).attributes,
    try attributes.remove(name) != nil
  {
    return
  }
  throw raise(.attributeError, "'\(typeName(object))' object has no attribute '\(name.string)'")
}
