/// `range(start, stop, step)`: three ints, small or big (`range(10**20)` is a range too).
///
/// ```
/// offset 8   start    offset 16  stop    offset 24  step   (int Values)
/// ```
/// Ranges whose bounds and length fit in machine words (nearly all) take the `small` path.
public struct RangeObject {
  public let ref: ObjectRef
  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  public var start: Value { ref.value(at: 8) }
  public var stop: Value { ref.value(at: 16) }
  public var step: Value { ref.value(at: 24) }

  /// The bounds and length as machine words, when all of them fit.
  public var small: (start: Int, stop: Int, step: Int, count: Int)? {
    guard start.isSmallInt, stop.isSmallInt, step.isSmallInt else { return nil }
    let (first, last, by) = (start.smallInt, stop.smallInt, step.smallInt)
    let (span, overflow) =
      by > 0 ? last.subtractingReportingOverflow(first) : first.subtractingReportingOverflow(last)
    guard !overflow else { return nil }
    let count = span > 0 ? (span - 1) / abs(by) + 1 : 0
    return (first, last, by, count)
  }

  /// len(range) as an int Value (it may exceed a machine word).
  public func length() throws(PythonError) -> Value {
    // Value.int, not Value(smallInt:): a count past 2**62 (range(-2**61, 2**61)) is a big int.
    if let small { return Value.int(small.count) }
    let positive = IntArithmetic.sign(step) > 0
    let span = try positive ? IntArithmetic.subtract(stop, start) : IntArithmetic.subtract(start, stop)
    if IntArithmetic.sign(span) <= 0 { return Value(smallInt: 0) }
    let magnitude = positive ? step : IntArithmetic.negate(step)
    let steps = try IntArithmetic.floorDivide(IntArithmetic.subtract(span, Value(smallInt: 1)), magnitude)
    return try IntArithmetic.add(steps, Value(smallInt: 1))
  }

  /// start + index * step, for an index already known to be in range.
  public func item(_ index: Value) throws(PythonError) -> Value {
    try IntArithmetic.add(start, try IntArithmetic.multiply(index, step))
  }

  /// Whether the int `n` is one of the range's items.
  public func contains(_ n: Value) throws(PythonError) -> Bool {
    let positive = IntArithmetic.sign(step) > 0
    let below = IntArithmetic.compare(n, start) < 0
    let beyond = positive ? IntArithmetic.compare(n, stop) >= 0 : IntArithmetic.compare(n, stop) <= 0
    if positive ? (below || beyond) : (IntArithmetic.compare(n, start) > 0 || beyond) { return false }
    return IntArithmetic.sign(try IntArithmetic.modulo(IntArithmetic.subtract(n, start), step)) == 0
  }

  public static func make(start: Value, stop: Value, step: Value) -> Value {
    let object = Heap.allocate(size: 32, tag: .range)
    object.setValue(start, at: 8)
    object.setValue(stop, at: 16)
    object.setValue(step, at: 24)
    return object.value
  }

  public static func make(start: Int, stop: Int, step: Int) -> Value {
    make(start: Value.int(start), stop: Value.int(stop), step: Value.int(step))
  }
}

/// `slice(start, stop, step)`; each part a Value (None when omitted).
///
/// ```
/// offset 8   start    offset 16  stop    offset 24  step
/// ```
public struct SliceObject {
  public let ref: ObjectRef
  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  public var start: Value { ref.value(at: 8) }
  public var stop: Value { ref.value(at: 16) }
  public var step: Value { ref.value(at: 24) }

  public static func make(start: Value, stop: Value, step: Value) -> Value {
    let object = Heap.allocate(size: 32, tag: .slice)
    object.setValue(start, at: 8)
    object.setValue(stop, at: 16)
    object.setValue(step, at: 24)
    return object.value
  }
}

/// An imported module (`math`, `sys`, `time`, or the main program).
///
/// ```
/// offset 8   name: str    offset 16  dict: its globals
/// ```
public struct ModuleObject {
  public let ref: ObjectRef
  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  public var name: Value { ref.value(at: 8) }
  public var dict: DictObject { DictObject(ref.value(at: 16)) }

  public static func make(name: String, dict: DictObject) -> Value {
    let object = Heap.allocate(size: 24, tag: .module)
    object.setValue(Value.str(name), at: 8)
    object.setValue(dict.ref.value, at: 16)
    return object.value
  }
}

/// A view of a dict: `d.keys()`, `d.values()`, `d.items()`; the kind is in the header's extra field.
///
/// ```
/// offset 8   dict
/// ```
public struct DictViewObject {
  public let ref: ObjectRef
  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  public var dict: DictObject { DictObject(ref.value(at: 8)) }
  public var kind: TypeID { TypeID(rawValue: Int(ref.extra))! }

  public static func make(_ dict: Value, kind: TypeID) -> Value {
    let object = Heap.allocate(size: 16, tag: .dictView)
    object.extra = UInt32(kind.rawValue)
    object.setValue(dict, at: 8)
    return object.value
  }
}

/// Every iterator: the kind (a TypeID) is in the header's extra field, the meaning of the fields
/// depends on it.
///
/// ```
/// offset 8   source: the list/tuple/str/dict iterated, the inner iterator, or a tuple of them
/// offset 16  position: next index, or the next range value
/// offset 24  limit: range stop / step, or a second Value (map/filter function, enumerate count)
/// offset 32  step (range iterators)
/// ```
public struct IteratorObject {
  public let ref: ObjectRef
  static let sourceOffset = 8
  static let positionOffset = 16
  static let limitOffset = 24
  static let stepOffset = 32

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  @inline(__always) public var kind: TypeID { TypeID(rawValue: Int(ref.extra & 0xFFFF)).unsafelyUnwrapped }
  /// In the header's kind field above the kind: a range iterator whose values all fit a small int,
  /// stepping up or down, which machine code steps with one compare of the field (and no test of
  /// the step's sign or overflow check).
  public static let smallUpwardRange: UInt32 = 1 << 16
  public static let smallDownwardRange: UInt32 = 1 << 17
  @inline(__always) public var source: Value { ref.value(at: IteratorObject.sourceOffset) }
  @inline(__always) public var position: Int {
    get { ref.int(at: IteratorObject.positionOffset) }
    nonmutating set { ref.setInt(newValue, at: IteratorObject.positionOffset) }
  }
  @inline(__always) public var limit: Int {
    get { ref.int(at: IteratorObject.limitOffset) }
    nonmutating set { ref.setInt(newValue, at: IteratorObject.limitOffset) }
  }
  @inline(__always) public var limitValue: Value {
    get { ref.value(at: IteratorObject.limitOffset) }
    nonmutating set { ref.setValue(newValue, at: IteratorObject.limitOffset) }
  }
  @inline(__always) public var step: Int {
    get { ref.int(at: IteratorObject.stepOffset) }
    nonmutating set { ref.setInt(newValue, at: IteratorObject.stepOffset) }
  }

  public static func make(_ kind: TypeID, source: Value, position: Int = 0, limit: Int = 0, step: Int = 0)
    -> IteratorObject
  {
    let object = Heap.allocate(size: 40, tag: .iterator)
    object.extra = UInt32(kind.rawValue)
    object.setValue(source, at: sourceOffset)
    object.setInt(position, at: positionOffset)
    object.setInt(limit, at: limitOffset)
    object.setInt(step, at: stepOffset)
    return IteratorObject(object.value)
  }

  /// Whether the limit field holds a Value the collector must trace.
  var limitIsValue: Bool {
    kind == .map || kind == .filter || kind == .enumerate || kind == .callableIterator
      || (kind == .rangeIterator && source.isHeapObject)
  }
}
