import AdderSubprocess

#if canImport(Glibc)
  import Glibc
#endif

/// `adder stress add`: rounds of generated `+` workloads, each run on the JIT and the
/// interpreter (and CPython when asked) and compared; the JIT's IC statistics of every round
/// summed into a census; then the throughput kernels. The first mismatch is shrunk to a small
/// reproducer, saved, and ends the run.
public struct StressAdd {
  public struct Options: Sendable {
    public var seed: UInt64 = 1
    /// Stop starting rounds after this long (the default when neither bound is given: 10 s).
    public var seconds: Double? = nil
    public var rounds: Int? = nil
    public var sites = 8
    public var kinds = OperandKind.addKinds
    public var python: String? = nil
    /// Where a reproducer is saved.
    public var reproDirectory = "."
    /// An HTML IC report of the last round (`--ic-report` on its JIT run).
    public var report: String? = nil
    public var throughput = true
    public var throughputRepetitions = 1000
    /// A progress line on stderr (on a terminal).
    public var progress = false

    public init() {}
  }

  public struct Outcome: Sendable {
    public var rounds = 0
    public var additions = 0
    public var census = SiteCensus()
    public var throughput: [Throughput.Row] = []
    public var seconds = 0.0
    /// The first mismatch, shrunk: what differs and where the reproducer was saved.
    public var mismatch: String? = nil
    public var reproducer: String? = nil
    public var reproducerSource: String? = nil
    /// Seconds from the start to the mismatch's detection (before shrinking), and the re-runs
    /// the shrinking took.
    public var detectedAfter: Double? = nil
    public var shrinkChecks = 0
    /// A failure of the harness itself (a kernel that did not run).
    public var problem: String? = nil
  }

  public var options: Options
  public var adder: String

  public init(options: Options, adder: String) {
    self.options = options
    self.adder = adder
  }

  public func run() -> Outcome {
    var outcome = Outcome()
    let start = Subprocess.now()
    let directory = Subprocess.scratchDirectory()
    let differential = Differential(adder: adder, python: options.python)
    let limit = options.rounds == nil ? (options.seconds ?? 10) : options.seconds
    var round = 0
    while true {
      if let rounds = options.rounds, round >= rounds { break }
      if let limit, Subprocess.now() - start >= limit, round > 0 { break }
      let workload = AddSchedule.workload(
        seed: options.seed, round: round, sites: options.sites, kinds: options.kinds)
      let path = "\(directory)/stress_\(round).py"
      let statsPath = "\(directory)/stress_\(round).json"
      let isLast = options.rounds.map { round == $0 - 1 } ?? false
      var jitArguments = ["--ic-stats-file", statsPath]
      if let report = options.report, isLast || options.rounds == nil {
        jitArguments += ["--ic-report", report]
      }
      let result = differential.run(source: workload.pythonSource, path: path, jitArguments: jitArguments)
      outcome.rounds += 1
      if let mismatch = result.mismatch {
        outcome.mismatch = mismatch
        outcome.detectedAfter = Subprocess.now() - start
        let name = "\(options.reproDirectory)/adder-stress-repro-seed\(options.seed)-round\(round).py"
        let reproducer = differential.reproduce(workload, directory: directory, saveTo: name)
        outcome.shrinkChecks = reproducer.checks
        outcome.reproducerSource = reproducer.workload.pythonSource
        outcome.reproducer = reproducer.path
        outcome.mismatch = reproducer.mismatch ?? mismatch
        break
      }
      if workload.raisedEarly(result.jit), outcome.problem == nil {
        outcome.problem =
          "round \(round) raised before its last operation: \(Differential.lastLine(result.jit.stderr))"
      }
      outcome.additions += workload.operations
      if let report = JSONValue.parse(Subprocess.readFile(statsPath)) {
        outcome.census.add(report: report, operations: ["+", "+="])
      } else {
        outcome.problem = "round \(round): no IC statistics from the JIT run"
      }
      unlink(statsPath)
      unlink(path)
      if options.progress {
        let line =
          "\r  round \(round + 1): \(outcome.additions) additions checked, 0 mismatches, "
          + "\(Int(Subprocess.now() - start)) s "
        writeStandardError(line)
      }
      round += 1
    }
    if options.progress { writeStandardError("\r" + String(repeating: " ", count: 72) + "\r") }
    if outcome.mismatch == nil, options.throughput {
      switch Throughput.measure(
        adder: adder, directory: directory, repetitions: options.throughputRepetitions)
      {
      case .success(let rows): outcome.throughput = rows
      case .failure(let failure): outcome.problem = failure.message
      }
    }
    rmdir(directory)
    outcome.seconds = Subprocess.now() - start
    return outcome
  }
}

/// Progress goes straight to file descriptor 2 (Glibc's `stderr` is a mutable global, which
/// strict concurrency refuses).
func writeStandardError(_ text: String) {
  let bytes = Array(text.utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
