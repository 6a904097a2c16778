import Testing

/// An error from each kind of IC site, raised after the site is warm (its cases built by a hot
/// loop), is caught by a handler in machine code, and the loop goes on: the JIT's output must be
/// the interpreter's, with the error caught every time.
struct ExceptionHandlerTests {
  /// Each program prints the number of errors caught (and a checksum of what did not raise).
  static let programs: [(String, String)] = [
    (
      "binary operator site",
      """
      def f(pairs):
          total, caught = 0, 0
          for a, b in pairs:
              try:
                  total = total + a * b
              except TypeError:
                  caught += 1
          return total, caught
      print(f([(1, 2), (3, 4)] * 500 + [(1, 'x')] * 3 + [(5, 6)] * 100))
      """
    ),
    (
      "in-place operator and division",
      """
      def f(values):
          total, caught = 0, 0
          for v in values:
              try:
                  total += 1000 // v
              except ZeroDivisionError:
                  caught += 1
          return total, caught
      print(f(([1, 2, 3] * 300 + [0]) * 5))
      """
    ),
    (
      "comparison fused with a branch",
      """
      def f(values):
          n, caught = 0, 0
          for v in values:
              try:
                  if v < 10:
                      n += 1
              except TypeError:
                  caught += 1
          return n, caught
      print(f(list(range(20)) * 100 + ['a', None] + [1] * 10))
      """
    ),
    (
      "subscript load site",
      """
      def f(items):
          total, caught = 0, 0
          for i in range(4000):
              try:
                  total += items[i % 12]
              except IndexError:
                  caught += 1
          return total, caught
      print(f(list(range(10))))
      """
    ),
    (
      "subscript store site",
      """
      def f(target):
          caught = 0
          for i in range(3000):
              try:
                  target[i % 6] = i
              except IndexError:
                  caught += 1
          return target, caught
      print(f([0] * 5))
      """
    ),
    (
      "call site",
      """
      def g(a, b):
          return a + b
      def f():
          total, caught = 0, 0
          for i in range(2000):
              try:
                  total += g(i, 1) if i % 100 else g(i)
              except TypeError:
                  caught += 1
          return total, caught
      print(f())
      """
    ),
    (
      "attribute and method load sites",
      """
      def f(objects):
          total, caught = 0, 0
          for o in objects:
              try:
                  total += len(o.upper())
              except AttributeError:
                  caught += 1
          return total, caught
      print(f(['ab', 'cde'] * 400 + [5, None] + ['x'] * 10))
      """
    ),
    (
      "iteration site",
      """
      def f(things):
          total, caught = 0, 0
          for t in things:
              try:
                  for v in t:
                      total += v
              except TypeError:
                  caught += 1
          return total, caught
      print(f([[1, 2], range(3)] * 300 + [5] + [[1]] * 10))
      """
    ),
    (
      "global load site",
      """
      def f():
          caught = 0
          for i in range(1000):
              try:
                  if i % 100 == 99:
                      del globals_seen
                  globals_seen = i
              except NameError:
                  caught += 1
          return caught
      def g():
          total, caught = 0, 0
          for i in range(1000):
              try:
                  total += missing_global if i % 250 == 0 else i
              except NameError:
                  caught += 1
          return total, caught
      print(f(), g())
      """
    ),
    (
      "recursion in a loop",
      """
      def down(n):
          return down(n + 1) + 1
      caught = 0
      for i in range(30):
          try:
              down(0)
          except RecursionError:
              caught += 1
      print(caught)
      """
    ),
    (
      "builtin calling back into Python",
      """
      def key(v):
          return 10 // v
      caught = 0
      for i in range(200):
          try:
              sorted([3, 2, 1, i % 4], key=key)
          except ZeroDivisionError:
              caught += 1
      print(caught)
      """
    ),
    (
      "unwinding through several machine-code frames",
      """
      def c(x):
          return x['k']
      def b(x):
          return c(x) + 1
      def a(x):
          try:
              return b(x) * 2
          finally:
              pass
      caught = 0
      for i in range(1000):
          try:
              a({'k': i} if i % 10 else [i])
          except TypeError:
              caught += 1
      print(caught)
      """
    ),
  ]

  @Test(arguments: programs.map(\.0))
  func caughtInMachineCode(name: String) throws {
    let source = ExceptionHandlerTests.programs.first { $0.0 == name }!.1
    let interpreted = try AdderProcess.run(source, flags: ["--no-jit"])
    let compiled = try AdderProcess.run(source)
    #expect(interpreted.status == 0, "\(interpreted.stderr)")
    #expect(interpreted.stderr.isEmpty)
    #expect(compiled == interpreted)
    let stressed = try AdderProcess.run(source, flags: ["--gc-stress"])
    #expect(stressed == interpreted)
  }
}
