extension Parser {
  /// A node starting at `token` and ending with the token just consumed (every node is made
  /// right after its last token).
  func node(_ kind: ExprKind, at token: Token) -> Expr {
    Expr(
      kind, line: token.line, column: token.column, endLine: previous.endLine, endColumn: previous.endColumn)
  }

  /// A node whose first operand is `expr`: it starts where `expr` does, parentheses included.
  func node(_ kind: ExprKind, at expr: Expr) -> Expr {
    Expr(
      kind, line: expr.outerLine, column: expr.outerColumn, endLine: previous.endLine,
      endColumn: previous.endColumn)
  }

  /// `a, *b, c` — a tuple when there is a comma (a trailing comma allowed), else the expression.
  mutating func parseStarExpressions() throws(SourceError) -> Expr {
    let start = current
    let first = try parseStarExpression()
    guard at(",") else { return first }
    var items = [first]
    while accept(",") {
      guard at("*") || canStartExpression(current) else { break }
      items.append(try parseStarExpression())
    }
    return node(.tuple(items), at: start)
  }

  mutating func parseStarExpression() throws(SourceError) -> Expr {
    guard at("*") else { return try parseExpression() }
    let star = advance()
    let operand = try parseBitwiseOr()
    return node(.starred(operand), at: star)
  }

  /// An expression where `name := value` is allowed.
  mutating func parseNamedExpression() throws(SourceError) -> Expr {
    if current.kind == .name, !pythonKeywords.contains(current.text), peek().isOp(":=") {
      let name = advance()
      advance()
      let value = try parseExpression()
      return node(.namedExpr(name: name.text, value: value), at: name)
    }
    let expr = try parseExpression()
    if at(":=") {
      throw error("cannot use assignment expressions with \(expressionName(expr))", at: expr)
    }
    return expr
  }

  /// `a if b else c`, a lambda, or a disjunction.
  mutating func parseExpression() throws(SourceError) -> Expr {
    try enter()
    defer { depth -= 1 }
    if atKeyword("lambda") { return try parseLambda() }
    let body = try parseDisjunction()
    guard atKeyword("if") else { return body }
    advance()
    let test = try parseDisjunction()
    guard acceptKeyword("else") else {
      if current.kind == .error { throw invalidSyntax() }
      throw error("expected 'else' after 'if' expression", at: body)
    }
    let orElse = try parseExpression()
    return node(.conditional(test: test, body: body, orElse: orElse), at: body)
  }

  private mutating func parseLambda() throws(SourceError) -> Expr {
    let start = advance()
    let parameters = try parseParameters(closing: ":", annotations: false)
    try expect(":")
    functionDepth += 1
    defer { functionDepth -= 1 }
    let body = try parseExpression()
    return node(.lambda(parameters, body), at: start)
  }

  mutating func parseDisjunction() throws(SourceError) -> Expr {
    let first = try parseConjunction()
    guard atKeyword("or") else { return first }
    var operands = [first]
    while acceptKeyword("or") { operands.append(try parseConjunction()) }
    return node(.boolean(.or, operands), at: first)
  }

  private mutating func parseConjunction() throws(SourceError) -> Expr {
    let first = try parseInversion()
    guard atKeyword("and") else { return first }
    var operands = [first]
    while acceptKeyword("and") { operands.append(try parseInversion()) }
    return node(.boolean(.and, operands), at: first)
  }

  private mutating func parseInversion() throws(SourceError) -> Expr {
    guard atKeyword("not") else { return try parseComparison() }
    let start = advance()
    try enter()
    defer { depth -= 1 }
    let operand = try parseInversion()
    return node(.unary(.not, operand), at: start)
  }

  private mutating func comparisonOperator() -> CompareOperator? {
    if current.kind == .op {
      switch current.text {
      case "<": return .less
      case "<=": return .lessEqual
      case "==": return .equal
      case "!=": return .notEqual
      case ">": return .greater
      case ">=": return .greaterEqual
      default: return nil
      }
    }
    if atKeyword("in") { return .in }
    if atKeyword("not") && peek().isKeyword("in") { return .notIn }
    if atKeyword("is") { return peek().isKeyword("not") ? .isNot : .is }
    return nil
  }

  private mutating func parseComparison() throws(SourceError) -> Expr {
    let first = try parseBitwiseOr()
    var comparisons: [Comparison] = []
    while let op = comparisonOperator() {
      advance()
      if op == .notIn || op == .isNot { advance() }
      comparisons.append(Comparison(op: op, right: try parseBitwiseOr()))
    }
    return comparisons.isEmpty ? first : node(.compare(first, comparisons), at: first)
  }

  /// Binary operator levels from loosest to tightest, all left-associative.
  static let binaryLevels: [[String: BinaryOperator]] = [
    ["|": .bitOr], ["^": .bitXor], ["&": .bitAnd], ["<<": .leftShift, ">>": .rightShift],
    ["+": .add, "-": .subtract],
    ["*": .multiply, "/": .trueDivide, "//": .floorDivide, "%": .modulo, "@": .matrixMultiply],
  ]

  private func binaryOperator(_ token: Token) -> (BinaryOperator, level: Int)? {
    guard token.kind == .op else { return nil }
    for (level, operators) in Parser.binaryLevels.enumerated() {
      if let op = operators[token.text] { return (op, level) }
    }
    return nil
  }

  mutating func parseBitwiseOr() throws(SourceError) -> Expr { try parseBinary(minimumLevel: 0) }

  /// Precedence climbing: one stack frame per operand rather than one per precedence level,
  /// which keeps deeply parenthesized programs well within the stack.
  private mutating func parseBinary(minimumLevel: Int) throws(SourceError) -> Expr {
    var left = try parseFactor()
    let saved = depth
    defer { depth = saved }
    while let (op, level) = binaryOperator(current), level >= minimumLevel {
      if op == .matrixMultiply { refuse("matrix multiplication", at: current) }
      advance()
      // A long chain builds a deep left-leaning tree; count it against the nesting limit.
      try enter()
      let right = try parseBinary(minimumLevel: level + 1)
      left = node(.binary(left, op, right), at: left)
    }
    return left
  }

  private mutating func parseFactor() throws(SourceError) -> Expr {
    let op: UnaryOperator
    switch current.kind == .op ? current.text : "" {
    case "-": op = .negative
    case "+": op = .positive
    case "~": op = .invert
    default: return try parsePower()
    }
    let start = advance()
    try enter()
    defer { depth -= 1 }
    let operand = try parseFactor()
    return node(.unary(op, operand), at: start)
  }

  /// `primary ** factor`: right-associative, and tighter than a unary minus on its left.
  private mutating func parsePower() throws(SourceError) -> Expr {
    if atKeyword("await") {
      refuse("await", at: current)
      advance()
    }
    let base = try parsePrimary()
    guard accept("**") else { return base }
    try enter()
    defer { depth -= 1 }
    let operand = try parseFactor()
    return node(.binary(base, .power, operand), at: base)
  }

  /// An atom followed by calls, subscripts and attribute accesses.
  private mutating func parsePrimary() throws(SourceError) -> Expr {
    var expr = try parseAtom()
    let saved = depth
    defer { depth = saved }
    while true {
      if accept(".") {
        let name = try expectName()
        expr = node(.attribute(expr, name.text), at: expr)
      } else if accept("(") {
        try enter()
        let arguments = try parseArguments()
        expr = node(.call(expr, arguments), at: expr)
      } else if accept("[") {
        try enter()
        let index = try parseSlices()
        try expectClosing("]", after: index)
        expr = node(.subscription(expr, index), at: expr)
      } else {
        return expr
      }
    }
  }

  /// `a[i]`, `a[i:j:k]`, `a[i, j:k]` (a tuple of slices).
  private mutating func parseSlices() throws(SourceError) -> Expr {
    let start = current
    let first = try parseSlice()
    guard at(",") else { return first }
    var items = [first]
    while accept(",") {
      if at("]") { break }
      items.append(try parseSlice())
    }
    return node(.tuple(items), at: start)
  }

  private mutating func parseSlice() throws(SourceError) -> Expr {
    let start = current
    var lower: Expr?
    if !at(":") {
      let expr = at("*") ? try parseStarExpression() : try parseNamedExpression()
      guard at(":") else { return expr }
      lower = expr
    }
    advance()
    let upper = at(":") || at("]") || at(",") ? nil : try parseExpression()
    var step: Expr?
    if accept(":") { step = at("]") || at(",") ? nil : try parseExpression() }
    return node(.slice(lower: lower, upper: upper, step: step), at: start)
  }

  /// Whether `token` can begin an expression (used to spot a missing comma).
  func canStartExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .name:
      return !pythonKeywords.contains(token.text)
        || ["not", "lambda", "None", "True", "False", "await"].contains(token.text)
    case .int, .float, .imaginary, .string: return true
    case .op: return ["(", "[", "{", "-", "+", "~", "..."].contains(token.text)
    default: return false
    }
  }

  /// After an element inside brackets: the closing bracket must follow, or CPython's
  /// "Perhaps you forgot a comma?" when another expression starts right away.
  mutating func expectClosing(_ closer: String, after element: Expr?) throws(SourceError) {
    if accept(closer) { return }
    if let element, canStartExpression(current) {
      var isNameThenString = false
      if case .name = element.kind, current.kind == .string { isNameThenString = true }
      if !isNameThenString {
        // CPython underlines from the element to the end of the expression after it.
        var probe = self
        var end = element.endLine == element.line ? element.endColumn : Int.max
        if (try? probe.parseExpression()) != nil {
          end = probe.previous.endLine == element.line ? probe.previous.endColumn : Int.max
        }
        throw error(
          "invalid syntax. Perhaps you forgot a comma?", line: element.line, column: element.column,
          endColumn: end)
      }
    }
    throw invalidSyntax()
  }
}
