import Testing

/// Compiled code against the interpreter, per opcode family, on the same inputs: stdout, the
/// exit status and the whole of stderr (tracebacks included) must be identical. Error cases are
/// one uncaught error each, so each kind of site shows that a raise from it unwinds machine-code
/// frames with the interpreter's traceback (`ExceptionHandlerTests` catches them instead).
struct OpcodeFamilyTests {
  static let families: [(String, String)] = [
    (
      "binary and in-place operators",
      """
      nums = [0, 1, -7, 3, 2**62 - 1, -2**62, 2**100, -2**70, 0.5, -0.0, 2.5, 1e300, True, False]
      out = []
      for a in nums:
          for b in nums:
              out.append(a + b)
              out.append(a - b)
              out.append(a * b)
              if b != 0:
                  out.append(a / b)
                  out.append(a // b)
                  out.append(a % b)
              if type(a) != float and type(b) != float:
                  out.append(a & b)
                  out.append(a | b)
                  out.append(a ^ b)
                  if 0 <= b < 70:
                      out.append(a << b)
                      out.append(a >> b)
              if (type(b) == int and 0 <= b < 5 or type(b) == bool) and abs(a) < 1e100:
                  out.append(a ** b)
      print(len(out), out[:60], out[-60:])
      print(sum(x for x in out if type(x) == int) % 1000003)
      print('ab' + 'cd', 'ab' * 3, [1] + [2], (2,) * 2, 3 * [0])
      x = 5
      x += 3
      x -= 1
      x *= 4
      x //= 3
      x %= 7
      x **= 3
      x <<= 2
      x >>= 1
      x &= 0xFF
      x |= 0x100
      x ^= 0x11
      s = 'a'
      s += 'b'
      s *= 3
      l = [1]
      m = l
      l += [2]
      l *= 2
      f = 1.5
      f /= 4
      print(x, s, l, m, l is m, f)
      """
    ),
    (
      "unary operators and not",
      """
      for v in [0, 3, -2**62, 2**62 - 1, 2**80, 1.5, -0.0, True, False]:
          print(-v, +v, not v, v == 0)
      for v in [0, -1, 2**70, True]:
          print(~v)
      for v in [None, '', 'a', [], [0], (), {}, {1: 2}, 0.0, range(0), range(3)]:
          print(not v, bool(v))
      """
    ),
    (
      "comparisons fused with branches, identity, membership",
      """
      groups = [[0, 1, 2**64, -2**64, 1.0, float('nan'), True, -0.5], ['a', 'b', 'ab', ''], [(1, 2), (1, 3), ()], [[1], [0, 5]]]
      n = 0
      for g in groups:
          for a in g:
              for b in g:
                  if a == b: n += 1
                  if a != b: n += 2
                  if a is b: n += 3
                  if a is not b: n += 5
                  if a < b: n += 7
                  if a >= b: n += 11
                  if a <= b: n += 13
                  if a > b: n += 17
      print(n)
      print(1 in [1, 2], 3 not in (1, 2), 'b' in 'abc', 2 in {2: 0}, 5 in range(10), None is None)
      x = 3
      print(1 < x < 5, 1 < x > 5, x == 3 or x == 4, x != 3 and x, (x > 2) + 1)
      while x < 10:
          x += 1
      print(x, [v for v in range(20) if v % 3 == 0 and not v > 12])
      """
    ),
    (
      "subscripts, slices and containers",
      """
      l = [1, 2, 3, 4, 5]; t = (1, 2, 3); s = 'hello'; d = {'a': 1, 2: 'b'}
      print(l[0], l[-1], t[1], s[4], d['a'], d[2], l[1:3], s[::-1], t[:2], l[::2])
      l[0] = 10; l[1:3] = [7]; d['c'] = 3; del d['a']; del l[0]
      print(l, d, [1, *l, 2], (*t, 4), {**d, 'z': 0}, {1: 2, **{3: 4}})
      big = list(range(100)); big[2**3] = 'x'; print(big[8], len(big), big[-100])
      a, b, *c = range(5); (d1, e), f = (1, 2), 3
      print(a, b, c, d1, e, f)
      """
    ),
    (
      "globals, builtins, closures and cells",
      """
      g = 1
      def read(): return g + len('abc')
      def write():
          global g
          g = g + 1
      def outer():
          v = 10
          def inner(k): return v + k
          v = 20
          return inner
      write(); write()
      print(read(), outer()(5), [lambda: i for i in range(3)][2](), [(lambda: i)() for i in range(3)])
      def counter():
          n = 0
          def step():
              nonlocal n
              n += 1
              return n
          return step
      c = counter(); c(); c()
      print(c(), max(1, 5), min([3, 2]), abs(-4), print is print)
      """
    ),
    (
      "calls: positional, defaults, keywords, *args, **kwargs, methods, builtins calling back",
      """
      def f(a, b=2, *args, c, d=4, **kw):
          return (a, b, args, c, d, sorted(kw.items()))
      print(f(1, c=3), f(1, 5, 6, 7, c=8, e=9), f(*[1, 2, 3], **{'c': 0, 'z': 1}))
      def g(x, y): return x * 10 + y
      print(g(1, 2), g(y=1, x=2), g(*(3, 4)), list(map(g, [1, 2], [3, 4])))
      print(sorted([3, -1, 2], key=lambda v: v * v), 'a,b'.split(','), ','.join(['x', 'y']))
      words = {}
      words.setdefault('k', []).append(1)
      print(words, [1, 2, 3].index(2), 'abc'.upper(), str.lower('ABC'), {1: 2}.get(3, 'none'))
      def fact(n): return 1 if n < 2 else n * fact(n - 1)
      print(fact(30), sum(fact(i) for i in range(10)))
      """
    ),
    (
      "iteration, comprehensions, unpacking, formatting, imports, assert",
      """
      import math
      from math import sqrt
      out = [(i, j) for i in range(3) for j in 'ab' if i != 1]
      print(out, {k: v for k, v in zip('abc', range(3))}, list(enumerate('xy')))
      total = 0
      for x in range(10):
          if x == 7: break
          if x % 2: continue
          total += x
      else:
          total = -1
      print(total, f"{total:>5}|{math.pi:.3f}|{'é'!a}|{'q'!r}|{sqrt(16)}", '%d-%s' % (3, 'z'))
      assert total == 12, 'never'
      """
    ),
  ]

  static let errorPrograms: [(String, String)] = [
    ("binary operator site", "def f(a, b):\n    return a + b\nprint(f(1, 2))\nf(1, 'x')\n"),
    ("in-place operator site", "x = [1]\ndef f():\n    y = 3\n    y -= 'a'\nf()\n"),
    ("division by zero", "def f(n):\n    return 10 // n\nprint([f(i) for i in range(3, -1, -1)])\n"),
    ("unary operator site", "def f(v):\n    return -v\nf('s')\n"),
    ("comparison site", "def f(a, b):\n    if a < b:\n        return 1\n    return 2\nf(1, 'x')\n"),
    ("truth test site", "x = {1: 2}\nif x[3]:\n    pass\n"),
    ("subscript load site", "def f(l):\n    return l[5]\nf([1, 2])\n"),
    ("subscript store site", "t = (1, 2)\ndef f():\n    t[0] = 3\nf()\n"),
    ("global load site", "def f():\n    return undefined_name\nf()\n"),
    ("call site", "def f(a):\n    return a\nf(1, 2)\n"),
    ("call of a non-callable", "x = 5\nx()\n"),
    ("method load site", "def f(v):\n    return v.nothing()\nf(3)\n"),
    ("attribute site", "import math\nmath.nothing\n"),
    ("iteration site", "def f():\n    for v in 5:\n        pass\nf()\n"),
    ("unbound local", "def f():\n    print(v)\n    v = 1\nf()\n"),
    ("unbound free variable", "def f():\n    def g():\n        return v\n    g()\n    v = 1\nf()\n"),
    ("unpacking", "a, b = [1, 2, 3]\n"),
    ("raise", "def f():\n    raise ValueError('bad ' + str(3))\nf()\n"),
    ("assert", "def f(x):\n    assert x > 1, f'x is {x}'\nf(0)\n"),
    ("builtin calling back into Python", "def key(v):\n    return 1 / v\nsorted([2, 1, 0], key=key)\n"),
    ("recursion limit", "def f(n):\n    return f(n + 1) + 1\nf(0)\n"),
    (
      "error inside a nested call chain",
      "def a(x):\n    return b(x) * 2\ndef b(x):\n    return c(x) + 1\ndef c(x):\n    return x['k']\na([1])\n"
    ),
    ("sys.exit with a status", "import sys\ndef f():\n    sys.exit(3)\nf()\n"),
  ]

  @Test(arguments: families.map(\.0))
  func familyMatchesInterpreter(name: String) throws {
    let source = OpcodeFamilyTests.families.first { $0.0 == name }!.1
    let interpreted = try AdderProcess.run(source, flags: ["--no-jit"])
    let compiled = try AdderProcess.run(source)
    #expect(interpreted.status == 0, "\(interpreted.stderr)")
    #expect(compiled == interpreted)
  }

  @Test(arguments: errorPrograms.map(\.0))
  func errorMatchesInterpreter(name: String) throws {
    let source = OpcodeFamilyTests.errorPrograms.first { $0.0 == name }!.1
    let interpreted = try AdderProcess.run(source, flags: ["--no-jit"])
    let compiled = try AdderProcess.run(source)
    #expect(interpreted.status != 0)
    #expect(compiled == interpreted)
    let stressed = try AdderProcess.run(source, flags: ["--gc-stress"])
    #expect(stressed == interpreted)
  }
}
