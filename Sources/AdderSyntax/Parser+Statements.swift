extension Parser {
  /// A statement starting at `start` and ending with the last token consumed before the
  /// newline (for a compound statement, the end of its body).
  func statement(at start: Token, _ kind: StmtKind) -> Stmt {
    var last = max(0, index - 1)
    while last > 0, [.newline, .indent, .dedent, .endMarker].contains(tokens[last].kind) { last -= 1 }
    return Stmt(
      kind, line: start.line, column: start.column, endLine: tokens[last].endLine,
      endColumn: tokens[last].endColumn)
  }

  /// One statement line: a compound statement, or simple statements separated by semicolons.
  mutating func parseStatement() throws(SourceError) -> [Stmt] {
    switch current.kind {
    case .indent: throw error("unexpected indent", at: current, kind: .indentation)
    case .dedent: throw error("unexpected unindent", at: current, kind: .indentation)
    default: break
    }
    if let compound = try parseCompoundStatement() { return compound }
    return try parseSimpleStatements()
  }

  mutating func parseSimpleStatements() throws(SourceError) -> [Stmt] {
    var statements: [Stmt] = []
    while true {
      statements.append(try parseSimpleStatement())
      if accept(";") {
        if current.kind == .newline { break }
        continue
      }
      break
    }
    guard current.kind == .newline else { throw invalidSyntax() }
    advance()
    return statements
  }

  mutating func parseSimpleStatement() throws(SourceError) -> Stmt {
    let start = current
    if start.kind == .name {
      switch start.text {
      case "pass":
        advance()
        return statement(at: start, .pass)
      case "break":
        advance()
        return statement(at: start, .break)
      case "continue":
        advance()
        return statement(at: start, .continue)
      case "return":
        advance()
        let value = atExpressionEnd ? nil : try parseStarExpressions()
        return statement(at: start, .return(value))
      case "raise":
        advance()
        let (exception, cause) = try parseRaiseOperands()
        return statement(at: start, .raise(exception, cause: cause))
      case "global", "nonlocal":
        advance()
        var names = [try expectName().text]
        while accept(",") { names.append(try expectName().text) }
        return statement(at: start, start.text == "global" ? .global(names) : .nonlocal(names))
      case "del":
        advance()
        let targets = try parseDeleteTargets()
        return statement(at: start, .delete(targets))
      case "assert":
        advance()
        let test = try parseExpression()
        let message = accept(",") ? try parseExpression() : nil
        return statement(at: start, .assert(test: test, message: message))
      case "import":
        return try parseImport()
      case "from":
        return try parseFromImport()
      case "print", "exec":
        try checkLegacyPrint()
      default:
        break
      }
    }
    return try parseExpressionStatement()
  }

  /// True where an optional expression is absent (end of the simple statement).
  var atExpressionEnd: Bool { current.kind == .newline || at(";") }

  private mutating func parseRaiseOperands() throws(SourceError) -> (Expr?, Expr?) {
    if atExpressionEnd { return (nil, nil) }
    let exception = try parseExpression()
    guard acceptKeyword("from") else { return (exception, nil) }
    return (exception, try parseExpression())
  }

  /// `print "x"` gets CPython's hint about the missing parentheses.
  private func checkLegacyPrint() throws(SourceError) {
    let next = peek()
    let startsOperand =
      next.kind == .string || next.kind == .int || next.kind == .float
      || (next.kind == .name && !pythonKeywords.contains(next.text))
    if startsOperand {
      throw error(
        "Missing parentheses in call to '\(current.text)'. Did you mean \(current.text)(...)?",
        at: current)
    }
  }

  private mutating func parseDeleteTargets() throws(SourceError) -> [Expr] {
    var targets: [Expr] = []
    repeat {
      if atExpressionEnd { break }
      targets.append(try parseBitwiseOr())
    } while accept(",")
    guard !targets.isEmpty else { throw invalidSyntax() }
    for target in targets {
      if let bad = invalidTarget(target, forDelete: true) {
        throw error("cannot delete \(expressionName(bad))", at: bad)
      }
    }
    return targets
  }

  // MARK: Expression statements and assignments

  static let augmentedOperators: [String: BinaryOperator] = [
    "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .trueDivide, "//=": .floorDivide,
    "%=": .modulo, "**=": .power, "<<=": .leftShift, ">>=": .rightShift, "&=": .bitAnd,
    "|=": .bitOr, "^=": .bitXor, "@=": .matrixMultiply,
  ]

  mutating func parseExpressionStatement() throws(SourceError) -> Stmt {
    let start = current
    let first = try parseStarExpressions()
    if at("=") {
      var chain = [first]
      while accept("=") {
        chain.append(try parseAssignedValue())
      }
      let value = chain.removeLast()
      try validateAssignmentTargets(chain, value: value)
      return statement(at: start, .assign(targets: chain, value: value))
    }
    if current.kind == .op, let op = Parser.augmentedOperators[current.text] {
      if case .name = first.kind {
      } else if case .attribute = first.kind {
      } else if case .subscription = first.kind {
      } else {
        throw error(
          "'\(expressionName(first))' is an illegal expression for augmented assignment", at: first)
      }
      if op == .matrixMultiply { refuse("matrix multiplication", at: current) }
      advance()
      let value = try parseAssignedValue()
      return statement(at: start, .augmentedAssign(target: first, op: op, value: value))
    }
    if at(":") {
      switch first.kind {
      case .name, .attribute, .subscription: break
      case .tuple: throw error("only single target (not tuple) can be annotated", at: first)
      case .list: throw error("only single target (not list) can be annotated", at: first)
      default: throw error("illegal target for annotation", at: first)
      }
      advance()
      let annotation = try parseExpression()
      let value = accept("=") ? try parseAssignedValue() : nil
      return statement(at: start, .annotatedAssign(target: first, annotation: annotation, value: value))
    }
    return statement(at: start, .expression(first))
  }

  /// The right-hand side of `=`: an expression list, or a (refused) yield expression.
  mutating func parseAssignedValue() throws(SourceError) -> Expr {
    if atKeyword("yield") { return try parseYield() }
    return try parseStarExpressions()
  }

  // MARK: Imports

  private mutating func parseImport() throws(SourceError) -> Stmt {
    let start = advance()
    var aliases: [ImportAlias] = []
    repeat {
      let name = try parseDottedName()
      let asName = acceptKeyword("as") ? try expectName().text : nil
      aliases.append(ImportAlias(name: name, asName: asName))
    } while accept(",")
    return statement(at: start, .import(aliases))
  }

  private mutating func parseDottedName() throws(SourceError) -> String {
    let first = try expectName()
    var name = first.text
    while at(".") {
      refuse("dotted imports", at: first)
      advance()
      name += "." + (try expectName().text)
    }
    return name
  }

  private mutating func parseFromImport() throws(SourceError) -> Stmt {
    let start = advance()
    var module = ""
    while at(".") || at("...") {
      refuse("relative imports", at: current)
      module += advance().text
    }
    if !atKeyword("import") { module += try parseDottedName() }
    guard acceptKeyword("import") else { throw invalidSyntax() }
    var aliases: [ImportAlias] = []
    if at("*") {
      refuse("star imports", at: current)
      advance()
      return statement(at: start, .importFrom(module: module, names: []))
    }
    let parenthesized = accept("(")
    repeat {
      if parenthesized && at(")") { break }
      if !parenthesized && atExpressionEnd, !aliases.isEmpty {
        throw error("trailing comma not allowed without surrounding parentheses", at: current)
      }
      let name = try expectName().text
      let asName = acceptKeyword("as") ? try expectName().text : nil
      aliases.append(ImportAlias(name: name, asName: asName))
    } while accept(",")
    if parenthesized { try expect(")") }
    return statement(at: start, .importFrom(module: module, names: aliases))
  }
}
