import Testing

@testable import AdderSyntax

/// A compact S-expression of an expression, for precedence checks.
private func sexp(_ expr: Expr) -> String {
  switch expr.kind {
  case .name(let name): return name
  case .int(let digits): return digits
  case .float(let value): return "\(value)"
  case .string(let text): return "'\(text)'"
  case .bool(let value): return value ? "True" : "False"
  case .none: return "None"
  case .ellipsis: return "..."
  case .unary(let op, let operand): return "(\(op.rawValue) \(sexp(operand)))"
  case .binary(let left, let op, let right): return "(\(op.rawValue) \(sexp(left)) \(sexp(right)))"
  case .boolean(let op, let operands):
    return "(\(op.rawValue) " + operands.map(sexp).joined(separator: " ") + ")"
  case .compare(let first, let comparisons):
    return "(cmp \(sexp(first))" + comparisons.map { " \($0.op.rawValue) \(sexp($0.right))" }.joined() + ")"
  case .conditional(let test, let body, let orElse): return "(if \(sexp(test)) \(sexp(body)) \(sexp(orElse)))"
  case .namedExpr(let name, let value): return "(:= \(name) \(sexp(value)))"
  case .call(let function, let arguments):
    let rendered = arguments.map { argument -> String in
      switch argument {
      case .positional(let value): return sexp(value)
      case .starred(let value): return "*" + sexp(value)
      case .keyword(let name, let value): return "\(name)=" + sexp(value)
      case .doubleStarred(let value): return "**" + sexp(value)
      }
    }
    return "(call \(sexp(function))" + rendered.map { " " + $0 }.joined() + ")"
  case .attribute(let object, let name): return "(. \(sexp(object)) \(name))"
  case .subscription(let object, let index): return "([] \(sexp(object)) \(sexp(index)))"
  case .slice(let lower, let upper, let step):
    return "(slice \(lower.map(sexp) ?? "_") \(upper.map(sexp) ?? "_") \(step.map(sexp) ?? "_"))"
  case .starred(let value): return "*" + sexp(value)
  case .tuple(let items): return "(tuple" + items.map { " " + sexp($0) }.joined() + ")"
  case .list(let items): return "[" + items.map(sexp).joined(separator: " ") + "]"
  case .dict(let items): return "{dict \(items.count)}"
  case .set(let items): return "{set" + items.map { " " + sexp($0) }.joined() + "}"
  case .setComprehension(let element, let clauses): return "(setcomp \(sexp(element)) \(clauses.count))"
  case .listComprehension(let element, let clauses): return "(listcomp \(sexp(element)) \(clauses.count))"
  case .dictComprehension(_, _, let clauses): return "(dictcomp \(clauses.count))"
  case .generator(let element, let clauses): return "(genexp \(sexp(element)) \(clauses.count))"
  case .lambda(let parameters, let body): return "(lambda \(parameters.allNames) \(sexp(body)))"
  case .formattedString(let parts): return "(f \(parts.count))"
  }
}

private func parseExpression(_ source: String) throws -> String {
  let module = try parseModule(source: source, filename: "t.py")
  guard case .expression(let expr) = module.body.first?.kind else { return "?" }
  return sexp(expr)
}

private func syntaxError(_ source: String) -> SourceError? {
  do {
    _ = try parseModule(source: source, filename: "t.py")
    return nil
  } catch {
    return error
  }
}

@Test func arithmeticPrecedenceAndAssociativity() throws {
  #expect(try parseExpression("1 + 2 * 3") == "(+ 1 (* 2 3))")
  #expect(try parseExpression("1 - 2 - 3") == "(- (- 1 2) 3)")
  #expect(try parseExpression("2 ** 3 ** 2") == "(** 2 (** 3 2))")
  #expect(try parseExpression("-2 ** 2") == "(- (** 2 2))")
  #expect(try parseExpression("2 ** -1") == "(** 2 (- 1))")
  #expect(try parseExpression("a | b ^ c & d << e + f") == "(| a (^ b (& c (<< d (+ e f)))))")
  #expect(try parseExpression("~a // b % c") == "(% (// (~ a) b) c)")
}

@Test func logicalAndComparisonPrecedence() throws {
  #expect(try parseExpression("not a == b and c or d") == "(or (and (not (cmp a == b)) c) d)")
  #expect(try parseExpression("a < b <= c is not d not in e") == "(cmp a < b <= c is not d not in e)")
  #expect(try parseExpression("a if b else c if d else e") == "(if b a (if d c e))")
  #expect(try parseExpression("(y := 3 + 1)") == "(:= y (+ 3 1))")
  #expect(try parseExpression("lambda x, y=1: x + y") == "(lambda [\"x\", \"y\"] (+ x y))")
}

@Test func primariesAndDisplays() throws {
  #expect(
    try parseExpression("o.m(1, *a, k=2, **d)[1:2, ::3].x")
      == "(. ([] (call (. o m) 1 *a k=2 **d) (tuple (slice 1 2 _) (slice _ _ 3))) x)")
  #expect(try parseExpression("a[1, 2]") == "([] a (tuple 1 2))")
  #expect(try parseExpression("()") == "(tuple)")
  #expect(try parseExpression("1,") == "(tuple 1)")
  #expect(try parseExpression("(1)") == "1")
  #expect(try parseExpression("[*a, 1]") == "[*a 1]")
  #expect(try parseExpression("{**a, 'k': 1}") == "{dict 2}")
  #expect(try parseExpression("[x for x in y if x for z in x]") == "(listcomp x 2)")
  #expect(try parseExpression("{1, *a}") == "{set 1 *a}")
  #expect(try parseExpression("{x for x in y}") == "(setcomp x 1)")
  #expect(try parseExpression("f(x for x in y)") == "(call f (genexp x 1))")
  #expect(try parseExpression("...") == "...")
}

@Test func stringConcatenationAndFStrings() throws {
  #expect(try parseExpression("'a' \"b\" '''c'''") == "'abc'")
  let module = try parseModule(source: "f'{x!r:>{w}} {y=} {{z}}' 'tail'", filename: "t.py")
  guard case .expression(let expr) = module.body[0].kind, case .formattedString(let parts) = expr.kind else {
    Issue.record("not an f-string")
    return
  }
  #expect(parts.count == 4)
  if case .field(let value, let conversion, let spec) = parts[0] {
    #expect(sexp(value) == "x")
    #expect(conversion == "r")
    #expect(spec?.count == 2)
  } else {
    Issue.record("first part should be a field")
  }
  if case .literal(let text) = parts[1] { #expect(text == " y=") }
  if case .field(_, let conversion, let spec) = parts[2] {
    #expect(conversion == "r")
    #expect(spec == nil)
  }
  if case .literal(let text) = parts[3] { #expect(text == " {z}tail") }
  // A self-documenting field with a spec formats (no repr).
  let withSpec = try parseModule(source: "f'{x = :>5}'", filename: "t.py")
  guard case .expression(let e2) = withSpec.body[0].kind, case .formattedString(let p2) = e2.kind else {
    Issue.record("not an f-string")
    return
  }
  #expect(p2.count == 2)
  if case .literal(let text) = p2.first { #expect(text == "x = ") }
  if case .field(_, let conversion, _) = p2.last { #expect(conversion == nil) }
}

@Test func statementForms() throws {
  let source = """
    a, *b = c = d
    x: int = 1
    y: int
    n += 1
    if a: pass
    elif b: pass
    else: pass
    while x: break
    for i, j in k: continue
    def f(a, b=1, *args, c, d=2, **kw): return
    del a[0], b.c
    assert x, 'm'
    raise
    import m as n
    from m import a, b as c
    global g; nonlocal_name = 1
    """
  let module = try parseModule(source: source, filename: "t.py")
  #expect(module.body.count == 15)
  guard case .assign(let targets, _) = module.body[0].kind else {
    Issue.record("assignment expected")
    return
  }
  #expect(targets.count == 2)
  if case .functionDef(let definition) = module.body[7].kind {
    #expect(definition.parameters.allNames == ["a", "b", "c", "d", "args", "kw"])
    #expect(definition.parameters.keywordOnly[1].defaultValue != nil)
  } else {
    Issue.record("def expected")
  }
  #expect(module.body[8].line == 11)
}

@Test(arguments: [
  ("x = = 1", "invalid syntax", 1, 5),
  ("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
  ("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
  ("(a, 1) = x", "cannot assign to literal", 1, 5),
  ("a = b = f() = 1", "cannot assign to function call", 1, 9),
  ("None = 1", "cannot assign to None", 1, 1),
  ("a < b = 1", "cannot assign to comparison", 1, 1),
  ("del f()", "cannot delete function call", 1, 5),
  ("f() += 1", "'function call' is an illegal expression for augmented assignment", 1, 1),
  ("if x\n  pass\n", "expected ':'", 1, 5),
  ("if x pass", "invalid syntax", 1, 6),
  ("def f() pass", "expected ':'", 1, 9),
  ("x = (1,\ny = 2\n", "'(' was never closed", 1, 5),
  ("x = [1, 2\n", "'[' was never closed", 1, 5),
  ("x = {1: 2\n", "'{' was never closed", 1, 5),
  ("x = (1 2\n", "'(' was never closed", 1, 5),
  ("x = )\n", "unmatched ')'", 1, 5),
  ("x = [1, 2, 3)", "closing parenthesis ')' does not match opening parenthesis '['", 1, 13),
  ("x = = 1\ny = 'abc\n", "unterminated string literal (detected at line 2)", 2, 5),
  ("x = 1a\n", "invalid decimal literal", 1, 5),
  ("f(a b)", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
  ("x = [1 2]", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
  ("x = 1 2", "invalid syntax", 1, 7),
  ("print 'hi'", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
  ("if x = 1: pass", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
  // At the closing parenthesis, as CPython reports it.
  ("f(a=1, b)", "positional argument follows keyword argument", 1, 9),
  ("f(x for x in y, 1)", "Generator expression must be parenthesized", 1, 3),
  ("def f(a=1, b): pass", "non-default argument follows default argument", 1, 12),
  ("def f(*): pass", "named arguments must follow bare *", 1, 7),
  ("x = 5 if 1", "expected 'else' after 'if' expression", 1, 5),
  ("x = {1: 2, 3}", "':' expected after dictionary key", 1, 12),
  ("f'{}'", "f-string: empty expression not allowed", 1, 4),
  ("f'}'", "f-string: single '}' is not allowed", 1, 3),
  ("f'{x'", "f-string: expecting '}'", 1, 5),
  ("x = yield", "'yield' outside function", 1, 5),
  ("from x import a,", "trailing comma not allowed without surrounding parentheses", 1, 17),
])
func syntaxErrorMessages(source: String, message: String, line: Int, column: Int) {
  let error = syntaxError(source)
  #expect(error?.kind == .syntax)
  #expect(error?.message == message)
  #expect(error?.line == line)
  #expect(error?.column == column)
}

@Test(arguments: [
  ("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2),
  ("def f():\nreturn\n", "expected an indented block after function definition on line 1", 2),
  ("for x in y:\nz\n", "expected an indented block after 'for' statement on line 1", 2),
  ("while 1:\nz\n", "expected an indented block after 'while' statement on line 1", 2),
  ("if 1:\n pass\nelse:\nz\n", "expected an indented block after 'else' statement on line 3", 4),
  ("if 1:\n pass\nelif 2:\nz\n", "expected an indented block after 'elif' statement on line 3", 4),
  (" x = 1\n", "unexpected indent", 1),
  ("if 1:\n  x\n    y", "unexpected indent", 3),
  ("if 1:\n    x\n  y\n", "unindent does not match any outer indentation level", 3),
])
func indentationErrorMessages(source: String, message: String, line: Int) {
  let error = syntaxError(source)
  #expect(error?.kind == .indentation)
  #expect(error?.message == message)
  #expect(error?.line == line)
}

@Test(arguments: [
  ("def f():\n  yield 1\n", "yield", 2, 3),
  ("async def f(): pass", "async functions", 1, 1),
  ("x = 1j", "complex literals", 1, 5),
  ("x = b'a'", "bytes literals", 1, 5),
  ("import os.path", "dotted imports", 1, 8),
  ("from m import *", "star imports", 1, 15),
  ("match x:\n  case 1:\n    pass\n", "match statements", 1, 1),
])
func unsupportedConstructs(source: String, what: String, line: Int, column: Int) {
  let error = syntaxError(source)
  #expect(error?.kind == .unsupported)
  #expect(error?.message == what)
  #expect(error?.line == line)
  #expect(error?.column == column)
}

@Test func syntaxErrorsBeatUnsupportedConstructs() {
  #expect(syntaxError("class A: pass\nx = = 1\n")?.message == "invalid syntax")
}

@Test func softKeywordMatchIsAName() throws {
  #expect(try parseExpression("match(x)") == "(call match x)")
  #expect(syntaxError("match = 1\nmatch.x = 2\n") == nil)
}

@Test func pathologicalInputsFailCleanly() {
  #expect(syntaxError(String(repeating: "(", count: 300))?.message == "too many nested parentheses")
  #expect(syntaxError("x = " + String(repeating: "-", count: 5000) + "1")?.kind == .unsupported)
  #expect(
    syntaxError("x = " + Array(repeating: "1", count: 5000).joined(separator: "+"))?.kind == .unsupported)
  for junk in [
    "\\", "'", "f'{", "f'{x:{y:{z}}}'", "lambda", "def", "(", ")", "[x for", "x[", "@", "\u{0}", "if",
    "else:",
  ] {
    #expect(syntaxError(junk) != nil, "\(junk)")
  }
}

@Test func dumpShowsTreeWithPositions() throws {
  let module = try parseModule(source: "x = -1 + f(a)\n", filename: "t.py")
  #expect(
    dumpAST(module) == """
      Module
        Assign  @1:1
          targets:
            Name x  @1:1
          BinOp +  @1:5
            UnaryOp -  @1:5
              Int 1  @1:6
            Call  @1:10
              Name f  @1:10
              Name a  @1:12

      """)
}
