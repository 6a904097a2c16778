/// Recursive-descent parser over the token list, producing `Module`. Error messages follow
/// CPython 3.11 for the common cases (see `Parser+Errors.swift`).
struct Parser {
  let tokens: [Token]
  let lexer: Lexer
  var index = 0
  /// How deeply expressions are nested right now: bounds recursion so a pathological program
  /// gets an error instead of a stack overflow.
  var depth = 0
  /// The first unsupported construct seen. Parsing goes on so that a syntax error anywhere in
  /// the file still wins, as it would in CPython.
  var unsupported: SourceError?
  /// How many function bodies enclose the current position (`yield` outside one is an error).
  var functionDepth = 0
  /// Inside an f-string replacement field, names start at this offset of the enclosing string.
  var filename: String { lexer.filename }

  static let maxDepth = 800

  init(lexer: Lexer) {
    self.lexer = lexer
    self.tokens = lexer.tokens
  }

  var current: Token { tokens[index] }

  func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

  /// The token just consumed (for error positions "after" something).
  var previous: Token { tokens[max(0, index - 1)] }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  func at(_ op: String) -> Bool { current.isOp(op) }
  func atKeyword(_ word: String) -> Bool { current.isKeyword(word) }

  mutating func accept(_ op: String) -> Bool {
    guard at(op) else { return false }
    advance()
    return true
  }

  mutating func acceptKeyword(_ word: String) -> Bool {
    guard atKeyword(word) else { return false }
    advance()
    return true
  }

  // MARK: Errors

  func error(
    _ message: String, line: Int, column: Int, kind: SourceError.Kind = .syntax,
    endColumn: Int? = nil
  ) -> SourceError {
    SourceError(
      kind: kind, message: message, filename: filename, line: line, column: column,
      sourceLine: lexer.sourceLine(line), endColumn: endColumn)
  }

  func error(_ message: String, at token: Token, kind: SourceError.Kind = .syntax) -> SourceError {
    // Reaching the lexer's error token means the lexer's error is the real one.
    if token.kind == .error, let lexical = lexer.error { return lexical }
    return error(message, line: token.line, column: token.column, kind: kind)
  }

  /// An error underlining `expr` (to the end of its first line when it spans several).
  func error(_ message: String, at expr: Expr) -> SourceError {
    error(
      message, line: expr.line, column: expr.column,
      endColumn: expr.endLine == expr.line ? expr.endColumn : Int.max)
  }

  /// "invalid syntax" at the current token (or the lexer's error if that is where we are).
  func invalidSyntax() -> SourceError { error("invalid syntax", at: current) }

  mutating func expect(_ op: String) throws(SourceError) {
    guard accept(op) else { throw invalidSyntax() }
  }

  /// The colon ending a compound statement's header. CPython says "expected ':'" for a
  /// missing colon at the end of the line; for `if`/`while`/`for`/`class`/`with`/`elif` with
  /// something else after the header it says "invalid syntax" (`forced` is false for those).
  mutating func expectColon(forced: Bool = true) throws(SourceError) {
    guard accept(":") else {
      if forced || current.kind == .newline { throw error("expected ':'", at: current) }
      throw invalidSyntax()
    }
  }

  /// Records an unsupported construct (the first one is reported if parsing succeeds).
  mutating func refuse(_ what: String, line: Int, column: Int) {
    if unsupported == nil {
      unsupported = error(what, line: line, column: column, kind: .unsupported)
    }
  }

  mutating func refuse(_ what: String, at token: Token) {
    refuse(what, line: token.line, column: token.column)
  }

  mutating func enter() throws(SourceError) {
    depth += 1
    if depth > Parser.maxDepth {
      throw error("expression nested too deeply", at: current, kind: .unsupported)
    }
  }

  mutating func expectName() throws(SourceError) -> Token {
    guard current.kind == .name, !pythonKeywords.contains(current.text) else { throw invalidSyntax() }
    return advance()
  }

  // MARK: Module

  mutating func parseFile() throws(SourceError) -> [Stmt] {
    var body: [Stmt] = []
    while current.kind != .endMarker {
      if current.kind == .newline {
        advance()
        continue
      }
      body += try parseStatement()
    }
    return body
  }
}

/// Parses a whole module. Syntax errors follow CPython's priorities: an error from the tokenizer
/// anywhere in the file beats a parser error, except that an unclosed bracket only wins when the
/// parser failed inside it.
public func parseModule(source: String, filename: String) throws(SourceError) -> Module {
  try withLargeStack { () throws(SourceError) -> Module in
    try parseModuleOnCurrentThread(source: source, filename: filename)
  }
}

func parseModuleOnCurrentThread(source: String, filename: String) throws(SourceError) -> Module {
  let lexer = tokenize(source: source, filename: filename)
  var parser = Parser(lexer: lexer)
  let body: [Stmt]
  do throws(SourceError) {
    body = try parser.parseFile()
  } catch {
    throw resolve(error, lexer: lexer)
  }
  if let unsupported = parser.unsupported { throw unsupported }
  return Module(body: body, filename: filename, sourceLines: lexer.lines)
}

private func resolve(_ parserError: SourceError, lexer: Lexer) -> SourceError {
  guard let lexical = lexer.error, lexical != parserError else { return parserError }
  if lexer.errorIsUnclosedBracket {
    let inside =
      parserError.line > lexical.line
      || (parserError.line == lexical.line && parserError.column >= lexical.column)
    return inside ? lexical : parserError
  }
  // CPython raises "unexpected indent" without scanning the rest of the file.
  if parserError.message == "unexpected indent" || parserError.message == "unexpected unindent" {
    return parserError
  }
  return lexical
}
