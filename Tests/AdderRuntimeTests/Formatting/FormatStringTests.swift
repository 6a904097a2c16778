// Generated with CPython 3.11.7 (/tmp/gen/gen.py); expected values are CPython's output.
import AdderRuntime
import Testing

/// (value, spec, format(value, spec))
let formatStringCases: [(String, String, String)] = [
  ("abc", "", "abc"),
  ("abc", "s", "abc"),
  ("abc", "5", "abc  "),
  ("abc", ">5", "  abc"),
  ("abc", "^6", " abc  "),
  ("abc", "*^7", "**abc**"),
  ("abc", ".2", "ab"),
  ("abc", "10.3", "abc       "),
  ("abc", "<3", "abc"),
  ("abc", "05", "abc00"),
  ("abc", "x<4", "abcx"),
  ("abc", ">1", "abc"),
  ("abc", ".0", ""),
  ("abc", "^", "abc"),
  ("abc", "0>6", "000abc"),
  ("abc", "é^9.4s", "éééabcééé"),
  ("abc", "=^5", "=abc="),
  ("", "", ""),
  ("", "s", ""),
  ("", "5", "     "),
  ("", ">5", "     "),
  ("", "^6", "      "),
  ("", "*^7", "*******"),
  ("", ".2", ""),
  ("", "10.3", "          "),
  ("", "<3", "   "),
  ("", "05", "00000"),
  ("", "x<4", "xxxx"),
  ("", ">1", " "),
  ("", ".0", ""),
  ("", "^", ""),
  ("", "0>6", "000000"),
  ("", "é^9.4s", "ééééééééé"),
  ("", "=^5", "====="),
  ("héllo", "", "héllo"),
  ("héllo", "s", "héllo"),
  ("héllo", "5", "héllo"),
  ("héllo", ">5", "héllo"),
  ("héllo", "^6", "héllo "),
  ("héllo", "*^7", "*héllo*"),
  ("héllo", ".2", "hé"),
  ("héllo", "10.3", "hél       "),
  ("héllo", "<3", "héllo"),
  ("héllo", "05", "héllo"),
  ("héllo", "x<4", "héllo"),
  ("héllo", ">1", "héllo"),
  ("héllo", ".0", ""),
  ("héllo", "^", "héllo"),
  ("héllo", "0>6", "0héllo"),
  ("héllo", "é^9.4s", "ééhéllééé"),
  ("héllo", "=^5", "héllo"),
  ("日本", "", "日本"),
  ("日本", "s", "日本"),
  ("日本", "5", "日本   "),
  ("日本", ">5", "   日本"),
  ("日本", "^6", "  日本  "),
  ("日本", "*^7", "**日本***"),
  ("日本", ".2", "日本"),
  ("日本", "10.3", "日本        "),
  ("日本", "<3", "日本 "),
  ("日本", "05", "日本000"),
  ("日本", "x<4", "日本xx"),
  ("日本", ">1", "日本"),
  ("日本", ".0", ""),
  ("日本", "^", "日本"),
  ("日本", "0>6", "0000日本"),
  ("日本", "é^9.4s", "ééé日本éééé"),
  ("日本", "=^5", "=日本=="),
  ("\u{1f600}x", "", "\u{1f600}x"),
  ("\u{1f600}x", "s", "\u{1f600}x"),
  ("\u{1f600}x", "5", "\u{1f600}x   "),
  ("\u{1f600}x", ">5", "   \u{1f600}x"),
  ("\u{1f600}x", "^6", "  \u{1f600}x  "),
  ("\u{1f600}x", "*^7", "**\u{1f600}x***"),
  ("\u{1f600}x", ".2", "\u{1f600}x"),
  ("\u{1f600}x", "10.3", "\u{1f600}x        "),
  ("\u{1f600}x", "<3", "\u{1f600}x "),
  ("\u{1f600}x", "05", "\u{1f600}x000"),
  ("\u{1f600}x", "x<4", "\u{1f600}xxx"),
  ("\u{1f600}x", ">1", "\u{1f600}x"),
  ("\u{1f600}x", ".0", ""),
  ("\u{1f600}x", "^", "\u{1f600}x"),
  ("\u{1f600}x", "0>6", "0000\u{1f600}x"),
  ("\u{1f600}x", "é^9.4s", "ééé\u{1f600}xéééé"),
  ("\u{1f600}x", "=^5", "=\u{1f600}x=="),
  ("áb", "", "áb"),
  ("áb", "s", "áb"),
  ("áb", "5", "áb  "),
  ("áb", ">5", "  áb"),
  ("áb", "^6", " áb  "),
  ("áb", "*^7", "**áb**"),
  ("áb", ".2", "á"),
  ("áb", "10.3", "áb       "),
  ("áb", "<3", "áb"),
  ("áb", "05", "áb00"),
  ("áb", "x<4", "ábx"),
  ("áb", ">1", "áb"),
  ("áb", ".0", ""),
  ("áb", "^", "áb"),
  ("áb", "0>6", "000áb"),
  ("áb", "é^9.4s", "éééábééé"),
  ("áb", "=^5", "=áb="),
]

/// (value, repr(value), ascii(value))
let stringReprCases: [(String, String, String)] = [
  ("it's", "\"it's\"", "\"it's\""),
  ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
  ("it's \"x\"", "'it\\'s \"x\"'", "'it\\'s \"x\"'"),
  ("plain", "'plain'", "'plain'"),
  ("", "''", "''"),
  ("\u{0}", "'\\x00'", "'\\x00'"),
  ("\u{7f}", "'\\x7f'", "'\\x7f'"),
  ("\u{1f}", "'\\x1f'", "'\\x1f'"),
  ("é", "'é'", "'\\xe9'"),
  ("\u{1f600}", "'\u{1f600}'", "'\\U0001f600'"),
  ("\u{200b}", "'\\u200b'", "'\\u200b'"),
  ("a\tb", "'a\\tb'", "'a\\tb'"),
  ("\\", "'\\\\'", "'\\\\'"),
  ("line\nbreak\r", "'line\\nbreak\\r'", "'line\\nbreak\\r'"),
  ("\u{80}\u{9f}\u{a0}\u{ad}", "'\\x80\\x9f\\xa0\\xad'", "'\\x80\\x9f\\xa0\\xad'"),
  ("\u{2028}\u{2029}", "'\\u2028\\u2029'", "'\\u2028\\u2029'"),
  ("\u{3000}", "'\\u3000'", "'\\u3000'"),
  ("\u{e000}", "'\\ue000'", "'\\ue000'"),
  ("\u{f0000}", "'\\U000f0000'", "'\\U000f0000'"),
  ("\u{feff}", "'\\ufeff'", "'\\ufeff'"),
  ("\u{1f600} ok", "'\u{1f600} ok'", "'\\U0001f600 ok'"),
  ("ñandú", "'ñandú'", "'\\xf1and\\xfa'"),
  ("'", "\"'\"", "\"'\""),
  ("\"", "'\"'", "'\"'"),
  ("'\"", "'\\'\"'", "'\\'\"'"),
  ("\u{378}", "'\\u0378'", "'\\u0378'"),
  ("\u{a0}x", "'\\xa0x'", "'\\xa0x'"),
  ("tab\there", "'tab\\there'", "'tab\\there'"),
  ("\u{1b}[0m", "'\\x1b[0m'", "'\\x1b[0m'"),
  ("\u{10ffff}", "'\\U0010ffff'", "'\\U0010ffff'"),
  ("̀", "'̀'", "'\\u0300'"),
  ("Ω≈ç√", "'Ω≈ç√'", "'\\u03a9\\u2248\\xe7\\u221a'"),
  ("\u{b}\u{c}", "'\\x0b\\x0c'", "'\\x0b\\x0c'"),
  ("\u{d7ff}", "'\\ud7ff'", "'\\ud7ff'"),
  ("\u{e0001}", "'\\U000e0001'", "'\\U000e0001'"),
  ("\u{88f}", "'\\u088f'", "'\\u088f'"),
  ("\u{1acf}", "'\\u1acf'", "'\\u1acf'"),
  ("\u{1faf7}", "'\\U0001faf7'", "'\\U0001faf7'"),
  ("\u{890}", "'\\u0890'", "'\\u0890'"),
]

/// (type, value, spec, exception type, message) from CPython's format(value, spec)
let formatErrorCases: [(String, String, String, String, String)] = [
  ("int", "1", "abc", "ValueError", "Invalid format specifier 'abc' for object of type 'int'"),
  ("float", "1.5", "abc", "ValueError", "Invalid format specifier 'abc' for object of type 'float'"),
  ("str", "x", "abc", "ValueError", "Invalid format specifier 'abc' for object of type 'str'"),
  ("str", "x", ",", "ValueError", "Cannot specify ',' with 's'."),
  ("str", "x", "+", "ValueError", "Sign not allowed in string format specifier"),
  ("str", "x", " ", "ValueError", "Space not allowed in string format specifier"),
  ("str", "x", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"),
  ("str", "x", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"),
  ("str", "x", "=", "ValueError", "'=' alignment not allowed in string format specifier"),
  ("str", "x", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"),
  ("str", "x", "_", "ValueError", "Cannot specify '_' with 's'."),
  ("int", "1", ".2", "ValueError", "Precision not allowed in integer format specifier"),
  ("int", "1", "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
  ("int", "1", "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
  ("int", "1", "#c", "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"),
  ("int", "-1", "c", "OverflowError", "%c arg not in range(0x110000)"),
  ("int", "1114112", "c", "OverflowError", "%c arg not in range(0x110000)"),
  ("int", "1", ",c", "ValueError", "Cannot specify ',' with 'c'."),
  ("int", "1", "é", "ValueError", "Unknown format code '\\xe9' for object of type 'int'"),
  ("float", "1.0", "x", "ValueError", "Unknown format code 'x' for object of type 'float'"),
  ("float", "1.0", "d", "ValueError", "Unknown format code 'd' for object of type 'float'"),
  ("int", "1", ",_", "ValueError", "Cannot specify both ',' and '_'."),
  ("int", "1", "_,", "ValueError", "Cannot specify both ',' and '_'."),
  ("int", "1", ".", "ValueError", "Format specifier missing precision"),
  ("int", "1", "99999999999999999999999", "ValueError", "Too many decimal digits in format string"),
  ("int", "1", ",n", "ValueError", "Cannot specify ',' with 'n'."),
  ("float", "1.5", ",n", "ValueError", "Cannot specify ',' with 'n'."),
  ("int", "1", ",x", "ValueError", "Cannot specify ',' with 'x'."),
  ("int", "1", ",b", "ValueError", "Cannot specify ',' with 'b'."),
  ("int", "1", "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
  ("float", "1.0", "_x", "ValueError", "Unknown format code 'x' for object of type 'float'"),
  (
    "int",
    "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    "f", "OverflowError", "int too large to convert to float"
  ),
  ("int", "1", "\u{1}", "ValueError", "Unknown format code '\\x1' for object of type 'int'"),
  ("float", "1.0", ".x", "ValueError", "Format specifier missing precision"),
  ("int", "1", "<<<", "ValueError", "Unknown format code '<' for object of type 'int'"),
]

@Test(arguments: formatStringCases.map(FormatCase.init))
func formatStringMatchesCPython(_ c: FormatCase) throws {
  let spec = try FormatSpec.parse(c.spec, typeName: "str")
  #expect(try formatString(c.value, spec) == c.expected)
}

@Test(arguments: stringReprCases.map { FormatCase(($0.0, "repr", $0.1)) })
func stringReprMatchesCPython(_ c: FormatCase) {
  #expect(formatStringRepr(c.value) == c.expected)
}

@Test(arguments: stringReprCases.map { FormatCase(($0.0, "ascii", $0.2)) })
func stringAsciiMatchesCPython(_ c: FormatCase) {
  #expect(formatStringAscii(c.value) == c.expected)
}

@Test(arguments: formatErrorCases.map { ErrorCase(row: $0) })
func formatErrorsMatchCPython(_ c: ErrorCase) {
  #expect(throws: FormatError(c.exceptionType, c.message)) {
    let spec = try FormatSpec.parse(c.spec, typeName: c.type)
    switch c.type {
    case "int":
      let magnitude = c.value.hasPrefix("-") ? String(c.value.dropFirst()) : c.value
      _ = try formatInteger(
        negative: c.value.hasPrefix("-"),
        digits: { radix in
          radix == 10 ? magnitude : String(Int(magnitude)!, radix: radix)
        }, spec)
    case "float": _ = try formatFloat(Double(c.value)!, spec)
    default: _ = try formatString(c.value, spec)
    }
  }
}

struct ErrorCase: Sendable, CustomTestStringConvertible {
  let type: String
  let value: String
  let spec: String
  let exceptionType: String
  let message: String
  init(row: (String, String, String, String, String)) {
    (type, value, spec, exceptionType, message) = row
  }
  var testDescription: String { "format(\(type) \(value.prefix(20)), '\(spec)')" }
}
