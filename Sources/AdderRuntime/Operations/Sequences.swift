/// List and tuple semantics shared by several operators and builtins.
public enum Sequences {
  /// The items of a list or tuple (valid until the next mutation of a list).
  @inline(__always)
  static func items(_ v: Value) -> UnsafeMutableBufferPointer<Value> {
    v.isList ? ListObject(v).buffer : TupleObject(v).buffer
  }

  static func concatenateLists(_ a: Value, _ b: Value) -> Value {
    let (x, y) = (ListObject(a), ListObject(b))
    let result = ListObject.make(capacity: x.count + y.count)
    for i in 0..<x.count { result.append(x[i]) }
    for i in 0..<y.count { result.append(y[i]) }
    return result.ref.value
  }

  static func concatenateTuples(_ a: Value, _ b: Value) -> Value {
    let (x, y) = (TupleObject(a), TupleObject(b))
    let result = TupleObject.make(count: x.count + y.count)
    for i in 0..<x.count { result[i] = x[i] }
    for i in 0..<y.count { result[x.count + i] = y[i] }
    return result.ref.value
  }

  /// `seq * n` for str, list and tuple; nil when `sequence` is none of them.
  static func repeatSequence(_ sequence: Value, count: Value) throws(PythonError) -> Value? {
    guard sequence.isStr || sequence.isList || sequence.isTuple else { return nil }
    guard let n = IntArithmetic.small(count) else {
      throw raise(.overflowError, "cannot fit 'int' into an index-sized integer")
    }
    let times = max(n, 0)
    if sequence.isStr { return Strings.repeatString(sequence, times) }
    if sequence.isList {
      let source = ListObject(sequence)
      let result = ListObject.make(capacity: source.count * times)
      for _ in 0..<times {
        for i in 0..<source.count { result.append(source[i]) }
      }
      return result.ref.value
    }
    let source = TupleObject(sequence)
    let result = TupleObject.make(count: source.count * times)
    for t in 0..<times {
      for i in 0..<source.count { result[t * source.count + i] = source[i] }
    }
    return result.ref.value
  }

  static func repeatInPlace(_ list: ListObject, count: Value) throws(PythonError) {
    let times = max(IntArithmetic.small(count) ?? 0, 0)
    let n = list.count
    if times == 0 {
      list.count = 0
      return
    }
    list.reserve(n * times)
    for _ in 1..<times {
      for i in 0..<n { list.append(list[i]) }
    }
  }

  /// list.extend(iterable), also `list += iterable`.
  static func extend(_ list: ListObject, with iterable: Value) throws(PythonError) {
    if iterable.isList || iterable.isTuple {
      let n = iterable.isList ? ListObject(iterable).count : TupleObject(iterable).count
      list.reserve(list.count + n)
      for i in 0..<n {
        list.append(iterable.isList ? ListObject(iterable)[i] : TupleObject(iterable)[i])
      }
      return
    }
    let iterator = try getIterator(iterable)
    while let item = try iteratorNext(iterator) { list.append(item) }
  }

  static func equal(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
    let n = items(a).count
    guard n == items(b).count else { return false }
    var i = 0
    while i < n {
      // Re-read each time: an __eq__ could not mutate here, but a list may be re-allocated.
      if try !keysEqual(items(a)[i], items(b)[i]) { return false }
      i += 1
    }
    return true
  }

  /// `a op b` for two lists or two tuples, in lexicographic order.
  static func lexicographic(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PythonError) -> Bool {
    var i = 0
    while i < min(items(a).count, items(b).count) {
      let (x, y) = (items(a)[i], items(b)[i])
      // The first items that differ decide, compared with the operator itself (CPython's
      // list_richcompare): a NaN there makes every ordering false, and a type error names `op`.
      if try !keysEqual(x, y) { return try compare(x, y, op) == .true }
      i += 1
    }
    return op.holds(items(a).count - items(b).count)
  }

  /// Collects any iterable into a new list.
  public static func toList(_ iterable: Value) throws(PythonError) -> ListObject {
    let list = ListObject.make()
    try extend(list, with: iterable)
    return list
  }

  /// Collects any iterable into a tuple (tuples are returned as they are).
  public static func toTuple(_ iterable: Value) throws(PythonError) -> Value {
    if iterable.isTuple { return iterable }
    let list = try toList(iterable)
    // Allocate first, then read the items through the list (see keepAlive).
    let tuple = TupleObject.make(count: list.count)
    for i in 0..<list.count { tuple[i] = list[i] }
    keepAlive(list.ref.value)
    return tuple.ref.value
  }
}
