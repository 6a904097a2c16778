import AdderSyntax

/// Parses and compiles a module to bytecode.
public func compileModule(source: String, filename: String) throws(SourceError) -> CodeObject {
  let module = try parseModule(source: source, filename: filename)
  return try compile(module)
}

/// Compiles a parsed module: scopes first (so cells are known up front), then code. Runs on a
/// large stack, like the parser, since both recurse per nesting level.
public func compile(_ module: Module) throws(SourceError) -> CodeObject {
  try withLargeStack { () throws(SourceError) -> CodeObject in try compileOnCurrentThread(module) }
}

private func compileOnCurrentThread(_ module: Module) throws(SourceError) -> CodeObject {
  let (moduleScope, scopes) = try SymbolTableBuilder.build(module)
  let compiler = Compiler(module: module, scopes: scopes, moduleScope: moduleScope)
  return try compiler.compileModuleBody()
}

/// Where a comprehension's iteration variable lives in the code it is compiled inline into.
enum ComprehensionVariable: Equatable {
  /// A hidden local slot.
  case local(Int)
  /// A hidden cell (deref index), when a lambda inside the comprehension captures the variable.
  case cell(Int)
}

/// One enclosing loop of the statement being compiled.
struct Loop {
  let continueTarget: Label
  let breakTarget: Label
  /// A `for` loop keeps its iterator on the stack; `break` and `return` must pop it.
  let isFor: Bool
}

/// The code generator. It compiles one code object at a time; nested functions save and
/// restore the per-code state around their own compilation.
final class Compiler {
  let module: Module
  let scopes: [ScopeKey: Scope]
  var scope: Scope
  var code: CodeBuilder
  /// The enclosing loops, `try`, `except` and `with` bodies of the statement being compiled.
  var blocks: [FrameBlock] = []
  /// Comprehension variables in scope, innermost last: name to where it lives.
  var comprehensions: [[String: ComprehensionVariable]] = []
  /// Numbers hidden comprehension locals so each is unique within its code object.
  var hiddenCounter = 0
  /// Recursion guard for deeply nested statements and expressions.
  var depth = 0
  /// The innermost class whose body (or a function in it) is being compiled: private names
  /// (`__x`) there are mangled with it (`_C__x`).
  var className: String? = nil

  init(module: Module, scopes: [ScopeKey: Scope], moduleScope: Scope) {
    self.module = module
    self.scopes = scopes
    self.scope = moduleScope
    self.code = CodeBuilder(
      name: "<module>", qualifiedName: "<module>", filename: module.filename, firstLine: 1,
      isModule: true)
  }

  func error(
    _ message: String, line: Int, column: Int, kind: SourceError.Kind = .syntax, endColumn: Int? = nil
  ) -> SourceError {
    SourceError(
      kind: kind, message: message, filename: module.filename, line: line, column: column,
      sourceLine: module.sourceLine(line), endColumn: endColumn)
  }

  /// An error underlining `expr` (to the end of its first line when it spans several).
  func error(_ message: String, at expr: Expr, kind: SourceError.Kind = .syntax) -> SourceError {
    error(
      message, line: expr.line, column: expr.column, kind: kind,
      endColumn: expr.endLine == expr.line ? expr.endColumn : Int.max)
  }

  /// An error underlining the whole of `statement`'s first line.
  func error(_ message: String, at statement: Stmt) -> SourceError {
    error(
      message, line: statement.line, column: statement.column,
      endColumn: statement.endLine == statement.line ? statement.endColumn : Int.max)
  }

  func compileModuleBody() throws(SourceError) -> CodeObject {
    // Module code has cells only for comprehension variables that lambdas capture.
    code.cellNames = scope.cells
    // As CPython's SETUP_ANNOTATIONS: a module with annotations gets its __annotations__ dict first.
    if Compiler.hasAnnotations(module.body) {
      code.emit(.buildDict, 0)
      store("__annotations__")
    }
    // A docstring is the module's __doc__ (the runner sets it to None before).
    var body = module.body[...]
    if let first = body.first, case .expression(let expr) = first.kind, case .string(let text) = expr.kind {
      code.line = first.line
      code.loadConstant(.string(text))
      store("__doc__")
      body = body.dropFirst()
    }
    try compileBody(Array(body))
    code.loadConstant(.none)
    code.emit(.returnValue)
    return code.finish(
      parameterCount: 0, keywordOnlyCount: 0, defaultCount: 0, varArgsSlot: nil,
      varKeywordsSlot: nil, cellParameterSlots: scope.cells.map { _ in nil })
  }

  func compileBody(_ statements: [Stmt]) throws(SourceError) {
    for statement in statements { try compile(statement) }
  }

  // MARK: Names

  /// CPython's private name mangling: `__x` (not `__x__`) written inside class `C` is `_C__x`
  /// (leading underscores of the class name dropped; a name of underscores only mangles nothing).
  /// Attribute names and the class body's own names are mangled.
  func mangled(_ name: String) -> String {
    guard let className, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = className.drop { $0 == "_" }
    return stripped.isEmpty ? name : "_" + stripped + name
  }

  /// An attribute name's index, mangled.
  func attributeName(_ name: String) -> Int { code.name(mangled(name)) }

  /// A local's slot; in a class body (whose locals are the class's names) the name is mangled.
  func localSlot(_ name: String) -> Int { code.local(scope.isClass ? mangled(name) : name) }

  func load(_ name: String) {
    for level in comprehensions.reversed() {
      switch level[name] {
      case .local(let slot)?:
        code.emit(.loadFast, slot)
        return
      case .cell(let index)?:
        code.emit(.loadDeref, index)
        return
      case nil:
        continue
      }
    }
    let name = scope.aliases[name] ?? name
    // A comprehension in a class body is a scope of its own in CPython, and class scopes are
    // invisible to nested scopes: the class's names are globals there.
    if scope.isClass && !comprehensions.isEmpty && scope.resolve(name) == .local {
      code.emit(.loadGlobal, code.name(name))
      return
    }
    switch scope.resolve(name) {
    case .local: code.emit(.loadFast, localSlot(name))
    case .global: code.emit(.loadGlobal, code.name(name))
    case .cell, .free: code.emit(.loadDeref, code.derefIndex(name) ?? 0)
    }
  }

  func store(_ name: String) {
    for level in comprehensions.reversed() {
      switch level[name] {
      case .local(let slot)?:
        code.emit(.storeFast, slot)
        return
      case .cell(let index)?:
        code.emit(.storeDeref, index)
        return
      case nil:
        continue
      }
    }
    let name = scope.aliases[name] ?? name
    switch scope.resolve(name) {
    case .local: code.emit(.storeFast, localSlot(name))
    case .global: code.emit(.storeGlobal, code.name(name))
    case .cell, .free: code.emit(.storeDeref, code.derefIndex(name) ?? 0)
    }
  }

  /// Walrus targets skip comprehension variables: they bind in the enclosing scope.
  func storeOutsideComprehensions(_ name: String) {
    let saved = comprehensions
    comprehensions = []
    store(name)
    comprehensions = saved
  }

  func delete(_ name: String, at expr: Expr) throws(SourceError) {
    switch scope.resolve(name) {
    case .local: code.emit(.deleteFast, localSlot(name))
    case .global: code.emit(.deleteGlobal, code.name(name))
    case .cell, .free:
      throw error("deleting a variable captured by an inner function", at: expr, kind: .unsupported)
    }
  }

  // MARK: Functions

  /// Compiles a function or lambda: defaults, its code object, the closure, makeFunction.
  /// Leaves the function on the stack.
  func compileFunction(
    name: String, parameters: Parameters, key: ScopeKey,
    body: (Compiler) throws(SourceError) -> Void
  ) throws(SourceError) {
    let defaults = parameters.positional.compactMap(\.defaultValue)
    for value in defaults { try compile(value) }
    let keywordDefaults = parameters.keywordOnly.enumerated().compactMap { index, parameter in
      parameter.defaultValue.map { (index, $0) }
    }
    for (_, value) in keywordDefaults { try compile(value) }
    guard let child = scopes[key] else {
      throw error("internal error: no scope for \(name)", line: key.line, column: key.column)
    }
    let builder = CodeBuilder(
      name: name, qualifiedName: child.qualifiedName, filename: module.filename,
      firstLine: key.line, isModule: false)
    for parameter in parameters.allNames { _ = builder.local(parameter) }
    builder.cellNames = child.cells
    builder.freeNames = child.frees

    let saved = (scope, code, blocks, comprehensions, hiddenCounter)
    (scope, code, blocks, comprehensions, hiddenCounter) = (child, builder, [], [], 0)
    try body(self)
    let positionalCount = parameters.positional.count
    let keywordOnlyCount = parameters.keywordOnly.count
    let varArgsSlot = parameters.varArgs.map { _ in positionalCount + keywordOnlyCount }
    let varKeywordsSlot = parameters.varKeywords.map { _ in
      positionalCount + keywordOnlyCount + (parameters.varArgs == nil ? 0 : 1)
    }
    let childCode = builder.finish(
      parameterCount: positionalCount, keywordOnlyCount: keywordOnlyCount,
      defaultCount: defaults.count, varArgsSlot: varArgsSlot, varKeywordsSlot: varKeywordsSlot,
      cellParameterSlots: child.cells.map { builder.localIndex[$0] },
      keywordOnlyDefaults: keywordDefaults.map(\.0))
    (scope, code, blocks, comprehensions, hiddenCounter) = saved

    if !child.frees.isEmpty {
      for free in child.frees { code.emit(.loadClosure, code.derefIndex(free) ?? 0) }
      code.emit(.buildTuple, child.frees.count)
    }
    code.emit(.makeFunction, code.constant(.code(childCode)))
  }
}
