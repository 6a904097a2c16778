extension Parser {
  /// The first sub-expression that cannot be assigned to (or deleted), or nil when `target` is
  /// valid. Mirrors CPython's `_PyPegen_get_invalid_target`.
  func invalidTarget(_ target: Expr, forDelete: Bool) -> Expr? {
    switch target.kind {
    case .name, .attribute, .subscription:
      return nil
    case .tuple(let items), .list(let items):
      for item in items {
        if let bad = invalidTarget(item, forDelete: forDelete) { return bad }
      }
      return nil
    case .starred(let inner):
      return forDelete ? target : invalidTarget(inner, forDelete: false)
    default:
      return target
    }
  }

  /// The noun CPython uses for an expression in error messages (`_PyPegen_get_expr_name`).
  func expressionName(_ expr: Expr) -> String {
    switch expr.kind {
    case .name: return "name"
    case .attribute: return "attribute"
    case .subscription: return "subscript"
    case .starred: return "starred"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolean, .binary, .unary: return "expression"
    case .generator: return "generator expression"
    case .listComprehension: return "list comprehension"
    case .dictComprehension: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .setComprehension: return "set comprehension"
    case .formattedString: return "f-string expression"
    case .none: return "None"
    case .bool(let value): return value ? "True" : "False"
    case .ellipsis: return "ellipsis"
    case .int, .float, .string: return "literal"
    case .compare: return "comparison"
    case .conditional: return "conditional expression"
    case .namedExpr: return "named expression"
    case .slice: return "slice"
    }
  }

  /// Checks `a = b = value` targets with CPython's messages, including its "Maybe you meant
  /// '=='" hint when a single bad target is directly followed by `=`.
  func validateAssignmentTargets(_ targets: [Expr], value: Expr) throws(SourceError) {
    if targets.count == 1, let hinted = hintedTarget(targets[0]),
      invalidTarget(hinted, forDelete: false) != nil
    {
      throw error(
        "cannot assign to \(expressionName(hinted)) here. Maybe you meant '==' instead of '='?",
        at: hinted)
    }
    for target in targets {
      if let bad = invalidTarget(target, forDelete: false) {
        throw error("cannot assign to \(expressionName(bad))", at: bad)
      }
    }
  }

  /// The expression CPython's `invalid_named_expression` rule would see right before `=`: the
  /// target itself or the last item of an unparenthesized tuple, when it is an operand-level
  /// expression (not a comparison, `not`, `and`/`or`, conditional or lambda) and not a list,
  /// tuple, generator, True, False or None.
  private func hintedTarget(_ target: Expr) -> Expr? {
    var candidate = target
    if case .tuple(let items) = target.kind {
      guard let last = items.last, !isParenthesizedTuple(target) else { return nil }
      candidate = last
    }
    switch candidate.kind {
    case .list, .tuple, .generator, .bool, .none, .compare, .unary(.not, _), .boolean,
      .conditional, .lambda, .starred, .namedExpr:
      return nil
    default:
      return candidate
    }
  }

  /// A tuple written with parentheses starts at its "(" token rather than at its first item.
  private func isParenthesizedTuple(_ tuple: Expr) -> Bool {
    guard case .tuple(let items) = tuple.kind, let first = items.first else { return true }
    return first.line != tuple.line || first.column != tuple.column
  }
}
