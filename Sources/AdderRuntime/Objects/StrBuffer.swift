/// The growable byte store behind strs built by repeated concatenation (`s += piece`). Each such
/// str points into it; the str whose bytes end at `used` may be extended in place by the next
/// concatenation (the result is a new str over the longer prefix; the old str still sees its own
/// bytes, which never change). When the buffer is full the next one is twice the size, so a loop
/// of n appends copies O(n) bytes in all, where copying the whole string each time is O(n²).
///
/// ```
/// offset 0   header
/// offset 8   capacity (bytes)
/// offset 16  used: bytes written (never shrinks; bytes below it never change)
/// offset 24  the bytes
/// ```
/// Programs never see one: only strs reference it, and it holds no Values.
struct StrBuffer {
  let ref: ObjectRef
  static let capacityOffset = 8
  static let usedOffset = 16
  static let bytesOffset = 24

  @inline(__always) init(_ value: Value) { ref = ObjectRef(value) }

  var capacity: Int { ref.int(at: StrBuffer.capacityOffset) }
  var used: Int {
    get { ref.int(at: StrBuffer.usedOffset) }
    nonmutating set { ref.setInt(newValue, at: StrBuffer.usedOffset) }
  }
  var bytes: UnsafeMutablePointer<UInt8> {
    (ref.base + StrBuffer.bytesOffset).assumingMemoryBound(to: UInt8.self)
  }

  static func allocate(capacity: Int) -> StrBuffer {
    let object = Heap.allocate(size: bytesOffset + capacity, tag: .strBuffer)
    object.setInt(capacity, at: capacityOffset)
    return StrBuffer(object.value)
  }
}
