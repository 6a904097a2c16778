#if canImport(Glibc)
  import Glibc
#endif

/// An immutable str: UTF-8 bytes stored inline after the fields.
///
/// ```
/// offset 0   header (flags bit 0: all ASCII, bit 1: hash computed)
/// offset 8   count: code points
/// offset 16  byteCount
/// offset 24  hash (valid when flags bit 1 is set)
/// offset 32  UTF-8 bytes, then a NUL
/// ```
/// Indexing an ASCII string is a byte load; other strings walk the UTF-8 (kept simple: programs in
/// the subset index mostly ASCII text).
public struct StrObject {
  public let ref: ObjectRef
  static let countOffset = 8
  static let byteCountOffset = 16
  static let hashOffset = 24
  static let bytesOffset = 32
  static let asciiFlag: UInt16 = 1
  static let hashFlag: UInt16 = 2

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  @inline(__always) public var count: Int { ref.int(at: StrObject.countOffset) }
  @inline(__always) public var byteCount: Int { ref.int(at: StrObject.byteCountOffset) }
  @inline(__always) public var isASCII: Bool { ref.flags & StrObject.asciiFlag != 0 }
  @inline(__always) public var bytes: UnsafeMutablePointer<UInt8> {
    (ref.base + StrObject.bytesOffset).assumingMemoryBound(to: UInt8.self)
  }
  @inline(__always) public var buffer: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: bytes, count: byteCount)
  }
  public var string: String { String(decoding: buffer, as: UTF8.self) }

  /// A new, uninitialized str of `byteCount` bytes; the caller fills `bytes` then calls `finish`.
  public static func allocate(byteCount: Int) -> StrObject {
    let object = Heap.allocate(size: bytesOffset + byteCount + 1, tag: .str)
    object.setInt(byteCount, at: byteCountOffset)
    return StrObject(object.value)
  }

  /// `allocate(byteCount:)` for a size the program chose: MemoryError when it cannot be had.
  public static func allocateChecked(byteCount: Int) throws(PythonError) -> StrObject {
    guard byteCount <= Int.max - bytesOffset - 1 else { throw raise(.memoryError) }
    let object = try Heap.allocateChecked(size: bytesOffset + byteCount + 1, tag: .str)
    object.setInt(byteCount, at: byteCountOffset)
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
