import CAdderSupport

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
    let times = max(try repeatCount(count), 0)
    if sequence.isStr { return try Strings.repeatString(sequence, times) }
    let n = items(sequence).count
    // CPython: a total past the largest index is "no memory" for lists and tuples.
    let (total, overflow) = n.multipliedReportingOverflow(by: times)
    if overflow { throw raise(.memoryError) }
    if sequence.isList {
      let result = ListObject.make()
      try result.reserveChecked(total)
      for _ in 0..<(n == 0 ? 0 : times) {
        for i in 0..<n { result.append(ListObject(sequence)[i]) }
      }
      return result.ref.value
    }
    let result = try TupleObject.makeChecked(count: total)
    let source = TupleObject(sequence)
    for t in 0..<(n == 0 ? 0 : times) {
      for i in 0..<n { result[t * n + i] = source[i] }
    }
    return result.ref.value
  }

  /// A repeat count as an index-sized integer (CPython's `PyNumber_AsSsize_t` with OverflowError):
  /// big ints that fit 64 bits count (`'' * 2**62` is `''`).
  static func repeatCount(_ count: Value) throws(PythonError) -> Int {
    guard let n = IntArithmetic.small(count) ?? machineInt(count) else {
      throw raise(.overflowError, "cannot fit 'int' into an index-sized integer")
    }
    return n
  }

  /// A big int's value when it fits a machine word.
  static func machineInt(_ big: Value) -> Int? {
    let mpz = BigIntObject(big).mpz
    return __gmpz_fits_slong_p(mpz) != 0 ? __gmpz_get_si(mpz) : nil
  }

  static func repeatInPlace(_ list: ListObject, count: Value) throws(PythonError) {
    let times = max(try repeatCount(count), 0)
    let n = list.count
    if times == 0 || n == 0 {
      list.count = 0
      return
    }
    let (total, overflow) = n.multipliedReportingOverflow(by: times)
    if overflow { throw raise(.memoryError) }
    try list.reserveChecked(total)
    for _ in 1..<times {
      for i in 0..<n { list.append(list[i]) }
    }
  }

  /// list.extend(iterable), also `list += iterable`.
  static func extend(_ list: ListObject, with iterable: Value) throws(PythonError) {
    if iterable.isList || iterable.isTuple {
      let n = iterable.isList ? ListObject(iterable).count : TupleObject(iterable).count
      try list.reserveChecked(list.count + n)
      for i in 0..<n {
        list.append(iterable.isList ? ListObject(iterable)[i] : TupleObject(iterable)[i])
      }
      return
    }
    // A range's length is known: reserve it first, so `list(range(2**62))` raises MemoryError at
    // once (as CPython's length hint does) instead of growing until the system kills the process.
    if iterable.isObject(.range) {
      let length = try RangeObject(iterable).length()
      guard let n = IntArithmetic.small(length) ?? machineInt(length) else {
        throw raise(.overflowError, "Python int too large to convert to C ssize_t")
      }
      try list.reserveChecked(n > Int.max - list.count ? Int.max : list.count + n)
    }
    let iterator = try getIterator(iterable)
    while let item = try iteratorNext(iterator) { try list.appendChecked(item) }
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
