import AdderSyntax

/// The collecting walk: records bindings, uses and declarations per scope. It visits children
/// in the order the code generator compiles them, though scopes are keyed by position anyway.
extension SymbolTableBuilder {
  mutating func visit(_ statement: Stmt) throws(SourceError) {
    switch statement.kind {
    case .expression(let expr):
      try visit(expr)
    case .assign(let targets, let value):
      try visit(value)
      for target in targets { try bindTarget(target) }
    case .augmentedAssign(let target, _, let value):
      if case .name(let name) = target.kind { use(name) }
      try bindTarget(target)
      try visit(value)
    case .annotatedAssign(let target, _, let value):
      if let value { try visit(value) }
      if case .name(let name) = target.kind, value == nil {
        // A bare annotation still makes the name local, as in CPython.
        bind(name)
      } else {
        try bindTarget(target)
      }
    case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
      try visit(test)
      for child in body + orElse { try visit(child) }
    case .for(let target, let iterable, let body, let orElse):
      try visit(iterable)
      try bindTarget(target)
      for child in body + orElse { try visit(child) }
    case .break, .continue, .pass:
      break
    case .functionDef(let definition):
      for decorator in definition.decorators { try visit(decorator) }
      for parameter in definition.parameters.positional + definition.parameters.keywordOnly {
        if let value = parameter.defaultValue { try visit(value) }
      }
      bind(definition.name)
      let body = definition.body
      try visitFunction(
        name: definition.name, parameters: definition.parameters,
        key: ScopeKey(line: statement.line, column: statement.column)
      ) { (builder: inout SymbolTableBuilder) throws(SourceError) in
        for child in body { try builder.visit(child) }
      }
    case .return(let value):
      if let value { try visit(value) }
    case .global(let names):
      for name in names { try declare(name, global: true, at: statement) }
    case .nonlocal(let names):
      if current.isModule {
        throw error(
          "nonlocal declaration not allowed at module level", line: statement.line,
          column: statement.column)
      }
      for name in names { try declare(name, global: false, at: statement) }
    case .delete(let targets):
      for target in targets { try bindTarget(target) }
    case .assert(let test, let message):
      try visit(test)
      if let message { try visit(message) }
    case .raise(let exception, let cause):
      if let exception { try visit(exception) }
      if let cause { try visit(cause) }
    case .classDef(let definition):
      for decorator in definition.decorators { try visit(decorator) }
      for base in definition.bases { try visit(base) }
      bind(definition.name)
      let body = definition.body
      try visitFunction(
        name: definition.name, parameters: Parameters(),
        key: ScopeKey(line: statement.line, column: statement.column), isClass: true
      ) { (builder: inout SymbolTableBuilder) throws(SourceError) in
        for child in body { try builder.visit(child) }
      }
    case .try(let body, let handlers, let orElse, let final):
      for child in body { try visit(child) }
      for handler in handlers {
        if let type = handler.type { try visit(type) }
        if let name = handler.name { bind(name) }
        for child in handler.body { try visit(child) }
      }
      for child in orElse + final { try visit(child) }
    case .with(let items, let body):
      for item in items {
        try visit(item.context)
        if let target = item.target { try bindTarget(target) }
      }
      for child in body { try visit(child) }
    case .import(let aliases):
      for alias in aliases { bind(alias.asName ?? alias.name) }
    case .importFrom(_, let aliases):
      for alias in aliases { bind(alias.asName ?? alias.name) }
    }
  }

  /// `global`/`nonlocal` with CPython's checks on earlier uses of the name.
  private mutating func declare(_ name: String, global: Bool, at statement: Stmt) throws(SourceError) {
    let kind = global ? "global" : "nonlocal"
    let module = self.module
    let fail = { (message: String) in
      SourceError(
        kind: .syntax, message: message, filename: module.filename, line: statement.line,
        column: statement.column, sourceLine: module.sourceLine(statement.line))
    }
    if current.parameters.contains(name) { throw fail("name '\(name)' is parameter and \(kind)") }
    if global ? current.nonlocals.contains(name) : current.globals.contains(name) {
      throw fail("name '\(name)' is nonlocal and global")
    }
    if current.bound.contains(name) && !(global ? current.globals : current.nonlocals).contains(name) {
      throw fail("name '\(name)' is assigned to before \(kind) declaration")
    }
    if current.used.contains(name) && !(global ? current.globals : current.nonlocals).contains(name) {
      throw fail("name '\(name)' is used prior to \(kind) declaration")
    }
    if global {
      current.globals.insert(name)
    } else {
      current.nonlocals.insert(name)
      current.nonlocalSites[name] = statement
    }
  }

  func isComprehensionVariable(_ name: String) -> Bool {
    comprehensionNames.contains { $0[name] != nil }
  }

  mutating func use(_ name: String) {
    if isComprehensionVariable(name) { return }
    current.used.insert(name)
  }

  mutating func bind(_ name: String) { current.bound.insert(name) }

  /// Records the names an assignment target binds and visits the expressions it evaluates.
  mutating func bindTarget(_ target: Expr) throws(SourceError) {
    switch target.kind {
    case .name(let name):
      if isComprehensionVariable(name) { return }
      bind(name)
    case .tuple(let items), .list(let items):
      for item in items { try bindTarget(item) }
    case .starred(let inner):
      try bindTarget(inner)
    case .attribute(let object, _):
      try visit(object)
    case .subscription(let object, let index):
      try visit(object)
      try visit(index)
    default:
      try visit(target)
    }
  }

  /// Creates the scope of a function or lambda and visits its body inside it.
  mutating func visitFunction(
    name: String, parameters: Parameters, key: ScopeKey, isClass: Bool = false,
    body: (inout SymbolTableBuilder) throws(SourceError) -> Void
  ) throws(SourceError) {
    let parent = current
    var prefix = ""
    if parent.isClass {
      prefix = parent.qualifiedName + "."
    } else if !parent.isModule && !parent.globals.contains(name) {
      prefix = parent.qualifiedName + ".<locals>."
    }
    let scope = Scope(isModule: false, name: name, qualifiedName: prefix + name, parent: parent)
    scope.isClass = isClass
    scope.parameters = parameters.allNames
    scope.bound = Set(scope.parameters)
    for names in comprehensionNames { scope.comprehensionVariables.merge(names) { $1 } }
    scopes[key] = scope
    functionScopes.append(scope)

    let savedComprehensions = comprehensionNames
    comprehensionNames = []
    current = scope
    try body(&self)
    current = parent
    comprehensionNames = savedComprehensions
  }

  mutating func visit(_ expr: Expr) throws(SourceError) {
    switch expr.kind {
    case .name(let name):
      use(name)
    case .int, .float, .string, .bool, .none, .ellipsis:
      break
    case .formattedString(let parts):
      try visitParts(parts)
    case .unary(_, let operand), .starred(let operand), .attribute(let operand, _):
      try visit(operand)
    case .binary(let left, _, let right), .subscription(let left, let right):
      try visit(left)
      try visit(right)
    case .boolean(_, let operands), .tuple(let operands), .list(let operands), .set(let operands):
      for operand in operands { try visit(operand) }
    case .compare(let first, let comparisons):
      try visit(first)
      for comparison in comparisons { try visit(comparison.right) }
    case .conditional(let test, let body, let orElse):
      try visit(test)
      try visit(body)
      try visit(orElse)
    case .namedExpr(let name, let value):
      try visit(value)
      if isComprehensionVariable(name) {
        throw error(
          "assignment expression cannot rebind comprehension iteration variable '\(name)'",
          line: expr.line, column: expr.column)
      }
      bind(name)
    case .call(let function, let arguments):
      try visit(function)
      for argument in arguments {
        switch argument {
        case .positional(let value), .starred(let value), .keyword(_, let value),
          .doubleStarred(let value):
          try visit(value)
        }
      }
    case .slice(let lower, let upper, let step):
      for part in [lower, upper, step] { if let part { try visit(part) } }
    case .dict(let items):
      for item in items {
        switch item {
        case .pair(let key, let value):
          try visit(key)
          try visit(value)
        case .unpack(let mapping):
          try visit(mapping)
        }
      }
    case .listComprehension(let element, let clauses), .generator(let element, let clauses),
      .setComprehension(let element, let clauses):
      try visitComprehension(clauses, elements: [element])
    case .dictComprehension(let key, let value, let clauses):
      try visitComprehension(clauses, elements: [key, value])
    case .lambda(let parameters, let body):
      for parameter in parameters.positional + parameters.keywordOnly {
        if let value = parameter.defaultValue { try visit(value) }
      }
      try visitFunction(
        name: "<lambda>", parameters: parameters, key: ScopeKey(line: expr.line, column: expr.column)
      ) { (builder: inout SymbolTableBuilder) throws(SourceError) in try builder.visit(body) }
    }
  }

  private mutating func visitParts(_ parts: [FStringPart]) throws(SourceError) {
    for part in parts {
      if case .field(let value, _, let spec) = part {
        try visit(value)
        if let spec { try visitParts(spec) }
      }
    }
  }

  /// The first iterable belongs to the enclosing scope; everything after it sees the
  /// comprehension's own variables.
  private mutating func visitComprehension(
    _ clauses: [ComprehensionClause], elements: [Expr]
  ) throws(SourceError) {
    let saved = comprehensionNames
    comprehensionNames.append([:])
    for clause in clauses {
      try visit(clause.iterable)
      var names: Set<String> = []
      collectTargetNames(clause.target, into: &names)
      for name in names {
        comprehensionNames[comprehensionNames.count - 1][name] = comprehensionCellName(name, clauses)
      }
      try bindTarget(clause.target)
      for condition in clause.conditions { try visit(condition) }
    }
    for element in elements { try visit(element) }
    comprehensionNames = saved
  }
}

/// The plain names an assignment target binds.
func collectTargetNames(_ target: Expr, into names: inout Set<String>) {
  switch target.kind {
  case .name(let name): names.insert(name)
  case .tuple(let items), .list(let items):
    for item in items { collectTargetNames(item, into: &names) }
  case .starred(let inner): collectTargetNames(inner, into: &names)
  default: break
  }
}
