/// Decoding of string literal bodies: backslash escapes, Python style.
struct EscapeError: Error {
  let message: String
}

/// The prefix letters, quote length and body of a string token's text.
struct StringLiteralParts {
  var raw = false
  var formatted = false
  var bytes = false
  var prefixLength = 0
  var quoteLength = 1
  var body: [Unicode.Scalar] = []

  init(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count, scalars[index] != "'" && scalars[index] != "\"" {
      switch scalars[index] {
      case "r", "R": raw = true
      case "f", "F": formatted = true
      case "b", "B": bytes = true
      default: break
      }
      index += 1
    }
    prefixLength = index
    let remaining = scalars.count - index
    if remaining >= 6, index + 2 < scalars.count, scalars[index] == scalars[index + 1],
      scalars[index] == scalars[index + 2]
    {
      quoteLength = 3
    }
    let start = index + quoteLength
    let end = scalars.count - quoteLength
    body = start <= end ? Array(scalars[start..<end]) : []
  }
}

/// Decodes backslash escapes in `body` (nothing to do when `raw`). `hadSurrogate` is set when an
/// escape names a lone surrogate, which a Swift string cannot hold.
func decodeEscapes(
  _ body: ArraySlice<Unicode.Scalar>, raw: Bool, hadSurrogate: inout Bool
) throws(EscapeError) -> String {
  var result = String.UnicodeScalarView()
  if raw {
    result.append(contentsOf: body)
    return String(result)
  }
  let scalars = Array(body)
  var index = 0
  while index < scalars.count {
    let scalar = scalars[index]
    guard scalar == "\\", index + 1 < scalars.count else {
      result.append(scalar)
      index += 1
      continue
    }
    let start = index
    let next = scalars[index + 1]
    index += 2
    switch next {
    case "\n": break
    case "\r":
      if index < scalars.count, scalars[index] == "\n" { index += 1 }
    case "\\", "'", "\"": result.append(next)
    case "a": result.append("\u{07}")
    case "b": result.append("\u{08}")
    case "f": result.append("\u{0C}")
    case "n": result.append("\n")
    case "r": result.append("\r")
    case "t": result.append("\t")
    case "v": result.append("\u{0B}")
    case "0"..."7":
      var value = next.value - 48
      var digits = 1
      while digits < 3, index < scalars.count, scalars[index] >= "0", scalars[index] <= "7" {
        value = value * 8 + scalars[index].value - 48
        index += 1
        digits += 1
      }
      appendCodePoint(value, to: &result, hadSurrogate: &hadSurrogate)
    case "x", "u", "U":
      let count = next == "x" ? 2 : next == "u" ? 4 : 8
      var value: UInt32 = 0
      for offset in 0..<count {
        guard index + offset < scalars.count, let digit = hexValue(scalars[index + offset]) else {
          let kind = next == "x" ? "\\xXX" : next == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
          throw EscapeError(
            message: "(unicode error) 'unicodeescape' codec can't decode bytes in position "
              + "\(start)-\(index + offset - 1): truncated \(kind) escape")
        }
        value = value &* 16 &+ digit
      }
      index += count
      if value > 0x10FFFF {
        throw EscapeError(
          message: "(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + "\(start)-\(index - 1): illegal Unicode character")
      }
      appendCodePoint(value, to: &result, hadSurrogate: &hadSurrogate)
    case "N":
      guard index < scalars.count, scalars[index] == "{",
        let close = scalars[index...].firstIndex(of: "}")
      else {
        throw EscapeError(
          message: "(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + "\(start)-\(index - 1): malformed \\N character escape")
      }
      let name = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
      guard let named = UnicodeNames.lookup(name) else {
        throw EscapeError(
          message: "(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + "\(start)-\(close): unknown Unicode character name")
      }
      result.append(named)
      index = close + 1
    default:
      // Unknown escapes keep their backslash (CPython only warns).
      result.append("\\")
      result.append(next)
    }
  }
  return String(result)
}

private func appendCodePoint(
  _ value: UInt32, to result: inout String.UnicodeScalarView, hadSurrogate: inout Bool
) {
  if let scalar = Unicode.Scalar(value) {
    result.append(scalar)
  } else {
    hadSurrogate = true
    result.append("\u{FFFD}")
  }
}

private func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
  switch scalar {
  case "0"..."9": return scalar.value - 48
  case "a"..."f": return scalar.value - 87
  case "A"..."F": return scalar.value - 55
  default: return nil
  }
}

/// `\N{...}` lookup. The table is built on first use by walking every code point's name, which
/// costs a moment once and nothing for programs that never use the escape.
enum UnicodeNames {
  static let table: [String: Unicode.Scalar] = {
    var table: [String: Unicode.Scalar] = [:]
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if let name = scalar.properties.name { table[name] = scalar }
      if let alias = scalar.properties.nameAlias { table[alias] = scalar }
    }
    return table
  }()

  static func lookup(_ name: String) -> Unicode.Scalar? { table[name.uppercased()] }
}
