#if canImport(Glibc)
  import Glibc
#endif

/// An immutable str: UTF-8 bytes reached through a pointer, stored inline after the fields or in
/// a shared `StrBuffer` that concatenation appends to (see `Strings.concatenate`).
///
/// ```
/// offset 0   header (flags bit 0: all ASCII, bit 1: hash computed, bit 2: bytes in a StrBuffer)
/// offset 8   count: code points
/// offset 16  byteCount
/// offset 24  hash (valid when flags bit 1 is set)
/// offset 32  pointer to the UTF-8 bytes: offset 40 of this object, or into a StrBuffer
/// offset 40  inline: the UTF-8 bytes, then a NUL; shared: the StrBuffer (a Value)
/// ```
/// The bytes of a shared str are not followed by a NUL (the next str's bytes may be). Indexing
/// an ASCII string is a byte load; other strings walk the UTF-8 (kept simple: programs in the
/// subset index mostly ASCII text).
public struct StrObject {
  public let ref: ObjectRef
  static let countOffset = 8
  static let byteCountOffset = 16
  static let hashOffset = 24
  /// Machine code loads the bytes pointer from here (the str index fast path).
  public static let bytesPointerOffset = 32
  static let inlineBytesOffset = 40
  static let bufferOffset = 40
  static let asciiFlag: UInt16 = 1
  static let hashFlag: UInt16 = 2
  static let sharedFlag: UInt16 = 4

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  @inline(__always) public var count: Int { ref.int(at: StrObject.countOffset) }
  @inline(__always) public var byteCount: Int { ref.int(at: StrObject.byteCountOffset) }
  @inline(__always) public var isASCII: Bool { ref.flags & StrObject.asciiFlag != 0 }
  @inline(__always) var isShared: Bool { ref.flags & StrObject.sharedFlag != 0 }
  @inline(__always) public var bytes: UnsafeMutablePointer<UInt8> {
    ref.load(StrObject.bytesPointerOffset, as: UnsafeMutablePointer<UInt8>.self)
  }
  @inline(__always) public var buffer: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: bytes, count: byteCount)
  }
  public var string: String { String(decoding: buffer, as: UTF8.self) }
  /// The StrBuffer holding a shared str's bytes.
  var sharedBuffer: StrBuffer { StrBuffer(ref.value(at: StrObject.bufferOffset)) }

  /// A new, uninitialized str of `byteCount` inline bytes; the caller fills `bytes` then calls
  /// `finish`.
  public static func allocate(byteCount: Int) -> StrObject {
    let object = Heap.allocate(size: inlineBytesOffset + byteCount + 1, tag: .str)
    object.setInt(byteCount, at: byteCountOffset)
    object.store(bytesPointerOffset, (object.base + inlineBytesOffset).assumingMemoryBound(to: UInt8.self))
    return StrObject(object.value)
  }

  /// A new str whose `byteCount` bytes are at `bytes` inside `buffer`, with its counts known.
  static func allocateShared(
    buffer: Value, bytes: UnsafeMutablePointer<UInt8>, byteCount: Int, count: Int, isASCII: Bool
  ) -> StrObject {
    let object = Heap.allocate(size: bufferOffset + 8, tag: .str)
    object.setInt(byteCount, at: byteCountOffset)
    object.setInt(count, at: countOffset)
    object.store(bytesPointerOffset, bytes)
    object.setValue(buffer, at: bufferOffset)
    object.flags = sharedFlag | (isASCII ? asciiFlag : 0)
    return StrObject(object.value)
  }

  /// `allocate(byteCount:)` for a size the program chose: MemoryError when it cannot be had.
  public static func allocateChecked(byteCount: Int) throws(PythonError) -> StrObject {
    guard byteCount <= Int.max - inlineBytesOffset - 1 else { throw raise(.memoryError) }
    let object = try Heap.allocateChecked(size: inlineBytesOffset + byteCount + 1, tag: .str)
    object.setInt(byteCount, at: byteCountOffset)
    object.store(bytesPointerOffset, (object.base + inlineBytesOffset).assumingMemoryBound(to: UInt8.self))
    return StrObject(object.value)
  }

  /// Computes the code point count and ASCII flag after the bytes are written.
  public func finish() {
    var continuation = 0
    var high = 0
    let p = bytes
    let n = byteCount
    for i in 0..<n {
      let byte = p[i]
      high |= Int(byte)
      if byte & 0xC0 == 0x80 { continuation += 1 }
    }
    p[n] = 0
    ref.setInt(n - continuation, at: StrObject.countOffset)
    ref.flags = high < 0x80 ? StrObject.asciiFlag : 0
  }

  /// The byte offset of code point `index` (0...count).
  public func byteOffset(ofCodePoint index: Int) -> Int {
    if isASCII { return index }
    var seen = 0
    var offset = 0
    let p = bytes
    let n = byteCount
    while offset < n {
      if p[offset] & 0xC0 != 0x80 {
        if seen == index { return offset }
        seen += 1
      }
      offset += 1
    }
    return n
  }

  public var hash: Int {
    if ref.flags & StrObject.hashFlag != 0 { return ref.int(at: StrObject.hashOffset) }
    // FNV-1a: str hashes never reach program output (no sets, dicts keep insertion order).
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    let p = bytes
    for i in 0..<byteCount {
      h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3
    }
    var result = Int(bitPattern: UInt(h))
    if result == -1 { result = -2 }
    ref.setInt(result, at: StrObject.hashOffset)
    ref.flags |= StrObject.hashFlag
    return result
  }

  /// Whether the str holds exactly `text`, code point for code point (never Swift's String ==,
  /// which compares by canonical equivalence).
  public func holds(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { utf8 in
      utf8.count == byteCount && (utf8.count == 0 || memcmp(bytes, utf8.baseAddress!, utf8.count) == 0)
    }
  }

  @inline(__always)
  public static func equal(_ a: StrObject, _ b: StrObject) -> Bool {
    if a.ref.base == b.ref.base { return true }
    let n = a.byteCount
    return n == b.byteCount && memcmp(a.bytes, b.bytes, n) == 0
  }
}

extension Value {
  /// A new str holding `string`.
  public static func str(_ string: String) -> Value {
    var string = string
    return string.withUTF8 { Value.str(utf8: $0) }
  }

  public static func str(utf8: UnsafeBufferPointer<UInt8>) -> Value {
    if utf8.count == 1 && utf8[0] < 128 { return Runtime.asciiCharacters[Int(utf8[0])] }
    let object = StrObject.allocate(byteCount: utf8.count)
    if let base = utf8.baseAddress { object.bytes.update(from: base, count: utf8.count) }
    object.finish()
    return object.ref.value
  }

  @inline(__always) public var isStr: Bool { isObject(.str) }
  /// The Swift string of a str value.
  public var string: String { StrObject(self).string }
}
