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
    case "class": return [try parseClassDef(decorators: [])]
    case "try": return [try parseTry()]
    case "with": return [try parseWith()]
    case "async":
      refuse("async functions", at: start)
      advance()
      if atKeyword("def") {
        _ = try parseFunctionDef()
      } else if atKeyword("for") {
        _ = try parseFor()
      } else if atKeyword("with") {
        _ = try parseWith()
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

  mutating func parseFunctionDef(decorators: [Expr] = []) throws(SourceError) -> Stmt {
    let keyword = advance()
    let name = try expectName().text
    try expect("(")
    let parameters = try parseParameters(closing: ")", annotations: true)
    try expect(")")
    if accept("->") { _ = try parseExpression() }
    try expectColon()
    functionDepth += 1
    let body = try parseBlock(after: "function definition", line: keyword.line)
    functionDepth -= 1
    let definition = FunctionDef(name: name, parameters: parameters, body: body, decorators: decorators)
    return statement(at: keyword, .functionDef(definition))
  }

  // MARK: Decorators, classes, try and with

  private mutating func parseDecorated() throws(SourceError) -> [Stmt] {
    var decorators: [Expr] = []
    while accept("@") {
      decorators.append(try parseNamedExpression())
      guard current.kind == .newline else { throw invalidSyntax() }
      advance()
    }
    if atKeyword("def") {
      return [try parseFunctionDef(decorators: decorators)]
    } else if atKeyword("class") {
      return [try parseClassDef(decorators: decorators)]
    } else if atKeyword("async") {
      refuse("async functions", at: current)
      advance()
      guard atKeyword("def") else { throw invalidSyntax() }
      _ = try parseFunctionDef()
      return []
    }
    throw invalidSyntax()
  }

  private mutating func parseClassDef(decorators: [Expr]) throws(SourceError) -> Stmt {
    let start = advance()
    let name = try expectName().text
    var bases: [Expr] = []
    if accept("(") {
      for argument in try parseArguments() {
        switch argument {
        case .positional(let base): bases.append(base)
        case .keyword(let keyword, let value):
          refuse("class keyword arguments ('\(keyword)=')", line: value.line, column: value.column)
        case .starred(let value), .doubleStarred(let value):
          refuse("unpacking in class bases", line: value.line, column: value.column)
        }
      }
    }
    try expectColon(forced: false)
    let body = try parseBlock(after: "class definition", line: start.line)
    let definition = ClassDef(name: name, bases: bases, body: body, decorators: decorators)
    return statement(at: start, .classDef(definition))
  }

  private mutating func parseTry() throws(SourceError) -> Stmt {
    let start = advance()
    try expectColon()
    let body = try parseBlock(after: "'try' statement", line: start.line)
    var handlers: [ExceptHandler] = []
    while atKeyword("except") {
      let clause = advance()
      if at("*") { refuse("except*", at: current) }
      _ = accept("*")
      var type: Expr?
      var name: String?
      if !at(":") {
        if let last = handlers.last, last.type == nil {
          throw error("default 'except:' must be last", line: last.line, column: last.column)
        }
        let exception = try parseExpression()
        if at(",") {
          throw error(
            "multiple exception types must be parenthesized", line: exception.line,
            column: exception.column)
        }
        type = exception
        if acceptKeyword("as") { name = try expectName().text }
      } else if let last = handlers.last, last.type == nil {
        throw error("default 'except:' must be last", line: last.line, column: last.column)
      }
      try expectColon()
      let handlerBody = try parseBlock(after: "'except' statement", line: clause.line)
      handlers.append(
        ExceptHandler(type: type, name: name, body: handlerBody, line: clause.line, column: clause.column))
    }
    var orElse: [Stmt] = []
    var final: [Stmt] = []
    if !handlers.isEmpty && atKeyword("else") { orElse = try parseElse() }
    if atKeyword("finally") {
      let clause = advance()
      try expectColon()
      final = try parseBlock(after: "'finally' statement", line: clause.line)
    } else if handlers.isEmpty {
      throw error("expected 'except' or 'finally' block", at: current)
    }
    return statement(at: start, .try(body: body, handlers: handlers, orElse: orElse, finally: final))
  }

  private mutating func parseWith() throws(SourceError) -> Stmt {
    let start = advance()
    var items: [WithItem] = []
    repeat {
      let context = try parseExpression()
      var target: Expr?
      if acceptKeyword("as") {
        // One target per item (`with a as x, b as y`), as CPython's with_item: a tuple needs
        // parentheses.
        let parsed = try parseBitwiseOr()
        if let bad = invalidTarget(parsed, forDelete: false) {
          throw error("cannot assign to \(expressionName(bad))", at: bad)
        }
        target = parsed
      }
      items.append(WithItem(context: context, target: target))
    } while accept(",")
    try expectColon(forced: false)
    let body = try parseBlock(after: "'with' statement", line: start.line)
    return statement(at: start, .with(items: items, body: body))
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
