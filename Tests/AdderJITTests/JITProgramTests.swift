import Foundation
import Testing

/// Whole-program properties of the JIT tier: no silent fallback, code growth, deep recursion,
/// W^X while machine code runs, and the listings.
struct JITProgramTests {
  @Test func everyCodeObjectRunsAsMachineCode() throws {
    let source = """
      def f(x): return [y * 2 for y in range(x)]
      g = lambda v: sorted(v, key=lambda k: -k)
      print(g(f(4)))
      """
    let result = try AdderProcess.run(source, flags: ["--jit-stats"])
    #expect(result.stdout == "[6, 4, 2, 0]\n")
    // Module, f, the outer lambda and the key lambda (comprehensions are inlined).
    #expect(result.stderr.contains("jit: 4 code objects compiled"), "\(result.stderr)")
    #expect(result.stderr.contains("code objects run by the interpreter: 0"))
    let interpreted = try AdderProcess.run(source, flags: ["--no-jit", "--jit-stats"])
    #expect(interpreted.stdout == result.stdout)
  }

  @Test func tenThousandFunctionsCompileAndRun() throws {
    var source = ""
    for i in 0..<10_000 { source += "def f\(i)(x): return x + \(i)\n" }
    source += "total = 0\n"
    for i in stride(from: 0, to: 10_000, by: 1) { source += "total = f\(i)(total)\n" }
    source += "print(total)\n"
    let result = try AdderProcess.run(source, flags: ["--jit-stats"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "\(10_000 * 9_999 / 2)\n")
    #expect(result.stderr.contains("jit: 10001 code objects compiled"), "\(result.stderr)")
  }

  @Test func recursionLimitMatchesTheInterpreter() throws {
    let source = """
      def depth(n):
          return 0 if n == 0 else 1 + depth(n - 1)
      print(depth(990))
      depth(5000)
      """
    let compiled = try AdderProcess.run(source)
    let interpreted = try AdderProcess.run(source, flags: ["--no-jit"])
    #expect(compiled == interpreted)
    #expect(compiled.stdout == "990\n")
    #expect(compiled.stderr.hasSuffix("RecursionError: maximum recursion depth exceeded\n"))
  }

  @Test func raisedRecursionLimitNeverOverflowsTheNativeStack() throws {
    let source = """
      import sys
      sys.setrecursionlimit(10**6)
      def depth(n):
          return 0 if n == 0 else 1 + depth(n - 1)
      print(depth(200000))
      def forever(n):
          return forever(n + 1) + 1
      forever(0)
      """
    let result = try AdderProcess.run(source)
    #expect(result.stdout == "200000\n")
    #expect(result.status == 1, "a Python error, not a signal: \(result.stderr.suffix(300))")
    #expect(result.stderr.hasSuffix("RecursionError: maximum recursion depth exceeded\n"))
    // Recursion through a builtin that calls back into Python nests Swift frames too.
    let throughBuiltin = """
      import sys
      sys.setrecursionlimit(10**6)
      def again(n):
          return sorted([n], key=again)[0]
      again(1)
      """
    let nested = try AdderProcess.run(throughBuiltin)
    #expect(nested.status == 1, "a Python error, not a signal: \(nested.stderr.suffix(300))")
    #expect(nested.stderr.hasSuffix("RecursionError: maximum recursion depth exceeded\n"))
  }

  @Test func noMappingIsWritableAndExecutableWhileCodeRuns() throws {
    // Functions compile on first call, from inside running machine code; the audit reads
    // /proc/self/maps after every compile and at exit.
    var source = ""
    for i in 0..<50 { source += "def f\(i)(x): return f\(i + 1)(x + 1) if x < 50 else x\n" }
    source += "def f50(x): return x\nprint(f0(0))\n"
    let result = try AdderProcess.run(source, flags: ["--jit-stats", "--audit-wx"])
    #expect(result.stdout == "50\n")
    #expect(result.stderr.contains("W^X audits 53, writable+executable mappings seen 0"), "\(result.stderr)")
  }

  @Test func dumpAsmInterleavesBytecodeSourceAndSites() throws {
    let source = "def add(a, b):\n    return a + b\nprint(add(1, 2))\n"
    let result = try AdderProcess.run(source, flags: ["--dump-asm"])
    #expect(result.stdout == "3\n")
    let listing = result.stderr
    #expect(listing.contains("=== add (test.py:1)"))
    #expect(listing.contains("; 2: add   (line 2)  return a + b"))
    // The listing shows the code as patched: the site's jump now leads to its int case.
    #expect(listing.contains("; IC site #"))
    #expect(listing.contains("at test.py:2:12: + monomorphic"))
    #expect(listing.contains("; slow path of IC site"))
    #expect(listing.contains("jmp"))
  }

  @Test func leafCalleeOperatorRunsInTheCallCase() throws {
    let source = """
      def add(a, b):
          return a + b
      def twice(a):
          b = a
          return a + b
      def run():
          t = 0
          for i in range(100):
              t = add(t, i) + twice(i)
          return t
      print(run())
      """
    let result = try AdderProcess.run(source, flags: ["--dump-asm"])
    #expect(result.stdout == "14850\n")
    let cases = result.stderr.split(separator: "\n").filter { $0.hasPrefix("; case 1 of IC site #") }
    let leafCases = cases.filter {
      $0.contains("a Python function of known code, its callee's + run in the case")
    }
    // `add` is a leaf; `twice` (a store before its return) and `run` are not.
    #expect(leafCases.count == 1, "\(cases)")
    #expect(cases.filter { $0.contains("(a Python function of known code)") }.count == 2, "\(cases)")
    // Global loads and for-loop steps run their case in line (the site's region), as operators do.
    #expect(cases.contains { $0.contains("(global)") && $0.contains("in line at the site") }, "\(cases)")
    #expect(
      cases.contains { $0.contains("(range_iterator)") && $0.contains("in line at the site") }, "\(cases)")
  }

  static let seed = """
    def add(lhs, rhs):
        return lhs + rhs
    print(add(1, 2))
    print(add("Lunch", "Class"))
    print(add(3.5, 2.4))
    print(add(1, 3.4))
    print(add([1,2,3], [4,5,6]))
    """

  @Test func traceShowsEachTransitionAsItHappens() throws {
    let result = try AdderProcess.run(JITProgramTests.seed, flags: ["--trace-ic"])
    let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("ic + ") }
    #expect(lines.count == 5)
    #expect(
      lines.first?.hasPrefix("ic + test.py:2:12 in add: uninitialized -> monomorphic (int, int), patched ")
        == true)
    #expect(lines.last == "ic + test.py:2:12 in add: polymorphic -> megamorphic (list, list), type")
  }

  @Test func statisticsTableAndJSONCarryTheSchema() throws {
    let table = try AdderProcess.run(JITProgramTests.seed, flags: ["--ic-stats"])
    #expect(table.stdout.hasSuffix("[1, 2, 3, 4, 5, 6]\n"), "stdout stays the program's")
    #expect(table.stderr.contains("test.py:2:12"))
    #expect(table.stderr.contains("0 → 1 → P → N"))
    #expect(table.stderr.contains("summary: "))
    #expect(table.stderr.split(separator: "\n").allSatisfy { $0.count <= 100 }, "fits 100 columns")
    let json = try AdderProcess.run(JITProgramTests.seed, flags: ["--ic-stats=json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stderr.utf8)) as? [String: Any]
    let sites = object?["sites"] as? [[String: Any]] ?? []
    let add = sites.first { ($0["op"] as? String) == "+" }
    for key in [
      "file", "line", "column", "function", "op", "state", "hits", "misses", "types", "transitions",
    ] {
      #expect(add?[key] != nil, "site key \(key)")
    }
    #expect(add?["state"] as? String == "megamorphic")
    let types = add?["types"] as? [[String: Any]] ?? []
    #expect(types.first?["operands"] as? [String] == ["int", "int"])
    let transitions = add?["transitions"] as? [[String: Any]] ?? []
    #expect(
      transitions.map { $0["to"] as? String ?? "" } == [
        "monomorphic", "polymorphic", "polymorphic", "polymorphic", "megamorphic",
      ])
    #expect(object?["summary"] != nil)
  }
}
