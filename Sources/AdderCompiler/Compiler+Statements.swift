import AdderSyntax

extension Compiler {
  static let maxDepth = 1000

  func compile(_ statement: Stmt) throws(SourceError) {
    depth += 1
    defer { depth -= 1 }
    if depth > Compiler.maxDepth {
      throw error(
        "statements nested too deeply", line: statement.line, column: statement.column,
        kind: .unsupported)
    }
    code.line = statement.line
    code.column = statement.column
    code.span = SourceSpan(
      line: statement.line, column: statement.column, endLine: statement.endLine,
      endColumn: statement.endColumn)
    switch statement.kind {
    case .expression(let expr):
      try compileExpressionStatement(expr)
    case .assign(let targets, let value):
      try compileAssignment(targets: targets, value: value)
    case .augmentedAssign(let target, let op, let value):
      try compileAugmentedAssignment(target: target, op: op, value: value)
    case .annotatedAssign(let target, let annotation, let value):
      try compileAnnotatedAssignment(target: target, annotation: annotation, value: value)
    case .if(let test, let body, let orElse):
      try compileIf(test: test, body: body, orElse: orElse)
    case .while(let test, let body, let orElse):
      try compileWhile(test: test, body: body, orElse: orElse)
    case .for(let target, let iterable, let body, let orElse):
      try compileFor(target: target, iterable: iterable, body: body, orElse: orElse)
    case .break:
      try compileLoopExit(statement, isBreak: true)
    case .continue:
      try compileLoopExit(statement, isBreak: false)
    case .pass, .global, .nonlocal:
      break
    case .classDef(let definition):
      try compileClass(definition, key: ScopeKey(line: statement.line, column: statement.column))
      code.line = statement.line
      store(definition.name)
    case .try(let body, let handlers, let orElse, let finally):
      try compileTry(statement, body: body, handlers: handlers, orElse: orElse, finally: finally)
    case .with(let items, let body):
      try compileWith(statement, items: items, body: body)
    case .functionDef(let definition):
      for decorator in definition.decorators { try compile(decorator) }
      let body = definition.body
      try compileFunction(
        name: definition.name, parameters: definition.parameters,
        key: ScopeKey(line: statement.line, column: statement.column)
      ) { (compiler: Compiler) throws(SourceError) in
        try compiler.compileBody(body)
        compiler.code.loadConstant(.none)
        compiler.code.emit(.returnValue)
      }
      code.line = statement.line
      for _ in definition.decorators { code.emit(.call, 1) }
      store(definition.name)
    case .return(let value):
      // A class body is a code object of its own, but no function: `return` there is refused too.
      if code.isModule || scope.isClass {
        throw error("'return' outside function", at: statement)
      }
      try compileReturn(statement, value: value)
    case .delete(let targets):
      for target in targets { try compileDelete(target) }
    case .assert(let test, let message):
      let end = code.makeLabel()
      try compileJump(test, ifTrue: true, to: end)
      code.line = statement.line
      if let compare = lastComparisonTested(test) { code.span = span(of: compare) }
      if let message { try compile(message) }
      code.emit(.raiseAssertion, message == nil ? 0 : 1)
      code.bind(end)
    case .raise(let exception, let cause):
      try compileRaise(exception: exception, cause: cause)
    case .import(let aliases):
      for alias in aliases {
        code.emit(.importName, code.name(alias.name))
        store(alias.asName ?? alias.name)
      }
    case .importFrom(let moduleName, let aliases):
      code.emit(.importName, code.name(moduleName))
      for alias in aliases {
        code.emit(.importFrom, code.name(alias.name))
        store(alias.asName ?? alias.name)
      }
      code.emit(.pop)
    }
  }

  /// Expression statements; constants (docstrings included) compile to nothing, as in CPython.
  private func compileExpressionStatement(_ expr: Expr) throws(SourceError) {
    switch expr.kind {
    case .int, .float, .string, .bool, .none, .ellipsis:
      return
    default:
      try compile(expr)
      code.emit(.pop)
    }
  }

  private func compileIf(test: Expr, body: [Stmt], orElse: [Stmt]) throws(SourceError) {
    let elseLabel = code.makeLabel()
    try compileJump(test, ifTrue: false, to: elseLabel)
    try compileBody(body)
    if orElse.isEmpty {
      code.bind(elseLabel)
      return
    }
    let end = code.makeLabel()
    code.emitJump(.jump, to: end)
    code.bind(elseLabel)
    try compileBody(orElse)
    code.bind(end)
  }

  private func compileWhile(test: Expr, body: [Stmt], orElse: [Stmt]) throws(SourceError) {
    let top = code.makeLabel()
    let elseLabel = code.makeLabel()
    let end = code.makeLabel()
    code.bind(top)
    if !isConstantlyTrue(test) {
      code.line = test.line
      try compileJump(test, ifTrue: false, to: elseLabel)
    }
    blocks.append(.loop(Loop(continueTarget: top, breakTarget: end, isFor: false)))
    try compileBody(body)
    blocks.removeLast()
    code.emitJump(.jump, to: top)
    code.bind(elseLabel)
    try compileBody(orElse)
    code.bind(end)
  }

  /// `while True:` and `while 1:` need no test.
  private func isConstantlyTrue(_ test: Expr) -> Bool {
    switch test.kind {
    case .bool(true): return true
    case .int(let digits): return digits.contains { $0 != "0" && $0 != "x" && $0 != "o" && $0 != "b" }
    default: return false
    }
  }

  private func compileFor(
    target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt]
  ) throws(SourceError) {
    try compileIterable(iterable)
    code.emit(.getIterator)
    let top = code.makeLabel()
    let exhausted = code.makeLabel()
    let end = code.makeLabel()
    code.bind(top)
    code.emitJump(.forIterator, to: exhausted)
    try compileStore(target)
    blocks.append(.loop(Loop(continueTarget: top, breakTarget: end, isFor: true)))
    try compileBody(body)
    blocks.removeLast()
    code.emitJump(.jump, to: top)
    code.bind(exhausted)
    try compileBody(orElse)
    code.bind(end)
  }

  /// Compiles a condition as jumps: `and`, `or` and `not` short-circuit without building
  /// intermediate values. Jumps to `label` when the truth of `test` equals `ifTrue`.
  func compileJump(_ test: Expr, ifTrue: Bool, to label: Label) throws(SourceError) {
    switch test.kind {
    case .unary(.not, let operand):
      try compileJump(operand, ifTrue: !ifTrue, to: label)
    case .boolean(let op, let operands):
      // For `a and b` jumping when false (or `a or b` jumping when true), every operand jumps
      // straight to the label; otherwise all but the last skip past the final test.
      let isAnd = op == .and
      if isAnd != ifTrue {
        for operand in operands { try compileJump(operand, ifTrue: ifTrue, to: label) }
      } else {
        let skip = code.makeLabel()
        for operand in operands.dropLast() { try compileJump(operand, ifTrue: !ifTrue, to: skip) }
        try compileJump(operands[operands.count - 1], ifTrue: ifTrue, to: label)
        code.bind(skip)
      }
    default:
      try compile(test)
      let saved = code.line
      code.line = test.line
      code.emitJump(ifTrue ? .popJumpIfTrue : .popJumpIfFalse, to: label)
      code.line = saved
    }
  }
}
