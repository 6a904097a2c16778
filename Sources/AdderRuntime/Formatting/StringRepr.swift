/// Python's `repr(str)` (CPython's `unicode_repr`): single quotes unless the text has a single
/// quote and no double quote; `\\`, `\n`, `\r`, `\t` and the chosen quote are backslash-escaped;
/// other non-printable code points become `\xhh`, `\uhhhh` or `\Uhhhhhhhh`; printable non-ASCII
/// is kept as is.
public func formatStringRepr(_ value: String) -> String {
  var hasSingle = false
  var hasDouble = false
  for scalar in value.unicodeScalars {
    if scalar == "'" {
      hasSingle = true
    } else if scalar == "\"" {
      hasDouble = true
    }
  }
  let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
  var out = String.UnicodeScalarView()
  out.append(quote)
  for scalar in value.unicodeScalars {
    switch scalar {
    case quote, "\\":
      out.append("\\")
      out.append(scalar)
    case "\t": out.append(contentsOf: "\\t".unicodeScalars)
    case "\n": out.append(contentsOf: "\\n".unicodeScalars)
    case "\r": out.append(contentsOf: "\\r".unicodeScalars)
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        appendHexEscape(&out, "x", scalar.value, width: 2)
      } else if scalar.value < 0x7F || isPrintable(scalar) {
        out.append(scalar)
      } else if scalar.value < 0x100 {
        appendHexEscape(&out, "x", scalar.value, width: 2)
      } else if scalar.value < 0x10000 {
        appendHexEscape(&out, "u", scalar.value, width: 4)
      } else {
        appendHexEscape(&out, "U", scalar.value, width: 8)
      }
    }
  }
  out.append(quote)
  return String(out)
}

private func appendHexEscape(
  _ out: inout String.UnicodeScalarView, _ marker: Unicode.Scalar, _ value: UInt32, width: Int
) {
  out.append("\\")
  out.append(marker)
  let hex = String(value, radix: 16)
  out.append(contentsOf: String(repeating: "0", count: width - hex.count).unicodeScalars)
  out.append(contentsOf: hex.unicodeScalars)
}

/// Python's `str.isprintable` for one code point: everything except the "Other" (Cc Cf Cs Co
/// Cn) and "Separator" (Zl Zp Zs) categories, with the ASCII space allowed. Swift's Unicode
/// tables are newer than CPython 3.11's (Unicode 14), so code points assigned since then are
/// looked up in a table and kept unassigned, as CPython sees them.
public func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
  if scalar == " " { return true }
  if scalar.value >= 0x800 && isUnassignedInUnicode14(scalar) { return false }
  switch scalar.properties.generalCategory {
  case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
    .paragraphSeparator, .spaceSeparator:
    return false
  default:
    return true
  }
}

/// Python's `ascii(str)`: the repr with every non-ASCII code point backslash-escaped as
/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (CPython's backslashreplace of the repr).
public func formatStringAscii(_ value: String) -> String {
  var out = String.UnicodeScalarView()
  for scalar in formatStringRepr(value).unicodeScalars {
    if scalar.isASCII {
      out.append(scalar)
    } else if scalar.value < 0x100 {
      appendHexEscape(&out, "x", scalar.value, width: 2)
    } else if scalar.value < 0x10000 {
      appendHexEscape(&out, "u", scalar.value, width: 4)
    } else {
      appendHexEscape(&out, "U", scalar.value, width: 8)
    }
  }
  return String(out)
}
