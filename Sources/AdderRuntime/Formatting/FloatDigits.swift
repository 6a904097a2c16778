import CAdderSupport

/// A finite double as a decimal digit string in David Gay's dtoa convention, which is what
/// CPython's float formatting is built on: value = 0.d1d2d3... × 10^decimalPoint, so "15" with
/// decimalPoint 1 is 1.5. Digits carry no leading or trailing zeros; zero is "0" with
/// decimalPoint 1 (exactly what `_Py_dg_dtoa` returns), so the layout code below can mirror
/// CPython's `format_float_short` line by line.
struct DecimalDigits {
  var digits: [UInt8]
  var decimalPoint: Int
  var negative: Bool

  var isZero: Bool { digits == [UInt8(ascii: "0")] }

  /// Drops leading zeros (moving the decimal point) and trailing zeros, and normalises an
  /// all-zero string to "0" with decimalPoint 1.
  mutating func normalize() {
    let zero = UInt8(ascii: "0")
    let leading = digits.prefix { $0 == zero }.count
    if leading == digits.count {
      digits = [zero]
      decimalPoint = 1
      return
    }
    digits.removeFirst(leading)
    decimalPoint -= leading
    while digits.last == zero { digits.removeLast() }
  }

  /// Shortest digits that round-trip, which is what CPython's repr uses (dtoa mode 0). Swift's
  /// `description` is shortest-and-closest too, so parse its digits and exponent instead of
  /// reimplementing Grisu/Ryu here.
  static func shortest(_ value: Double) -> DecimalDigits {
    let text = Array(value.description.utf8)
    var result = DecimalDigits(digits: [], decimalPoint: 0, negative: value.sign == .minus)
    var index = result.negative ? 1 : 0
    var sawPoint = false
    while index < text.count, text[index] != UInt8(ascii: "e") {
      let byte = text[index]
      if byte == UInt8(ascii: ".") {
        sawPoint = true
      } else {
        result.digits.append(byte)
        if !sawPoint { result.decimalPoint += 1 }
      }
      index += 1
    }
    if index < text.count {
      result.decimalPoint += parseExponent(text[(index + 1)...])
    }
    result.normalize()
    return result
  }

  /// `count` significant digits, correctly rounded (dtoa mode 2), via printf's `%.*e`.
  static func significant(_ value: Double, count: Int) -> DecimalDigits {
    let text = printfDouble(value, conversion: "e", precision: max(count, 1) - 1)
    var result = DecimalDigits(digits: [], decimalPoint: 1, negative: value.sign == .minus)
    var index = result.negative ? 1 : 0
    while index < text.count, text[index] != UInt8(ascii: "e") {
      if text[index] != UInt8(ascii: ".") { result.digits.append(text[index]) }
      index += 1
    }
    result.decimalPoint += parseExponent(text[(index + 1)...])
    result.normalize()
    return result
  }

  /// Digits up to `precision` places after the point, correctly rounded (dtoa mode 3), via
  /// printf's `%.*f`.
  static func fixed(_ value: Double, precision: Int) -> DecimalDigits {
    let text = printfDouble(value, conversion: "f", precision: precision)
    var result = DecimalDigits(digits: [], decimalPoint: 0, negative: value.sign == .minus)
    var sawPoint = false
    for byte in text.dropFirst(result.negative ? 1 : 0) {
      if byte == UInt8(ascii: ".") {
        sawPoint = true
      } else {
        result.digits.append(byte)
        if !sawPoint { result.decimalPoint += 1 }
      }
    }
    result.normalize()
    return result
  }
}

/// Parses "+05" / "-324" as printed after an 'e'.
private func parseExponent(_ bytes: ArraySlice<UInt8>) -> Int {
  var negative = false
  var value = 0
  for byte in bytes {
    switch byte {
    case UInt8(ascii: "-"): negative = true
    case UInt8(ascii: "+"): break
    default: value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
  }
  return negative ? -value : value
}

/// Runs snprintf("%.*<conversion>") through the C shim. glibc's printf is correctly rounded
/// (round-half-even on the exact binary value), matching CPython's dtoa-based formatting.
func printfDouble(_ value: Double, conversion: Character, precision: Int) -> [UInt8] {
  let precision = Int32(clamping: precision)
  // '%f' of 1e308 has 309 integer digits; the precision adds its own digits.
  var capacity = 400 + Int(precision)
  while true {
    var buffer = [UInt8](repeating: 0, count: capacity)
    let written = buffer.withUnsafeMutableBufferPointer { pointer in
      pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: capacity) { base in
        adder_format_double(base, capacity, CChar(conversion.asciiValue!), precision, value)
      }
    }
    if Int(written) < capacity {
      buffer.removeSubrange(Int(written)...)
      return buffer
    }
    capacity = Int(written) + 1
  }
}
