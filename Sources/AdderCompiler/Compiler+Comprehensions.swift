import AdderSyntax

extension Compiler {
  /// List, set and dict comprehensions (and generator expressions, eagerly, as lists) compile
  /// inline: the result is built on the stack under the iterators, and iteration variables are
  /// hidden locals named like `<listcomp>.x.0` so they neither leak nor clobber outer names, or
  /// hidden cells (`comprehensionCellName`) when a lambda in the comprehension captures them.
  ///
  /// `callerSpan` is where the enclosing frame's traceback entry points while it runs: the
  /// comprehension, or for a generator expression the call that would consume it.
  func compileComprehension(
    _ clauses: [ComprehensionClause], kind: String, elements: [Expr], callerSpan: SourceSpan
  ) throws(SourceError) {
    let line = code.line
    var bodyStart = 0
    let isDict = elements.count == 2
    let isSet = kind == "<setcomp>"
    code.emit(isDict ? .buildDict : isSet ? .buildSet : .buildList, 0)
    // Captured variables are hidden cells, fresh for each run of the comprehension (CPython
    // runs it as a function call): the lambdas made in one run share the variable's cell.
    var allNames: Set<String> = []
    for clause in clauses { collectTargetNames(clause.target, into: &allNames) }
    for name in allNames.sorted() {
      if let index = code.cellNames.firstIndex(of: comprehensionCellName(name, clauses)) {
        code.emit(.makeCell, index)
      }
    }
    // The first iterable is evaluated in the enclosing scope, before any variable is hidden.
    comprehensions.append([:])
    defer { comprehensions.removeLast() }
    var exits: [(top: Label, exhausted: Label)] = []
    for (index, clause) in clauses.enumerated() {
      if index == 0 {
        let saved = comprehensions
        comprehensions.removeLast()
        try compileIterable(clause.iterable)
        comprehensions = saved
      } else {
        try compileIterable(clause.iterable)
      }
      code.line = clause.iterable.line
      code.emit(.getIterator)
      if index == 0 { bodyStart = code.instructions.count }
      let top = code.makeLabel()
      let exhausted = code.makeLabel()
      code.bind(top)
      code.emitJump(.forIterator, to: exhausted)
      var names: Set<String> = []
      collectTargetNames(clause.target, into: &names)
      for name in names.sorted() where comprehensions[comprehensions.count - 1][name] == nil {
        if let index = code.cellNames.firstIndex(of: comprehensionCellName(name, clauses)) {
          comprehensions[comprehensions.count - 1][name] = .cell(index)
        } else {
          comprehensions[comprehensions.count - 1][name] = .local(
            code.local("\(kind).\(name).\(hiddenCounter)"))
          hiddenCounter += 1
        }
      }
      try compileStore(clause.target)
      for condition in clause.conditions { try compileJump(condition, ifTrue: false, to: top) }
      exits.append((top, exhausted))
    }
    for element in elements { try compile(element) }
    code.line = line
    code.emit(isDict ? .dictInsert : isSet ? .setAdd : .listAppend, clauses.count + 1)
    for exit in exits.reversed() {
      code.emitJump(.jump, to: exit.top)
      code.bind(exit.exhausted)
    }
    code.inlinedFrames.append(
      InlinedFrame(
        name: kind, instructions: bodyStart..<code.instructions.count,
        line: callerSpan.line > 0 ? Int(callerSpan.line) : line, span: callerSpan))
  }
}
