import AdderCompiler
import AdderJIT
import AdderRuntime
import Benchmark

// What an inline-cache site costs in each state, in process: a hit (monomorphic int add, the last
// case of a 4-case polymorphic site, a megamorphic site's generic helper), a miss (a small-int
// case overflowing every time), and a patch (a site's first execution). Each figure includes one
// trip round a `for` loop over a range; "empty loop" is that trip alone.
// Run: swift package benchmark --target JITBenchmarks

/// Compiles and runs `source` on the JIT in this process (one runtime per process: benchmarks
/// share it, each with its own module namespace).
func runOnJIT(_ source: String) {
  Runtime.start()
  Collector.start()
  JIT.start()
  guard let code = try? compileModule(source: source, filename: "<benchmark>") else {
    fatalError("benchmark source does not compile")
  }
  let globals = DictObject.make()
  do {
    try JIT.runModule(Runtime.load(code), globals: globals.ref.value)
  } catch {
    fatalError("benchmark source raised")
  }
}

/// A loop of `count` trips whose body is `body`, after `warmUp` (run once, to put sites in a state).
func loop(_ count: Int, warmUp: String = "", body: String) -> String {
  """
  def add(a, b):
      return a + b
  def run(n, x, y):
      t = 0
      for i in range(n):
          \(body)
      return t
  \(warmUp)
  run(\(count), 1, 2)
  """
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(metrics: [.wallClock, .throughput], scalingFactor: .mega)

  Benchmark("empty loop (a range trip)", configuration: configuration) { benchmark in
    runOnJIT(loop(benchmark.scaledIterations.count, body: "pass"))
  }

  Benchmark("hit: monomorphic int + (inline case)", configuration: configuration) { benchmark in
    runOnJIT(loop(benchmark.scaledIterations.count, body: "t = x + y"))
  }

  Benchmark("hit: polymorphic, 4th case (float + float)", configuration: configuration) { benchmark in
    // The site sees int, str, list, then float pairs: floats are its fourth case.
    let warmUp = """
      def site(a, b):
          return a + b
      site(1, 2)
      site('a', 'b')
      site([1], [2])
      """
    runOnJIT(
      warmUp + "\n" + loop(benchmark.scaledIterations.count, body: "t = site(0.5, 0.25)")
        + "\n" + "site(0.5, 0.25)\n")
  }

  Benchmark("hit: megamorphic (generic helper)", configuration: configuration) { benchmark in
    let warmUp = """
      def site(a, b):
          return a + b
      site(1, 2)
      site('a', 'b')
      site([1], [2])
      site(0.5, 0.25)
      site((1,), (2,))
      """
    runOnJIT(warmUp + "\n" + loop(benchmark.scaledIterations.count, body: "t = site(True, 1)"))
  }

  Benchmark("call of the site's function alone (for the two above)", configuration: configuration) {
    benchmark in
    runOnJIT(
      "def site(a, b):\n    return a\n" + loop(benchmark.scaledIterations.count, body: "t = site(1, 2)"))
  }

  Benchmark("miss: small-int case overflowing (reason overflow)", configuration: configuration) {
    benchmark in
    runOnJIT(loop(benchmark.scaledIterations.count, body: "t = 4611686018427387903 + y"))
  }

  let perModule = Benchmark.Configuration(metrics: [.wallClock], scalingFactor: .one)
  Benchmark("patch: 1,000 sites' first executions (compile included)", configuration: perModule) {
    benchmark in
    // A module of 1,000 distinct additions, each run once: each site patches its int case.
    // "compile only" below is the same module with the additions never run.
    var source = "def once(x, y):\n"
    for _ in 0..<1000 { source += "    x = x + y\n" }
    source += "    return x\nonce(1, 2)\n"
    for _ in benchmark.scaledIterations { runOnJIT(source) }
  }

  Benchmark("compile only: the same 1,000 sites, never run", configuration: perModule) { benchmark in
    var source = "def once(x, y):\n    if x:\n        return x\n"
    for _ in 0..<1000 { source += "    x = x + y\n" }
    source += "    return x\nonce(1, 2)\n"
    for _ in benchmark.scaledIterations { runOnJIT(source) }
  }
}
