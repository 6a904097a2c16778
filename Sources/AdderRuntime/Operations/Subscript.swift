/// `container[key]`, `container[key] = v`, `del container[key]`, slices included.

/// The machine index for a subscript, with CPython's TypeError when the key is not an int.
func indexValue(_ key: Value, _ kind: String) throws(PythonError) -> Int {
  if let n = IntArithmetic.small(key) { return n }
  if key.isBigInt {
    // Past the small-int range but within a machine word, CPython's index is merely out of
    // range (the caller's bounds check says so); past the word it cannot be an index at all.
    if let word = BigIntObject(key).wordValue { return word }
    throw raise(.indexError, "cannot fit 'int' into an index-sized integer")
  }
  if Dunders.hasClass(key), let index = try Dunders.index(key) { return try indexValue(index, kind) }
  if kind == "string" {
    throw raise(.typeError, "string indices must be integers, not '\(typeName(key))'")
  }
  throw raise(.typeError, "\(kind) indices must be integers or slices, not \(typeName(key))")
}

/// Resolves a negative index against `count`; nil when out of range.
@inline(__always)
func normalizedIndex(_ index: Int, _ count: Int) -> Int? {
  let i = index < 0 ? index + count : index
  return i >= 0 && i < count ? i : nil
}

struct SliceIndices {
  var start: Int
  var stop: Int
  var step: Int
  var count: Int
}

/// CPython's PySlice_GetIndicesEx: clamps a slice against a sequence length.
func sliceIndices(_ slice: Value, length: Int) throws(PythonError) -> SliceIndices {
  let s = SliceObject(slice)
  func bound(_ v: Value) throws(PythonError) -> Int {
    if let n = IntArithmetic.small(v) { return n }
    if v.isBigInt { return IntArithmetic.sign(v) < 0 ? Int.min / 2 : Int.max / 2 }
    if Dunders.hasClass(v), let index = try Dunders.index(v) { return try bound(index) }
    throw raise(.typeError, "slice indices must be integers or None or have an __index__ method")
  }
  let step = s.step.isNone ? 1 : try bound(s.step)
  if step == 0 { throw raise(.valueError, "slice step cannot be zero") }
  let lower = step < 0 ? -1 : 0
  let upper = step < 0 ? length - 1 : length
  func clamp(_ v: Value, _ defaultValue: Int) throws(PythonError) -> Int {
    if v.isNone { return defaultValue }
    var i = try bound(v)
    if i < 0 {
      i += length
      if i < lower { i = lower }
    } else if i > upper {
      i = upper
    }
    return i
  }
  let start = try clamp(s.start, step < 0 ? upper : lower)
  let stop = try clamp(s.stop, step < 0 ? lower : upper)
  let count: Int
  if step > 0 {
    count = start < stop ? (stop - start - 1) / step + 1 : 0
  } else {
    count = stop < start ? (start - stop - 1) / (-step) + 1 : 0
  }
  return SliceIndices(start: start, stop: stop, step: step, count: count)
}

public func getItem(_ container: Value, _ key: Value) throws(PythonError) -> Value {
  if Dunders.hasClass(container) { return try Dunders.getItem(container, key) }
  guard container.isHeapObject else {
    throw raise(.typeError, "'\(typeName(container))' object is not subscriptable")
  }
  switch container.objectTag {
  case .list:
    let list = ListObject(container)
    if key.isObject(.slice) {
      let range = try sliceIndices(key, length: list.count)
      let result = ListObject.make(capacity: range.count)
      var i = range.start
      for _ in 0..<range.count {
        result.append(list[i])
        i += range.step
      }
      return result.ref.value
    }
    guard let i = normalizedIndex(try indexValue(key, "list"), list.count) else {
      throw raise(.indexError, "list index out of range")
    }
    return list[i]
  case .tuple:
    let tuple = TupleObject(container)
    if key.isObject(.slice) {
      let range = try sliceIndices(key, length: tuple.count)
      if range.step == 1 && range.count == tuple.count { return container }
      let result = TupleObject.make(count: range.count)
      var i = range.start
      for j in 0..<range.count {
        result[j] = tuple[i]
        i += range.step
      }
      return result.ref.value
    }
    guard let i = normalizedIndex(try indexValue(key, "tuple"), tuple.count) else {
      throw raise(.indexError, "tuple index out of range")
    }
    return tuple[i]
  case .str:
    let s = StrObject(container)
    if key.isObject(.slice) {
      let range = try sliceIndices(key, length: s.count)
      if range.step == 1 {
        return Strings.substring(container, from: range.start, to: range.start + range.count)
      }
      var scalars = Strings.scalars(container)
      var result = String.UnicodeScalarView()
      var i = range.start
      for _ in 0..<range.count {
        result.append(scalars[i])
        i += range.step
      }
      scalars.removeAll()
      return Value.str(String(result))
    }
    guard let i = normalizedIndex(try indexValue(key, "string"), s.count) else {
      throw raise(.indexError, "string index out of range")
    }
    return Strings.character(container, at: i)
  case .dict:
    guard let value = try DictObject(container).get(key) else {
      throw raise(.keyError, argument: key)
    }
    return value
  case .range:
    let range = RangeObject(container)
    if key.isObject(.slice) { return try range.slice(key) }
    // An object with __index__ is an index too.
    let key = isIntLike(key) ? key : try Dunders.index(key) ?? key
    guard isIntLike(key) else {
      throw raise(.typeError, "range indices must be integers or slices, not \(typeName(key))")
    }
    // Index arithmetic on ints of any size: range(10**20)[-1] is fine.
    let length = try range.length()
    let index = IntArithmetic.sign(key) < 0 ? try IntArithmetic.add(key, length) : key
    guard IntArithmetic.sign(index) >= 0, IntArithmetic.compare(index, length) < 0 else {
      throw raise(.indexError, "range object index out of range")
    }
    return try range.item(index)
  case .type:
    if let alias = GenericAliases.alias(container, key) { return alias }
    let name =
      ClassObject.isClass(container) ? ClassObject(container).name.string : TypeObject(container).id.name
    throw raise(.typeError, "type '\(name)' is not subscriptable")
  default:
    throw raise(.typeError, "'\(typeName(container))' object is not subscriptable")
  }
}

public func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PythonError) {
  if Dunders.hasClass(container) { return try Dunders.setItem(container, key, value) }
  if container.isDict {
    try DictObject(container).set(key, value)
    return
  }
  guard container.isList else {
    throw raise(.typeError, "'\(typeName(container))' object does not support item assignment")
  }
  let list = ListObject(container)
  if key.isObject(.slice) {
    try assignSlice(list, key, value)
    return
  }
  guard let i = normalizedIndex(try indexValue(key, "list"), list.count) else {
    throw raise(.indexError, "list assignment index out of range")
  }
  list[i] = value
}

func assignSlice(_ list: ListObject, _ key: Value, _ value: Value) throws(PythonError) {
  let items = try Sequences.toList(value)
  let range = try sliceIndices(key, length: list.count)
  if range.step == 1 {
    let stop = max(range.start, range.start + range.count)
    let tail = ListObject.make(capacity: list.count - stop)
    for i in stop..<list.count { tail.append(list[i]) }
    list.count = range.start
    for i in 0..<items.count { list.append(items[i]) }
    for i in 0..<tail.count { list.append(tail[i]) }
    return
  }
  guard items.count == range.count else {
    throw raise(
      .valueError,
      "attempt to assign sequence of size \(items.count) to extended slice of size \(range.count)")
  }
  var i = range.start
  for j in 0..<range.count {
    list[i] = items[j]
    i += range.step
  }
}

public func deleteItem(_ container: Value, _ key: Value) throws(PythonError) {
  if Dunders.hasClass(container) { return try Dunders.deleteItem(container, key) }
  if container.isDict {
    guard try DictObject(container).remove(key) != nil else { throw raise(.keyError, argument: key) }
    return
  }
  guard container.isList else {
    throw raise(.typeError, "'\(typeName(container))' object doesn't support item deletion")
  }
  let list = ListObject(container)
  if key.isObject(.slice) {
    let range = try sliceIndices(key, length: list.count)
    var doomed = [Bool](repeating: false, count: list.count)
    var i = range.start
    for _ in 0..<range.count {
      doomed[i] = true
      i += range.step
    }
    var kept = 0
    for j in 0..<list.count where !doomed[j] {
      list[kept] = list[j]
      kept += 1
    }
    list.count = kept
    return
  }
  guard let i = normalizedIndex(try indexValue(key, "list"), list.count) else {
    throw raise(.indexError, "list assignment index out of range")
  }
  _ = list.remove(at: i)
}
