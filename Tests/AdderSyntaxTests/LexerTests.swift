import Testing

@testable import AdderSyntax

/// Token kinds and texts, without positions, ending before the end marker.
private func lex(_ source: String) -> [String] {
  let lexer = tokenize(source: source, filename: "t.py")
  return lexer.tokens.dropLast().map { token in
    switch token.kind {
    case .name: return "N:\(token.text)"
    case .int: return "I:\(token.text)"
    case .float: return "F:\(token.text)"
    case .imaginary: return "J:\(token.text)"
    case .string: return "S:\(token.text)"
    case .op: return token.text
    case .newline: return "NL"
    case .indent: return "IN"
    case .dedent: return "DE"
    case .endMarker: return "END"
    case .error: return "ERR"
    }
  }
}

private func lexError(_ source: String) -> SourceError? {
  tokenize(source: source, filename: "t.py").error
}

@Test func integerLiterals() {
  #expect(
    lex("1 1_000 0x_fF 0o17 0B1_0 0 00") == [
      "I:1", "I:1000", "I:0xfF", "I:0o17", "I:0b10", "I:0", "I:00", "NL",
    ])
}

@Test func floatLiterals() {
  #expect(
    lex("1e10 .5 5. 1_0.5e-3 1E+2 3j") == ["F:1e10", "F:.5", "F:5.", "F:10.5e-3", "F:1E+2", "J:3j", "NL"])
  #expect(parseFloatLiteral("5.") == 5.0)
  #expect(parseFloatLiteral(".5") == 0.5)
  #expect(parseFloatLiteral("10.5e-3") == 0.0105)
  #expect(parseFloatLiteral("1.e5") == 100000.0)
  #expect(parseFloatLiteral("1e400") == .infinity)
}

@Test func numberErrors() {
  #expect(lexError("x = 1a")?.message == "invalid decimal literal")
  #expect(lexError("x = 0x")?.message == "invalid hexadecimal literal")
  #expect(lexError("x = 0b2")?.message == "invalid digit '2' in binary literal")
  #expect(lexError("x = 0o8")?.message == "invalid digit '8' in octal literal")
  #expect(lexError("x = 1__0")?.message == "invalid decimal literal")
  #expect(
    lexError("x = 012")?.message
      == "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
  // Keywords directly after a number are still allowed.
  #expect(lex("1if x else 2") == ["I:1", "N:if", "N:x", "N:else", "I:2", "NL"])
}

@Test func operatorsLongestMatch() {
  #expect(
    lex("a**=b//c>>=d->e:=f...!=") == [
      "N:a", "**=", "N:b", "//", "N:c", ">>=", "N:d", "->", "N:e", ":=", "N:f", "...", "!=", "NL",
    ])
}

@Test func stringTokensKeepPrefixAndQuotes() {
  let source = "r'a\\n' F\"x\" rb'y' '''t'q''' " + "\"\"\"d\"\"\""
  #expect(lex(source) == ["S:r'a\\n'", "S:F\"x\"", "S:rb'y'", "S:'''t'q'''", "S:\"\"\"d\"\"\"", "NL"])
  #expect(lex("'a\\\nb'") == ["S:'a\\\nb'", "NL"])
}

@Test func unterminatedStrings() {
  let single = lexError("x = 'abc\n")
  #expect(single?.message == "unterminated string literal (detected at line 1)")
  #expect(single?.line == 1 && single?.column == 5)
  #expect(
    lexError("x = '''abc\n\n")?.message == "unterminated triple-quoted string literal (detected at line 2)")
  #expect(
    lexError("x = \"\"\"abc\ndef")?.message
      == "unterminated triple-quoted string literal (detected at line 2)")
}

@Test func indentationTokens() {
  #expect(
    lex("if x:\n    y\n    z\nw\n") == [
      "N:if", "N:x", ":", "NL", "IN", "N:y", "NL", "N:z", "NL", "DE", "N:w", "NL",
    ])
  // Blank lines and comments do not affect indentation; a file without a final newline
  // still ends its last line.
  #expect(lex("if x:\n\n  # c\n  y") == ["N:if", "N:x", ":", "NL", "IN", "N:y", "NL", "DE"])
  // Tabs count to the next multiple of 8, consistently used.
  #expect(lex("if x:\n\ty\n\tz\n") == ["N:if", "N:x", ":", "NL", "IN", "N:y", "NL", "N:z", "NL", "DE"])
}

@Test func indentationErrors() {
  let error = lexError("if 1:\n    x\n  y\n")
  #expect(error?.message == "unindent does not match any outer indentation level")
  #expect(error?.kind == .indentation)
  #expect(error?.line == 3)
  // A tab and eight spaces reach the same column, but CPython still calls it inconsistent.
  #expect(
    lexError("if 1:\n\tx\n        y\n")?.message == "inconsistent use of tabs and spaces in indentation")
  #expect(
    lexError("def f(x):\n\tif x:\n        pass\n\tpass\n")?.message
      == "inconsistent use of tabs and spaces in indentation")
}

@Test func bracketsJoinLinesAndReportMismatches() {
  #expect(lex("f(a,\n  b)\n") == ["N:f", "(", "N:a", ",", "N:b", ")", "NL"])
  #expect(lex("x = 1 + \\\n  2\n") == ["N:x", "=", "I:1", "+", "I:2", "NL"])
  #expect(lexError("x = )")?.message == "unmatched ')'")
  #expect(lexError("(]")?.message == "closing parenthesis ']' does not match opening parenthesis '('")
  #expect(
    lexError("(\n]")?.message == "closing parenthesis ']' does not match opening parenthesis '(' on line 1")
  let unclosed = lexError("foo(\n")
  #expect(unclosed?.message == "'(' was never closed")
  #expect(unclosed?.line == 1 && unclosed?.column == 4)
  #expect(lexError("x = 1 \\ 2")?.message == "unexpected character after line continuation character")
  #expect(lexError("x = €")?.message == "invalid character '€' (U+20AC)")
  #expect(lexError("x = \u{A0}1")?.message == "invalid non-printable character U+00A0")
}

@Test func tokenPositionsAreOneBasedCodePoints() {
  let tokens = tokenize(source: "é = 'ü' + x", filename: "t.py").tokens
  #expect(tokens.map(\.column).prefix(5) == [1, 3, 5, 9, 11])
}

@Test func escapeDecoding() throws {
  var surrogate = false
  let body = Array(#"\n\t\r\\\'\"\a\b\f\v\0\101\x41\u00e9\U0001F600\q\N{BULLET}"#.unicodeScalars)
  let decoded = try decodeEscapes(body[...], raw: false, hadSurrogate: &surrogate)
  #expect(decoded == "\n\t\r\\'\"\u{07}\u{08}\u{0C}\u{0B}\u{00}AAé😀\\q•")
  #expect(
    try decodeEscapes(body[...], raw: true, hadSurrogate: &surrogate)
      == String(String.UnicodeScalarView(body)))
  #expect(!surrogate)
  _ = try decodeEscapes(Array(#"\ud800"#.unicodeScalars)[...], raw: false, hadSurrogate: &surrogate)
  #expect(surrogate)
  #expect(throws: EscapeError.self) {
    var flag = false
    _ = try decodeEscapes(Array(#"\x4"#.unicodeScalars)[...], raw: false, hadSurrogate: &flag)
  }
}

@Test func renderedErrorsMatchCPythonLayout() {
  let error = SourceError(
    kind: .syntax, message: "invalid syntax", filename: "t.py", line: 2, column: 9,
    sourceLine: "    x = = 1")
  #expect(
    error.rendered
      == "  File \"t.py\", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n")
  // A range is underlined whole, and the file can be named as CPython names it.
  let ranged = SourceError(
    kind: .syntax, message: "cannot assign to function call", filename: "t.py", line: 1,
    column: 1, sourceLine: "f() = 1", endColumn: 4)
  #expect(
    ranged.rendered(filename: "/abs/t.py")
      == "  File \"/abs/t.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call\n")
  // A marker left of the text (inside the indentation) is not drawn.
  let indentation = SourceError(
    kind: .indentation, message: "unexpected indent", filename: "t.py", line: 1, column: 1,
    sourceLine: " x")
  #expect(indentation.rendered == "  File \"t.py\", line 1\n    x\nIndentationError: unexpected indent\n")
  let unsupported = SourceError(
    kind: .unsupported, message: "class definitions", filename: "t.py", line: 3, column: 1,
    sourceLine: "class A: pass")
  #expect(unsupported.rendered == "t.py:3:1: unsupported: class definitions\n")
}
