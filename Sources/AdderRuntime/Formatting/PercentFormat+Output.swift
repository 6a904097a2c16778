/// `%d %i %u %o %x %X` of an int given by sign and magnitude digits (lower-case, base 2/8/10/16
/// on request). Unlike format(), '%x' of a negative number is '-ff', '#' gives '0x'/'0X'/'0o',
/// and the precision is a minimum digit count ('%.3d' % 5 == '005'). Any '*' must already be
/// resolved; the float conversions are `percentFormatFloat`'s.
public func percentFormatInteger(negative: Bool, digits: (Int) -> String, _ c: PercentConversion)
  -> String
{
  // CPython's _PyUnicode_FormatLong builds "[-][0x]<zero-padded digits>" first.
  let radix: Int
  switch c.type {
  case "o": radix = 8
  case "x", "X": radix = 16
  default: radix = 10
  }
  let raw = digits(radix)
  var magnitude = raw
  if let precision = c.precision, precision > magnitude.utf8.count {
    magnitude = String(repeating: "0", count: precision - magnitude.utf8.count) + magnitude
  }
  var text = negative && raw != "0" ? "-" : ""
  var prefix = ""
  if c.flags.alternate && radix != 10 {
    prefix = c.type == "o" ? "0o" : "0x"
  }
  text += prefix + magnitude
  if c.type == "X" { text = text.uppercased() }
  return percentOutput(text, c, numeric: true)
}

/// `%e %E %f %F %g %G` of a float: default precision 6, '#' keeps the point (and 'g' zeros).
public func percentFormatFloat(_ value: Double, _ c: PercentConversion) -> String {
  var flags = DoubleToStringFlags()
  flags.alternate = c.flags.alternate
  let precision = c.precision.map { $0 < 0 ? 6 : $0 } ?? 6
  let code = "eEfFgG".contains(c.type) ? c.type : "g"
  let text = doubleToString(value, code: code, precision: precision, flags: flags)
  return percentOutput(text, c, numeric: true)
}

/// `%s %r %a %c` of text the caller produced (str(), repr(), ascii() or the character):
/// precision truncates s/r/a, width pads with spaces; '+', ' ' and '0' do not apply to text.
public func percentFormatString(_ value: String, _ c: PercentConversion) -> String {
  return percentOutput(value, c, numeric: false)
}

/// CPython's `unicode_format_arg_output`: sign, '0x' prefix and padding for one conversion.
/// `numeric` is CPython's `arg->sign`, set for the number conversions.
private func percentOutput(_ text: String, _ c: PercentConversion, numeric: Bool) -> String {
  var scalars = Array(text.unicodeScalars)[...]
  var length = scalars.count
  var width = c.width ?? -1
  let fill: Unicode.Scalar = numeric && c.flags.zeroPad ? "0" : " "
  if !numeric && "sra".contains(c.type), let precision = c.precision, precision >= 0,
    length > precision
  {
    length = precision
    scalars = scalars.prefix(precision)
  }
  var out = String.UnicodeScalarView()
  var signChar: Unicode.Scalar?
  if numeric {
    if let first = scalars.first, first == "-" || first == "+" {
      signChar = first
      scalars = scalars.dropFirst()
      length -= 1
    } else if c.flags.sign {
      signChar = "+"
    } else if c.flags.space {
      signChar = " "
    }
  }
  if width < length { width = length }
  if let signChar {
    if fill != " " { out.append(signChar) }
    if width > length { width -= 1 }
  }
  let hasPrefix = c.flags.alternate && "xXo".contains(c.type) && numeric
  if hasPrefix {
    if fill != " " {
      out.append(contentsOf: scalars.prefix(2))
      scalars = scalars.dropFirst(2)
    }
    width = max(width - 2, 0)
    length -= 2
  }
  if width > length && !c.flags.leftAlign {
    out.append(contentsOf: repeatElement(fill, count: width - length))
    width = length
  }
  if fill == " " {
    if let signChar { out.append(signChar) }
    if hasPrefix {
      out.append(contentsOf: scalars.prefix(2))
      scalars = scalars.dropFirst(2)
    }
  }
  out.append(contentsOf: scalars)
  if width > length {
    out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: width - length))
  }
  return String(out)
}
