import AdderSubprocess

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one program on Adder's two tiers (and on CPython when asked) and compares what they
/// did. The tiers must agree byte for byte (stdout, stderr, exit status); CPython must agree on
/// stdout, exit status and the last line of stderr (the exception), since its tracebacks also
/// show source excerpts Adder does not print.
public struct Differential: Sendable {
  /// The `adder` executable.
  public var adder: String
  /// A CPython to compare with (`--against python3`), if any.
  public var python: String?
  public var timeout: Double = 120

  public init(adder: String, python: String? = nil) {
    self.adder = adder
    self.python = python
  }

  public struct Outcome: Sendable {
    public var jit: ProcessResult
    public var interpreter: ProcessResult
    public var python: ProcessResult?
    /// What differs, in words; nil when everything agreed.
    public var mismatch: String?
  }

  /// Runs `source` (written to `path`) everywhere. `jitArguments` go to the JIT run only (IC
  /// statistics, the HTML report).
  public func run(source: String, path: String, jitArguments: [String] = []) -> Outcome {
    Subprocess.writeFile(path, source)
    let jit = Subprocess.run([adder, "run"] + jitArguments + [path], timeout: timeout)
    let interpreter = Subprocess.run([adder, "run", "--no-jit", path], timeout: timeout)
    var mismatch = Differential.compare(jit, "jit", interpreter, "interpreter", wholeStderr: true)
    var cpython: ProcessResult? = nil
    if let python {
      let result = Subprocess.run([python, path], timeout: timeout)
      cpython = result
      if mismatch == nil {
        mismatch = Differential.compare(jit, "jit", result, "python3", wholeStderr: false)
      }
    }
    return Outcome(jit: jit, interpreter: interpreter, python: cpython, mismatch: mismatch)
  }

  /// The first difference between two runs, or nil.
  public static func compare(
    _ a: ProcessResult, _ aName: String, _ b: ProcessResult, _ bName: String, wholeStderr: Bool
  ) -> String? {
    if a.timedOut || b.timedOut {
      return "\(a.timedOut ? aName : bName) ran out of time"
    }
    // A run killed by a signal is named as a crash, not as the output it failed to print.
    for (run, name, other, otherName) in [(a, aName, b, bName), (b, bName, a, aName)]
    where run.status >= 128 && run.status != other.status {
      return "\(name) crashed: signal \(run.status - 128) (exit status \(run.status)); "
        + "\(otherName) exited \(other.status)\n  \(name) stderr: \(clip(lastLine(run.stderr)))"
    }
    if let difference = firstDifference(a.stdout, b.stdout) {
      return "stdout differs (\(aName) vs \(bName)) at line \(difference.line):\n"
        + "  \(aName): \(clip(difference.a))\n  \(bName): \(clip(difference.b))"
    }
    if a.status != b.status {
      return "exit status differs: \(aName) \(a.status), \(bName) \(b.status)\n"
        + "  \(aName) stderr: \(clip(lastLine(a.stderr)))\n  \(bName) stderr: \(clip(lastLine(b.stderr)))"
    }
    let (errA, errB) = wholeStderr ? (a.stderr, b.stderr) : (lastLine(a.stderr), lastLine(b.stderr))
    if let difference = firstDifference(errA, errB) {
      return "stderr differs (\(aName) vs \(bName)) at line \(difference.line):\n"
        + "  \(aName): \(clip(difference.a))\n  \(bName): \(clip(difference.b))"
    }
    return nil
  }

  static func firstDifference(_ a: String, _ b: String) -> (line: Int, a: String, b: String)? {
    if a == b { return nil }
    let linesA = a.split(separator: "\n", omittingEmptySubsequences: false)
    let linesB = b.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(linesA.count, linesB.count) {
      let x = index < linesA.count ? String(linesA[index]) : "<end of output>"
      let y = index < linesB.count ? String(linesB[index]) : "<end of output>"
      if x != y { return (index + 1, x, y) }
    }
    return (1, a, b)
  }

  public static func lastLine(_ text: String) -> String {
    text.split(separator: "\n").last.map(String.init) ?? ""
  }

  /// A long line around its first difference would be unreadable; keep its start.
  static func clip(_ text: String, _ width: Int = 300) -> String {
    text.count <= width ? text : String(text.prefix(width)) + " …"
  }

  /// What shrinking a mismatching workload left: the reduced program, where it was saved (nil if
  /// it could not be), what still differs on a re-run, and how many re-runs the shrinking took.
  public struct Reproducer: Sendable {
    public var workload: Workload
    public var path: String?
    public var mismatch: String?
    public var checks: Int
  }

  /// Shrinks `workload` while it still mismatches (at most 250 re-runs, in `directory`), saves
  /// the result to `path` and runs it once more to say what the saved program shows.
  public func reproduce(_ workload: Workload, directory: String, saveTo path: String) -> Reproducer {
    let candidate = "\(directory)/candidate.py"
    defer { unlink(candidate) }
    var shrinker = Shrinker(budget: 250) { run(source: $0.pythonSource, path: candidate).mismatch != nil }
    let reduced = shrinker.shrink(workload)
    let saved = Subprocess.writeFile(path, reduced.pythonSource) ? path : nil
    let again = run(source: reduced.pythonSource, path: candidate).mismatch
    return Reproducer(workload: reduced, path: saved, mismatch: again, checks: shrinker.checks)
  }
}
