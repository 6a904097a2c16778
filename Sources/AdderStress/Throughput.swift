import AdderSubprocess

#if canImport(Glibc)
  import Glibc
#endif

/// Additions per second at a site in each state, on the JIT and on the interpreter running the
/// same program. Three kernels with the same loop (`r = xs[i] + ys[i]`): one site sees int+int
/// only (monomorphic), one four type pairs (polymorphic), one eight (megamorphic). The program
/// times itself with `time.perf_counter` after a warm-up call, so start-up and compilation are
/// not counted; each figure includes the loop and the two list loads around the addition.
public enum Throughput {
  public struct Row: Sendable, Equatable {
    public var state: String
    public var additions: Int
    public var jitSeconds: Double
    public var interpreterSeconds: Double
    /// The state the JIT's statistics report for the kernel's `+` site (it must be `state`).
    public var observedState: String

    public var jitRate: Double { Double(additions) / max(jitSeconds, 1e-9) }
    public var interpreterRate: Double { Double(additions) / max(interpreterSeconds, 1e-9) }
  }

  static let mixes: [(state: String, pairs: [(OperandKind, OperandKind)])] = [
    ("monomorphic", [(.int, .int)]),
    ("polymorphic", [(.int, .int), (.float, .float), (.str, .str), (.int, .float)]),
    (
      "megamorphic",
      [
        (.int, .int), (.float, .float), (.str, .str), (.int, .float), (.float, .int), (.list, .list),
        (.tuple, .tuple), (.big, .int),
      ]
    ),
  ]

  /// The kernel program; `repetitions` passes over 1,000 pairs per state.
  public static func program(repetitions: Int) -> String {
    let kinds = Set(mixes.flatMap { $0.pairs.flatMap { [$0.0, $0.1] } })
    var lines = Workload.prelude(title: "adder stress add: throughput kernels", kinds: kinds)
    lines.insert("import time", at: 1)
    for (number, mix) in mixes.enumerated() {
      lines += [
        "", "", "def kernel_\(number)(xs, ys):", "    r = None", "    for i in range(len(xs)):",
        "        r = xs[i] + ys[i]", "    return r",
      ]
      var left: [Operand] = []
      var right: [Operand] = []
      for index in 0..<1000 {
        let (a, b) = mix.pairs[index % mix.pairs.count]
        left.append(Operand(a, index))
        right.append(Operand(b, index * 3 + 1))
      }
      lines += [
        "", "", "A = build(\(Workload.runs(left)))", "B = build(\(Workload.runs(right)))",
        "kernel_\(number)(A, B)", "start = time.perf_counter()", "for _ in range(\(repetitions)):",
        "    kernel_\(number)(A, B)",
        "print('\(mix.state)', \(repetitions * 1000), time.perf_counter() - start)",
      ]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Runs the kernels on both tiers; nil (with the reason) if a run failed.
  public static func measure(adder: String, directory: String, repetitions: Int = 1000) -> Result<
    [Row], StressFailure
  > {
    let path = directory + "/throughput.py"
    let statsPath = directory + "/throughput-ic.json"
    Subprocess.writeFile(path, program(repetitions: repetitions))
    defer {
      unlink(path)
      unlink(statsPath)
    }
    // Timed with statistics off (hit counting and recording the types of megamorphic misses
    // cost time); a second JIT run with them on says which state each kernel's site reached.
    let jit = Subprocess.run([adder, "run", path])
    let interpreter = Subprocess.run([adder, "run", "--no-jit", path])
    let observed = Subprocess.run([adder, "run", "--ic-stats-file", statsPath, path])
    guard jit.status == 0, interpreter.status == 0, observed.status == 0 else {
      return .failure(
        StressFailure("the throughput kernels failed:\n\(jit.stderr)\(interpreter.stderr)\(observed.stderr)"))
    }
    let report = JSONValue.parse(Subprocess.readFile(statsPath)) ?? .null
    var states: [String: String] = [:]
    for site in SiteCensus.sites(of: report, functionPrefix: "kernel_", operations: ["+"]) {
      states[site["function"]?.string ?? ""] = site["state"]?.string
    }
    let jitLines = jit.stdout.split(separator: "\n").map { $0.split(separator: " ") }
    let interpreterLines = interpreter.stdout.split(separator: "\n").map { $0.split(separator: " ") }
    var rows: [Row] = []
    for (number, mix) in mixes.enumerated() where number < jitLines.count && number < interpreterLines.count {
      let j = jitLines[number]
      let i = interpreterLines[number]
      guard j.count == 3, i.count == 3, let additions = Int(j[1]), let jitSeconds = Double(j[2]),
        let interpreterSeconds = Double(i[2])
      else { return .failure(StressFailure("unexpected kernel output: \(jit.stdout)")) }
      rows.append(
        Row(
          state: mix.state, additions: additions, jitSeconds: jitSeconds,
          interpreterSeconds: interpreterSeconds,
          observedState: states["kernel_\(number)"] ?? "not reported"))
    }
    return .success(rows)
  }
}

public struct StressFailure: Error, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
