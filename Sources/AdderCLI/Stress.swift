import AdderRuntime
import AdderStress
import AdderSubprocess
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// `adder stress add`: the polymorphic-add stress tester (Sources/AdderStress does the work).
struct Stress: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stress",
    abstract: "Stress-test inline caches with generated programs, compared across tiers.",
    subcommands: [StressAddCommand.self])
}

struct StressAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract:
      "Drive `+` sites through monomorphic, polymorphic and megamorphic schedules of operand types; compare the JIT with the interpreter (and python3); report IC states and throughput.",
    discussion:
      "Exits 1 on the first mismatch, after printing and saving a shrunk reproducer program. Kinds for --types: "
      + OperandKind.addKinds.map(\.name).joined(separator: ", ") + ".")

  @Option(help: "Seed of the generator: the same seed generates the same programs.")
  var seed: UInt64 = 1

  @Option(help: "Start no new round after this many seconds (default 10 when --rounds is not given).")
  var seconds: Double? = nil

  @Option(help: "Run this many rounds (one generated program each).")
  var rounds: Int? = nil

  @Option(help: "`+` sites per round.")
  var sites = 8

  @Option(help: ArgumentHelp("Operand kinds to use, comma-separated (default: all).", valueName: "list"))
  var types: String? = nil

  @Option(help: ArgumentHelp("Also compare with this CPython (e.g. python3).", valueName: "python"))
  var against: String? = nil

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Option(help: ArgumentHelp("Write an HTML IC report of the last round's program.", valueName: "file.html"))
  var report: String? = nil

  @Option(
    help: ArgumentHelp("Where to save a reproducer (default: the current directory).", valueName: "dir"))
  var reproDir = "."

  @Flag(help: "Skip the throughput measurement.")
  var noThroughput = false

  @Option(help: ArgumentHelp("Print round N's program of the seed and exit.", valueName: "N"))
  var show: Int? = nil

  mutating func run() throws {
    var options = StressAdd.Options()
    options.seed = seed
    options.seconds = seconds
    options.rounds = rounds
    guard sites >= 1 else { throw ValidationError("--sites must be at least 1") }
    options.sites = sites
    if let types {
      var kinds: [OperandKind] = []
      for name in types.split(separator: ",").map({ $0.trimmingCharacters() }) {
        guard let kind = OperandKind.addKinds.first(where: { $0.name == name }) else {
          throw ValidationError(
            "unknown type '\(name)' (known: \(OperandKind.addKinds.map(\.name).joined(separator: ", ")))")
        }
        kinds.append(kind)
      }
      options.kinds = kinds
    }
    if let against {
      guard let python = Subprocess.findExecutable(against) else {
        throw ValidationError("--against: cannot find '\(against)'")
      }
      options.python = against.contains("/") ? python : Subprocess.realPython(python)
    }
    if let show {
      let workload = AddSchedule.workload(seed: seed, round: show, sites: sites, kinds: options.kinds)
      print(workload.pythonSource, terminator: "")
      return
    }
    options.report = report
    options.reproDirectory = reproDir
    options.throughput = !noThroughput
    options.progress = isatty(2) != 0
    let outcome = StressAdd(options: options, adder: Subprocess.currentExecutable()).run()
    print(json ? outcome.json(options: options) : outcome.table(options: options), terminator: "")
    if outcome.mismatch != nil { throw ExitCode(1) }
    if let problem = outcome.problem {
      writeStandardError("adder stress add: \(problem)\n")
      throw ExitCode(2)
    }
  }
}

extension Substring {
  func trimmingCharacters() -> String {
    String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}

/// `adder fuzz`: the project's differential fuzzer.
struct FuzzCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fuzz",
    abstract:
      "Generate programs whose operation sites flip types; run them on the JIT, the interpreter and python3; compare.",
    discussion: "Exits 1 if any program's runs differ; each mismatch is shrunk and saved as a reproducer.")

  @Option(help: "Seed of the generator.")
  var seed: UInt64 = 1

  @Option(help: "Run this many programs.")
  var programs: Int? = nil

  @Option(help: "Start no new program after this many seconds (default 10 when --programs is not given).")
  var seconds: Double? = nil

  @Option(
    help: ArgumentHelp("The CPython to compare with ('none' to compare the tiers only).", valueName: "python")
  )
  var against = "python3"

  @Option(help: ArgumentHelp("Where to save reproducers (default: the current directory).", valueName: "dir"))
  var reproDir = "."

  @Option(help: ArgumentHelp("Print program N of the seed and exit.", valueName: "N"))
  var show: Int? = nil

  mutating func run() throws {
    if let show {
      print(FuzzGenerator.workload(seed: seed, index: show).pythonSource, terminator: "")
      return
    }
    var options = Fuzz.Options()
    options.seed = seed
    options.programs = programs
    options.seconds = seconds
    if against != "none" {
      guard let python = Subprocess.findExecutable(against) else {
        throw ValidationError(
          "--against: cannot find '\(against)' (use --against none to compare the tiers only)")
      }
      options.python = against.contains("/") ? python : Subprocess.realPython(python)
    }
    options.reproDirectory = reproDir
    options.progress = isatty(2) != 0
    let outcome = Fuzz(options: options, adder: Subprocess.currentExecutable()).run()
    print(outcome.text(options: options), terminator: "")
    if !outcome.mismatches.isEmpty { throw ExitCode(1) }
  }
}
