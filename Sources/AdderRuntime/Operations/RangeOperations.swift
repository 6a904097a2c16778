/// len, slicing and reversed for ranges, on ints of any size as CPython's rangeobject.c computes
/// them: a range answers whenever its length fits a C ssize_t (sys.maxsize), whatever its bounds.
extension RangeObject {
  /// len(range): OverflowError only when the length passes sys.maxsize (range_length).
  public func machineLength() throws(PythonError) -> Int {
    if let small { return small.count }
    guard let n = IntArithmetic.machineInt(try length()) else {
      throw raise(.overflowError, "Python int too large to convert to C ssize_t")
    }
    return n
  }

  /// range[slice] (compute_slice): the slice's indices clamped against the length with ints of
  /// any size, then each end mapped through start + index * step. The stop comes from the
  /// clamped stop index, not the item count: range(10)[::3] is range(0, 10, 3).
  public func slice(_ key: Value) throws(PythonError) -> Value {
    let s = SliceObject(key)
    func index(_ v: Value) throws(PythonError) -> Value {
      guard isIntLike(v) else {
        throw raise(.typeError, "slice indices must be integers or None or have an __index__ method")
      }
      return v
    }
    let by = s.step.isNone ? Value(smallInt: 1) : try index(s.step)
    if IntArithmetic.sign(by) == 0 { throw raise(.valueError, "slice step cannot be zero") }
    let length = try self.length()
    let descending = IntArithmetic.sign(by) < 0
    let lower = Value(smallInt: descending ? -1 : 0)
    let upper = descending ? try IntArithmetic.subtract(length, Value(smallInt: 1)) : length
    func clamp(_ v: Value, _ defaultValue: Value) throws(PythonError) -> Value {
      if v.isNone { return defaultValue }
      var i = try index(v)
      if IntArithmetic.sign(i) < 0 {
        i = try IntArithmetic.add(i, length)
        if IntArithmetic.compare(i, lower) < 0 { i = lower }
      } else if IntArithmetic.compare(i, upper) > 0 {
        i = upper
      }
      return i
    }
    let first = try clamp(s.start, descending ? upper : lower)
    let last = try clamp(s.stop, descending ? lower : upper)
    return try RangeObject.make(start: item(first), stop: item(last), step: IntArithmetic.multiply(step, by))
  }

  /// reversed(range): an iterator over range(last, start - step, -step), so ranges of any length
  /// reverse, as CPython's range_reverse does.
  public func reversedIterator() throws(PythonError) -> Value {
    let length = try self.length()
    if IntArithmetic.sign(length) == 0 { return try getIterator(ref.value) }
    let last = try item(IntArithmetic.subtract(length, Value(smallInt: 1)))
    let stop = try IntArithmetic.subtract(start, step)
    return try getIterator(RangeObject.make(start: last, stop: stop, step: IntArithmetic.negate(step)))
  }
}
