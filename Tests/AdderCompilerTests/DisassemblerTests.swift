import Testing

@testable import AdderCompiler

@Test func disassemblyListsHeaderInstructionsAndNestedCode() throws {
  let code = try compiled("def f(a, b=2):\n    return a + b\nprint(f(1))\n")
  let text = disassemble(code)
  #expect(
    text == """
      Disassembly of <module> (t.py, line 1):
        locals: -
        cells: -
        free: -
        names: 0: f, 1: print
        constants: 0: 2, 1: <code f>, 2: 1, 3: None
        max stack depth: 3
            0  L1    loadConst              0  (2)
            1  L1    makeFunction           1  (<code f>)
            2  L1    storeGlobal            0  (f)
            3  L3    loadGlobal             1  (print)
            4  L3    loadGlobal             0  (f)
            5  L3    loadConst              2  (1)
            6  L3    call                   1
            7  L3    call                   1
            8  L3    pop
            9  L3    loadConst              3  (None)
           10  L3    returnValue

      Disassembly of f (t.py, line 1):
        parameters: 2 positional (1 with defaults), 0 keyword-only
        locals: 0: a, 1: b
        cells: -
        free: -
        names: -
        constants: 0: None
        max stack depth: 2
            0  L2    loadFast               0  (a)
            1  L2    loadFast               1  (b)
            2  L2    add
            3  L2    returnValue
            4  L2    loadConst              0  (None)
            5  L2    returnValue

      """)
}

@Test func disassemblyAnnotatesJumpsAndReprs() throws {
  let text = disassemble(try compiled("while x:\n    s = 'it\\'s\\n'\n"))
  #expect(text.contains(">>    0  L1    loadGlobal"))
  #expect(text.contains("popJumpIfFalse         5  (to 5)"))
  #expect(text.contains("(\"it's\\n\")"))
  #expect(constantRepr(.tuple([.int(1)])) == "(1,)")
  #expect(constantRepr(.float(.infinity)) == "inf")
  #expect(constantRepr(.string("a'b\"")) == "'a\\'b\"'")
}
