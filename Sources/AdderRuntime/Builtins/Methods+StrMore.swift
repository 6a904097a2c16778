#if canImport(Glibc)
  import Glibc
#endif

/// str case conversions, predicates, and the line/partition/prefix methods. Predicates and case
/// mappings work per code point, as CPython does (not per Swift Character).
extension Builtins {
  /// A new str with each ASCII byte of an all-ASCII str mapped.
  static func mapASCII(_ v: Value, _ transform: (UInt8) -> UInt8) -> Value {
    let s = StrObject(v)
    let result = StrObject.allocate(byteCount: s.byteCount)
    for i in 0..<s.byteCount { result.bytes[i] = transform(s.bytes[i]) }
    result.finish()
    return result.ref.value
  }

  static func isCased(_ u: Unicode.Scalar) -> Bool {
    let p = u.properties
    return p.isLowercase || p.isUppercase || p.generalCategory == .titlecaseLetter
  }

  /// The lowercase of the code point at `i`, with CPython's final sigma rule (Unicode's
  /// Final_Sigma context, which Swift's `lowercased()` does not apply): a capital sigma preceded
  /// by a cased letter and not followed by one, case-ignorable code points skipped, is 'ς'.
  static func lowercaseMapping(_ scalars: [Unicode.Scalar], _ i: Int) -> String {
    let u = scalars[i]
    guard u.value == 0x3A3 else { return u.properties.lowercaseMapping }
    var j = i - 1
    while j >= 0 && scalars[j].properties.isCaseIgnorable { j -= 1 }
    var final = j >= 0 && scalars[j].properties.isCased
    if final {
      j = i + 1
      while j < scalars.count && scalars[j].properties.isCaseIgnorable { j += 1 }
      final = j == scalars.count || !scalars[j].properties.isCased
    }
    return final ? "\u{3C2}" : "\u{3C3}"
  }

  static func installStrCaseMethods() {
    let isUpperASCII: (UInt8) -> Bool = { $0 >= 65 && $0 <= 90 }
    let isLowerASCII: (UInt8) -> Bool = { $0 >= 97 && $0 <= 122 }
    method(.str, "upper") { a throws(PythonError) in
      try a.expect(0, 0)
      if StrObject(a.receiver).isASCII { return mapASCII(a.receiver) { isLowerASCII($0) ? $0 - 32 : $0 } }
      var out = String.UnicodeScalarView()
      for u in a.receiver.string.unicodeScalars {
        out.append(contentsOf: u.properties.uppercaseMapping.unicodeScalars)
      }
      return Value.str(String(out))
    }
    method(.str, "lower") { a throws(PythonError) in
      try a.expect(0, 0)
      if StrObject(a.receiver).isASCII { return mapASCII(a.receiver) { isUpperASCII($0) ? $0 + 32 : $0 } }
      let scalars = Strings.scalars(a.receiver)
      var out = String.UnicodeScalarView()
      for i in scalars.indices { out.append(contentsOf: lowercaseMapping(scalars, i).unicodeScalars) }
      return Value.str(String(out))
    }
    method(.str, "casefold") { a throws(PythonError) in
      try a.expect(0, 0)
      if StrObject(a.receiver).isASCII { return mapASCII(a.receiver) { isUpperASCII($0) ? $0 + 32 : $0 } }
      // Full case folding is, for the code points that have one, the lowercase of the uppercase.
      var out = String.UnicodeScalarView()
      for u in a.receiver.string.unicodeScalars {
        if u.properties.changesWhenCaseFolded {
          for v in u.properties.uppercaseMapping.unicodeScalars {
            out.append(contentsOf: v.properties.lowercaseMapping.unicodeScalars)
          }
        } else {
          out.append(u)
        }
      }
      return Value.str(String(out))
    }
    method(.str, "swapcase") { a throws(PythonError) in
      try a.expect(0, 0)
      if StrObject(a.receiver).isASCII {
        return mapASCII(a.receiver) { isUpperASCII($0) ? $0 + 32 : (isLowerASCII($0) ? $0 - 32 : $0) }
      }
      var out = String.UnicodeScalarView()
      let scalars = Strings.scalars(a.receiver)
      for (i, u) in scalars.enumerated() {
        if u.properties.isUppercase {
          out.append(contentsOf: lowercaseMapping(scalars, i).unicodeScalars)
        } else if u.properties.isLowercase {
          out.append(contentsOf: u.properties.uppercaseMapping.unicodeScalars)
        } else {
          out.append(u)
        }
      }
      return Value.str(String(out))
    }
    method(.str, "capitalize") { a throws(PythonError) in
      try a.expect(0, 0)
      var out = String.UnicodeScalarView()
      let scalars = Strings.scalars(a.receiver)
      for (i, u) in scalars.enumerated() {
        out.append(
          contentsOf: (i == 0 ? u.properties.titlecaseMapping : lowercaseMapping(scalars, i)).unicodeScalars)
      }
      return Value.str(String(out))
    }
    method(.str, "title") { a throws(PythonError) in
      try a.expect(0, 0)
      var out = String.UnicodeScalarView()
      var previousCased = false
      let scalars = Strings.scalars(a.receiver)
      for (i, u) in scalars.enumerated() {
        out.append(
          contentsOf: (previousCased ? lowercaseMapping(scalars, i) : u.properties.titlecaseMapping)
            .unicodeScalars)
        previousCased = isCased(u)
      }
      return Value.str(String(out))
    }

    func isAlpha(_ u: Unicode.Scalar) -> Bool {
      switch u.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
      default: return false
      }
    }
    func isDecimal(_ u: Unicode.Scalar) -> Bool { u.properties.numericType == .decimal }
    func isDigit(_ u: Unicode.Scalar) -> Bool {
      u.properties.numericType == .decimal || u.properties.numericType == .digit
    }
    func isNumeric(_ u: Unicode.Scalar) -> Bool { u.properties.numericType != nil }
    let predicates: [(String, (Unicode.Scalar) -> Bool)] = [
      ("isdigit", isDigit),
      ("isalpha", isAlpha),
      ("isalnum", { isAlpha($0) || isNumeric($0) }),
      ("isspace", { StrBytes.isSpace($0.value) }),
      ("isdecimal", isDecimal),
      ("isnumeric", isNumeric),
      ("isprintable", isPrintable),
    ]
    for (name, test) in predicates {
      method(.str, name) { a throws(PythonError) in
        try a.expect(0, 0)
        let s = StrObject(a.receiver)
        if s.byteCount == 0 { return Value(bool: name == "isprintable") }
        for u in a.receiver.string.unicodeScalars where !test(u) { return .false }
        return .true
      }
    }
    for (name, upper) in [("isupper", true), ("islower", false)] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(0, 0)
        var cased = false
        for u in a.receiver.string.unicodeScalars {
          let p = u.properties
          let (same, other) = upper ? (p.isUppercase, p.isLowercase) : (p.isLowercase, p.isUppercase)
          if other || p.generalCategory == .titlecaseLetter { return .false }
          if same { cased = true }
        }
        return Value(bool: cased)
      }
    }
    method(.str, "istitle") { a throws(PythonError) in
      try a.expect(0, 0)
      var cased = false
      var previousCased = false
      for u in a.receiver.string.unicodeScalars {
        let p = u.properties
        if p.isUppercase || p.generalCategory == .titlecaseLetter {
          if previousCased { return .false }
          previousCased = true
          cased = true
        } else if p.isLowercase {
          if !previousCased { return .false }
          previousCased = true
          cased = true
        } else {
          previousCased = false
        }
      }
      return Value(bool: cased)
    }
    method(.str, "isascii") { a throws(PythonError) in
      try a.expect(0, 0)
      return Value(bool: StrObject(a.receiver).isASCII)
    }
    method(.str, "isidentifier") { a throws(PythonError) in
      try a.expect(0, 0)
      var first = true
      for u in a.receiver.string.unicodeScalars {
        let ok = first ? (u == "_" || u.properties.isXIDStart) : u.properties.isXIDContinue
        if !ok { return .false }
        first = false
      }
      return Value(bool: !first)
    }
  }

  static func installStrMoreMethods() {
    method(.str, "splitlines") { a throws(PythonError) in
      try a.expect(0, 1, keywords: ["keepends"])
      let keepEnds =
        try a.argument(0, "keepends").map { v throws(PythonError) in
          guard IntArithmetic.small(v) != nil || v.isBigInt else {
            throw raise(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
          }
          return try isTruthy(v)
        } ?? false
      let list = ListObject.make()
      let s = StrObject(a.receiver)
      let (p, n) = (s.bytes, s.byteCount)
      var i = 0
      while i < n {
        let start = i
        var eol = n
        var next = n
        while i < n {
          let b = p[i]
          if b >= 0x20 && b < 0x80 {
            i += 1
            continue
          }
          let (u, w) = StrBytes.decode(p, i)
          if StrBytes.isLineBreak(u) {
            eol = i
            next = i + w
            if u == 0x0D && next < n && p[next] == 0x0A { next += 1 }
            break
          }
          i += w
        }
        let end = keepEnds ? next : eol
        list.append(start == 0 && end == n ? a.receiver : Strings.make(p + start, end - start))
        i = next
      }
      return list.ref.value
    }
    for (name, fromRight) in [("partition", false), ("rpartition", true)] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(1, 1)
        guard a[0].isStr else { throw raise(.typeError, "must be str, not \(typeName(a[0]))") }
        let (s, sep) = (StrObject(a.receiver), StrObject(a[0]))
        if sep.byteCount == 0 { throw raise(.valueError, "empty separator") }
        let found =
          fromRight
          ? StrBytes.findLast(s.bytes, 0, s.byteCount, sep.bytes, sep.byteCount)
          : StrBytes.find(s.bytes, 0, s.byteCount, sep.bytes, sep.byteCount)
        let tuple = TupleObject.make(count: 3)
        let empty = Runtime.emptyString
        if found < 0 {
          tuple[0] = fromRight ? empty : a.receiver
          tuple[1] = empty
          tuple[2] = fromRight ? a.receiver : empty
          return tuple.ref.value
        }
        // Slots are filled as each part is made so the collector sees them through the tuple.
        tuple[0] = empty
        tuple[1] = a[0]
        tuple[2] = empty
        tuple[0] = Strings.make(s.bytes, found)
        let after = found + sep.byteCount
        tuple[2] = Strings.make(s.bytes + after, s.byteCount - after)
        return tuple.ref.value
      }
    }
    for (name, isPrefix) in [("removeprefix", true), ("removesuffix", false)] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(1, 1)
        guard a[0].isStr else {
          throw raise(.typeError, "\(name)() argument must be str, not \(clinicTypeName(a[0]))")
        }
        let (s, affix) = (StrObject(a.receiver), StrObject(a[0]))
        let m = affix.byteCount
        if m == 0 || m > s.byteCount { return a.receiver }
        let at = isPrefix ? 0 : s.byteCount - m
        if memcmp(s.bytes + at, affix.bytes, m) != 0 { return a.receiver }
        return Strings.make(s.bytes + (isPrefix ? m : 0), s.byteCount - m)
      }
    }
    method(.str, "expandtabs") { a throws(PythonError) in
      try a.expect(0, 1, keywords: ["tabsize"])
      let tabSize = try a.argument(0, "tabsize").map { v throws(PythonError) in try strIntArgument(v) } ?? 8
      // CPython takes the size as a C int.
      guard Int32(exactly: tabSize) != nil else {
        throw raise(.overflowError, "Python int too large to convert to C int")
      }
      let s = StrObject(a.receiver)
      let (p, n) = (s.bytes, s.byteCount)
      if memchr(p, 9, n) == nil { return a.receiver }
      // The result's size first: a Swift array that cannot grow traps, where Python raises.
      var size = 0
      var column = 0
      var i = 0
      while i < n {
        let b = p[i]
        let w = b == 9 ? (tabSize > 0 ? tabSize - column % tabSize : 0) : Strings.utf8Length(leadByte: b)
        let (total, overflow) = size.addingReportingOverflow(w)
        guard !overflow else { throw raise(.overflowError, "new string is too long") }
        size = total
        column = b == 9 ? column + w : (b == 10 || b == 13) ? 0 : column + 1
        i += b == 9 ? 1 : w
      }
      guard Heap.canAllocate(bytes: size) else { throw raise(.memoryError) }
      var out = [UInt8]()
      out.reserveCapacity(size)
      column = 0
      i = 0
      while i < n {
        let b = p[i]
        if b == 9 {
          if tabSize > 0 {
            let spaces = tabSize - column % tabSize
            out.append(contentsOf: repeatElement(32, count: spaces))
            column += spaces
          }
          i += 1
        } else {
          let w = Strings.utf8Length(leadByte: b)
          out.append(contentsOf: UnsafeBufferPointer(start: p + i, count: w))
          column = (b == 10 || b == 13) ? 0 : column + 1
          i += w
        }
      }
      return out.withUnsafeBufferPointer { Value.str(utf8: $0) }
    }
  }
}
