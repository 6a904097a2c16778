/// The syntax tree of one module. Every node carries the 1-based line and column of its first
/// token; the compiler uses the line for its line table and both for compile-time errors.
public struct Module: Sendable {
  public var body: [Stmt]
  public var filename: String
  /// The module's physical lines, so later stages can quote them in `SourceError`s.
  public var sourceLines: [String]

  public init(body: [Stmt], filename: String, sourceLines: [String]) {
    self.body = body
    self.filename = filename
    self.sourceLines = sourceLines
  }

  /// The text of line `number` (1-based), or "" when out of range.
  public func sourceLine(_ number: Int) -> String {
    number >= 1 && number <= sourceLines.count ? sourceLines[number - 1] : ""
  }
}

public struct Expr: Sendable {
  public var kind: ExprKind
  public var line: Int
  public var column: Int
  /// Where the expression ends (exclusive column, 1-based), as CPython's `end_lineno` and
  /// `end_col_offset`: tracebacks underline from `column` to here.
  public var endLine: Int
  public var endColumn: Int
  /// Where the expression starts counting the parentheses around it: a parenthesized `(a)` keeps
  /// `a`'s own position (as in CPython's AST), but `(a) + b` starts at the parenthesis.
  public var outerLine: Int
  public var outerColumn: Int

  public init(_ kind: ExprKind, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
    self.kind = kind
    self.line = line
    self.column = column
    self.endLine = endLine ?? line
    self.endColumn = endColumn ?? column + 1
    self.outerLine = line
    self.outerColumn = column
  }
}

public indirect enum ExprKind: Sendable {
  case name(String)
  /// Digits without underscores; base prefixes (`0x`, `0o`, `0b`) are lowercase.
  case int(String)
  case float(Double)
  case string(String)
  /// An f-string (possibly concatenated with plain literals): its pieces in order.
  case formattedString([FStringPart])
  case bool(Bool)
  case none
  case ellipsis
  case unary(UnaryOperator, Expr)
  case binary(Expr, BinaryOperator, Expr)
  /// `a and b and c` / `a or b`: two or more operands.
  case boolean(BooleanOperator, [Expr])
  /// `a < b <= c`: the first operand, then each operator with its right operand.
  case compare(Expr, [Comparison])
  case conditional(test: Expr, body: Expr, orElse: Expr)
  /// `name := value`
  case namedExpr(name: String, value: Expr)
  case call(Expr, [Argument])
  case attribute(Expr, String)
  case subscription(Expr, Expr)
  /// Only directly inside a subscript (possibly inside its tuple).
  case slice(lower: Expr?, upper: Expr?, step: Expr?)
  case starred(Expr)
  case tuple([Expr])
  case list([Expr])
  case dict([DictItem])
  case listComprehension(Expr, [ComprehensionClause])
  case dictComprehension(key: Expr, value: Expr, [ComprehensionClause])
  case set([Expr])
  case setComprehension(Expr, [ComprehensionClause])
  /// Compiled eagerly, as a list comprehension (Adder has no generators yet).
  case generator(Expr, [ComprehensionClause])
  case lambda(Parameters, Expr)
}

public indirect enum FStringPart: Sendable {
  case literal(String)
  /// `{value!conversion:spec}`; conversion is "s", "r", "a" or nil.
  case field(value: Expr, conversion: Character?, spec: [FStringPart]?)
}

public enum UnaryOperator: String, Sendable { case negative = "-", positive = "+", invert = "~", not }

public enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//"
  case modulo = "%", power = "**", leftShift = "<<", rightShift = ">>", bitAnd = "&"
  case bitOr = "|", bitXor = "^", matrixMultiply = "@"
}

public enum BooleanOperator: String, Sendable { case and, or }

public enum CompareOperator: String, Sendable {
  case less = "<", lessEqual = "<=", equal = "==", notEqual = "!=", greater = ">"
  case greaterEqual = ">=", `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

public struct Comparison: Sendable {
  public var op: CompareOperator
  public var right: Expr
}

public enum Argument: Sendable {
  case positional(Expr)
  /// `*iterable`
  case starred(Expr)
  case keyword(String, Expr)
  /// `**mapping`
  case doubleStarred(Expr)
}

public enum DictItem: Sendable {
  case pair(Expr, Expr)
  /// `**mapping`
  case unpack(Expr)
}

/// One `for target in iterable if cond...` clause of a comprehension.
public struct ComprehensionClause: Sendable {
  public var target: Expr
  public var iterable: Expr
  public var conditions: [Expr]
}

public struct Parameter: Sendable {
  public var name: String
  public var defaultValue: Expr?
  public var line: Int
  public var column: Int
}

public struct Parameters: Sendable {
  public var positional: [Parameter] = []
  public var varArgs: Parameter?
  public var keywordOnly: [Parameter] = []
  public var varKeywords: Parameter?

  public init() {}

  /// Every parameter name in local-slot order.
  public var allNames: [String] {
    positional.map(\.name) + keywordOnly.map(\.name) + [varArgs, varKeywords].compactMap { $0?.name }
  }
}

public struct Stmt: Sendable {
  public var kind: StmtKind
  public var line: Int
  public var column: Int
  /// Where the statement's last token ends (exclusive column, 1-based); a compound statement
  /// ends with its body.
  public var endLine: Int
  public var endColumn: Int

  public init(_ kind: StmtKind, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
    self.kind = kind
    self.line = line
    self.column = column
    self.endLine = endLine ?? line
    self.endColumn = endColumn ?? column + 1
  }
}

public struct FunctionDef: Sendable {
  public var name: String
  public var parameters: Parameters
  public var body: [Stmt]
  /// `@d` lines above the `def`, top to bottom (applied bottom-up).
  public var decorators: [Expr] = []
}

/// `class Name(bases): body`, with its decorators top to bottom.
public struct ClassDef: Sendable {
  public var name: String
  public var bases: [Expr]
  public var body: [Stmt]
  public var decorators: [Expr] = []
}

/// One `except [type [as name]]:` clause of a try statement.
public struct ExceptHandler: Sendable {
  public var type: Expr?
  public var name: String?
  public var body: [Stmt]
  public var line: Int
  public var column: Int
}

/// One `context [as target]` of a with statement.
public struct WithItem: Sendable {
  public var context: Expr
  public var target: Expr?
}

public struct ImportAlias: Sendable {
  public var name: String
  public var asName: String?
}

public indirect enum StmtKind: Sendable {
  case expression(Expr)
  /// `a = b = value`: targets left to right.
  case assign(targets: [Expr], value: Expr)
  case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
  /// The annotation is evaluated at module level only (see `compileAnnotatedAssignment`).
  case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
  case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
  case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
  case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
  case `break`
  case `continue`
  case pass
  case functionDef(FunctionDef)
  case `return`(Expr?)
  case global([String])
  case nonlocal([String])
  case delete([Expr])
  case assert(test: Expr, message: Expr?)
  /// `raise`, `raise exc`, `raise exc from cause`.
  case raise(Expr?, cause: Expr?)
  case classDef(ClassDef)
  case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
  case with(items: [WithItem], body: [Stmt])
  case `import`([ImportAlias])
  case importFrom(module: String, names: [ImportAlias])
}
