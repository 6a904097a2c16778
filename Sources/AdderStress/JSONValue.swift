/// Just enough JSON to read Adder's own `--ic-stats-file` output (no Foundation in the binary:
/// it would cost start-up time).
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public subscript(key: String) -> JSONValue? {
    if case .object(let fields) = self { return fields[key] }
    return nil
  }

  public var array: [JSONValue] {
    if case .array(let items) = self { return items }
    return []
  }

  public var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  public var int: Int {
    if case .number(let number) = self { return Int(number) }
    return 0
  }

  public static func parse(_ text: String) -> JSONValue? {
    var parser = Parser(bytes: Array(text.utf8))
    guard let value = parser.value() else { return nil }
    parser.skipSpace()
    return parser.position == parser.bytes.count ? value : nil
  }

  struct Parser {
    let bytes: [UInt8]
    var position = 0

    mutating func skipSpace() {
      while position < bytes.count, [0x20, 0x0a, 0x0d, 0x09].contains(bytes[position]) { position += 1 }
    }

    mutating func value() -> JSONValue? {
      skipSpace()
      guard position < bytes.count else { return nil }
      switch bytes[position] {
      case UInt8(ascii: "{"): return object()
      case UInt8(ascii: "["): return array()
      case UInt8(ascii: "\""): return string().map(JSONValue.string)
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "n"): return literal("null", .null)
      default: return number()
      }
    }

    mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
      let expected = Array(word.utf8)
      guard bytes.count - position >= expected.count,
        Array(bytes[position..<position + expected.count]) == expected
      else { return nil }
      position += expected.count
      return value
    }

    mutating func number() -> JSONValue? {
      let start = position
      while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
      return Double(String(decoding: bytes[start..<position], as: UTF8.self)).map(JSONValue.number)
    }

    mutating func string() -> String? {
      position += 1
      var scalars = String.UnicodeScalarView()
      var raw: [UInt8] = []
      func flush() {
        scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
        raw.removeAll()
      }
      while position < bytes.count {
        let byte = bytes[position]
        position += 1
        if byte == UInt8(ascii: "\"") {
          flush()
          return String(scalars)
        }
        guard byte == UInt8(ascii: "\\") else {
          raw.append(byte)
          continue
        }
        guard position < bytes.count else { return nil }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "n"): raw.append(0x0a)
        case UInt8(ascii: "t"): raw.append(0x09)
        case UInt8(ascii: "r"): raw.append(0x0d)
        case UInt8(ascii: "u"):
          guard position + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
          else { return nil }
          position += 4
          flush()
          scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        default: raw.append(escape)
        }
      }
      return nil
    }

    mutating func array() -> JSONValue? {
      position += 1
      var items: [JSONValue] = []
      skipSpace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      }
      while true {
        guard let item = value() else { return nil }
        items.append(item)
        skipSpace()
        guard position < bytes.count else { return nil }
        position += 1
        if bytes[position - 1] == UInt8(ascii: "]") { return .array(items) }
        if bytes[position - 1] != UInt8(ascii: ",") { return nil }
      }
    }

    mutating func object() -> JSONValue? {
      position += 1
      var fields: [String: JSONValue] = [:]
      skipSpace()
      if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(fields)
      }
      while true {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else {
          return nil
        }
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
        position += 1
        guard let item = value() else { return nil }
        fields[key] = item
        skipSpace()
        guard position < bytes.count else { return nil }
        position += 1
        if bytes[position - 1] == UInt8(ascii: "}") { return .object(fields) }
        if bytes[position - 1] != UInt8(ascii: ",") { return nil }
      }
    }
  }
}
