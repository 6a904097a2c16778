import AdderSyntax

extension Compiler {
  /// The span CPython 3.11 gives the instructions of `expr`, with the operator or index marked
  /// for binary operators and subscripts (the shapes its tracebacks draw `~~^~~` under).
  func span(of expr: Expr) -> SourceSpan {
    var span = SourceSpan(
      line: expr.line, column: expr.column, endLine: expr.endLine, endColumn: expr.endColumn)
    switch expr.kind {
    case .binary(let left, _, let right):
      span.anchor = .binary
      span.anchorStart = Int32(clamping: left.endColumn)
      span.anchorEnd = Int32(clamping: right.column)
    case .attribute(_, let name) where expr.endLine != expr.line:
      // CPython locates an attribute spanning lines at its name, on its last line.
      let length = name.unicodeScalars.count
      span = SourceSpan(
        line: expr.endLine, column: max(1, expr.endColumn - length), endLine: expr.endLine,
        endColumn: expr.endColumn)
    case .subscription(let object, let index):
      span.anchor = .subscription
      span.anchorStart = Int32(clamping: object.endColumn)
      span.anchorEnd = Int32(clamping: index.endColumn)
    default:
      break
    }
    return span
  }

  /// The comparison whose position CPython 3.11 leaves behind when it compiles an `assert`
  /// test as jumps (its AssertionError is located there rather than at the statement): the last
  /// one reached through `not`, `and`/`or` and conditional expressions, or nil.
  func lastComparisonTested(_ test: Expr) -> Expr? {
    switch test.kind {
    case .compare: return test
    case .unary(.not, let operand): return lastComparisonTested(operand)
    case .boolean(_, let operands): return operands.compactMap(lastComparisonTested).last
    case .conditional(let condition, let body, let orElse):
      return [condition, body, orElse].compactMap(lastComparisonTested).last
    default: return nil
    }
  }
}
