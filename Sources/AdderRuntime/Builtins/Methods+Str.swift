/// The str methods.
extension Builtins {
  static func strArgument(_ v: Value, _ method: String) throws(PythonError) -> String {
    guard v.isStr else { throw raise(.typeError, "must be str, not \(typeName(v))") }
    return v.string
  }

  static func installStrMethods() {
    method(.str, "join") { a throws(PythonError) in
      try a.expect(1, 1)
      let items = try Sequences.toList(a[0])
      var out = [UInt8]()
      let separator = StrObject(a.receiver)
      for i in 0..<items.count {
        guard items[i].isStr else {
          throw raise(.typeError, "sequence item \(i): expected str instance, \(typeName(items[i])) found")
        }
        if i > 0 { out.append(contentsOf: separator.buffer) }
        out.append(contentsOf: StrObject(items[i]).buffer)
      }
      return out.withUnsafeBufferPointer { Value.str(utf8: $0) }
    }
    method(.str, "split") { a throws(PythonError) in
      try a.expect(0, 2, keywords: ["sep", "maxsplit"])
      let sep = a.argument(0, "sep").flatMap { $0.isNone ? nil : $0 }
      let maxSplit = IntArithmetic.small(a.argument(1, "maxsplit") ?? Value(smallInt: -1)) ?? -1
      return try split(a.receiver, sep, maxSplit)
    }
    method(.str, "splitlines") { a throws(PythonError) in
      try a.expect(0, 0)
      var lines: [String] = []
      var current = ""
      var previousCR = false
      for c in a.receiver.string.unicodeScalars {
        if c == "\n" && previousCR {
          previousCR = false
          continue
        }
        previousCR = c == "\r"
        if c == "\n" || c == "\r" {
          lines.append(current)
          current = ""
        } else {
          current.unicodeScalars.append(c)
        }
      }
      if !current.isEmpty { lines.append(current) }
      let list = ListObject.make()
      for line in lines { list.append(Value.str(line)) }
      return list.ref.value
    }
    for (name, leading, trailing) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(0, 1)
        let chars = a.positionalCount > 0 && !a[0].isNone ? Set(try strArgument(a[0], name).unicodeScalars) : nil
        var scalars = Substring(a.receiver.string).unicodeScalars[...]
        func strip(_ s: Unicode.Scalar) -> Bool { chars?.contains(s) ?? s.properties.isWhitespace }
        if leading { while let f = scalars.first, strip(f) { scalars = scalars.dropFirst() } }
        if trailing { while let l = scalars.last, strip(l) { scalars = scalars.dropLast() } }
        return Value.str(String(String.UnicodeScalarView(scalars)))
      }
    }
    method(.str, "replace") { a throws(PythonError) in
      try a.expect(2, 3)
      let old = try strArgument(a[0], "replace")
      let new = try strArgument(a[1], "replace")
      let count = a.positionalCount > 2 ? IntArithmetic.small(a[2]) ?? -1 : -1
      return Value.str(replace(a.receiver.string, old, new, count))
    }
    method(.str, "upper") { a throws(PythonError) in
      try a.expect(0, 0)
      return Value.str(a.receiver.string.uppercased())
    }
    method(.str, "lower") { a throws(PythonError) in
      try a.expect(0, 0)
      return Value.str(a.receiver.string.lowercased())
    }
    method(.str, "capitalize") { a throws(PythonError) in
      try a.expect(0, 0)
      let s = a.receiver.string
      return Value.str(s.prefix(1).uppercased() + s.dropFirst().lowercased())
    }
    method(.str, "title") { a throws(PythonError) in
      try a.expect(0, 0)
      var out = ""
      var previousCased = false
      for c in a.receiver.string {
        out += previousCased ? c.lowercased() : c.uppercased()
        previousCased = c.isLetter
      }
      return Value.str(out)
    }
    method(.str, "swapcase") { a throws(PythonError) in
      try a.expect(0, 0)
      return Value.str(String(a.receiver.string.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
    }
    for (name, atStart) in [("startswith", true), ("endswith", false)] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(1, 3)
        let s = a.receiver
        let (start, end) = try searchBounds(a, count: StrObject(s).count)
        let piece = Strings.substring(s, from: start, to: max(start, end))
        let candidates = a[0].isTuple ? Array(TupleObject(a[0]).buffer) : [a[0]]
        for candidate in candidates {
          guard candidate.isStr else {
            throw raise(.typeError, "\(name) first arg must be str or a tuple of str, not \(typeName(candidate))")
          }
          let (p, c) = (StrObject(piece), StrObject(candidate))
          if c.byteCount > p.byteCount { continue }
          let offset = atStart ? 0 : p.byteCount - c.byteCount
          if (0..<c.byteCount).allSatisfy({ p.bytes[offset + $0] == c.bytes[$0] }) { return .true }
        }
        return .false
      }
    }
    for (name, last, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(1, 3)
        let s = StrObject(a.receiver)
        _ = try strArgument(a[0], name)
        let (start, end) = try searchBounds(a, count: s.count)
        let (from, to) = (s.byteOffset(ofCodePoint: start), s.byteOffset(ofCodePoint: max(start, end)))
        let found =
          last
          ? Strings.findLast(a.receiver, a[0], start: from, end: to)
          : Strings.find(a.receiver, a[0], start: from, end: to)
        if found < 0 {
          if raises { throw raise(.valueError, "substring not found") }
          return Value(smallInt: -1)
        }
        return Value(smallInt: Strings.codePointIndex(s, byteOffset: found))
      }
    }
    method(.str, "count") { a throws(PythonError) in
      try a.expect(1, 3)
      let s = StrObject(a.receiver)
      _ = try strArgument(a[0], "count")
      let (start, end) = try searchBounds(a, count: s.count)
      var from = s.byteOffset(ofCodePoint: start)
      let to = s.byteOffset(ofCodePoint: max(start, end))
      let step = max(StrObject(a[0]).byteCount, 1)
      var n = 0
      while true {
        let found = Strings.find(a.receiver, a[0], start: from, end: to)
        if found < 0 { break }
        n += 1
        from = found + step
        if StrObject(a[0]).byteCount == 0 && found >= to { break }
      }
      return Value(smallInt: n)
    }
    let predicates: [(String, (Character) -> Bool)] = [
      ("isdigit", { $0.isNumber && $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || $0.properties.numericType == .digit } }),
      ("isalpha", { $0.isLetter }),
      ("isalnum", { $0.isLetter || $0.isNumber }),
      ("isspace", { $0.isWhitespace }),
      ("isupper", { $0.isUppercase }),
      ("islower", { $0.isLowercase }),
      ("isdecimal", { $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } }),
      ("isnumeric", { $0.isNumber }),
    ]
    for (name, test) in predicates {
      method(.str, name) { a throws(PythonError) in
        try a.expect(0, 0)
        let s = a.receiver.string
        if name == "isupper" || name == "islower" {
          let cased = s.filter { $0.isCased }
          return Value(bool: !cased.isEmpty && cased.allSatisfy(test))
        }
        return Value(bool: !s.isEmpty && s.allSatisfy(test))
      }
    }
    for (name, alignment) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
      method(.str, name) { a throws(PythonError) in
        try a.expect(1, 2)
        guard let width = IntArithmetic.small(a[0]) else { throw raise(.typeError, "integer argument expected") }
        let fill = a.positionalCount > 1 ? a[1].string : " "
        let s = a.receiver.string
        let length = StrObject(a.receiver).count
        if width <= length { return a.receiver }
        let total = width - length
        var left = alignment == "<" ? 0 : (alignment == ">" ? total : total / 2)
        if alignment == "^" && total % 2 == 1 && length % 2 == 1 { left += 1 }
        return Value.str(String(repeating: fill, count: left) + s + String(repeating: fill, count: total - left))
      }
    }
    method(.str, "zfill") { a throws(PythonError) in
      try a.expect(1, 1)
      let width = IntArithmetic.small(a[0]) ?? 0
      var s = a.receiver.string
      let length = StrObject(a.receiver).count
      if width <= length { return a.receiver }
      var sign = ""
      if s.hasPrefix("-") || s.hasPrefix("+") {
        sign = String(s.removeFirst())
      }
      return Value.str(sign + String(repeating: "0", count: width - length) + s)
    }
    method(.str, "format", strFormatMethod)
  }

  static func split(_ receiver: Value, _ separator: Value?, _ maxSplit: Int) throws(PythonError) -> Value {
    let list = ListObject.make()
    let s = StrObject(receiver)
    guard let separator else {
      // Runs of whitespace separate; leading and trailing whitespace is ignored.
      let scalars = Array(receiver.string.unicodeScalars)
      var i = 0
      var splits = 0
      while i < scalars.count {
        while i < scalars.count && scalars[i].properties.isWhitespace { i += 1 }
        if i >= scalars.count { break }
        if maxSplit >= 0 && splits >= maxSplit {
          var rest = String.UnicodeScalarView(scalars[i...])
          while let last = rest.last, last.properties.isWhitespace { rest.removeLast() }
          list.append(Value.str(String(rest)))
          break
        }
        let start = i
        while i < scalars.count && !scalars[i].properties.isWhitespace { i += 1 }
        list.append(Value.str(String(String.UnicodeScalarView(scalars[start..<i]))))
        splits += 1
      }
      return list.ref.value
    }
    guard separator.isStr else { throw raise(.typeError, "must be str or None, not \(typeName(separator))") }
    let m = StrObject(separator).byteCount
    if m == 0 { throw raise(.valueError, "empty separator") }
    var start = 0
    var splits = 0
    while maxSplit < 0 || splits < maxSplit {
      let found = Strings.find(receiver, separator, start: start, end: s.byteCount)
      if found < 0 { break }
      list.append(Strings.make(s.bytes + start, found - start))
      start = found + m
      splits += 1
    }
    list.append(Strings.make(s.bytes + start, s.byteCount - start))
    return list.ref.value
  }

  static func replace(_ s: String, _ old: String, _ new: String, _ count: Int) -> String {
    if old.isEmpty {
      var out = ""
      var n = 0
      for c in s.unicodeScalars {
        if count < 0 || n < count {
          out += new
          n += 1
        }
        out.unicodeScalars.append(c)
      }
      if count < 0 || n < count { out += new }
      return out
    }
    var out = [UInt8]()
    let source = Array(s.utf8)
    let pattern = Array(old.utf8)
    var i = 0
    var replaced = 0
    while i < source.count {
      if (count < 0 || replaced < count) && i + pattern.count <= source.count
        && source[i..<(i + pattern.count)].elementsEqual(pattern)
      {
        out.append(contentsOf: new.utf8)
        i += pattern.count
        replaced += 1
      } else {
        out.append(source[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
