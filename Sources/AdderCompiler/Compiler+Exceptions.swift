import AdderSyntax

/// What a `return`, `break` or `continue` must undo on its way out of an enclosing statement,
/// innermost last (CPython's compiler calls these frame blocks).
enum FrameBlock {
  case loop(Loop)
  /// The body of a `try` with handlers: its handler stops covering the code that leaves.
  case tryExcept
  /// The body of a `try` with a `finally` (or its `else`, or its handlers): the finally body is
  /// compiled again at each way out.
  case finallyTry([Stmt])
  /// The finally body run for an exception: the exception is dropped, the handled one restored.
  case finallyEnd
  /// An `except` body: the handled exception is restored (and the `as` name deleted).
  case handlerCleanup(name: String?)
  /// A `with` body: `__exit__(None, None, None)` is called; `line` is the with statement's.
  case with(line: Int)
  /// A return value kept on the stack while a finally body runs (a return inside drops it).
  case popValue
}

extension Compiler {
  /// The innermost enclosing loop.
  var innermostLoop: Loop? {
    for block in blocks.reversed() { if case .loop(let loop) = block { return loop } }
    return nil
  }

  /// `break` and `continue`: undo the blocks inside the loop, then jump.
  func compileLoopExit(_ statement: Stmt, isBreak: Bool) throws(SourceError) {
    guard innermostLoop != nil else {
      throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", at: statement)
    }
    let saved = (blocks, code.handlers)
    defer { (blocks, code.handlers) = saved }
    while let block = blocks.last {
      if case .loop(let loop) = block {
        if isBreak && loop.isFor { code.emit(.pop) }
        code.emitJump(.jump, to: isBreak ? loop.breakTarget : loop.continueTarget)
        return
      }
      blocks.removeLast()
      try unwind(block, preservingTop: false, line: statement.line)
    }
  }

  /// `return`: the value is computed first, then every enclosing block is undone under it.
  func compileReturn(_ statement: Stmt, value: Expr?) throws(SourceError) {
    if let value { try compile(value) } else { code.loadConstant(.none) }
    let saved = (blocks, code.handlers)
    defer { (blocks, code.handlers) = saved }
    while let block = blocks.popLast() {
      try unwind(block, preservingTop: true, line: statement.line)
    }
    code.line = statement.line
    code.emit(.returnValue)
  }

  /// Undoes one block for a `return`, `break` or `continue` leaving it, as CPython's
  /// `compiler_unwind_fblock` does; `preservingTop` keeps the return value on top.
  private func unwind(_ block: FrameBlock, preservingTop: Bool, line: Int) throws(SourceError) {
    switch block {
    case .loop(let loop):
      // Only a return leaves a loop this way: its iterator is under the value.
      if loop.isFor {
        code.emit(.rotTwo)
        code.emit(.pop)
      }
    case .tryExcept:
      code.popHandler()
    case .finallyTry(let body):
      code.popHandler()
      if preservingTop { blocks.append(.popValue) }
      try compileBody(body)
      if preservingTop { blocks.removeLast() }
      code.line = line
    case .finallyEnd:
      // (previous exc [value]): drop the exception, restore the handled one.
      if preservingTop { code.emit(.rotTwo) }
      code.emit(.pop)
      if preservingTop { code.emit(.rotTwo) }
      code.popHandler()
      code.emit(.popExcept)
    case .handlerCleanup(let name):
      if name != nil { code.popHandler() }
      if preservingTop { code.emit(.rotTwo) }
      code.popHandler()
      code.emit(.popExcept)
      if let name { try clearHandlerName(name) }
    case .with(let withLine):
      code.popHandler()
      if preservingTop { code.emit(.rotTwo) }
      callExitWithNones(line: withLine)
      code.line = line
    case .popValue:
      if preservingTop { code.emit(.rotTwo) }
      code.emit(.pop)
    }
  }

  /// `name = None; del name`, as CPython ends an `except ... as name` body.
  private func clearHandlerName(_ name: String) throws(SourceError) {
    code.loadConstant(.none)
    store(name)
    // A name an inner function captures keeps None (there is no opcode to empty a cell).
    switch scope.resolve(scope.aliases[name] ?? name) {
    case .cell, .free: return
    default: break
    }
    let expr = Expr(.name(name), line: code.line, column: code.column)
    try delete(name, at: expr)
  }

  /// (exit -- ): `exit(None, None, None)`, its result dropped.
  private func callExitWithNones(line: Int) {
    code.line = line
    code.loadConstant(.none)
    code.loadConstant(.none)
    code.loadConstant(.none)
    code.emit(.call, 3)
    code.emit(.pop)
  }

  /// (exc -- ) at a cleanup handler: restore the handled exception saved under the new one and
  /// raise the new one again. Stack: (previous exc).
  private func emitCleanupReraise() {
    code.emit(.rotTwo)
    code.emit(.popExcept)
    code.emit(.reraise)
  }

  func compileRaise(exception: Expr?, cause: Expr?) throws(SourceError) {
    if let exception { try compile(exception) }
    if let cause { try compile(cause) }
    code.emit(.raise, exception == nil ? 0 : (cause == nil ? 1 : 2))
  }

  func compileTry(
    _ statement: Stmt, body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt]
  ) throws(SourceError) {
    if finally.isEmpty {
      try compileTryExcept(statement, body: body, handlers: handlers, orElse: orElse)
    } else {
      try compileTryFinally(statement, body: body, handlers: handlers, orElse: orElse, finally: finally)
    }
  }

  private func compileTryFinally(
    _ statement: Stmt, body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt]
  ) throws(SourceError) {
    let handler = code.makeLabel()
    let cleanup = code.makeLabel()
    let exit = code.makeLabel()
    code.pushHandler(handler)
    blocks.append(.finallyTry(finally))
    if handlers.isEmpty {
      try compileBody(body)
    } else {
      try compileTryExcept(statement, body: body, handlers: handlers, orElse: orElse)
    }
    blocks.removeLast()
    code.popHandler()
    try compileBody(finally)
    code.emitJump(.jump, to: exit)
    // The exception path: (exc).
    code.bind(handler)
    code.line = finally.first?.line ?? statement.line
    code.pushHandler(cleanup)
    code.emit(.pushExceptionInfo)
    blocks.append(.finallyEnd)
    try compileBody(finally)
    blocks.removeLast()
    code.emit(.reraise)
    code.popHandler()
    code.bind(cleanup)
    emitCleanupReraise()
    code.bind(exit)
  }

  private func compileTryExcept(
    _ statement: Stmt, body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt]
  ) throws(SourceError) {
    let handlerLabel = code.makeLabel()
    let cleanup = code.makeLabel()
    let end = code.makeLabel()
    code.pushHandler(handlerLabel)
    blocks.append(.tryExcept)
    try compileBody(body)
    blocks.removeLast()
    code.popHandler()
    try compileBody(orElse)
    code.emitJump(.jump, to: end)

    // (exc): save the handled exception under it, then try each clause in order.
    code.bind(handlerLabel)
    code.line = handlers.first?.line ?? statement.line
    code.pushHandler(cleanup)
    let cleanupBlock = code.handlers[code.handlers.count - 1]
    code.emit(.pushExceptionInfo)
    for handler in handlers {
      code.line = handler.line
      code.column = handler.column
      let next = code.makeLabel()
      if let type = handler.type {
        try compile(type)
        code.line = handler.line
        code.emit(.checkExceptionMatch)
        code.emitJump(.popJumpIfFalse, to: next)
      }
      if let name = handler.name {
        // (previous exc): bind it; the body gets its own cleanup that clears the name.
        let cleanupBody = code.makeLabel()
        store(name)
        code.pushHandler(cleanupBody)
        blocks.append(.handlerCleanup(name: name))
        try compileBody(handler.body)
        blocks.removeLast()
        code.popHandler()
        code.popHandler()
        code.emit(.popExcept)
        try clearHandlerName(name)
        code.emitJump(.jump, to: end)
        code.handlers.append(cleanupBlock)
        // An exception in the body: (previous exc2); clear the name, then the outer cleanup.
        code.bind(cleanupBody)
        code.line = handler.line
        try clearHandlerName(name)
        code.emit(.reraise)
      } else {
        code.emit(.pop)
        blocks.append(.handlerCleanup(name: nil))
        try compileBody(handler.body)
        blocks.removeLast()
        code.popHandler()
        code.emit(.popExcept)
        code.emitJump(.jump, to: end)
        code.handlers.append(cleanupBlock)
      }
      code.bind(next)
    }
    // No clause matched: (previous exc).
    code.emit(.reraise)
    code.popHandler()
    code.bind(cleanup)
    emitCleanupReraise()
    code.bind(end)
  }

  /// `with a as x, b as y: body` runs as nested `with` statements, as in CPython.
  func compileWith(_ statement: Stmt, items: [WithItem], body: [Stmt]) throws(SourceError) {
    guard let item = items.first else {
      try compileBody(body)
      return
    }
    let handler = code.makeLabel()
    let cleanup = code.makeLabel()
    let suppress = code.makeLabel()
    let end = code.makeLabel()
    try compile(item.context)
    // As CPython locates them: entering and leaving are the with statement's.
    let statementSpan = SourceSpan(
      line: statement.line, column: statement.column, endLine: statement.endLine,
      endColumn: statement.endColumn)
    code.line = statement.line
    code.span = statementSpan
    code.emit(.beforeWith)
    // The handler covers the store of __enter__'s result; it runs with only `exit` below.
    code.pushHandler(handler, depthAdjustment: 1)
    if let target = item.target { try compileStore(target) } else { code.emit(.pop) }
    blocks.append(.with(line: statement.line))
    try compileWith(statement, items: Array(items.dropFirst()), body: body)
    blocks.removeLast()
    code.popHandler()
    code.span = statementSpan
    callExitWithNones(line: statement.line)
    code.emitJump(.jump, to: end)

    // (exit exc)
    code.bind(handler)
    code.line = statement.line
    code.span = statementSpan
    code.pushHandler(cleanup)
    code.emit(.pushExceptionInfo)
    code.emit(.withExceptStart)
    code.emitJump(.popJumpIfTrue, to: suppress)
    code.emit(.reraise)
    code.bind(suppress)
    code.popHandler()
    // (exit previous exc): the exception is suppressed.
    code.emit(.pop)
    code.emit(.popExcept)
    code.emit(.pop)
    code.emitJump(.jump, to: end)
    code.bind(cleanup)
    emitCleanupReraise()
    code.bind(end)
  }
}
