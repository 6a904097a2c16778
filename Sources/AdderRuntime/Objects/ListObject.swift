import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A list: a header plus a growable array of Values (an `adder_block_allocate` block).
///
/// ```
/// offset 8   count
/// offset 16  capacity
/// offset 24  items: UnsafeMutablePointer<Value> (nil when capacity is 0)
/// ```
public struct ListObject {
  public let ref: ObjectRef
  static let countOffset = 8
  static let capacityOffset = 16
  static let itemsOffset = 24
  static let size = 32

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  @inline(__always) public var count: Int {
    get { ref.int(at: ListObject.countOffset) }
    nonmutating set { ref.setInt(newValue, at: ListObject.countOffset) }
  }
  @inline(__always) public var capacity: Int { ref.int(at: ListObject.capacityOffset) }
  @inline(__always) public var items: UnsafeMutablePointer<Value> {
    ref.load(ListObject.itemsOffset, as: UnsafeMutablePointer<Value>?.self).unsafelyUnwrapped
  }
  @inline(__always) public subscript(index: Int) -> Value {
    get { items[index] }
    nonmutating set { items[index] = newValue }
  }

  public static func make(capacity: Int = 0) -> ListObject {
    let list = ListObject(Heap.allocate(size: size, tag: .list).value)
    if capacity > 0 { list.reserve(capacity) }
    return list
  }

  /// Grows the item buffer to hold at least `minimum` items (amortized doubling); for sizes the
  /// runtime chose (a failure ends the process: see `Heap.outOfMemory`).
  public func reserve(_ minimum: Int) {
    if !grow(minimum) { Heap.outOfMemory() }
  }

  /// `reserve` for a size the program chose (`[0] * n`, `list(range(n))`, growing while
  /// extending): MemoryError when the buffer cannot be had, as CPython raises.
  public func reserveChecked(_ minimum: Int) throws(PythonError) {
    if !grow(minimum) { throw raise(.memoryError) }
  }

  /// Grows the item buffer; false (the list unchanged) when the size overflows or realloc fails.
  private func grow(_ minimum: Int) -> Bool {
    let old = capacity
    guard minimum > old else { return true }
    guard minimum <= Int.max / 16 else { return false }
    let newCapacity = max(minimum, old + old / 2 + 4)
    let oldItems = ref.load(ListObject.itemsOffset, as: UnsafeMutableRawPointer?.self)
    guard let newItems = adder_block_reallocate(oldItems, old * 8, newCapacity * 8) else {
      return false
    }
    ref.store(ListObject.itemsOffset, newItems)
    ref.setInt(newCapacity, at: ListObject.capacityOffset)
    Heap.noteExternalAllocation((newCapacity - old) * 8)
    return true
  }

  /// `append` that raises MemoryError where the buffer cannot grow.
  @inline(__always)
  public func appendChecked(_ value: Value) throws(PythonError) {
    let n = count
    if n == capacity { try reserveChecked(n + 1) }
    items[n] = value
    count = n + 1
  }

  @inline(__always)
  public func append(_ value: Value) {
    let n = count
    if n == capacity { reserve(n + 1) }
    items[n] = value
    count = n + 1
  }

  public func insert(_ value: Value, at index: Int) {
    let n = count
    if n == capacity { reserve(n + 1) }
    let p = items
    (p + index + 1).update(from: p + index, count: n - index)
    p[index] = value
    count = n + 1
  }

  public func remove(at index: Int) -> Value {
    let n = count
    let p = items
    let removed = p[index]
    (p + index).update(from: p + index + 1, count: n - index - 1)
    count = n - 1
    return removed
  }

  /// Exchanges item buffers, counts and capacities with `other` (list.sort empties the list it
  /// sorts this way, as CPython does).
  public func swapStorage(with other: ListObject) {
    for offset in [ListObject.countOffset, ListObject.capacityOffset, ListObject.itemsOffset] {
      let mine = ref.int(at: offset)
      ref.setInt(other.ref.int(at: offset), at: offset)
      other.ref.setInt(mine, at: offset)
    }
  }

  /// Frees the item buffer (the collector calls this when it sweeps the list).
  func release() -> Int {
    let bytes = capacity * 8
    adder_block_free(ref.load(ListObject.itemsOffset, as: UnsafeMutableRawPointer?.self), bytes)
    return bytes
  }

  public var buffer: UnsafeMutableBufferPointer<Value> {
    UnsafeMutableBufferPointer(start: count == 0 ? nil : items, count: count)
  }
}

/// A tuple: a fixed count and the items inline.
///
/// ```
/// offset 8   count
/// offset 16  items[count]
/// ```
public struct TupleObject {
  public let ref: ObjectRef
  static let countOffset = 8
  static let itemsOffset = 16

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  @inline(__always) public var count: Int { ref.int(at: TupleObject.countOffset) }
  @inline(__always) public var items: UnsafeMutablePointer<Value> {
    (ref.base + TupleObject.itemsOffset).assumingMemoryBound(to: Value.self)
  }
  @inline(__always) public subscript(index: Int) -> Value {
    get { items[index] }
    nonmutating set { items[index] = newValue }
  }
  public var buffer: UnsafeMutableBufferPointer<Value> {
    UnsafeMutableBufferPointer(start: items, count: count)
  }

  /// `make(count:)` for a count the program chose: MemoryError when it cannot be allocated.
  public static func makeChecked(count: Int) throws(PythonError) -> TupleObject {
    guard count <= (Int.max - itemsOffset) / 8 else { throw raise(.memoryError) }
    if count == 0, !Runtime.emptyTuple.isEmpty { return TupleObject(Runtime.emptyTuple) }
    let tuple = TupleObject(try Heap.allocateChecked(size: itemsOffset + count * 8, tag: .tuple).value)
    tuple.ref.setInt(count, at: countOffset)
    return tuple
  }

  /// A tuple of `count` empty slots; the caller fills every one before the tuple escapes.
  public static func make(count: Int) -> TupleObject {
    if count == 0, !Runtime.emptyTuple.isEmpty { return TupleObject(Runtime.emptyTuple) }
    let tuple = TupleObject(Heap.allocate(size: itemsOffset + count * 8, tag: .tuple).value)
    tuple.ref.setInt(count, at: countOffset)
    return tuple
  }

  public static func make(_ values: UnsafeBufferPointer<Value>) -> Value {
    let tuple = make(count: values.count)
    for i in 0..<values.count { tuple.items[i] = values[i] }
    return tuple.ref.value
  }
}

extension Value {
  @inline(__always) public var isList: Bool { isObject(.list) }
  @inline(__always) public var isTuple: Bool { isObject(.tuple) }

  /// A new list of `values` (kept alive while the list is allocated).
  public static func list(_ values: [Value]) -> Value {
    Runtime.withPinned(values) {
      let list = ListObject.make(capacity: values.count)
      for v in values { list.append(v) }
      return list.ref.value
    }
  }

  /// A new tuple of `values` (kept alive while the tuple is allocated).
  public static func tuple(_ values: [Value]) -> Value {
    Runtime.withPinned(values) { values.withUnsafeBufferPointer { TupleObject.make($0) } }
  }
}
