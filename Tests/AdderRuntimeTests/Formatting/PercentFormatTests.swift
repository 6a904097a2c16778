// Generated with CPython 3.11.7 (/tmp/gen/gen.py); expected values are CPython's output.
import AdderRuntime
import Testing

/// (format, arguments, format % arguments)
let percentCases: [PercentCase] = [
  PercentCase("%d", [.int(42)], "42"),
  PercentCase("%5d", [.int(42)], "   42"),
  PercentCase("%-5d|", [.int(42)], "42   |"),
  PercentCase("%+d", [.int(42)], "+42"),
  PercentCase("% d", [.int(42)], " 42"),
  PercentCase("%05d", [.int(-42)], "-0042"),
  PercentCase("%.3d", [.int(5)], "005"),
  PercentCase("%+.3d", [.int(-5)], "-005"),
  PercentCase("%x", [.int(-255)], "-ff"),
  PercentCase("%#x", [.int(255)], "0xff"),
  PercentCase("%#X", [.int(255)], "0XFF"),
  PercentCase("%#o", [.int(8)], "0o10"),
  PercentCase("%o", [.int(-8)], "-10"),
  PercentCase("%#5.3x", [.int(-255)], "-0x0ff"),
  PercentCase("%#08X", [.int(255)], "0X0000FF"),
  PercentCase("% 05d", [.int(3)], " 0003"),
  PercentCase("%-#8o|", [.int(8)], "0o10    |"),
  PercentCase("%hd", [.int(3)], "3"),
  PercentCase("%ld %Li", [.int(3), .int(4)], "3 4"),
  PercentCase("%u", [.int(-7)], "-7"),
  PercentCase("%#010x", [.int(-255)], "-0x00000ff"),
  PercentCase("%-010d|", [.int(7)], "7         |"),
  PercentCase("%+-6d|", [.int(7)], "+7    |"),
  PercentCase("%i%%", [.int(50)], "50%"),
  PercentCase("%%d", [], "%d"),
  PercentCase("%e", [.float(Double("1234.5")!)], "1.234500e+03"),
  PercentCase("%E", [.float(Double("0.0001")!)], "1.000000E-04"),
  PercentCase("%.2e", [.float(Double("-1.0")!)], "-1.00e+00"),
  PercentCase("%f", [.float(Double("3.14159")!)], "3.141590"),
  PercentCase("%.0f", [.float(Double("2.5")!)], "2"),
  PercentCase("%#.0f", [.float(Double("2.5")!)], "2."),
  PercentCase("%10.3f|", [.float(Double("-3.14159")!)], "    -3.142|"),
  PercentCase("%-10.3f|", [.float(Double("3.14159")!)], "3.142     |"),
  PercentCase("%010.3f", [.float(Double("-3.14159")!)], "-00003.142"),
  PercentCase("%+f", [.float(Double("0.0")!)], "+0.000000"),
  PercentCase("%+f", [.float(Double("-0.0")!)], "-0.000000"),
  PercentCase("% f", [.float(Double("1.0")!)], " 1.000000"),
  PercentCase("%g", [.float(Double("1234567.0")!)], "1.23457e+06"),
  PercentCase("%g", [.float(Double("123456.0")!)], "123456"),
  PercentCase("%g", [.float(Double("0.0001")!)], "0.0001"),
  PercentCase("%g", [.float(Double("1e-05")!)], "1e-05"),
  PercentCase("%#g", [.float(Double("1.0")!)], "1.00000"),
  PercentCase("%.3g", [.float(Double("3.14159")!)], "3.14"),
  PercentCase("%G", [.float(Double("1e-10")!)], "1E-10"),
  PercentCase("%.0g", [.float(Double("7.5")!)], "8"),
  PercentCase("%F", [.float(Double("inf")!)], "INF"),
  PercentCase("%05f", [.float(Double("inf")!)], "00inf"),
  PercentCase("%+f", [.float(Double("nan")!)], "+nan"),
  PercentCase("%-6e|", [.float(Double("-inf")!)], "-inf  |"),
  PercentCase(
    "%f", [.float(Double("1e+300")!)],
    "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
  ),
  PercentCase("%.20f", [.float(Double("0.1")!)], "0.10000000000000000555"),
  PercentCase("%s", [.str("abc")], "abc"),
  PercentCase("%5s|", [.str("abc")], "  abc|"),
  PercentCase("%-5s|", [.str("abc")], "abc  |"),
  PercentCase("%.2s", [.str("abc")], "ab"),
  PercentCase("%5.2s|", [.str("abc")], "   ab|"),
  PercentCase("%05s", [.str("ab")], "   ab"),
  PercentCase("%+s", [.str("ab")], "ab"),
  PercentCase("%r", [.str("it's")], "\"it's\""),
  PercentCase("%-8r|", [.str("a")], "'a'     |"),
  PercentCase("%.3r", [.str("abcdef")], "'ab"),
  PercentCase("%c", [.str("x")], "x"),
  PercentCase("%5c|", [.str("x")], "    x|"),
  PercentCase("%-3c|", [.str("é")], "é  |"),
  PercentCase("%s and %s", [.str("a"), .str("b")], "a and b"),
  PercentCase("%d%s%5.1f", [.int(1), .str("x"), .float(Double("2.25")!)], "1x  2.2"),
  PercentCase("héllo %s \u{1f600}", [.str("wörld")], "héllo wörld \u{1f600}"),
  PercentCase("%3s|", [.str("日本語x")], "日本語x|"),
  PercentCase("%.1s", [.str("\u{1f600}x")], "\u{1f600}"),
  PercentCase("%#.3x", [.int(0)], "0x000"),
  PercentCase("%#o", [.int(0)], "0o0"),
  PercentCase("%x", [.int(0)], "0"),
  PercentCase("%-#10X|", [.int(3054)], "0XBEE     |"),
  PercentCase("%+#x", [.int(26)], "+0x1a"),
  PercentCase("% #o", [.int(9)], " 0o11"),
  PercentCase("%020.3e", [.float(Double("-12345.678")!)], "-00000000001.235e+04"),
  PercentCase("%+.1e", [.float(Double("9.96")!)], "+1.0e+01"),
  PercentCase("%a", [.str("é")], "'\\xe9'"),
]

/// (format, CPython's ValueError message for format % (1,))
let percentErrorCases: [(String, String)] = [
  ("%", "incomplete format"),
  ("abc%", "incomplete format"),
  ("%(a", "incomplete format key"),
  ("%5", "incomplete format"),
  ("%-", "incomplete format"),
  ("%.", "incomplete format"),
  ("%l", "incomplete format"),
  ("%y", "unsupported format character 'y' (0x79) at index 1"),
  ("ab %5.2y", "unsupported format character 'y' (0x79) at index 7"),
  ("%\u{1}", "unsupported format character '?' (0x1) at index 1"),
  ("%é", "unsupported format character '?' (0xe9) at index 1"),
  ("%(a)%", "unsupported format character '%' (0x25) at index 4"),
  ("%5%", "unsupported format character '%' (0x25) at index 2"),
  ("%ll", "unsupported format character 'l' (0x6c) at index 2"),
  ("%(a(b)", "incomplete format key"),
  ("%99999999999999999999d", "width too big"),
  ("%.9999999999d", "precision too big"),
]

@Test(arguments: percentCases)
func percentFormatMatchesCPython(_ c: PercentCase) throws {
  #expect(try applyPercent(c.format, c.arguments) == c.expected)
}

@Test(arguments: percentErrorCases.map { FormatCase(($0.0, "%", $0.1)) })
func percentErrorsMatchCPython(_ c: FormatCase) {
  #expect(throws: FormatError("ValueError", c.expected)) { try parsePercentFormat(c.value) }
}

@Test func percentParseKeepsKeysStarsAndLiterals() throws {
  var first = PercentConversion()
  first.mappingKey = "na(m)e"
  first.flags.leftAlign = true
  first.flags.zeroPad = true
  first.width = -1
  first.precision = -1
  first.type = "s"
  var second = PercentConversion()
  second.precision = 0
  second.type = "f"
  #expect(
    try parsePercentFormat("a%%b%(na(m)e)-0*.*sc%.f") == [
      .literal("a%b"), .conversion(first), .literal("c"), .conversion(second),
    ])
  #expect(try parsePercentFormat("") == [])
  #expect(try parsePercentFormat("%%") == [.literal("%")])
}

@Test func percentStarResolution() {
  var c = PercentConversion()
  c.type = "d"
  c.width = -1
  c.resolveStarWidth(-6)
  #expect(c.width == 6 && c.flags.leftAlign)
  c.precision = -1
  c.resolveStarPrecision(-3)
  #expect(c.precision == 0)
  #expect(percentFormatInteger(negative: false, digits: { String(42, radix: $0) }, c) == "42    ")
}

enum PercentArgument: Sendable {
  case int(Int)
  case float(Double)
  case str(String)
}

struct PercentCase: Sendable, CustomTestStringConvertible {
  let format: String
  let arguments: [PercentArgument]
  let expected: String
  init(_ format: String, _ arguments: [PercentArgument], _ expected: String) {
    (self.format, self.arguments, self.expected) = (format, arguments, expected)
  }
  var testDescription: String { "'\(format)' % ..." }
}

/// A miniature of the runtime's `str % tuple` driving the parser and the helpers.
func applyPercent(_ format: String, _ arguments: [PercentArgument]) throws -> String {
  var remaining = arguments[...]
  var out = ""
  for segment in try parsePercentFormat(format) {
    switch segment {
    case .literal(let text): out += text
    case .conversion(let c):
      let argument = remaining.removeFirst()
      switch (c.type, argument) {
      case ("c", .int(let code)): out += percentFormatString(String(UnicodeScalar(code)!), c)
      case ("r", .str(let text)): out += percentFormatString(formatStringRepr(text), c)
      case ("a", .str(let text)): out += percentFormatString(formatStringAscii(text), c)
      case (_, .str(let text)): out += percentFormatString(text, c)
      case (_, .int(let value)):
        out += percentFormatInteger(
          negative: value < 0, digits: { String(value.magnitude, radix: $0) }, c)
      case (_, .float(let value)): out += percentFormatFloat(value, c)
      }
    }
  }
  return out
}
