import AdderSyntax
import Testing

@testable import AdderCompiler

@Test func moduleAssignmentUsesGlobalsAndEndsWithReturnNone() throws {
  let code = try compiled("x = 1 + 2\n")
  #expect(code.isModule && code.name == "<module>")
  #expect(
    listing(code) == ["loadConst 0", "loadConst 1", "add", "storeGlobal 0", "loadConst 2", "returnValue"])
  #expect(code.constants == [.int(1), .int(2), .none])
  #expect(code.names == ["x"])
  #expect(code.maxStackDepth == 2)
}

@Test func functionLocalsAndGlobals() throws {
  let code = try compiled("def f(a):\n    b = a\n    return g(b)\n")
  let f = try #require(nested(code, "f"))
  #expect(f.localNames == ["a", "b"])
  #expect(f.parameterCount == 1)
  #expect(
    listing(f) == [
      "loadFast 0", "storeFast 1", "loadGlobal 0", "loadFast 1", "call 1", "returnValue", "loadConst 0",
      "returnValue",
    ])
  #expect(f.names == ["g"])
  #expect(f.qualifiedName == "f")
  #expect(f.firstLine == 1)
}

@Test func closuresUseCellsAndFreeVariables() throws {
  let source = """
    def outer(a):
        b = 1
        def inner():
            nonlocal b
            b += a
            return b
        return inner
    """
  let code = try compiled(source)
  let outer = try #require(nested(code, "outer"))
  let inner = try #require(nested(code, "inner"))
  #expect(outer.localNames == ["a", "inner"])
  #expect(Set(outer.cellNames) == ["a", "b"])
  let aCell = try #require(outer.cellNames.firstIndex(of: "a"))
  let bCell = try #require(outer.cellNames.firstIndex(of: "b"))
  #expect(outer.cellParameterSlots[aCell] == 0)
  #expect(outer.cellParameterSlots[bCell] == nil)
  #expect(Set(inner.freeNames) == ["a", "b"])
  #expect(inner.qualifiedName == "outer.<locals>.inner")
  let ops = listing(outer)
  #expect(ops.prefix(2) == ["loadConst 0", "storeDeref \(bCell)"])
  #expect(ops.contains("loadClosure \(aCell)") && ops.contains("buildTuple 2"))
  #expect(
    listing(inner).contains("storeDeref \(inner.cellNames.count + inner.freeNames.firstIndex(of: "b")!)"))
}

@Test func comprehensionVariablesAreHiddenLocals() throws {
  let code = try compiled("x = 'outer'\nr = [x * 2 for x in range(3) if x]\n")
  #expect(code.localNames == ["<listcomp>.x.0"])
  #expect(
    listing(code) == [
      "loadConst 0", "storeGlobal 0",
      "buildList 0", "loadGlobal 1", "loadConst 1", "call 1", "getIterator",
      "forIterator 16", "storeFast 0", "loadFast 0", "popJumpIfFalse 7",
      "loadFast 0", "loadConst 2", "multiply", "listAppend 2", "jump 7",
      "storeGlobal 2", "loadConst 3", "returnValue",
    ])
  #expect(verifyStack(code) == nil)
}

@Test func nestedComprehensionsAndDictComprehensions() throws {
  let code = try compiled("d = {k: [v for v in k] for k in 'ab' for j in 'c'}\n")
  #expect(code.localNames == ["<dictcomp>.k.0", "<dictcomp>.j.1", "<listcomp>.v.2"])
  let ops = listing(code)
  // The inner list sits above the dict and both outer iterators; its append is relative to it.
  #expect(ops.contains("dictInsert 3"))
  #expect(ops.contains("listAppend 2"))
  #expect(verifyStack(code) == nil)
}

@Test func walrusInComprehensionBindsInEnclosingScope() throws {
  let code = try compiled("def f():\n    r = [(y := i) for i in range(3)]\n    return y\n")
  let f = try #require(nested(code, "f"))
  #expect(f.localNames.contains("y"))
  #expect(f.localNames.contains("<listcomp>.i.0"))
}

@Test func chainedComparisonEvaluatesMiddleOnce() throws {
  let code = try compiled("r = a < b < c\n")
  #expect(
    listing(code).prefix(12) == [
      "loadGlobal 0", "loadGlobal 1", "dup", "rotThree", "compareLess", "jumpIfFalseOrPop 9",
      "loadGlobal 2", "compareLess", "jump 11", "rotTwo", "pop", "storeGlobal 3",
    ])
}

@Test func booleanOperatorsReturnOperands() throws {
  let code = try compiled("r = a and b or c\n")
  #expect(
    listing(code).prefix(7) == [
      "loadGlobal 0", "jumpIfFalseOrPop 3", "loadGlobal 1", "jumpIfTrueOrPop 5", "loadGlobal 2",
      "storeGlobal 3", "loadConst 0",
    ])
}

@Test func conditionsCompileToJumps() throws {
  let code = try compiled("if not a or b:\n    x = 1\n")
  #expect(
    listing(code).prefix(6) == [
      "loadGlobal 0", "popJumpIfFalse 4", "loadGlobal 1", "popJumpIfFalse 6", "loadConst 0",
      "storeGlobal 2",
    ])
}

@Test func augmentedSubscriptAndAttribute() throws {
  let code = try compiled("a[i] += 1\no.n -= 2\n")
  #expect(
    listing(code).prefix(14) == [
      "loadGlobal 0", "loadGlobal 1", "dupTwo", "loadSubscript", "loadConst 0", "inplaceAdd",
      "rotThree", "storeSubscript",
      "loadGlobal 2", "dup", "loadAttribute 3", "loadConst 1", "inplaceSubtract 0", "rotTwo",
    ])
}

@Test func unpackingAndStarredTargets() throws {
  let code = try compiled("a, (b, c) = x\nd, *e, f = y\np = q = 0\n")
  let ops = listing(code)
  #expect(ops.contains("unpackSequence 2"))
  #expect(ops.contains("unpackStarred \(1 | (1 << 8))"))
  #expect(ops.contains("dup"))
  #expect(compileError("*a = b")?.message == "starred assignment target must be in a list or tuple")
  #expect(compileError("*a, *b = c")?.message == "multiple starred expressions in assignment")
  #expect(compileError("x = *a")?.message == "can't use starred expression here")
}

@Test func slicesAndTupleKeys() throws {
  let code = try compiled("a[1:2]\na[::3]\na[1, 2]\na[i, 1:]\n")
  let ops = listing(code)
  #expect(ops.prefix(5) == ["loadGlobal 0", "loadConst 0", "loadConst 1", "buildSlice 2", "loadSubscript"])
  #expect(ops.contains("buildSlice 3"))
  #expect(code.constants.contains(.tuple([.int(1), .int(2)])))
  #expect(ops.contains("buildTuple 2"))
}

@Test func callsMethodCallsAndStarArguments() throws {
  let code = try compiled("f(1, k=2)\no.m(3)\no.m(x=4)\nf(*a, 1, **d, z=2)\n")
  let ops = listing(code)
  #expect(ops.prefix(5) == ["loadGlobal 0", "loadConst 0", "loadConst 1", "loadConst 2", "callKeywords 2"])
  #expect(code.constants[2] == .tuple([.string("k")]))
  #expect(
    ops.contains("loadMethod 2") && ops.contains("callMethod 1") && ops.contains("callMethodKeywords 1"))
  let tail = Array(ops.suffix(17))
  #expect(
    tail.prefix(14) == [
      "loadGlobal 0", "buildList 0", "loadGlobal 3", "listExtend 1", "loadConst 0", "listAppend 1",
      "buildDict 0", "loadGlobal 4", "dictMergeForCall 1", "loadConst 6", "loadConst 1",
      "buildDict 1", "dictMergeForCall 1", "callUnpacked 1",
    ])
  #expect(verifyStack(code) == nil)
}

@Test func doubleStarArgumentsMergeWithTheCallSiteOpcode() throws {
  // Keywords before the first `**` go into the initial dict; `**` in a display stays dictUpdate.
  let code = try compiled("f(a=1, **d)\nx = {**d}\n")
  #expect(
    listing(code) == [
      "loadGlobal 0", "buildList 0", "loadConst 0", "loadConst 1", "buildDict 1", "loadGlobal 1",
      "dictMergeForCall 1", "callUnpacked 1", "pop",
      "buildDict 0", "loadGlobal 1", "dictUpdate 1", "storeGlobal 2", "loadConst 2", "returnValue",
    ])
  #expect(verifyStack(code) == nil)
}

@Test func lambdaCapturingAComprehensionVariableGetsAHiddenCell() throws {
  let code = try compiled("fns = [lambda: i for i in range(3)]\n")
  let cell = "<comprehension 1:22>.i"
  #expect(code.cellNames == [cell])
  #expect(code.cellParameterSlots == [nil])
  #expect(code.localNames.isEmpty)
  let lambda = try #require(nested(code, "<lambda>"))
  #expect(lambda.freeNames == [cell])
  #expect(listing(lambda) == ["loadDeref 0", "returnValue"])
  // One fresh cell per run of the comprehension, made before its first iterable is evaluated.
  #expect(
    listing(code) == [
      "buildList 0", "makeCell 0", "loadGlobal 0", "loadConst 0", "call 1", "getIterator",
      "forIterator 13", "storeDeref 0", "loadClosure 0", "buildTuple 1", "makeFunction 1",
      "listAppend 2", "jump 6", "storeGlobal 1", "loadConst 2", "returnValue",
    ])
  #expect(verifyStack(code) == nil)
}

@Test func capturedComprehensionVariablesInFunctionsAndNestedScopes() throws {
  let source = """
    def f(k):
        return [lambda: lambda: (i, j, k) for i in range(2) for j in 'ab']
    g = [[lambda: x for x in y] for y in z]
    """
  let code = try compiled(source)
  let f = try #require(nested(code, "f"))
  let i = "<comprehension 2:43>.i"
  let j = "<comprehension 2:43>.j"
  #expect(Set(f.cellNames) == [i, j, "k"])
  #expect(f.cellParameterSlots[f.cellNames.firstIndex(of: "k")!] == 0)
  #expect(f.cellParameterSlots[f.cellNames.firstIndex(of: i)!] == nil)
  let ops = listing(f)
  #expect(ops.filter { $0.hasPrefix("makeCell") }.count == 2)
  #expect(ops.contains("storeDeref \(f.cellNames.firstIndex(of: i)!)"))
  #expect(!ops.contains { $0.hasPrefix("storeFast") })
  // The outer lambda only passes i and j through to the inner one.
  let outer = try #require(nested(f, "<lambda>"))
  #expect(Set(outer.freeNames) == [i, j, "k"])
  let inner = try #require(nested(outer, "<lambda>"))
  #expect(Set(inner.freeNames) == [i, j, "k"])
  // Module level: only the captured x is a cell; y stays a hidden local.
  #expect(code.cellNames == ["<comprehension 3:21>.x"])
  #expect(code.localNames == ["<listcomp>.y.0"])
  #expect(verifyStack(code) == nil)
}

@Test func lambdaParametersShadowComprehensionVariables() throws {
  let code = try compiled("fns = [lambda i: i for i in range(3)]\nh = [lambda: i for _ in a]\n")
  #expect(code.cellNames.isEmpty)
  #expect(!listing(code).contains { $0.hasPrefix("makeCell") })
  // The second lambda's i is the global.
  let lambdas = code.constants.compactMap { constant -> CodeObject? in
    if case .code(let inner) = constant { return inner }
    return nil
  }
  #expect(lambdas.count == 2)
  #expect(lambdas.allSatisfy { $0.freeNames.isEmpty })
  #expect(listing(lambdas[1]) == ["loadGlobal 0", "returnValue"])
}

@Test func displaysWithUnpacking() throws {
  let code = try compiled("l = [1, *a]\nt = (*a, 2)\nd = {'k': 1, **e}\n")
  let ops = listing(code)
  #expect(ops.prefix(5) == ["loadConst 0", "buildList 1", "loadGlobal 0", "listExtend 1", "storeGlobal 1"])
  #expect(ops.contains("listToTuple"))
  #expect(ops.contains("dictUpdate 1"))
  #expect(verifyStack(code) == nil)
}

@Test func formattedStrings() throws {
  let code = try compiled("s = f'a{x!r:>{w}}b{y=}'\n")
  let ops = listing(code)
  #expect(ops.contains("formatValue 6"))  // !r with a spec
  #expect(ops.contains("formatValue 0"))  // the nested {w}
  #expect(ops.contains("formatValue 2"))  // {y=} uses repr
  #expect(ops.contains("buildString 4"))
  #expect(code.constants.contains(.string("b y=")) == false)
  #expect(code.constants.contains(.string("by=")))
}

@Test func constantsFoldAndDeduplicate() throws {
  let code = try compiled(
    "a = -9223372036854775808\nb = 99999999999999999999\nc = -0x10000000000000000\nd = 1\ne = 1\nf = -1.5\ng = 'é'\nh = 'e\u{301}'\n"
  )
  #expect(code.constants.contains(.int(Int64.min)))
  #expect(code.constants.contains(.bigInt("99999999999999999999")))
  #expect(code.constants.contains(.bigInt("-0x10000000000000000")))
  #expect(code.constants.contains(.float(-1.5)))
  #expect(code.constants.filter { $0 == .int(1) }.count == 1)
  // Canonically equivalent strings stay distinct constants.
  #expect(code.constants.count == 8)
}

@Test func loopsBreakContinueAndReturnCleanUpIterators() throws {
  let code = try compiled(
    "def f(x):\n    for i in x:\n        if i: break\n        return i\n    else:\n        pass\n")
  let f = try #require(nested(code, "f"))
  let ops = listing(f)
  #expect(ops.contains("pop"))
  #expect(ops.contains("rotTwo"))
  #expect(verifyStack(code) == nil)
  let whileTrue = try compiled("while True:\n    continue\n")
  #expect(listing(whileTrue).prefix(2) == ["jump 0", "jump 0"])
}

@Test func defaultsAndKeywordOnlyParameters() throws {
  let code = try compiled("def f(a, b=1, *args, c, d=2, **kw): pass\n")
  let f = try #require(nested(code, "f"))
  #expect(f.parameterCount == 2 && f.defaultCount == 1 && f.keywordOnlyCount == 2)
  #expect(f.keywordOnlyDefaults == [1])
  #expect(f.varArgsSlot == 4 && f.varKeywordsSlot == 5)
  #expect(f.localNames == ["a", "b", "c", "d", "args", "kw"])
  #expect(listing(code).prefix(3) == ["loadConst 0", "loadConst 1", "makeFunction 2"])
}

@Test func lambdasAndQualifiedNames() throws {
  let code = try compiled("def f():\n    g = lambda x=1: x + y\n    y = 2\n    return g\n")
  let lambda = try #require(nested(code, "<lambda>"))
  #expect(lambda.qualifiedName == "f.<locals>.<lambda>")
  #expect(lambda.freeNames == ["y"])
  #expect(listing(lambda) == ["loadFast 0", "loadDeref 0", "add", "returnValue"])
}

@Test func importsAndAssertsAndRaise() throws {
  let code = try compiled("import m as n\nfrom m import a, b as c\nassert x, 'msg'\nraise\n")
  let ops = listing(code)
  #expect(
    ops.prefix(8) == [
      "importName 0", "storeGlobal 1", "importName 0", "importFrom 2", "storeGlobal 2", "importFrom 3",
      "storeGlobal 4", "pop",
    ])
  #expect(ops.contains("raiseAssertion 1") && ops.contains("raise 0"))
}

@Test func deleteTargets() throws {
  let code = try compiled("del a, b[1], c[1:2]\ndef f(x):\n    del x\n")
  let ops = listing(code)
  #expect(ops.prefix(2) == ["deleteGlobal 0", "loadGlobal 1"])
  #expect(ops.filter { $0 == "deleteSubscript" }.count == 2)
  #expect(listing(try #require(nested(code, "f"))).first == "deleteFast 0")
}

@Test func maxStackDepthForNestedExpressions() throws {
  #expect(try compiled("x = 1 + (2 * (3 - (4 / y)))\n").maxStackDepth == 5)
  #expect(try compiled("f(a, g(b, h(c, d)))\n").maxStackDepth == 7)
  #expect(try compiled("x = [i for i in range(3) for j in range(i)]\n").maxStackDepth == 4)
  #expect(try compiled("o.m(1, 2)\n").maxStackDepth == 4)
}

@Test func lineTableUsesTheStartOfMultiLineCalls() throws {
  let code = try compiled("x = 1\nprint(\n    x,\n    y)\n")
  #expect(code.lines.map { Int($0) } == [1, 1, 2, 3, 4, 2, 2, 2, 2])
}

@Test(arguments: [
  ("return 1", "'return' outside function", 1, 1),
  ("break", "'break' outside loop", 1, 1),
  ("continue", "'continue' not properly in loop", 1, 1),
  ("def f():\n  continue\n", "'continue' not properly in loop", 2, 3),
  ("for x in y:\n  pass\nelse:\n  break\n", "'break' outside loop", 4, 3),
  ("while x:\n  def f():\n    break\n", "'break' outside loop", 3, 5),
  ("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1),
  ("def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", 2, 3),
  ("def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration", 3, 3),
  ("def f(x):\n  global x\n", "name 'x' is parameter and global", 2, 3),
  ("def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", 3, 3),
  ("[i := 0 for i in y]", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2),
])
func compileTimeSyntaxErrors(source: String, message: String, line: Int, column: Int) {
  let error = compileError(source)
  #expect(error?.kind == .syntax)
  #expect(error?.message == message)
  #expect(error?.line == line)
  #expect(error?.column == column)
}

@Test func refusedAtCompileTime() {
  #expect(compileError("fns = [lambda: i for i in range(3)]") == nil)
  #expect(compileError("del a.b") == nil)
  #expect(compileError("class C(A, B): pass")?.message == "multiple inheritance")
  #expect(compileError("global x\nx = 1\n") == nil)
}

@Test func everyInstructionHasALineAndStacksBalance() throws {
  let sources = [
    "def f(*a, **k):\n    return [x for x in a if x] + list(k)\nprint(f(1, 2, z=3))\n",
    "x = {**{'a': 1}, 'b': [*range(3), *'xy']}\nwhile x:\n    if len(x) > 1: break\n    x = 0\nelse:\n    y = 1\n",
    "a = b if c else d\nfor i, (j, *k) in z:\n    continue\ns = f'{a!s:{b}>{c}}'\nt = a[1:2:3] ; u = -a ** -b\n",
    "def g(n):\n    total = 0\n    for i in range(n):\n        for j in range(i):\n            if i % 2 and j: return i\n    return total\n",
  ]
  for source in sources {
    let code = try compiled(source)
    #expect(verifyStack(code) == nil, "\(source)")
    #expect(code.instructions.count == code.lines.count)
    #expect(code.lines.allSatisfy { $0 >= 1 })
  }
}

/// `Opcode(byte:)` reinterprets the instruction's low byte as the enum, which is right only while
/// the opcodes keep their implicit raw values 0, 1, 2 ... in declaration order.
@Test func opcodesAreDeclaredInRawValueOrder() {
  for (index, opcode) in Opcode.allCases.enumerated() {
    #expect(Int(opcode.rawValue) == index)
    #expect(Opcode(byte: opcode.rawValue) == opcode)
    #expect(Instruction(opcode, 77).opcode == opcode)
  }
}
