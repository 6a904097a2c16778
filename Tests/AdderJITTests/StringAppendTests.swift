import Foundation
import Testing

/// `s += piece` in a loop must be linear (Strings.concatenate appends into a shared buffer). Copying
/// the whole string on every append made 10⁵ appends take about a minute and 10⁶ about six; now
/// 10⁶ take ~0.3 s, so the bound below fails only when appending is quadratic again, not on a slow
/// or busy machine.
struct StringAppendTests {
  static let program = """
    import time
    def build(n):
        s = ''
        for i in range(n):
            s += 'ab'
        return s
    start = time.perf_counter()
    s = ''
    for i in range(1000000):
        s += 'ab'
    module_level = time.perf_counter() - start
    start = time.perf_counter()
    t = build(1000000)
    in_function = time.perf_counter() - start
    print(len(s), len(t), s == t, s[-3:])
    print(module_level < 20, in_function < 20)
    """

  @Test(arguments: [[], ["--no-jit"]])
  func millionAppendsAreLinear(flags: [String]) throws {
    let result = try AdderProcess.run(Self.program, flags: flags)
    #expect(
      result == AdderProcess.Result(status: 0, stdout: "2000000 2000000 True bab\nTrue True\n", stderr: ""))
  }
}
