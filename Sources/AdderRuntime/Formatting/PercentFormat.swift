/// One piece of a printf-style (`str % args`) format string.
public enum PercentSegment: Equatable, Sendable {
  /// Text copied as is ("%%" already reduced to "%").
  case literal(String)
  case conversion(PercentConversion)
}

/// The conversion flags `-`, `+`, space, `#` and `0`.
public struct PercentFlags: Equatable, Sendable {
  public var leftAlign = false
  public var sign = false
  public var space = false
  public var alternate = false
  public var zeroPad = false

  public init() {}
}

/// One `%[(key)][flags][width][.precision][hlL]type` conversion.
public struct PercentConversion: Equatable, Sendable {
  public var mappingKey: String?
  public var flags = PercentFlags()
  /// nil when absent; -1 for '*' until `resolveStarWidth` supplies the argument.
  public var width: Int?
  /// nil when absent; -1 for '*' until `resolveStarPrecision` supplies the argument. A bare
  /// '.' means 0, as in C.
  public var precision: Int?
  /// One of d i u o x X e E f F g G c r s a.
  public var type: Character = "s"

  public init() {}

  /// Applies a '*' width taken from the arguments (CPython's "* wants int" check is the
  /// caller's): a negative width left-aligns.
  public mutating func resolveStarWidth(_ value: Int) {
    if value < 0 { flags.leftAlign = true }
    width = value.magnitude > UInt(Int.max) ? Int.max : abs(value)
  }

  /// Applies a '*' precision taken from the arguments: a negative precision counts as 0.
  public mutating func resolveStarPrecision(_ value: Int) {
    precision = max(value, 0)
  }
}

/// Splits a printf-style format string as CPython's `PyUnicode_Format` reads it, raising its
/// errors: "incomplete format", "incomplete format key", "width too big", "precision too big"
/// and "unsupported format character 'y' (0x79) at index 3".
///
/// CPython reports these lazily, after converting the arguments to the left and fetching the
/// offending conversion's argument, so with too few arguments CPython may say "not enough
/// arguments for format string" where this parser has already thrown.
public func parsePercentFormat(_ format: String) throws(FormatError) -> [PercentSegment] {
  let chars = Array(format.unicodeScalars)
  var segments: [PercentSegment] = []
  var literal = String.UnicodeScalarView()
  var pos = 0
  func flushLiteral() {
    if !literal.isEmpty { segments.append(.literal(String(literal))) }
    literal = String.UnicodeScalarView()
  }
  while pos < chars.count {
    if chars[pos] != "%" {
      literal.append(chars[pos])
      pos += 1
      continue
    }
    pos += 1
    if pos < chars.count && chars[pos] == "%" {
      literal.append("%")
      pos += 1
      continue
    }
    let conversion = try parseConversion(chars, &pos)
    flushLiteral()
    segments.append(.conversion(conversion))
  }
  flushLiteral()
  return segments
}

/// Parses one conversion starting just after its '%'; leaves `pos` after the type character.
private func parseConversion(_ chars: [Unicode.Scalar], _ pos: inout Int) throws(FormatError)
  -> PercentConversion
{
  var conversion = PercentConversion()
  func next() -> Unicode.Scalar? {
    guard pos < chars.count else { return nil }
    defer { pos += 1 }
    return chars[pos]
  }
  func digitValue(_ scalar: Unicode.Scalar?) -> Int? {
    guard let scalar, scalar >= "0", scalar <= "9" else { return nil }
    return Int(scalar.value - 48)
  }
  if pos < chars.count && chars[pos] == "(" {
    pos += 1
    let keyStart = pos
    var depth = 1
    while depth > 0, let scalar = next() {
      if scalar == ")" {
        depth -= 1
      } else if scalar == "(" {
        depth += 1
      }
    }
    if depth > 0 { throw .value("incomplete format key") }
    var key = String.UnicodeScalarView()
    key.append(contentsOf: chars[keyStart..<(pos - 1)])
    conversion.mappingKey = String(key)
  }
  var current = next()
  flags: while let scalar = current {
    switch scalar {
    case "-": conversion.flags.leftAlign = true
    case "+": conversion.flags.sign = true
    case " ": conversion.flags.space = true
    case "#": conversion.flags.alternate = true
    case "0": conversion.flags.zeroPad = true
    default: break flags
    }
    current = next()
  }
  if current == "*" {
    conversion.width = -1
    current = next()
  } else if var width = digitValue(current) {
    current = next()
    while let digit = digitValue(current) {
      if width > (Int.max - digit) / 10 { throw .value("width too big") }
      width = width * 10 + digit
      current = next()
    }
    conversion.width = width
  }
  if current == "." {
    conversion.precision = 0
    current = next()
    if current == "*" {
      conversion.precision = -1
      current = next()
    } else if var precision = digitValue(current) {
      current = next()
      while let digit = digitValue(current) {
        if precision > (Int(Int32.max) - digit) / 10 { throw .value("precision too big") }
        precision = precision * 10 + digit
        current = next()
      }
      conversion.precision = precision
    }
  }
  // C length modifiers are accepted and ignored ("%ld").
  if current == "h" || current == "l" || current == "L" { current = next() }
  guard let type = current else { throw .value("incomplete format") }
  guard "diuoxXeEfFgGcrsa".unicodeScalars.contains(type) else {
    let shown = type.value >= 31 && type.value <= 126 ? String(Character(type)) : "?"
    throw .value(
      "unsupported format character '\(shown)' (0x\(String(type.value, radix: 16))) "
        + "at index \(pos - 1)")
  }
  conversion.type = Character(type)
  return conversion
}
