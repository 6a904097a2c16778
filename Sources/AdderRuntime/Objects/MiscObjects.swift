/// `range(start, stop, step)` with machine-word bounds.
///
/// ```
/// offset 8   start    offset 16  stop    offset 24  step
/// ```
public struct RangeObject {
  public let ref: ObjectRef
  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  public var start: Int { ref.int(at: 8) }
  public var stop: Int { ref.int(at: 16) }
  public var step: Int { ref.int(at: 24) }
  /// The number of items, as Python computes `len(range)`.
  public var count: Int {
    let (start, stop, step) = (self.start, self.stop, self.step)
    if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0
  }

  public static func make(start: Int, stop: Int, step: Int) -> Value {
    let object = Heap.allocate(size: 32, tag: .range)
    object.setInt(start, at: 8)
    object.setInt(stop, at: 16)
    object.setInt(step, at: 24)
    return object.value
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
  @inline(__always) public var kind: TypeID { TypeID(rawValue: Int(ref.extra)).unsafelyUnwrapped }
  @inline(__always) public var source: Value { ref.value(at: IteratorObject.sourceOffset) }
  @inline(__always) public var position: Int {
    get { ref.int(at: IteratorObject.positionOffset) }
    nonmutating set { ref.setInt(newValue, at: IteratorObject.positionOffset) }
  }
  @inline(__always) public var limit: Int { ref.int(at: IteratorObject.limitOffset) }
  @inline(__always) public var limitValue: Value {
    get { ref.value(at: IteratorObject.limitOffset) }
    nonmutating set { ref.setValue(newValue, at: IteratorObject.limitOffset) }
  }
  @inline(__always) public var step: Int { ref.int(at: IteratorObject.stepOffset) }

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
  var limitIsValue: Bool { kind == .map || kind == .filter || kind == .enumerate }
}
