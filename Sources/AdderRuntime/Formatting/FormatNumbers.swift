/// `format(float, spec)`: CPython's `format_float_internal`. Types e E f F g G n % and none
/// (none is repr without a precision, and 'g' keeping at least one fractional digit with one:
/// `format(1e20, '.3')` is '1e+20', `format(123.0, '.3')` is '1.23e+02').
public func formatFloat(_ value: Double, _ spec: FormatSpec, typeName: String = "float")
  throws(FormatError) -> String
{
  let groupSize = try spec.groupingSize(effectiveType: spec.type)
  var code: Character
  switch spec.type {
  case nil: code = "r"
  case let type? where "eEfFgGn%".contains(type): code = type
  case let type?: throw FormatSpec.unknownType(type, typeName: typeName)
  }
  var flags = DoubleToStringFlags()
  flags.alternate = spec.alternate
  flags.noNegativeZero = spec.noNegativeZero
  var defaultPrecision = 6
  if code == "r" {
    flags.addDotZero = true
    defaultPrecision = 0
  }
  // 'n' is 'g' in the C locale, which is the only locale Adder has.
  if code == "n" { code = "g" }
  var value = value
  var percent = false
  if code == "%" {
    code = "f"
    value *= 100
    percent = true
  }
  var precision = defaultPrecision
  if let given = spec.precision {
    // CPython keeps the precision in a C int.
    if given > Int(Int32.max) { throw .value("precision too big") }
    precision = given
    if code == "r" { code = "g" }
  }
  var text = doubleToString(value, code: code, precision: precision, flags: flags)
  if percent { text += "%" }

  // Split as CPython's parse_number does: leading digits, optional point, the rest verbatim.
  var bytes = Array(text.utf8)[...]
  var parts = NumberParts()
  if bytes.first == UInt8(ascii: "-") {
    parts.negative = true
    bytes = bytes.dropFirst()
  }
  let digitCount = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
  parts.digits = Array(bytes.prefix(digitCount))
  bytes = bytes.dropFirst(digitCount)
  if bytes.first == UInt8(ascii: ".") {
    parts.hasDecimalPoint = true
    bytes = bytes.dropFirst()
  }
  parts.remainder = String(decoding: bytes, as: UTF8.self)
  return spec.renderNumber(parts, groupSize: spec.type == "n" ? nil : groupSize)
}

/// `format(int, spec)`: CPython's `format_long_internal`, for an int given by its sign and a
/// closure producing the magnitude's digits (lower-case, no prefix) in base 2, 8, 10 or 16.
/// Types b c d o x X n and none; the float types e E f F g G % convert the int to the nearest
/// double first, as CPython does (OverflowError when it is out of range).
public func formatInteger(
  negative: Bool, digits: (_ radix: Int) -> String, _ spec: FormatSpec, typeName: String = "int"
) throws(FormatError) -> String {
  let effectiveType = spec.type ?? "d"
  let groupSize = try spec.groupingSize(effectiveType: effectiveType)
  if spec.isFloatType {
    // strtod-style parsing is correctly rounded (half-even), like int.__float__.
    let value = Double((negative ? "-" : "") + digits(10))!
    if value.isInfinite { throw FormatError("OverflowError", "int too large to convert to float") }
    return try formatFloat(value, spec, typeName: typeName)
  }
  guard "bcdoxXn".contains(effectiveType) else {
    throw FormatSpec.unknownType(effectiveType, typeName: typeName)
  }
  if spec.precision != nil {
    throw .value("Precision not allowed in integer format specifier")
  }
  if spec.noNegativeZero {
    throw .value("Negative zero coercion (z) not allowed in integer format specifier")
  }
  var parts = NumberParts()
  if effectiveType == "c" {
    if spec.sign != nil { throw .value("Sign not allowed with integer format specifier 'c'") }
    if spec.alternate {
      throw .value("Alternate form (#) not allowed with integer format specifier 'c'")
    }
    let decimal = digits(10)
    guard decimal.utf8.count <= 18, let magnitude = Int(decimal) else {
      throw FormatError("OverflowError", "Python int too large to convert to C long")
    }
    guard !negative || magnitude == 0, magnitude <= 0x10FFFF,
      let scalar = Unicode.Scalar(UInt32(magnitude))
    else {
      // Lone surrogates cannot live in a Swift String; they fall in here too.
      throw FormatError("OverflowError", "%c arg not in range(0x110000)")
    }
    parts.remainder = String(Character(scalar))
    return spec.renderNumber(parts, groupSize: nil)
  }
  let radix: Int
  switch effectiveType {
  case "b": radix = 2
  case "o": radix = 8
  case "x", "X": radix = 16
  default: radix = 10
  }
  var text = digits(radix)
  if spec.alternate && radix != 10 {
    parts.prefix = "0" + String(effectiveType)
  }
  if effectiveType == "X" { text = text.uppercased() }
  parts.negative = negative && text != "0"
  parts.digits = Array(text.utf8)
  return spec.renderNumber(parts, groupSize: effectiveType == "n" ? nil : groupSize)
}

/// `format(str, spec)`: CPython's `format_string_internal`. Type 's' or none; precision
/// truncates, width pads (both count code points).
public func formatString(_ value: String, _ spec: FormatSpec, typeName: String = "str")
  throws(FormatError) -> String
{
  _ = try spec.groupingSize(effectiveType: spec.type ?? "s")
  if let type = spec.type, type != "s" { throw FormatSpec.unknownType(type, typeName: typeName) }
  switch spec.sign {
  case " ": throw .value("Space not allowed in string format specifier")
  case .some: throw .value("Sign not allowed in string format specifier")
  case nil: break
  }
  if spec.noNegativeZero {
    throw .value("Negative zero coercion (z) not allowed in string format specifier")
  }
  if spec.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
  if spec.align == "=" { throw .value("'=' alignment not allowed in string format specifier") }
  var scalars = value.unicodeScalars[...]
  var length = scalars.count
  if let precision = spec.precision, precision < length {
    scalars = scalars.prefix(precision)
    length = precision
  }
  let total = max(spec.width ?? 0, length)
  let left: Int
  switch spec.align ?? "<" {
  case ">": left = total - length
  case "^": left = (total - length) / 2
  default: left = 0
  }
  let fill = String(spec.fill)
  var out = String(repeating: fill, count: left)
  out.unicodeScalars.append(contentsOf: scalars)
  out += String(repeating: fill, count: total - length - left)
  return out
}
