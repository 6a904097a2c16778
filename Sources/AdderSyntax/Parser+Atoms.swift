extension Parser {
  mutating func parseAtom() throws(SourceError) -> Expr {
    let token = current
    switch token.kind {
    case .name:
      switch token.text {
      case "True", "False":
        advance()
        return node(.bool(token.text == "True"), at: token)
      case "None":
        advance()
        return node(.none, at: token)
      case "yield":
        return try parseYield()
      default:
        guard !pythonKeywords.contains(token.text) else { throw invalidSyntax() }
        advance()
        return node(.name(token.text), at: token)
      }
    case .int:
      advance()
      return node(.int(token.text), at: token)
    case .float:
      advance()
      return node(.float(parseFloatLiteral(token.text)), at: token)
    case .imaginary:
      refuse("complex literals", at: token)
      advance()
      return node(.none, at: token)
    case .string:
      return try parseStrings()
    case .op:
      switch token.text {
      case "(": return try parseParenthesized()
      case "[": return try parseListDisplay()
      case "{": return try parseBraceDisplay()
      case "...":
        advance()
        return node(.ellipsis, at: token)
      default: throw invalidSyntax()
      }
    default:
      throw invalidSyntax()
    }
  }

  /// `yield`, `yield x`, `yield from x`: refused, but parsed so that parsing can go on.
  mutating func parseYield() throws(SourceError) -> Expr {
    let start = advance()
    if functionDepth == 0 { throw error("'yield' outside function", at: start) }
    refuse("yield", at: start)
    if acceptKeyword("from") {
      _ = try parseExpression()
    } else if !atExpressionEnd && !at(")") && !at("]") && !at("}") && !at("=") {
      _ = try parseStarExpressions()
    }
    return node(.none, at: start)
  }

  private mutating func parseParenthesized() throws(SourceError) -> Expr {
    let open = advance()
    if accept(")") { return node(.tuple([]), at: open) }
    if atKeyword("yield") {
      let value = try parseYield()
      try expect(")")
      return value
    }
    try enter()
    defer { depth -= 1 }
    let first = at("*") ? try parseStarExpression() : try parseNamedExpression()
    if atKeyword("for") || atKeyword("async") {
      let clauses = try parseComprehensionClauses()
      try expectClosing(")", after: nil)
      return node(.generator(first, clauses), at: open)
    }
    guard at(",") else {
      try expectClosing(")", after: first)
      // A parenthesized expression keeps the position of its content, as in CPython's AST; an
      // expression it starts begins at the parenthesis.
      var inner = first
      inner.outerLine = open.line
      inner.outerColumn = open.column
      return inner
    }
    var items = [first]
    while accept(",") {
      if at(")") { break }
      items.append(at("*") ? try parseStarExpression() : try parseNamedExpression())
    }
    try expectClosing(")", after: items[items.count - 1])
    return node(.tuple(items), at: open)
  }

  private mutating func parseListDisplay() throws(SourceError) -> Expr {
    let open = advance()
    if accept("]") { return node(.list([]), at: open) }
    try enter()
    defer { depth -= 1 }
    let first = at("*") ? try parseStarExpression() : try parseNamedExpression()
    if atKeyword("for") || atKeyword("async") {
      let clauses = try parseComprehensionClauses()
      try expectClosing("]", after: nil)
      return node(.listComprehension(first, clauses), at: open)
    }
    var items = [first]
    while accept(",") {
      if at("]") { break }
      items.append(at("*") ? try parseStarExpression() : try parseNamedExpression())
    }
    try expectClosing("]", after: items[items.count - 1])
    return node(.list(items), at: open)
  }

  /// `{}`, dict and set displays and comprehensions.
  private mutating func parseBraceDisplay() throws(SourceError) -> Expr {
    let open = advance()
    if accept("}") { return node(.dict([]), at: open) }
    try enter()
    defer { depth -= 1 }
    if at("**") { return try parseDictItems(open: open) }
    let first = at("*") ? try parseStarExpression() : try parseNamedExpression()
    if accept(":") {
      let value = try parseExpression()
      if atKeyword("for") || atKeyword("async") {
        let clauses = try parseComprehensionClauses()
        try expectClosing("}", after: nil)
        return node(.dictComprehension(key: first, value: value, clauses), at: open)
      }
      return try parseDictItems(open: open, first: .pair(first, value))
    }
    if atKeyword("for") || atKeyword("async") {
      let clauses = try parseComprehensionClauses()
      try expectClosing("}", after: nil)
      return node(.setComprehension(first, clauses), at: open)
    }
    var items = [first]
    while accept(",") {
      if at("}") { break }
      items.append(at("*") ? try parseStarExpression() : try parseNamedExpression())
    }
    try expectClosing("}", after: items[items.count - 1])
    return node(.set(items), at: open)
  }

  private mutating func parseDictItems(open: Token, first: DictItem? = nil) throws(SourceError) -> Expr {
    var items: [DictItem] = []
    var last: Expr?
    if let first {
      items.append(first)
      if case .pair(_, let value) = first { last = value }
    } else {
      advance()  // the leading "**"
      let mapping = try parseBitwiseOr()
      items.append(.unpack(mapping))
      last = mapping
    }
    while accept(",") {
      if at("}") { break }
      if accept("**") {
        let mapping = try parseBitwiseOr()
        items.append(.unpack(mapping))
        last = mapping
      } else {
        let key = try parseExpression()
        guard accept(":") else {
          if at(",") || at("}") { throw error("':' expected after dictionary key", at: key) }
          throw invalidSyntax()
        }
        if at(",") || at("}") {
          throw error("expression expected after dictionary key and ':'", at: previous)
        }
        let value = try parseExpression()
        items.append(.pair(key, value))
        last = value
      }
    }
    try expectClosing("}", after: last)
    return node(.dict(items), at: open)
  }

  /// The `for ... in ... if ...` clauses after a comprehension's element.
  mutating func parseComprehensionClauses() throws(SourceError) -> [ComprehensionClause] {
    var clauses: [ComprehensionClause] = []
    while atKeyword("for") || atKeyword("async") {
      if atKeyword("async") {
        refuse("async comprehensions", at: current)
        advance()
      }
      guard acceptKeyword("for") else { throw invalidSyntax() }
      let target = try parseTargetList()
      if let bad = invalidTarget(target, forDelete: false) {
        throw error("cannot assign to \(expressionName(bad))", at: bad)
      }
      guard acceptKeyword("in") else { throw invalidSyntax() }
      let iterable = try parseDisjunction()
      var conditions: [Expr] = []
      while acceptKeyword("if") { conditions.append(try parseDisjunction()) }
      clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
    }
    return clauses
  }

  /// `a, *b` as for-loop or comprehension targets (no comparisons, so `in` ends them).
  mutating func parseTargetList() throws(SourceError) -> Expr {
    let start = current
    let first = try parseTargetItem()
    guard at(",") else { return first }
    var items = [first]
    while accept(",") {
      if atKeyword("in") || at("=") || at(":") { break }
      items.append(try parseTargetItem())
    }
    return node(.tuple(items), at: start)
  }

  private mutating func parseTargetItem() throws(SourceError) -> Expr {
    guard at("*") else { return try parseBitwiseOr() }
    let star = advance()
    let operand = try parseBitwiseOr()
    return node(.starred(operand), at: star)
  }

  // MARK: Calls

  /// Arguments after "(" up to and including ")".
  mutating func parseArguments() throws(SourceError) -> [Argument] {
    var arguments: [Argument] = []
    var keywords: Set<String> = []
    var sawKeyword = false
    var sawDoubleStar = false
    var last: Expr?
    var misplacedPositional: String?
    while !at(")") {
      let start = current
      if accept("*") {
        if sawDoubleStar {
          throw error("iterable argument unpacking follows keyword argument unpacking", at: start)
        }
        let value = try parseExpression()
        arguments.append(.starred(value))
        last = value
      } else if accept("**") {
        let value = try parseExpression()
        arguments.append(.doubleStarred(value))
        sawDoubleStar = true
        last = value
      } else if start.kind == .name, peek().isOp("="), !pythonKeywords.contains(start.text) {
        advance()
        advance()
        let value = try parseExpression()
        if keywords.contains(start.text) {
          // Underlined from the name to the end of its value, as CPython does.
          throw error(
            "keyword argument repeated: \(start.text)", line: start.line, column: start.column,
            endColumn: previous.endLine == start.line ? previous.endColumn : Int.max)
        }
        keywords.insert(start.text)
        arguments.append(.keyword(start.text, value))
        sawKeyword = true
        last = value
      } else {
        var value = try parseNamedExpression()
        if atKeyword("for") || atKeyword("async") {
          let clauses = try parseComprehensionClauses()
          value = node(.generator(value, clauses), at: value)
          if !arguments.isEmpty || (at(",") && !peek().isOp(")")) {
            throw error("Generator expression must be parenthesized", at: value)
          }
        } else if at("=") {
          throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: value)
        }
        // CPython reports these at the token after the arguments (the closing parenthesis).
        if sawDoubleStar {
          misplacedPositional =
            misplacedPositional ?? "positional argument follows keyword argument unpacking"
        } else if sawKeyword {
          misplacedPositional = misplacedPositional ?? "positional argument follows keyword argument"
        }
        arguments.append(.positional(value))
        last = value
      }
      if !accept(",") { break }
      last = nil
    }
    if let misplacedPositional { throw error(misplacedPositional, at: current) }
    try expectClosing(")", after: last)
    return arguments
  }
}

/// Parses a float literal's text (underscores already removed); "5." and ".5" are fine.
func parseFloatLiteral(_ text: String) -> Double {
  var normalized = ""
  var previous: Character = " "
  for character in text {
    if previous == "." && !character.isNumber { normalized.append("0") }
    if character == "." && !previous.isNumber { normalized.append("0") }
    normalized.append(character)
    previous = character
  }
  if previous == "." { normalized.append("0") }
  return Double(normalized) ?? .infinity
}
