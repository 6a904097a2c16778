import AdderSubprocess

#if canImport(Glibc)
  import Glibc
#endif

/// `adder fuzz`: generated programs (FuzzGenerator) run on the JIT, the interpreter and CPython;
/// output, exit status and the exception compared. Every mismatch is shrunk and saved; the run
/// goes on to the next program.
public struct Fuzz {
  public struct Options: Sendable {
    public var seed: UInt64 = 1
    public var programs: Int? = nil
    public var seconds: Double? = nil
    public var python: String? = nil
    public var reproDirectory = "."
    public var progress = false

    public init() {}
  }

  public struct Outcome: Sendable {
    public var programs = 0
    public var operations = 0
    /// Sites generated, by operation.
    public var sitesByOperation: [String: Int] = [:]
    /// Programs that ended in an exception (on every runtime alike).
    public var raised = 0
    /// Programs that raised before their last operation (a generator fault: they checked less).
    public var raisedEarly: [Int] = []
    public var mismatches: [(program: Int, mismatch: String, reproducer: String?, after: Double)] = []
    public var seconds = 0.0

    public func text(options: Options) -> String {
      let against = options.python == nil ? "JIT vs interpreter" : "JIT vs interpreter vs python3"
      var text = "adder fuzz: seed \(options.seed), \(programs) programs, \(grouped(operations)) operations "
      text +=
        "(\(against)), \(raised) ended in an exception (\(raisedEarly.count) before their last operation), "
      text += "\(mismatches.count) mismatches, "
      text += "\(fixed(seconds, 1)) s\n"
      let sites = sitesByOperation.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
        "\($0.key) \($0.value)"
      }
      text += "sites by operation: " + sites.joined(separator: ", ") + "\n"
      for mismatch in mismatches {
        text += "\nMISMATCH in program \(mismatch.program) (found after \(fixed(mismatch.after, 1)) s): "
        text += "\(mismatch.mismatch)\n"
        if let path = mismatch.reproducer { text += "reproducer saved to \(path)\n" }
      }
      return text
    }
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
    let limit = options.programs == nil ? (options.seconds ?? 10) : options.seconds
    var index = 0
    while true {
      if let programs = options.programs, index >= programs { break }
      if let limit, Subprocess.now() - start >= limit, index > 0 { break }
      let workload = FuzzGenerator.workload(seed: options.seed, index: index)
      for site in workload.sites { outcome.sitesByOperation[site.label, default: 0] += 1 }
      let path = "\(directory)/fuzz_\(index).py"
      let result = differential.run(source: workload.pythonSource, path: path)
      outcome.programs += 1
      outcome.operations += workload.operations
      if result.jit.status != 0 { outcome.raised += 1 }
      if workload.raisedEarly(result.jit) { outcome.raisedEarly.append(index) }
      if let mismatch = result.mismatch {
        let after = Subprocess.now() - start
        let name = "\(options.reproDirectory)/adder-fuzz-repro-seed\(options.seed)-\(index).py"
        let reproducer = differential.reproduce(workload, directory: directory, saveTo: name)
        outcome.mismatches.append((index, reproducer.mismatch ?? mismatch, reproducer.path, after))
      }
      unlink(path)
      index += 1
      if options.progress {
        writeStandardError(
          "\r  program \(index): \(outcome.mismatches.count) mismatches, \(Int(Subprocess.now() - start)) s ")
      }
    }
    if options.progress { writeStandardError("\r" + String(repeating: " ", count: 60) + "\r") }
    rmdir(directory)
    outcome.seconds = Subprocess.now() - start
    return outcome
  }
}

extension Site {
  /// The operation as the report names it.
  var label: String {
    switch form {
    case .truth: "if"
    case .subscript: "[]"
    case .store: "[]="
    case .length: "len"
    case .iterate: "for"
    case .invoke: "call"
    case .unary: op == "-" ? "unary -" : op
    case .augmented, .loopAugmented, .accumulate: op + "="
    default: op
    }
  }
}
