extension Lexer {
  // MARK: Numbers

  /// Lexes an int, float or imaginary literal with CPython's error messages.
  mutating func lexNumber() {
    let start = pos
    let startColumn = column
    if peek() == "0", let marker = peek(1), "xXoObB".unicodeScalars.contains(marker) {
      lexPrefixedInteger(marker: marker, start: start, startColumn: startColumn)
      return
    }
    var isFloat = false
    if peek() != "." {
      guard lexDigitRun(allowed: Lexer.isDigit) else {
        return failNumber("invalid decimal literal", startColumn)
      }
    }
    if peek() == "." {
      isFloat = true
      pos += 1
      if let next = peek(), Lexer.isDigit(next), !lexDigitRun(allowed: Lexer.isDigit) {
        return failNumber("invalid decimal literal", startColumn)
      }
    }
    if let e = peek(), e == "e" || e == "E" {
      let signed = peek(1) == "+" || peek(1) == "-"
      let digitAt = signed ? 2 : 1
      if let digit = peek(digitAt), Lexer.isDigit(digit) {
        isFloat = true
        pos += digitAt
        guard lexDigitRun(allowed: Lexer.isDigit) else {
          return failNumber("invalid decimal literal", startColumn)
        }
      } else if signed || !startsAllowedKeyword(at: pos) {
        // "1e" or "1e+" with no digits.
        return failNumber("invalid decimal literal", startColumn)
      }
    }
    var kind = isFloat ? Token.Kind.float : Token.Kind.int
    if let j = peek(), j == "j" || j == "J" {
      pos += 1
      kind = .imaginary
    }
    let text = String(String.UnicodeScalarView(scalars[start..<pos].filter { $0 != "_" }))
    if kind == .int, text.count > 1, text.hasPrefix("0"), text.contains(where: { $0 != "0" }) {
      return failNumber(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
          + "integers", startColumn)
    }
    guard verifyEndOfNumber(kind == .imaginary ? "imaginary" : "decimal", startColumn) else { return }
    add(kind, text, line: line, column: startColumn)
  }

  /// Consumes digits with single underscores between them. False on a misplaced underscore.
  private mutating func lexDigitRun(allowed: (Unicode.Scalar) -> Bool) -> Bool {
    while true {
      while let next = peek(), allowed(next) { pos += 1 }
      guard peek() == "_" else { return true }
      pos += 1
      guard let next = peek(), allowed(next) else { return false }
    }
  }

  private mutating func lexPrefixedInteger(marker: Unicode.Scalar, start: Int, startColumn: Int) {
    let lower = Character(marker).lowercased()
    let (name, isValid): (String, (Unicode.Scalar) -> Bool) =
      switch lower {
      case "x": ("hexadecimal", { $0.properties.isASCIIHexDigit })
      case "o": ("octal", { $0 >= "0" && $0 <= "7" })
      default: ("binary", { $0 == "0" || $0 == "1" })
      }
    pos += 2
    var sawDigit = false
    while true {
      if peek() == "_" { pos += 1 }
      guard let next = peek(), isValid(next) else { break }
      while let next = peek(), isValid(next) {
        pos += 1
        sawDigit = true
      }
    }
    if let next = peek(), Lexer.isDigit(next), name != "hexadecimal" {
      return failNumber("invalid digit '\(Character(next))' in \(name) literal", column + 1)
    }
    if !sawDigit || scalars[pos - 1] == "_" {
      return failNumber("invalid \(name) literal", column)
    }
    guard verifyEndOfNumber(name, startColumn) else { return }
    let digits = String(String.UnicodeScalarView(scalars[(start + 2)..<pos].filter { $0 != "_" }))
    add(.int, "0\(lower)" + digits, line: line, column: startColumn)
  }

  /// A number followed directly by a letter is an error, except before the keywords CPython
  /// still accepts there (`1if x else 2`).
  private mutating func verifyEndOfNumber(_ name: String, _ startColumn: Int) -> Bool {
    guard let next = peek(), Lexer.isIdentifierContinue(next) else { return true }
    if startsAllowedKeyword(at: pos) { return true }
    failNumber("invalid \(name) literal", startColumn)
    return false
  }

  private func startsAllowedKeyword(at index: Int) -> Bool {
    for word in ["and", "else", "for", "if", "in", "is", "not", "or"] {
      let wordScalars = Array(word.unicodeScalars)
      if index + wordScalars.count <= scalars.count,
        Array(scalars[index..<(index + wordScalars.count)]) == wordScalars
      {
        return true
      }
    }
    return false
  }

  private mutating func failNumber(_ message: String, _ errorColumn: Int) {
    fail(makeError(message, line: line, column: errorColumn))
  }

  // MARK: Strings

  /// Lexes a string literal whose prefix starts at `prefixStart` and quote at `quoteAt`. The
  /// token keeps the whole literal; `StringLiteral` decodes it.
  mutating func lexString(prefixStart: Int, quoteAt: Int) {
    let startLine = line
    let startColumn = columnAt(prefixStart)
    let quote = scalars[quoteAt]
    pos = quoteAt
    let triple = peek(1) == quote && peek(2) == quote
    pos += triple ? 3 : 1
    while true {
      guard let scalar = peek() else {
        let detected = Lexer.isNewline(scalars[pos - 1]) ? line - 1 : line
        let kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
        fail(makeError("\(kind) (detected at line \(detected))", line: startLine, column: startColumn))
        return
      }
      if Lexer.isNewline(scalar) {
        if !triple {
          fail(
            makeError(
              "unterminated string literal (detected at line \(line))", line: startLine,
              column: startColumn))
          return
        }
        consumeNewline()
      } else if scalar == "\\" {
        pos += 1
        if Lexer.isNewline(peek()) { consumeNewline() } else if peek() != nil { pos += 1 }
      } else if scalar == quote {
        if !triple {
          pos += 1
          break
        }
        if peek(1) == quote && peek(2) == quote {
          pos += 3
          break
        }
        pos += 1
      } else {
        pos += 1
      }
    }
    let text = String(String.UnicodeScalarView(scalars[prefixStart..<pos]))
    tokens.append(
      Token(
        kind: .string, text: text, line: startLine, column: startColumn, endLine: line,
        endColumn: column))
  }

  // MARK: Operators

  static let operators3: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
  static let operators2: Set<String> = [
    "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
    "^=", "@=", ":=",
  ]
  /// CPython's limit on bracket nesting (MAXLEVEL).
  static let maxBracketDepth = 200

  mutating func lexOperator(_ scalar: Unicode.Scalar) {
    let startColumn = column
    for length in [3, 2] {
      guard pos + length <= scalars.count else { continue }
      let text = String(String.UnicodeScalarView(scalars[pos..<(pos + length)]))
      if (length == 3 ? Lexer.operators3 : Lexer.operators2).contains(text) {
        pos += length
        add(.op, text, line: line, column: startColumn)
        return
      }
    }
    switch scalar {
    case "(", "[", "{":
      if brackets.count >= Lexer.maxBracketDepth {
        fail(makeError("too many nested parentheses", line: line, column: startColumn))
        return
      }
      brackets.append((scalar, line, startColumn))
    case ")", "]", "}":
      guard let open = brackets.popLast() else {
        fail(makeError("unmatched '\(scalar)'", line: line, column: startColumn))
        return
      }
      let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
      if scalar != expected {
        var message = "closing parenthesis '\(scalar)' does not match opening parenthesis '\(open.char)'"
        if open.line != line { message += " on line \(open.line)" }
        fail(makeError(message, line: line, column: startColumn))
        return
      }
    default:
      if !scalar.isASCII {
        fail(makeError(Lexer.invalidCharacterMessage(scalar), line: line, column: startColumn))
        return
      }
    }
    // Unknown ASCII characters ($, ?, `, a lone !) become operator tokens the parser rejects
    // with "invalid syntax", as CPython does.
    pos += 1
    add(.op, String(Character(scalar)), line: line, column: startColumn)
  }

  static func invalidCharacterMessage(_ scalar: Unicode.Scalar) -> String {
    var hex = String(scalar.value, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    switch scalar.properties.generalCategory {
    case .control, .format, .unassigned, .surrogate, .privateUse, .spaceSeparator,
      .lineSeparator, .paragraphSeparator:
      return "invalid non-printable character U+\(hex)"
    default:
      return "invalid character '\(Character(scalar))' (U+\(hex))"
    }
  }
}
