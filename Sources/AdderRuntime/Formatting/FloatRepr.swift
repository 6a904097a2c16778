/// Python's `repr(float)` and `str(float)`: the shortest digits that round-trip, laid out
/// CPython's way — scientific when the exponent is below -4 or at least 16 ("1e+16", "1e-05"),
/// otherwise positional with at least ".0" ("1.0", "100.0"); also "inf", "-inf", "nan", "-0.0".
public func formatFloatRepr(_ value: Double) -> String {
  var flags = DoubleToStringFlags()
  flags.addDotZero = true
  return doubleToString(value, code: "r", precision: 0, flags: flags)
}

/// CPython's `round(x, ndigits)` for floats: rounds the exact binary value half-to-even at the
/// given decimal place (so `round(2.675, 2) == 2.67`, `round(2.5, 0) == 2.0`) by producing the
/// correctly rounded decimal string and converting it back, as `float.__round__` does.
///
/// NaN and infinities come back unchanged. When the rounded value is too large for a double
/// the result is an infinity from a finite input; CPython raises
/// `OverflowError("rounded value too large to represent")` there, which the caller detects by
/// `result.isInfinite && value.isFinite`.
public func roundFloat(_ value: Double, digits: Int) -> Double {
  guard value.isFinite else { return value }
  // Beyond these bounds (CPython's NDIGITS_MAX / NDIGITS_MIN) the answer is fixed.
  if digits > 323 { return value }
  if digits < -308 { return 0.0 * value }
  if digits >= 0 {
    let text = printfDouble(value, conversion: "f", precision: digits)
    return Double(String(decoding: text, as: UTF8.self))!
  }
  return roundToPowerOfTen(value, power: -digits)
}

/// Rounds to a multiple of 10^power (power > 0) half-to-even. printf has no negative precision,
/// so take the exact decimal expansion (767 significant digits cover every double) and round it
/// by hand; a two-step printf rounding would round twice.
private func roundToPowerOfTen(_ value: Double, power: Int) -> Double {
  let exact = DecimalDigits.significant(value, count: 770)
  let sign = value.sign == .minus ? "-" : ""
  if exact.isZero { return value }
  // Digits at places >= 10^power: the digit string holds places 10^(decimalPoint-1) downwards.
  let keep = exact.decimalPoint - power
  // Below 10^(power-1) the value is under half of 10^power.
  if keep < 0 { return Double(sign + "0")! }
  let zero = UInt8(ascii: "0")
  var kept = Array(exact.digits.prefix(keep))
  if kept.count < keep { kept.append(contentsOf: repeatElement(zero, count: keep - kept.count)) }
  let rest = exact.digits.dropFirst(keep)
  // Compare the dropped digits with one half. Trailing zeros are already stripped, so a lone
  // 5 is an exact tie and a 5 followed by anything is above half.
  var roundUp = false
  if let first = rest.first {
    if first > UInt8(ascii: "5") || (first == UInt8(ascii: "5") && rest.count > 1) {
      roundUp = true
    } else if first == UInt8(ascii: "5") {
      let lastKept = kept.last ?? zero
      roundUp = (lastKept - zero) % 2 == 1
    }
  }
  if roundUp {
    var index = kept.count - 1
    while index >= 0 && kept[index] == UInt8(ascii: "9") {
      kept[index] = zero
      index -= 1
    }
    if index >= 0 { kept[index] += 1 } else { kept.insert(UInt8(ascii: "1"), at: 0) }
  }
  if kept.isEmpty { kept = [zero] }
  return Double(sign + String(decoding: kept, as: UTF8.self) + "e\(power)")!
}
