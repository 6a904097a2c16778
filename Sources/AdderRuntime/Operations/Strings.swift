#if canImport(Glibc)
  import Glibc
#endif

/// str semantics used by operators, methods and builtins. Offsets are byte offsets into UTF-8
/// unless a name says code points.
public enum Strings {
  @inline(__always)
  static func utf8Length(leadByte: UInt8) -> Int {
    if leadByte < 0x80 { return 1 }
    if leadByte < 0xE0 { return 2 }
    if leadByte < 0xF0 { return 3 }
    return 4
  }

  /// A new str from raw UTF-8 bytes.
  static func make(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Value {
    Value.str(utf8: UnsafeBufferPointer(start: bytes, count: count))
  }

  /// Results at least this long go to a StrBuffer; shorter ones are copied into an inline str
  /// (smaller, and one load nearer). Past it an append loop costs O(1) a byte.
  static let sharedThreshold = 128

  /// `a + b`. When `a`'s bytes end a StrBuffer with room, `b` is appended in place and the result
  /// shares the buffer (the linear `s += piece` loop); a growing result that does not fit moves to
  /// a buffer twice its size. The result's counts are summed, never recounted.
  /// `a + b` for two strs: what `add` does for them, reached directly by the JIT's str+str case.
  public static func concatenate(_ a: Value, _ b: Value) -> Value {
    let (x, y) = (StrObject(a), StrObject(b))
    if x.byteCount == 0 { return b }
    if y.byteCount == 0 { return a }
    let total = x.byteCount + y.byteCount
    let count = x.count + y.count
    let isASCII = x.isASCII && y.isASCII
    if !x.isShared && total < sharedThreshold {
      let result = StrObject.allocate(byteCount: total)
      result.bytes.update(from: x.bytes, count: x.byteCount)
      (result.bytes + x.byteCount).update(from: y.bytes, count: y.byteCount)
      result.finish()
      return result.ref.value
    }
    if x.isShared {
      let buffer = x.sharedBuffer
      if x.bytes + x.byteCount == buffer.bytes + buffer.used && buffer.capacity - buffer.used >= y.byteCount {
        let result = StrObject.allocateShared(
          buffer: buffer.ref.value, bytes: x.bytes, byteCount: total, count: count, isASCII: isASCII)
        (buffer.bytes + buffer.used).update(from: y.bytes, count: y.byteCount)
        buffer.used += y.byteCount
        return result.ref.value
      }
    }
    // A str that was already growing gets room to double; one just crossing the threshold, half
    // again its size (a single large concatenation wastes little).
    let buffer = StrBuffer.allocate(capacity: x.isShared ? total * 2 : total + total / 2)
    buffer.bytes.update(from: x.bytes, count: x.byteCount)
    (buffer.bytes + x.byteCount).update(from: y.bytes, count: y.byteCount)
    buffer.used = total
    let result = StrObject.allocateShared(
      buffer: buffer.ref.value, bytes: buffer.bytes, byteCount: total, count: count, isASCII: isASCII)
    keepAlive(buffer.ref.value)
    return result.ref.value
  }

  static func repeatString(_ s: Value, _ times: Int) throws(PythonError) -> Value {
    let source = StrObject(s)
    if times == 0 || source.byteCount == 0 { return Runtime.emptyString }
    if times == 1 { return s }
    // CPython counts code points here; a byte count past the limit is too long either way.
    if source.count > Int.max / times { throw raise(.overflowError, "repeated string is too long") }
    let n = source.byteCount
    let (total, overflow) = n.multipliedReportingOverflow(by: times)
    if overflow { throw raise(.memoryError) }
    let result = try StrObject.allocateChecked(byteCount: total)
    for t in 0..<times { (result.bytes + t * n).update(from: source.bytes, count: n) }
    result.finish()
    return result.ref.value
  }

  /// Code point order (UTF-8 byte order is the same).
  static func compare(_ a: Value, _ b: Value) -> Int {
    let (x, y) = (StrObject(a), StrObject(b))
    let common = min(x.byteCount, y.byteCount)
    let c = memcmp(x.bytes, y.bytes, common)
    if c != 0 { return c < 0 ? -1 : 1 }
    return x.byteCount < y.byteCount ? -1 : (x.byteCount == y.byteCount ? 0 : 1)
  }

  /// Byte offset of `needle` in `haystack` within byte range start..<end, or -1.
  static func find(_ haystack: Value, _ needle: Value, start: Int, end: Int) -> Int {
    let (h, n) = (StrObject(haystack), StrObject(needle))
    let limit = min(end, h.byteCount)
    let m = n.byteCount
    if start > limit { return -1 }
    if m == 0 { return start }
    if limit - start < m { return -1 }
    let first = n.bytes[0]
    var i = start
    while i <= limit - m {
      if h.bytes[i] == first && memcmp(h.bytes + i, n.bytes, m) == 0 { return i }
      i += 1
    }
    return -1
  }

  /// Byte offset of the last `needle` within start..<end, or -1.
  static func findLast(_ haystack: Value, _ needle: Value, start: Int, end: Int) -> Int {
    let (h, n) = (StrObject(haystack), StrObject(needle))
    let limit = min(end, h.byteCount)
    let m = n.byteCount
    if limit - start < m { return -1 }
    var i = limit - m
    while i >= start {
      if memcmp(h.bytes + i, n.bytes, m) == 0 { return i }
      i -= 1
    }
    return -1
  }

  /// Converts a code point index to a byte offset, and back.
  static func codePointIndex(_ s: StrObject, byteOffset: Int) -> Int {
    if s.isASCII { return byteOffset }
    var count = 0
    for i in 0..<byteOffset where s.bytes[i] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// The str of code points start..<end (already clamped).
  static func substring(_ v: Value, from start: Int, to end: Int) -> Value {
    let s = StrObject(v)
    if start >= end { return Runtime.emptyString }
    if start == 0 && end == s.count { return v }
    let from = s.byteOffset(ofCodePoint: start)
    let to = s.isASCII ? end : s.byteOffset(ofCodePoint: end)
    return make(s.bytes + from, to - from)
  }

  /// The one-character str at code point `index` (in range).
  static func character(_ v: Value, at index: Int) -> Value {
    let s = StrObject(v)
    if s.isASCII { return Runtime.asciiCharacters[Int(s.bytes[index])] }
    let offset = s.byteOffset(ofCodePoint: index)
    return make(s.bytes + offset, utf8Length(leadByte: s.bytes[offset]))
  }

  /// The code points of a str, for methods that work per character.
  static func scalars(_ v: Value) -> [Unicode.Scalar] {
    Array(v.string.unicodeScalars)
  }
}
