extension Parser {
  /// Parses a compound statement if one starts here; nil otherwise.
  mutating func parseCompoundStatement() throws(SourceError) -> [Stmt]? {
    let start = current
    if start.isOp("@") { return try parseDecorated() }
    guard start.kind == .name else { return nil }
    switch start.text {
    case "if": return [try parseIf()]
    case "while": return [try parseWhile()]
    case "for": return [try parseFor()]
    case "def": return [try parseFunctionDef()]
    case "class":
      refuse("class definitions", at: start)
      try parseClassDef()
      return []
    case "try":
      refuse("try statements", at: start)
      try parseTry()
      return []
    case "with":
      refuse("with statements", at: start)
      try parseWith()
      return []
    case "async":
      refuse("async functions", at: start)
      advance()
      if atKeyword("def") {
        _ = try parseFunctionDef()
      } else if atKeyword("for") {
        _ = try parseFor()
      } else if atKeyword("with") {
        try parseWith()
      } else {
        throw invalidSyntax()
      }
      return []
    case "match" where isMatchStatement():
      refuse("match statements", at: start)
      skipLogicalLineAndBlock()
      return []
    default:
      return nil
    }
  }

  /// Parses an indented block (or a simple statement list on the header's line).
  /// `header` names the statement for CPython's "expected an indented block after ..." message.
  mutating func parseBlock(after header: String, line: Int) throws(SourceError) -> [Stmt] {
    guard current.kind == .newline else { return try parseSimpleStatements() }
    advance()
    guard current.kind == .indent else {
      throw error(
        "expected an indented block after \(header) on line \(line)", at: current, kind: .indentation)
    }
    advance()
    var body: [Stmt] = []
    while current.kind != .dedent && current.kind != .endMarker {
      body += try parseStatement()
    }
    advance()
    return body
  }

  /// A test expression for if/elif/while, with CPython's hint for `if x = 1:`.
  private mutating func parseCondition() throws(SourceError) -> Expr {
    let test = try parseNamedExpression()
    if at("=") {
      if case .name = test.kind {
        throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: test)
      }
      throw error(
        "cannot assign to \(expressionName(test)) here. Maybe you meant '==' instead of '='?", at: test)
    }
    return test
  }

  private mutating func parseIf() throws(SourceError) -> Stmt {
    let start = advance()
    let header = start.text == "if" ? "'if' statement" : "'elif' statement"
    let test = try parseCondition()
    try expectColon(forced: false)
    let body = try parseBlock(after: header, line: start.line)
    var orElse: [Stmt] = []
    if atKeyword("elif") {
      orElse = [try parseIf()]
    } else if atKeyword("else") {
      orElse = try parseElse()
    }
    return statement(at: start, .if(test: test, body: body, orElse: orElse))
  }

  private mutating func parseElse() throws(SourceError) -> [Stmt] {
    let elseToken = advance()
    try expectColon()
    return try parseBlock(after: "'else' statement", line: elseToken.line)
  }

  private mutating func parseWhile() throws(SourceError) -> Stmt {
    let start = advance()
    let test = try parseCondition()
    try expectColon(forced: false)
    let body = try parseBlock(after: "'while' statement", line: start.line)
    let orElse = atKeyword("else") ? try parseElse() : []
    return statement(at: start, .while(test: test, body: body, orElse: orElse))
  }

  private mutating func parseFor() throws(SourceError) -> Stmt {
    let start = advance()
    let target = try parseTargetList()
    if let bad = invalidTarget(target, forDelete: false) {
      throw error("cannot assign to \(expressionName(bad))", at: bad)
    }
    guard acceptKeyword("in") else { throw invalidSyntax() }
    let iterable = try parseStarExpressions()
    try expectColon(forced: false)
    let body = try parseBlock(after: "'for' statement", line: start.line)
    let orElse = atKeyword("else") ? try parseElse() : []
    return statement(at: start, .for(target: target, iterable: iterable, body: body, orElse: orElse))
  }

  mutating func parseFunctionDef() throws(SourceError) -> Stmt {
    let start = advance()
    let name = try expectName().text
    try expect("(")
    let parameters = try parseParameters(closing: ")", annotations: true)
    try expect(")")
    if accept("->") { _ = try parseExpression() }
    try expectColon()
    functionDepth += 1
    let body = try parseBlock(after: "function definition", line: start.line)
    functionDepth -= 1
    let definition = FunctionDef(name: name, parameters: parameters, body: body)
    return statement(at: start, .functionDef(definition))
  }

  // MARK: Refused statements (parsed so that later syntax errors are still found)

  private mutating func parseDecorated() throws(SourceError) -> [Stmt] {
    refuse("decorators", at: current)
    while accept("@") {
      _ = try parseNamedExpression()
      guard current.kind == .newline else { throw invalidSyntax() }
      advance()
    }
    if atKeyword("def") {
      _ = try parseFunctionDef()
    } else if atKeyword("class") {
      try parseClassDef()
    } else if acceptKeyword("async") && atKeyword("def") {
      _ = try parseFunctionDef()
    } else {
      throw invalidSyntax()
    }
    return []
  }

  private mutating func parseClassDef() throws(SourceError) {
    let start = advance()
    _ = try expectName()
    if accept("(") { _ = try parseArguments() }
    try expectColon(forced: false)
    _ = try parseBlock(after: "class definition", line: start.line)
  }

  private mutating func parseTry() throws(SourceError) {
    let start = advance()
    try expectColon()
    _ = try parseBlock(after: "'try' statement", line: start.line)
    var handled = false
    while atKeyword("except") {
      let clause = advance()
      _ = accept("*")
      if !at(":") {
        _ = try parseExpression()
        if accept(",") { _ = try parseStarExpressions() }
        if acceptKeyword("as") { _ = try expectName() }
      }
      try expectColon()
      _ = try parseBlock(after: "'except' statement", line: clause.line)
      handled = true
    }
    if handled && atKeyword("else") { _ = try parseElse() }
    if atKeyword("finally") {
      let clause = advance()
      try expectColon()
      _ = try parseBlock(after: "'finally' statement", line: clause.line)
      handled = true
    }
    if !handled { throw error("expected 'except' or 'finally' block", at: current) }
  }

  private mutating func parseWith() throws(SourceError) {
    let start = advance()
    repeat {
      _ = try parseExpression()
      if acceptKeyword("as") {
        let target = try parseTargetList()
        if let bad = invalidTarget(target, forDelete: false) {
          throw error("cannot assign to \(expressionName(bad))", at: bad)
        }
      }
    } while accept(",")
    try expectColon(forced: false)
    _ = try parseBlock(after: "'with' statement", line: start.line)
  }

  /// `match` is a soft keyword: it starts a match statement only when its logical line ends
  /// with a colon (an expression statement never does).
  private func isMatchStatement() -> Bool {
    let next = peek()
    if next.kind == .newline || (next.kind == .op && ["=", ".", ",", ")", ";"].contains(next.text)) {
      return false
    }
    var offset = 1
    while true {
      let token = peek(offset)
      if token.kind == .newline || token.kind == .endMarker || token.kind == .error {
        return peek(offset - 1).isOp(":")
      }
      offset += 1
    }
  }

  /// Skips a logical line and, if an indented block follows, the whole block.
  private mutating func skipLogicalLineAndBlock() {
    while current.kind != .newline && current.kind != .endMarker && current.kind != .error { advance() }
    guard current.kind == .newline else { return }
    advance()
    guard current.kind == .indent else { return }
    var level = 0
    repeat {
      if current.kind == .indent { level += 1 }
      if current.kind == .dedent { level -= 1 }
      if current.kind == .endMarker || current.kind == .error { return }
      advance()
    } while level > 0
  }
}
