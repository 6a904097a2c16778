/// Turns source text into tokens, Python style: NEWLINE ends a logical line, INDENT/DEDENT track
/// the indentation stack, and newlines inside brackets are ignored.
///
/// The whole file is tokenized up front. The first lexical error ends the token list with an
/// `.error` token; the parser throws that error only when it reaches the token, so an earlier
/// syntax error is reported first, as CPython's lazy tokenizer does. `Parser` then applies
/// CPython's rule that tokenizer errors later in the file override parser errors.
struct Lexer {
  let scalars: [Unicode.Scalar]
  let filename: String
  let lines: [String]

  var pos = 0
  var line = 1
  /// Index in `scalars` of the first character of the current physical line.
  var lineStart = 0
  var tokens: [Token] = []
  /// The first lexical error, matching the final `.error` token.
  var error: SourceError?
  /// True when `error` is "'(' was never closed": parser errors inside the bracket defer to it.
  var errorIsUnclosedBracket = false

  /// Indentation columns with tabs to multiples of 8, and with tabs as one column: CPython
  /// compares both to detect inconsistent tab use.
  var indents: [Int] = [0]
  var altIndents: [Int] = [0]
  /// Open brackets: the character and where it is.
  var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []

  /// For an f-string field's expression: the line it starts on and how far right its first
  /// line starts, so positions point into the enclosing file.
  let firstLine: Int
  let columnBias: Int

  init(
    source: String, filename: String, firstLine: Int = 1, columnBias: Int = 0,
    lines: [String]? = nil
  ) {
    var scalars = Array(SourceText.universalNewlines(source).unicodeScalars)
    // A byte-order mark at the start is not part of the program.
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    self.scalars = scalars
    self.filename = filename
    self.lines = lines ?? physicalLines(of: scalars)
    self.firstLine = firstLine
    self.columnBias = columnBias
    self.line = firstLine
  }

  var column: Int { columnAt(pos) }

  /// The 1-based column of index `at` on the current line.
  func columnAt(_ at: Int) -> Int { at - lineStart + 1 + (line == firstLine ? columnBias : 0) }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let index = pos + offset
    return index < scalars.count ? scalars[index] : nil
  }

  func sourceLine(_ number: Int) -> String {
    number >= 1 && number <= lines.count ? lines[number - 1] : ""
  }

  func makeError(
    _ message: String, line: Int, column: Int, kind: SourceError.Kind = .syntax
  ) -> SourceError {
    SourceError(
      kind: kind, message: message, filename: filename, line: line, column: column,
      sourceLine: sourceLine(line))
  }

  /// Records the error and the `.error` token that stops the parser.
  mutating func fail(_ error: SourceError) {
    self.error = error
    tokens.append(
      Token(
        kind: .error, text: "", line: error.line, column: error.column, endLine: error.line,
        endColumn: error.column))
  }

  mutating func add(_ kind: Token.Kind, _ text: String, line: Int, column: Int) {
    tokens.append(
      Token(kind: kind, text: text, line: line, column: column, endLine: self.line, endColumn: self.column))
  }

  /// Consumes a line break (\n, \r\n or \r) at `pos`.
  mutating func consumeNewline() {
    if peek() == "\r", peek(1) == "\n" { pos += 1 }
    pos += 1
    line += 1
    lineStart = pos
  }

  static func isNewline(_ scalar: Unicode.Scalar?) -> Bool { scalar == "\n" || scalar == "\r" }

  /// Tokenizes everything; stops at the first error.
  mutating func run() {
    var atLineStart = true
    while error == nil {
      if atLineStart && brackets.isEmpty {
        // Blank and comment-only lines produce no tokens at all.
        if skipBlankLineOrIndent() { continue }
        atLineStart = false
      }
      guard let scalar = peek() else {
        finish()
        return
      }
      switch scalar {
      case " ", "\t", "\u{0C}":
        pos += 1
      case "#":
        while let next = peek(), !Lexer.isNewline(next) { pos += 1 }
      case "\n", "\r":
        if brackets.isEmpty {
          add(.newline, "", line: line, column: column)
          atLineStart = true
        }
        consumeNewline()
      case "\\":
        lexContinuation()
      default:
        lexToken(scalar)
      }
    }
  }

  /// Backslash-newline joins two physical lines.
  mutating func lexContinuation() {
    let startColumn = column
    pos += 1
    if Lexer.isNewline(peek()) {
      consumeNewline()
      if peek() == nil {
        fail(makeError("unexpected EOF while parsing", line: line - 1, column: startColumn + 1))
      }
    } else if peek() == nil {
      fail(makeError("unexpected EOF while parsing", line: line, column: startColumn + 1))
    } else {
      fail(
        makeError(
          "unexpected character after line continuation character", line: line,
          column: startColumn + 1))
    }
  }

  mutating func lexToken(_ scalar: Unicode.Scalar) {
    if scalar == "\"" || scalar == "'" {
      lexString(prefixStart: pos, quoteAt: pos)
    } else if Lexer.isDigit(scalar) || (scalar == "." && peek(1).map(Lexer.isDigit) == true) {
      lexNumber()
    } else if Lexer.isIdentifierStart(scalar) {
      lexName()
    } else {
      lexOperator(scalar)
    }
  }

  mutating func lexName() {
    let start = pos
    let startColumn = column
    while let next = peek(), Lexer.isIdentifierContinue(next) { pos += 1 }
    let text = String(String.UnicodeScalarView(scalars[start..<pos]))
    if let quote = peek(), quote == "\"" || quote == "'",
      ["r", "u", "f", "b", "br", "rb", "fr", "rf"].contains(text.lowercased())
    {
      lexString(prefixStart: start, quoteAt: pos)
      return
    }
    // Identifiers must be valid; a stray non-ASCII symbol is reported by name. CPython normalizes
    // identifiers (NFKC) so that every spelling of a name is one name; names are compared by code
    // point from here on, so they are normalized here. The standard library offers NFC only: the
    // compatibility mappings of NFKC ("\u{FB01}" for "fi") are not applied.
    let name =
      text.utf8.allSatisfy({ $0 < 0x80 }) ? text : String(decoding: text._nfcCodeUnits, as: UTF8.self)
    add(.name, name, line: line, column: startColumn)
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
    return scalar.properties.isXIDStart
  }

  static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isIdentifierStart(scalar) || isDigit(scalar) }
    return scalar.properties.isXIDContinue
  }

  /// At EOF: close the last logical line, unwind the indentation, and report open brackets.
  mutating func finish() {
    if let open = brackets.last {
      errorIsUnclosedBracket = true
      fail(makeError("'\(open.char)' was never closed", line: open.line, column: open.column))
      return
    }
    if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
      add(.newline, "", line: line, column: column)
    }
    while indents.count > 1 {
      indents.removeLast()
      altIndents.removeLast()
      add(.dedent, "", line: line, column: column)
    }
    add(.endMarker, "", line: line, column: column)
  }
}

/// Tokenizes `source`; the result ends with `.endMarker` or, after an error, `.error`.
func tokenize(
  source: String, filename: String, firstLine: Int = 1, columnBias: Int = 0, lines: [String]? = nil
) -> Lexer {
  var lexer = Lexer(
    source: source, filename: filename, firstLine: firstLine, columnBias: columnBias, lines: lines)
  lexer.run()
  return lexer
}
