import AdderSyntax

/// Where a name lives, as seen from one scope.
enum NameScope: Equatable {
  /// A fast local slot.
  case local
  /// A module global (falls back to builtins when loading).
  case global
  /// A cell of this scope (a local captured by an inner function).
  case cell
  /// A variable of an enclosing function, reached through the closure.
  case free
}

/// The names of one module, function or lambda body, and how each resolves.
final class Scope {
  let isModule: Bool
  /// A class body: its names are the class's namespace, invisible to the functions inside it
  /// (only `__class__`, for `super()`, is passed down to them as a cell).
  var isClass = false
  let name: String
  let qualifiedName: String
  let parent: Scope?
  var parameters: [String] = []
  /// Names bound here (assigned, parameters, imports, defs, for targets, walrus targets...).
  var bound: Set<String> = []
  var globals: Set<String> = []
  var nonlocals: Set<String> = []
  /// Names read here outside any comprehension binding of the same name.
  var used: Set<String> = []
  /// Locals captured by inner scopes, in the order they were found.
  var cells: [String] = []
  /// Variables of enclosing functions used here or passed through to inner scopes.
  var frees: [String] = []
  /// Where each `nonlocal` name was declared, for the "no binding" error.
  /// The `nonlocal` statement declaring each name, for its error.
  var nonlocalSites: [String: Stmt] = [:]
  /// The comprehension variables in scope where this function or lambda is defined (in its
  /// parent's body), innermost comprehension winning: name to the hidden cell name the parent
  /// gives the variable if an inner scope captures it.
  var comprehensionVariables: [String: String] = [:]
  /// Free variables that are comprehension variables of an enclosing scope: the name used in
  /// the source to the hidden cell name it is reached by (in `frees`).
  var aliases: [String: String] = [:]

  init(isModule: Bool, name: String, qualifiedName: String, parent: Scope?) {
    self.isModule = isModule
    self.name = name
    self.qualifiedName = qualifiedName
    self.parent = parent
  }

  func resolve(_ name: String) -> NameScope {
    if isModule { return .global }
    if globals.contains(name) { return .global }
    if cells.contains(name) { return .cell }
    // A class body passes an enclosing function's variable through to its methods as a free
    // variable, but a name the body itself binds is the class's own (`y = 'cls'` makes a class
    // attribute and leaves the function's `y` alone), as CPython's class namespaces do.
    if frees.contains(name) { return isClass && bound.contains(name) ? .local : .free }
    if bound.contains(name) { return .local }
    return .global
  }

  func addCell(_ name: String) {
    if !cells.contains(name) { cells.append(name) }
  }

  func addFree(_ name: String) {
    if !frees.contains(name) { frees.append(name) }
  }

  /// True when `name` is a local variable (or cell) of this function scope.
  func bindsLocally(_ name: String) -> Bool {
    !isModule && bound.contains(name) && !globals.contains(name) && !nonlocals.contains(name)
  }
}

/// Position of a `def` statement or `lambda` expression: the key of its scope.
struct ScopeKey: Hashable {
  let line: Int
  let column: Int
}

/// Builds every scope of a module before code generation, so the compiler knows which locals
/// become cells and which names are free before it emits a function's first instruction.
struct SymbolTableBuilder {
  let module: Module
  var scopes: [ScopeKey: Scope] = [:]
  var current: Scope
  /// Names bound by the comprehensions being visited, innermost last, each to its hidden cell
  /// name (see `comprehensionCellName`).
  var comprehensionNames: [[String: String]] = []
  /// Every function scope, in creation order (parents before children).
  var functionScopes: [Scope] = []

  init(module: Module) {
    self.module = module
    self.current = Scope(isModule: true, name: "<module>", qualifiedName: "<module>", parent: nil)
  }

  func error(
    _ message: String, line: Int, column: Int, kind: SourceError.Kind = .syntax, endColumn: Int? = nil
  ) -> SourceError {
    SourceError(
      kind: kind, message: message, filename: module.filename, line: line, column: column,
      sourceLine: module.sourceLine(line), endColumn: endColumn)
  }

  /// Builds and resolves all scopes; returns the module scope and the function scopes by key.
  static func build(_ module: Module) throws(SourceError) -> (Scope, [ScopeKey: Scope]) {
    var builder = SymbolTableBuilder(module: module)
    let moduleScope = builder.current
    for statement in module.body { try builder.visit(statement) }
    try builder.resolveFreeVariables()
    return (moduleScope, builder.scopes)
  }

  /// Marks cells and free variables: a name a function uses without binding it is free if an
  /// enclosing function binds it, and that function's local becomes a cell.
  mutating func resolveFreeVariables() throws(SourceError) {
    for scope in functionScopes {
      for name in scope.nonlocals.sorted() where !link(name, from: scope) {
        let site = scope.nonlocalSites[name]
        throw error(
          "no binding for nonlocal '\(name)' found", line: site?.line ?? 1, column: site?.column ?? 1,
          endColumn: site.map { $0.endLine == $0.line ? $0.endColumn : Int.max })
      }
      for name in scope.used.sorted()
      where !scope.bound.contains(name) && !scope.globals.contains(name) {
        _ = link(name, from: scope)
      }
      // Zero-argument super() reads the class the method was defined in from a `__class__`
      // cell of the class body, as in CPython.
      if !scope.isClass && (scope.used.contains("super") || scope.used.contains("__class__")) {
        _ = link("__class__", from: scope)
      }
    }
  }

  /// Finds the enclosing function that binds `name` and threads it through as free variables.
  /// Returns false when no enclosing function binds it (then it is a global).
  ///
  /// A comprehension around the definition of a scope binds its variables closer than the
  /// enclosing function (or module) does: such a variable becomes a hidden cell of the code
  /// the comprehension is compiled inline into, and the scopes in between reach it by that
  /// hidden name (`aliases`).
  private func link(_ name: String, from scope: Scope) -> Bool {
    var chain: [Scope] = [scope]
    var inner = scope
    while let enclosing = inner.parent {
      if let hidden = inner.comprehensionVariables[name] {
        enclosing.addCell(hidden)
        for member in chain {
          member.addFree(hidden)
          member.aliases[name] = hidden
        }
        return true
      }
      if enclosing.isModule || enclosing.globals.contains(name) { return false }
      if enclosing.isClass && name == "__class__" {
        enclosing.addCell(name)
        for member in chain { member.addFree(name) }
        return true
      }
      if enclosing.bindsLocally(name) && !enclosing.isClass {
        enclosing.addCell(name)
        for member in chain { member.addFree(name) }
        return true
      }
      chain.append(enclosing)
      inner = enclosing
    }
    return false
  }
}

/// The hidden cell name of comprehension variable `name` when a lambda inside the comprehension
/// captures it: unique within the enclosing code, since no two comprehensions' first targets
/// start at the same place. The symbol table and the code generator both derive it.
func comprehensionCellName(_ name: String, _ clauses: [ComprehensionClause]) -> String {
  let target = clauses[0].target
  return "<comprehension \(target.line):\(target.column)>.\(name)"
}
