/// Source bytes as CPython 3.11 reads a file: UTF-8 only (the subset has no encoding
/// declarations), no NUL bytes, and universal newlines.
public enum SourceText {
  /// The program text of a file's bytes, or CPython's SyntaxError for the first NUL byte or
  /// invalid UTF-8 sequence (whichever comes first, as the tokenizer meets them line by line).
  /// `path` is how CPython names the file in the UTF-8 message: the absolute path of a file,
  /// `<stdin>` for standard input; `filename` is the name in the error's location.
  public static func decode(_ bytes: [UInt8], filename: String, path: String) throws(SourceError) -> String {
    var line = 1
    var lineStart = 0
    var i = 0
    let n = bytes.count
    while i < n {
      let byte = bytes[i]
      if byte == 0 {
        let text = String(decoding: bytes[lineStart..<i], as: UTF8.self)
        throw SourceError(
          kind: .syntax, message: "source code cannot contain null bytes", filename: filename, line: line,
          column: i - lineStart + 1, sourceLine: text)
      }
      if byte < 0x80 {
        if byte == 0x0A || (byte == 0x0D && (i + 1 == n || bytes[i + 1] != 0x0A)) {
          line += 1
          lineStart = i + 1
        }
        i += 1
        continue
      }
      guard let length = validSequenceLength(bytes, i) else {
        let hex = String(byte, radix: 16)
        throw SourceError(
          kind: .syntax,
          message:
            "Non-UTF-8 code starting with '\\x\(hex.count == 1 ? "0" : "")\(hex)' in file \(path) on line "
            + "\(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details",
          filename: filename, line: 0, column: 0, sourceLine: "")
      }
      i += length
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The length of the well-formed UTF-8 sequence at `i` (Unicode's Table 3-7: no overlong forms,
  /// no surrogates, nothing past U+10FFFF), or nil.
  static func validSequenceLength(_ bytes: [UInt8], _ i: Int) -> Int? {
    let lead = bytes[i]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return nil
    }
    guard i + length <= bytes.count else { return nil }
    if bytes[i + 1] < low || bytes[i + 1] > high { return nil }
    for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return nil }
    return length
  }

  /// `\r\n` and a lone `\r` become `\n`, as CPython's tokenizer translates them: a triple-quoted
  /// string keeps no `\r`, and a backslash before `\r\n` continues the line.
  public static func universalNewlines(_ text: String) -> String {
    guard text.utf8.contains(0x0D) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var previousWasCR = false
    for byte in text.utf8 {
      if byte == 0x0A && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = byte == 0x0D
      out.append(previousWasCR ? 0x0A : byte)
    }
    return String(decoding: out, as: UTF8.self)
  }
}
