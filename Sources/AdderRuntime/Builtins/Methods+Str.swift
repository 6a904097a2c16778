#if canImport(Glibc)
  import Glibc
#endif

/// The str methods. The hot ones (join, split, rsplit, strip, replace, find, count) work on the
/// UTF-8 bytes; code points are decoded only where a method needs them (whitespace, case).
extension Builtins {
  static func strArgument(_ v: Value, _ method: String) throws(PythonError) -> String {
    guard v.isStr else { throw raise(.typeError, "must be str, not \(typeName(v))") }
    return v.string
  }

  /// The type name in CPython's argument-clinic messages ("None" for None).
  static func clinicTypeName(_ v: Value) -> String { v.isNone ? "None" : typeName(v) }

  /// An int argument as CPython's `n` converter takes it (anything with `__index__`).
  static func strIntArgument(_ v: Value) throws(PythonError) -> Int {
    if let n = IntArithmetic.small(v) { return n }
    if v.isBigInt {
      // 2**62 and beyond fit a C ssize_t but not a small int.
      if let word = BigIntObject(v).wordValue { return word }
      throw raise(.overflowError, "Python int too large to convert to C ssize_t")
    }
    throw raise(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
  }

  /// start/end arguments (positions `first`, `first + 1`) adjusted as CPython's ADJUST_INDICES:
  /// end is clamped to the length, negative values count from the end; start may exceed length.
  static func strBounds(_ a: Arguments, length: Int, first: Int = 1) throws(PythonError) -> (Int, Int) {
    func get(_ i: Int) throws(PythonError) -> Int? {
      guard a.positionalCount > i, !a[i].isNone else { return nil }
      let v = a[i]
      if let n = IntArithmetic.small(v) { return n }
      if v.isBigInt { return StrBytes.bigIntIsNegative(v) ? Int.min / 2 : Int.max / 2 }
      throw raise(.typeError, "slice indices must be integers or None or have an __index__ method")
    }
    var start = try get(first) ?? 0
    var end = try get(first + 1) ?? length
    if end > length {
      end = length
    } else if end < 0 {
      end += length
      if end < 0 { end = 0 }
    }
    if start < 0 {
      start += length
      if start < 0 { start = 0 }
    }
    return (start, end)
  }

  static func installStrMethods() {
    method(.str, "join") { a throws(PythonError) in
      try a.expect(1, 1)
      return try join(a.receiver, a[0])
    }
    method(.str, "split") { a throws(PythonError) in
      try a.expect(0, 2, keywords: ["sep", "maxsplit"])
      let sep = a.argument(0, "sep").flatMap { $0.isNone ? nil : $0 }
      let maxSplit =
        try a.argument(1, "maxsplit").map { v throws(PythonError) in try strIntArgument(v) } ?? -1
      return try split(a.receiver, sep, maxSplit)
    }
    method(.str, "rsplit") { a throws(PythonError) in
      try a.expect(0, 2, keywords: ["sep", "maxsplit"])
      let sep = a.argument(0, "sep").flatMap { $0.isNone ? nil : $0 }
      let maxSplit =
        try a.argument(1, "maxsplit").map { v throws(PythonError) in try strIntArgument(v) } ?? -1
      return try rsplit(a.receiver, sep, maxSplit)
    }
    for (name, leading, trailing) in [
      ("strip", true, true), ("lstrip", true, false), ("rstrip", false, true),
    ] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(0, 1)
        var chars: Value? = nil
        if a.positionalCount > 0 && !a[0].isNone {
          guard a[0].isStr else { throw raise(.typeError, "\(name) arg must be None or str") }
          chars = a[0]
        }
        return strip(a.receiver, chars, leading: leading, trailing: trailing)
      }
    }
    method(.str, "replace") { a throws(PythonError) in
      try a.expect(2, 3)
      guard a[0].isStr else {
        throw raise(.typeError, "replace() argument 1 must be str, not \(clinicTypeName(a[0]))")
      }
      guard a[1].isStr else {
        throw raise(.typeError, "replace() argument 2 must be str, not \(clinicTypeName(a[1]))")
      }
      let count = a.positionalCount > 2 ? try strIntArgument(a[2]) : -1
      return replace(a.receiver, a[0], a[1], count)
    }
    for (name, atStart) in [("startswith", true), ("endswith", false)] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(1, 3)
        let s = StrObject(a.receiver)
        let (start, end) = try strBounds(a, length: s.count)
        func matches(_ candidate: Value) -> Bool {
          let c = StrObject(candidate)
          if end - c.count < start { return false }
          if c.byteCount == 0 { return true }
          let from = s.byteOffset(ofCodePoint: start)
          let to = s.byteOffset(ofCodePoint: end)
          if to - from < c.byteCount { return false }
          let at = atStart ? from : to - c.byteCount
          return memcmp(s.bytes + at, c.bytes, c.byteCount) == 0
        }
        if a[0].isTuple {
          let tuple = TupleObject(a[0])
          for i in 0..<tuple.count {
            guard tuple[i].isStr else {
              throw raise(.typeError, "tuple for \(name) must only contain str, not \(typeName(tuple[i]))")
            }
            if matches(tuple[i]) { return .true }
          }
          return .false
        }
        guard a[0].isStr else {
          throw raise(.typeError, "\(name) first arg must be str or a tuple of str, not \(typeName(a[0]))")
        }
        return Value(bool: matches(a[0]))
      }
    }
    for (name, last, raises) in [
      ("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true),
    ] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(1, 3)
        let s = StrObject(a.receiver)
        _ = try strArgument(a[0], name)
        let n = StrObject(a[0])
        let (start, end) = try strBounds(a, length: s.count)
        var found = -1
        if end - start >= n.count {
          if n.byteCount == 0 {
            found = last ? end : start
          } else {
            let (from, to) = (s.byteOffset(ofCodePoint: start), s.byteOffset(ofCodePoint: end))
            let byte =
              last
              ? StrBytes.findLast(s.bytes, from, to, n.bytes, n.byteCount)
              : StrBytes.find(s.bytes, from, to, n.bytes, n.byteCount)
            if byte >= 0 { found = Strings.codePointIndex(s, byteOffset: byte) }
          }
        }
        if found < 0 {
          if raises { throw raise(.valueError, "substring not found") }
          return Value(smallInt: -1)
        }
        return Value(smallInt: found)
      }
    }
    method(.str, "count") { a throws(PythonError) in
      try a.expect(1, 3)
      let s = StrObject(a.receiver)
      _ = try strArgument(a[0], "count")
      let n = StrObject(a[0])
      let (start, end) = try strBounds(a, length: s.count)
      if end - start < n.count { return Value(smallInt: 0) }
      if n.byteCount == 0 { return Value(smallInt: end - start + 1) }
      var from = s.byteOffset(ofCodePoint: start)
      let to = s.byteOffset(ofCodePoint: end)
      var total = 0
      while true {
        let found = StrBytes.find(s.bytes, from, to, n.bytes, n.byteCount)
        if found < 0 { break }
        total += 1
        from = found + n.byteCount
      }
      return Value(smallInt: total)
    }
    for (name, alignment) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(1, 2)
        let width = try strIntArgument(a[0])
        var fill: Value = Runtime.asciiCharacters[32]
        if a.positionalCount > 1 {
          guard a[1].isStr else {
            throw raise(.typeError, "The fill character must be a unicode character, not \(typeName(a[1]))")
          }
          guard StrObject(a[1]).count == 1 else {
            throw raise(.typeError, "The fill character must be exactly one character long")
          }
          fill = a[1]
        }
        let s = StrObject(a.receiver)
        if width <= s.count { return a.receiver }
        let marg = width - s.count
        let left = alignment == "<" ? 0 : (alignment == ">" ? marg : marg / 2 + (marg & width & 1))
        return try StrBytes.padded(a.receiver, left: left, right: marg - left, fill: fill)
      }
    }
    method(.str, "zfill") { a throws(PythonError) in
      try a.expect(1, 1)
      let width = try strIntArgument(a[0])
      let s = StrObject(a.receiver)
      if width <= s.count { return a.receiver }
      let zero = Runtime.asciiCharacters[48]
      let result = try StrBytes.padded(a.receiver, left: width - s.count, right: 0, fill: zero)
      let r = StrObject(result)
      let fillCount = width - s.count
      if s.byteCount > 0 && (s.bytes[0] == UInt8(ascii: "+") || s.bytes[0] == UInt8(ascii: "-")) {
        r.bytes[0] = s.bytes[0]
        r.bytes[fillCount] = UInt8(ascii: "0")
      }
      return result
    }
    installStrCaseMethods()
    installStrMoreMethods()
    method(.str, "format", strFormatMethod)
  }

  // MARK: join, split, strip, replace

  static func join(_ separator: Value, _ iterable: Value) throws(PythonError) -> Value {
    let list: Value =
      iterable.isList || iterable.isTuple ? iterable : try Sequences.toList(iterable).ref.value
    // `items` points into the list's buffer across the allocation below: keepAlive(list) at the
    // end keeps the list (and so its buffer) from being collected in between.
    let items: UnsafeMutableBufferPointer<Value> =
      list.isTuple ? TupleObject(list).buffer : ListObject(list).buffer
    let sep = StrObject(separator)
    var total = 0
    for i in 0..<items.count {
      guard items[i].isStr else {
        throw raise(.typeError, "sequence item \(i): expected str instance, \(typeName(items[i])) found")
      }
      total += StrObject(items[i]).byteCount
    }
    if items.count == 0 { return Runtime.emptyString }
    if items.count == 1 { return items[0] }
    total += sep.byteCount * (items.count - 1)
    let result = StrObject.allocate(byteCount: total)
    var p = result.bytes
    for i in 0..<items.count {
      if i > 0 && sep.byteCount > 0 {
        p.update(from: sep.bytes, count: sep.byteCount)
        p += sep.byteCount
      }
      let item = StrObject(items[i])
      p.update(from: item.bytes, count: item.byteCount)
      p += item.byteCount
    }
    result.finish()
    keepAlive(list)
    return result.ref.value
  }

  static func split(_ receiver: Value, _ separator: Value?, _ maxSplit: Int) throws(PythonError) -> Value {
    let list = ListObject.make()
    let s = StrObject(receiver)
    let (p, n) = (s.bytes, s.byteCount)
    var remaining = maxSplit < 0 ? Int.max : maxSplit
    guard let separator else {
      var i = 0
      while remaining > 0 {
        remaining -= 1
        while i < n, let w = StrBytes.spaceWidth(p, i, n) { i += w }
        if i == n { break }
        let j = i
        while i < n && StrBytes.spaceWidth(p, i, n) == nil { i += Strings.utf8Length(leadByte: p[i]) }
        list.append(Strings.make(p + j, i - j))
      }
      if i < n {
        while i < n, let w = StrBytes.spaceWidth(p, i, n) { i += w }
        if i != n { list.append(i == 0 ? receiver : Strings.make(p + i, n - i)) }
      }
      return list.ref.value
    }
    guard separator.isStr else { throw raise(.typeError, "must be str or None, not \(typeName(separator))") }
    let sep = StrObject(separator)
    let m = sep.byteCount
    if m == 0 { throw raise(.valueError, "empty separator") }
    var start = 0
    while remaining > 0 {
      let found = StrBytes.find(p, start, n, sep.bytes, m)
      if found < 0 { break }
      list.append(Strings.make(p + start, found - start))
      start = found + m
      remaining -= 1
    }
    list.append(start == 0 ? receiver : Strings.make(p + start, n - start))
    return list.ref.value
  }

  static func rsplit(_ receiver: Value, _ separator: Value?, _ maxSplit: Int) throws(PythonError) -> Value {
    let list = ListObject.make()
    let s = StrObject(receiver)
    let (p, n) = (s.bytes, s.byteCount)
    var remaining = maxSplit < 0 ? Int.max : maxSplit
    if let separator {
      guard separator.isStr else {
        throw raise(.typeError, "must be str or None, not \(typeName(separator))")
      }
      let sep = StrObject(separator)
      let m = sep.byteCount
      if m == 0 { throw raise(.valueError, "empty separator") }
      var end = n
      while remaining > 0 {
        let found = StrBytes.findLast(p, 0, end, sep.bytes, m)
        if found < 0 { break }
        list.append(Strings.make(p + found + m, end - found - m))
        end = found
        remaining -= 1
      }
      list.append(end == n ? receiver : Strings.make(p, end))
    } else {
      // i is the byte offset just past the character under consideration.
      var i = n
      while remaining > 0 {
        remaining -= 1
        while i > 0, let w = StrBytes.spaceWidthBefore(p, i) { i -= w }
        if i == 0 { break }
        let j = i
        while i > 0 && StrBytes.spaceWidthBefore(p, i) == nil { i = StrBytes.previousStart(p, i) }
        list.append(Strings.make(p + i, j - i))
      }
      if i > 0 {
        while i > 0, let w = StrBytes.spaceWidthBefore(p, i) { i -= w }
        if i > 0 { list.append(i == n ? receiver : Strings.make(p, i)) }
      }
    }
    let items = list.buffer
    var (lo, hi) = (0, items.count - 1)
    while lo < hi {
      items.swapAt(lo, hi)
      lo += 1
      hi -= 1
    }
    return list.ref.value
  }

  /// strip/lstrip/rstrip: whitespace when `chars` is nil, else any code point of `chars`.
  static func strip(_ receiver: Value, _ chars: Value?, leading: Bool, trailing: Bool) -> Value {
    let s = StrObject(receiver)
    let (p, n) = (s.bytes, s.byteCount)
    var i = 0
    var j = n
    if let chars {
      let c = StrObject(chars)
      if c.isASCII {
        var table = [Bool](repeating: false, count: 128)
        for k in 0..<c.byteCount { table[Int(c.bytes[k])] = true }
        if leading { while i < j && p[i] < 0x80 && table[Int(p[i])] { i += 1 } }
        if trailing { while j > i && p[j - 1] < 0x80 && table[Int(p[j - 1])] { j -= 1 } }
      } else {
        var set = Set<UInt32>()
        var k = 0
        while k < c.byteCount {
          let (u, w) = StrBytes.decode(c.bytes, k)
          set.insert(u)
          k += w
        }
        if leading {
          while i < j {
            let (u, w) = StrBytes.decode(p, i)
            if !set.contains(u) { break }
            i += w
          }
        }
        if trailing {
          while j > i {
            let start = StrBytes.previousStart(p, j)
            if !set.contains(StrBytes.decode(p, start).0) { break }
            j = start
          }
        }
      }
    } else {
      if leading { while i < j, let w = StrBytes.spaceWidth(p, i, j) { i += w } }
      if trailing { while j > i, let w = StrBytes.spaceWidthBefore(p, j) { j -= w } }
    }
    if i == 0 && j == n { return receiver }
    return Strings.make(p + i, j - i)
  }

  static func replace(_ receiver: Value, _ old: Value, _ new: Value, _ count: Int) -> Value {
    let (s, o, w) = (StrObject(receiver), StrObject(old), StrObject(new))
    let (p, n, m) = (s.bytes, s.byteCount, o.byteCount)
    let limit = count < 0 ? Int.max : count
    if limit == 0 { return receiver }
    if m == 0 {
      let times = min(limit, s.count + 1)
      let result = StrObject.allocate(byteCount: n + times * w.byteCount)
      var out = result.bytes
      var i = 0
      var inserted = 0
      while true {
        if inserted < times {
          out.update(from: w.bytes, count: w.byteCount)
          out += w.byteCount
          inserted += 1
        }
        if i >= n { break }
        let width = Strings.utf8Length(leadByte: p[i])
        out.update(from: p + i, count: width)
        out += width
        i += width
      }
      result.finish()
      return result.ref.value
    }
    // Count the matches first so the result is allocated once.
    var matches = 0
    var i = 0
    while matches < limit {
      let found = StrBytes.find(p, i, n, o.bytes, m)
      if found < 0 { break }
      matches += 1
      i = found + m
    }
    if matches == 0 { return receiver }
    let result = StrObject.allocate(byteCount: n + matches * (w.byteCount - m))
    var out = result.bytes
    i = 0
    for _ in 0..<matches {
      let found = StrBytes.find(p, i, n, o.bytes, m)
      out.update(from: p + i, count: found - i)
      out += found - i
      out.update(from: w.bytes, count: w.byteCount)
      out += w.byteCount
      i = found + m
    }
    out.update(from: p + i, count: n - i)
    result.finish()
    return result.ref.value
  }
}

/// Byte-level helpers over UTF-8 for the str methods.
enum StrBytes {
  static func bigIntIsNegative(_ v: Value) -> Bool {
    BigIntObject(v).mpz.pointee._mp_size < 0
  }

  /// The code point starting at byte `i`, and its width in bytes.
  @inline(__always)
  static func decode(_ p: UnsafePointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1]) & 0x3F, 2) }
    if b0 < 0xF0 {
      return ((b0 & 0x0F) << 12 | (UInt32(p[i + 1]) & 0x3F) << 6 | UInt32(p[i + 2]) & 0x3F, 3)
    }
    return (
      (b0 & 0x07) << 18 | (UInt32(p[i + 1]) & 0x3F) << 12 | (UInt32(p[i + 2]) & 0x3F) << 6 | UInt32(p[i + 3])
        & 0x3F,
      4
    )
  }

  /// The byte offset where the code point ending at byte offset `end` starts.
  @inline(__always)
  static func previousStart(_ p: UnsafePointer<UInt8>, _ end: Int) -> Int {
    var i = end - 1
    while i > 0 && p[i] & 0xC0 == 0x80 { i -= 1 }
    return i
  }

  /// Python's whitespace (`str.isspace` per code point, Py_UNICODE_ISSPACE).
  @inline(__always)
  static func isSpace(_ u: UInt32) -> Bool {
    if u < 0x80 { return (u >= 0x09 && u <= 0x0D) || (u >= 0x1C && u <= 0x20) }
    switch u {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Line boundaries of `str.splitlines` (besides the \r\n pair).
  @inline(__always)
  static func isLineBreak(_ u: UInt32) -> Bool {
    switch u {
    case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// The width of the whitespace code point at byte `i`, or nil when it is not whitespace.
  @inline(__always)
  static func spaceWidth(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int? {
    let b = p[i]
    if b < 0x80 { return (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x20) ? 1 : nil }
    let (u, w) = decode(p, i)
    return isSpace(u) ? w : nil
  }

  /// The width of the whitespace code point ending at byte offset `end`, or nil.
  @inline(__always)
  static func spaceWidthBefore(_ p: UnsafePointer<UInt8>, _ end: Int) -> Int? {
    let b = p[end - 1]
    if b < 0x80 { return (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x20) ? 1 : nil }
    let start = previousStart(p, end)
    return isSpace(decode(p, start).0) ? end - start : nil
  }

  /// Byte offset of the first needle in haystack[from..<to], or -1.
  static func find(
    _ h: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ needle: UnsafePointer<UInt8>, _ m: Int
  ) -> Int {
    if m == 0 { return from <= to ? from : -1 }
    if to - from < m { return -1 }
    let first = Int32(needle[0])
    var i = from
    let last = to - m
    while i <= last {
      guard let hit = memchr(h + i, first, last - i + 1) else { return -1 }
      let k = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if m == 1 || memcmp(h + k + 1, needle + 1, m - 1) == 0 { return k }
      i = k + 1
    }
    return -1
  }

  /// Byte offset of the last needle in haystack[from..<to], or -1.
  static func findLast(
    _ h: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ needle: UnsafePointer<UInt8>, _ m: Int
  ) -> Int {
    if m == 0 { return from <= to ? to : -1 }
    if to - from < m { return -1 }
    let first = needle[0]
    var i = to - m
    while i >= from {
      if h[i] == first && memcmp(h + i, needle, m) == 0 { return i }
      i -= 1
    }
    return -1
  }

  /// `s` with `left` and `right` copies of the one-character str `fill` around it; MemoryError
  /// for a width the program chose too large to have (`"a".zfill(10**12)`), as CPython.
  static func padded(_ s: Value, left: Int, right: Int, fill: Value) throws(PythonError) -> Value {
    let (source, f) = (StrObject(s), StrObject(fill))
    let fw = f.byteCount
    let (pad, overflow) = (left + right).multipliedReportingOverflow(by: fw)
    guard !overflow, pad <= Int.max - source.byteCount else { throw raise(.memoryError) }
    let result = try StrObject.allocateChecked(byteCount: source.byteCount + pad)
    var out = result.bytes
    if fw == 1 {
      memset(out, Int32(f.bytes[0]), left)
      out += left
    } else {
      for _ in 0..<left {
        out.update(from: f.bytes, count: fw)
        out += fw
      }
    }
    out.update(from: source.bytes, count: source.byteCount)
    out += source.byteCount
    if fw == 1 {
      memset(out, Int32(f.bytes[0]), right)
    } else {
      for _ in 0..<right {
        out.update(from: f.bytes, count: fw)
        out += fw
      }
    }
    result.finish()
    return result.ref.value
  }
}
