/// Operations behind opcodes that are not operators: globals, unpacking, imports, raise.

/// globals[name], else builtins[name], else NameError.
@inline(__always)
public func loadGlobal(_ globals: Value, _ name: Value) throws(PythonError) -> Value {
  if let value = DictObject(globals).get(str: name) { return value }
  if let value = Runtime.builtins.get(str: name) { return value }
  throw raise(.nameError, "name '\(name.string)' is not defined")
}

/// Writes the `count` items of `sequence` to `destination` in reverse (first item on top).
public func unpack(_ sequence: Value, count: Int, into destination: UnsafeMutablePointer<Value>)
  throws(PythonError)
{
  if sequence.isTuple || sequence.isList {
    let items = Sequences.items(sequence)
    guard items.count == count else {
      if items.count > count { throw raise(.valueError, "too many values to unpack (expected \(count))") }
      throw raise(.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
    }
    for i in 0..<count { destination[count - 1 - i] = items[i] }
    return
  }
  guard sequence.isHeapObject,
    [.str, .dict, .range, .iterator, .dictView, .instance, .set, .frozenSet].contains(sequence.objectTag)
  else {
    throw raise(.typeError, "cannot unpack non-iterable \(typeName(sequence)) object")
  }
  let list = try Sequences.toList(sequence)
  try unpack(list.ref.value, count: count, into: destination)
}

/// `a, *rest, b = sequence`: writes after + 1 + before values (first item on top); returns the count.
public func unpackStarred(
  _ sequence: Value, before: Int, after: Int, into destination: UnsafeMutablePointer<Value>
)
  throws(PythonError) -> Int
{
  guard sequence.isHeapObject,
    [.str, .dict, .range, .iterator, .dictView, .list, .tuple, .instance, .set, .frozenSet].contains(
      sequence.objectTag)
  else {
    throw raise(.typeError, "cannot unpack non-iterable \(typeName(sequence)) object")
  }
  let items = try Sequences.toList(sequence)
  let n = items.count
  guard n >= before + after else {
    throw raise(.valueError, "not enough values to unpack (expected at least \(before + after), got \(n))")
  }
  let total = before + 1 + after
  // Allocate the middle list first, then read items through their list (see keepAlive). In
  // order: before..., the middle list, after...; the first item ends on top.
  let middle = ListObject.make(capacity: n - before - after)
  for i in before..<(n - after) { middle.append(items[i]) }
  for i in 0..<before { destination[total - 1 - i] = items[i] }
  destination[total - 1 - before] = middle.ref.value
  for i in (n - after)..<n { destination[total - 1 - (i - n + after + before + 1)] = items[i] }
  keepAlive(items.ref.value)
  return total
}

/// `from module import name`.
public func importFrom(_ module: Value, _ name: Value) throws(PythonError) -> Value {
  if let value = ModuleObject(module).dict.get(str: name) { return value }
  // The built-in modules have no file, hence CPython's "(unknown location)".
  throw raise(
    .importError,
    "cannot import name '\(name.string)' from '\(ModuleObject(module).name.string)' (unknown location)")
}

/// `raise value`: an exception instance, or an exception type to instantiate.
public func raiseValue(_ value: Value) throws(PythonError) -> PythonError {
  try Exceptions.raiseValue(value)
}

/// list.extend for `[*a]` displays and star-args.
public func listExtend(_ list: Value, _ iterable: Value) throws(PythonError) {
  guard isStarIterable(iterable) else {
    throw raise(.typeError, "Value after * must be an iterable, not \(typeName(iterable))")
  }
  try Sequences.extend(ListObject(list), with: iterable)
}

/// Whether `*value` may unpack it (CPython: the type has `__iter__` or is a sequence); the
/// others get the star-specific TypeErrors rather than "'int' object is not iterable".
func isStarIterable(_ value: Value) -> Bool {
  guard value.isHeapObject else { return false }
  if value.isObject(.instance) {
    return Dunders.method(value, Names.dunderIter) != nil || Dunders.method(value, Names.dunderGetitem) != nil
  }
  return [.str, .dict, .range, .iterator, .dictView, .set, .frozenSet, .list, .tuple].contains(
    value.objectTag)
}

/// dict.update for `{**a}` displays and `**kwargs`.
public func dictMerge(_ dict: Value, _ mapping: Value) throws(PythonError) {
  guard mapping.isDict else {
    throw raise(.typeError, "'\(typeName(mapping))' object is not a mapping")
  }
  try Dicts.update(dict, with: mapping)
}

/// dict.update for `f(**mapping)` (and keyword arguments after a `**`), with CPython's call-site
/// errors naming `callee`: a mapping that is not a dict, or a keyword given twice.
public func dictMergeForCall(_ dict: Value, _ mapping: Value, callee: Value) throws(PythonError) {
  guard mapping.isDict else {
    throw raise(
      .typeError,
      "\(calleeDescription(callee)) argument after ** must be a mapping, not \(typeName(mapping))")
  }
  let target = DictObject(dict)
  let source = DictObject(mapping)
  var i = 0
  while i < source.used {
    let entry = source.entries[i]
    if !entry.key.isEmpty {
      if try target.get(entry.key) != nil {
        // CPython formats the key with str() here, whether or not it is a string.
        let key = try str(entry.key).string
        throw raise(
          .typeError, "\(calleeDescription(callee)) got multiple values for keyword argument '\(key)'")
      }
      try target.set(entry.key, entry.value, hash: entry.hash)
    }
    i += 1
  }
}

/// CPython's `_PyObject_FunctionStr`: `module.qualname()`, or `qualname()` for builtins.
func calleeDescription(_ callee: Value) -> String {
  if callee.isObject(.function) {
    let function = FunctionObject(callee)
    let module = DictObject(function.globals).get(str: Runtime.intern("__name__"))
    let qualifiedName = function.qualifiedName.string
    if let module, module.isStr, module.string != "builtins" { return "\(module.string).\(qualifiedName)()" }
    return "\(qualifiedName)()"
  }
  if callee.isObject(.builtinFunction) {
    let builtin = BuiltinFunctionObject(callee)
    let name = Builtins.table[builtin.index].name
    // A bound method's qualified name starts with its type (`list.append`).
    if !builtin.boundSelf.isEmpty { return "\(typeName(builtin.boundSelf)).\(name)()" }
    return "\(name)()"
  }
  if callee.isObject(.type) { return "\(TypeObject(callee).id.name)()" }
  do {
    return try str(callee).string
  } catch {
    return typeName(callee)
  }
}

/// `(args...)` as a tuple, for `f(*args)` (any iterable).
public func tupleOf(_ iterable: Value) throws(PythonError) -> Value {
  try Sequences.toTuple(iterable)
}
