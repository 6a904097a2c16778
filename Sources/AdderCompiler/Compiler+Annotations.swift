import AdderSyntax

/// Annotated assignments as CPython 3.11 compiles them (without `from __future__ import
/// annotations`): the value is assigned first; at module level the annotation is then evaluated,
/// and a plain name's annotation is stored in the module's `__annotations__`. Inside a function
/// an annotation is never evaluated, but an attribute or subscript target without a value still
/// evaluates its object (and index), as CPython's `check_ann_expr` does.
extension Compiler {
  func compileAnnotatedAssignment(target: Expr, annotation: Expr, value: Expr?) throws(SourceError) {
    if let value { try compileAssignment(targets: [target], value: value) }
    let atModule = code.isModule
    switch target.kind {
    case .name(let name):
      guard atModule else { return }
      try compile(annotation)
      load("__annotations__")
      code.loadConstant(.string(name))
      code.line = target.line
      code.emit(.storeSubscript)
      return
    case .attribute(let object, _) where value == nil:
      try compile(object)
      code.emit(.pop)
    case .subscription(let object, let index) where value == nil:
      try compile(object)
      code.emit(.pop)
      try compileSubscriptIndex(index)
      code.emit(.pop)
    default:
      break
    }
    if atModule {
      try compile(annotation)
      code.emit(.pop)
    }
  }

  /// Whether a module body holds an annotated assignment outside any function (CPython's
  /// `find_ann`: the bodies of `if`, `for` and `while` count).
  static func hasAnnotations(_ statements: [Stmt]) -> Bool {
    for statement in statements {
      switch statement.kind {
      case .annotatedAssign: return true
      case .if(_, let body, let orElse), .while(_, let body, let orElse), .for(_, _, let body, let orElse):
        if hasAnnotations(body) || hasAnnotations(orElse) { return true }
      default: continue
      }
    }
    return false
  }
}
