/// Options of CPython's `PyOS_double_to_string` (its Py_DTSF_* flags).
struct DoubleToStringFlags {
  /// Py_DTSF_ADD_DOT_0: integral results keep a ".0" (repr, and format() without a type).
  var addDotZero = false
  /// Py_DTSF_ALT: the '#' flag; keeps the decimal point and, for 'g', trailing zeros.
  var alternate = false
  /// Py_DTSF_NO_NEG_0: the 'z' option; a result that reads as zero loses its minus sign.
  var noNegativeZero = false
}

/// Mirrors CPython's `PyOS_double_to_string`: `code` is one of e E f F g G r; upper-case codes
/// spell "INF", "NAN" and "E". The sign is only ever '-' (callers add '+' or ' ' themselves).
func doubleToString(
  _ value: Double, code: Character, precision: Int, flags: DoubleToStringFlags
) -> String {
  let upper = code.isUppercase
  let lowered = Character(code.lowercased())
  if value.isNaN { return upper ? "NAN" : "nan" }
  if value.isInfinite {
    let text = upper ? "INF" : "inf"
    return value < 0 ? "-" + text : text
  }
  var precision = precision
  let digits: DecimalDigits
  switch lowered {
  case "e":
    precision += 1
    digits = .significant(value, count: precision)
  case "f":
    digits = .fixed(value, precision: precision)
  case "g":
    // Precision 0 makes no sense for 'g'; CPython reads it as 1.
    if precision == 0 { precision = 1 }
    digits = .significant(value, count: precision)
  default:
    precision = 0
    digits = .shortest(value)
  }
  let marker = UInt8(ascii: upper ? "E" : "e")
  return layoutDigits(
    digits, code: lowered, precision: precision, flags: flags, exponentMarker: marker)
}

/// CPython's `format_float_short` after the dtoa call: slices the "virtual" digit string (the
/// digits padded with zeros on both sides) and places the decimal point and exponent.
func layoutDigits(
  _ number: DecimalDigits, code: Character, precision: Int, flags: DoubleToStringFlags,
  exponentMarker: UInt8
) -> String {
  let zero = UInt8(ascii: "0")
  let digits = number.digits
  let digitCount = digits.count
  var decimalPoint = number.decimalPoint
  var useExponent = false
  var exponent = 0
  var virtualEnd = digitCount

  switch code {
  case "e":
    useExponent = true
    virtualEnd = precision
  case "f":
    virtualEnd = decimalPoint + precision
  case "g":
    if decimalPoint <= -4 || decimalPoint > (flags.addDotZero ? precision - 1 : precision) {
      useExponent = true
    }
    if flags.alternate { virtualEnd = precision }
  default:  // 'r'
    if decimalPoint <= -4 || decimalPoint > 16 { useExponent = true }
  }

  if useExponent {
    exponent = decimalPoint - 1
    decimalPoint = 1
  }
  // Keep virtualStart < decimalPoint <= virtualEnd, or strictly less than virtualEnd when a
  // ".0" must follow an integral value.
  let virtualStart = decimalPoint <= 0 ? decimalPoint - 1 : 0
  if !useExponent && flags.addDotZero {
    virtualEnd = max(virtualEnd, decimalPoint + 1)
  } else {
    virtualEnd = max(virtualEnd, decimalPoint)
  }

  var out: [UInt8] = []
  out.reserveCapacity(virtualEnd - virtualStart + 8)
  let negative = number.negative && !(flags.noNegativeZero && number.isZero)
  if negative { out.append(UInt8(ascii: "-")) }

  // Zeros left of the digits (with the point among them when the value is below 1).
  if decimalPoint <= 0 {
    out.append(contentsOf: repeatElement(zero, count: decimalPoint - virtualStart))
    out.append(UInt8(ascii: "."))
    out.append(contentsOf: repeatElement(zero, count: -decimalPoint))
  } else {
    out.append(contentsOf: repeatElement(zero, count: -virtualStart))
  }
  // The digits, with the point inside them when it falls there.
  if decimalPoint > 0 && decimalPoint <= digitCount {
    out.append(contentsOf: digits[..<decimalPoint])
    out.append(UInt8(ascii: "."))
    out.append(contentsOf: digits[decimalPoint...])
  } else {
    out.append(contentsOf: digits)
  }
  // Zeros right of the digits up to virtualEnd.
  if digitCount < decimalPoint {
    out.append(contentsOf: repeatElement(zero, count: decimalPoint - digitCount))
    out.append(UInt8(ascii: "."))
    out.append(contentsOf: repeatElement(zero, count: virtualEnd - decimalPoint))
  } else {
    out.append(contentsOf: repeatElement(zero, count: virtualEnd - digitCount))
  }
  if out.last == UInt8(ascii: ".") && !flags.alternate { out.removeLast() }

  if useExponent {
    // C's "%+.02d": always signed, at least two digits.
    out.append(exponentMarker)
    out.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
    let magnitude = String(abs(exponent))
    if magnitude.utf8.count < 2 { out.append(zero) }
    out.append(contentsOf: magnitude.utf8)
  }
  return String(decoding: out, as: UTF8.self)
}
