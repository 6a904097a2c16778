/// The pieces of a formatted number before padding, as CPython's `calc_number_widths` sees them:
/// `<sign><prefix><digits>[.<remainder>]` where only `digits` are grouped and zero-padded.
struct NumberParts {
  var negative = false
  var prefix = ""
  /// ASCII integer digits, possibly empty (the 'c' presentation type puts its character in
  /// `remainder` instead).
  var digits: [UInt8] = []
  var hasDecimalPoint = false
  /// Fraction, exponent, '%' or "inf"/"nan": copied verbatim.
  var remainder = ""
}

extension FormatSpec {
  /// Pads and groups a number as CPython's `calc_number_widths` + `fill_number` do. Output:
  /// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
  func renderNumber(_ parts: NumberParts, groupSize: Int?) -> String {
    let align = self.align ?? (zeroPad ? "=" : ">")
    let width = self.width ?? -1
    var signText = ""
    switch sign {
    case "+": signText = parts.negative ? "-" : "+"
    case " ": signText = parts.negative ? "-" : " "
    default: signText = parts.negative ? "-" : ""
    }
    let nonDigitCount =
      signText.count + parts.prefix.unicodeScalars.count + (parts.hasDecimalPoint ? 1 : 0)
      + parts.remainder.unicodeScalars.count
    // Zero fill with '=' pads inside the digit run, so the separators cover the zeros too.
    let minWidth = fill == "0" && align == "=" ? width - nonDigitCount : 0
    let grouped =
      parts.digits.isEmpty
      ? [] : groupDigits(parts.digits, minWidth: minWidth, groupSize: groupSize, separator: grouping)
    let padding = width - (nonDigitCount + grouped.count)
    var left = 0
    var inner = 0
    var right = 0
    if padding > 0 {
      switch align {
      case "<": right = padding
      case "^":
        left = padding / 2
        right = padding - left
      case "=": inner = padding
      default: left = padding
      }
    }
    var out = String()
    let fillText = String(fill)
    out += String(repeating: fillText, count: left)
    out += signText
    out += parts.prefix
    out += String(repeating: fillText, count: inner)
    out += String(decoding: grouped, as: UTF8.self)
    if parts.hasDecimalPoint { out += "." }
    out += parts.remainder
    out += String(repeating: fillText, count: right)
    return out
  }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups the digits from the right and left-pads
/// them with '0' up to `minWidth`, putting separators among the padding zeros as well
/// (`format(1234, '010,')` is '00,001,234'). Without grouping it only zero-pads.
func groupDigits(_ digits: [UInt8], minWidth: Int, groupSize: Int?, separator: Character?)
  -> [UInt8]
{
  let zero = UInt8(ascii: "0")
  var pieces: [ArraySlice<UInt8>] = []
  var remaining = digits.count
  var minWidth = minWidth
  func take(_ length: Int) {
    let zeros = max(0, length - remaining)
    let chars = max(0, min(remaining, length))
    var piece = ArraySlice(repeatElement(zero, count: zeros))
    piece.append(contentsOf: digits[(remaining - chars)..<remaining])
    pieces.append(piece)
    remaining -= chars
  }
  if let groupSize, let separator {
    // Locale grouping "\3" repeats forever, so CPython's loop always ends by its break.
    while true {
      let length = min(groupSize, max(remaining, minWidth, 1))
      take(length)
      minWidth -= length
      if remaining <= 0 && minWidth <= 0 { break }
      minWidth -= 1
    }
    var out: [UInt8] = []
    for (index, piece) in pieces.reversed().enumerated() {
      if index > 0 { out.append(separator.asciiValue!) }
      out.append(contentsOf: piece)
    }
    return out
  }
  take(max(remaining, minWidth, 1))
  return Array(pieces[0])
}
