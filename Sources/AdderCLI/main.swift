import AdderCompiler
import AdderInterpreter
import AdderJIT
import AdderRuntime
import AdderSyntax
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// `adder run FILE [ARGS...]`, `adder FILE`, `adder -c CODE`, `adder -` (program on stdin).
struct Adder: ParsableCommand {
  // Command names are spelled out: derived from the type's name they cost a demangling and a
  // dynamic cast per command at every start.
  static let configuration = CommandConfiguration(
    commandName: "adder",
    abstract:
      "Run Python programs (a subset of Python 3) as x86-64 machine code (a baseline JIT), or on the bytecode interpreter.",
    subcommands: [Run.self, Stress.self, FuzzCommand.self], defaultSubcommand: Run.self)
}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a program.")

  @Option(name: .short, help: "Program passed in as a string.")
  var c: String?

  @Flag(help: "Print the syntax tree and exit.")
  var dumpAST = false

  @Flag(help: "Print the bytecode and exit.")
  var dumpBytecode = false

  @Flag(help: "Run on the bytecode interpreter (the reference tier) instead of the JIT.")
  var noJit = false

  @Flag(help: "Print JIT figures on exit (stderr): code compiled, compile speed, interpreted code.")
  var jitStats = false

  @Flag(help: .hidden)
  var auditWx = false

  @Option(
    name: .customLong("ic-stats"),
    help: ArgumentHelp(
      "Print inline-cache statistics on exit (stderr): 'table' or 'json'.", valueName: "format"))
  var icStats: String? = nil

  @Option(help: ArgumentHelp("Write inline-cache statistics as JSON to a file.", valueName: "path"))
  var icStatsFile: String? = nil

  @Option(
    name: .customLong("ic-report"),
    help: ArgumentHelp(
      "Write a self-contained HTML page of the program's source with every inline-cache site marked (open it in a browser).",
      valueName: "path"))
  var icReport: String? = nil

  @Flag(help: "Print each inline-cache transition on stderr as it happens.")
  var traceIc = false

  @Flag(help: "Print each code object's machine code on exit (stderr), as patched, with its bytecode.")
  var dumpAsm = false

  @Flag(help: "Collect garbage at every allocation (finds missing roots).")
  var gcStress = false

  @Flag(help: "Print collector statistics on exit.")
  var gcStats = false

  /// The interactive prompt even when stdin is not a terminal (tests feed it through a pipe).
  @Flag(help: .hidden)
  var repl = false

  @ArgumentParser.Argument(
    parsing: .captureForPassthrough, help: "The program file ('-' for stdin), then its arguments.")
  var program: [String] = []

  /// The parsed options as `RunOptions`, which does the work.
  var options: RunOptions {
    RunOptions(
      c: c, dumpAST: dumpAST, dumpBytecode: dumpBytecode, noJit: noJit, jitStats: jitStats,
      auditWx: auditWx, icStats: icStats, icStatsFile: icStatsFile, icReport: icReport,
      traceIc: traceIc, dumpAsm: dumpAsm, gcStress: gcStress, gcStats: gcStats, repl: repl,
      program: program)
  }

  mutating func run() throws {
    if c == nil, let first = program.first, first == "--help" || first == "-h" {
      throw CleanExit.helpRequest(self)
    }
    try options.run()
  }
}

/// `--ic-stats` alone means the table (`--ic-stats=json` picks JSON); ArgumentParser options need a
/// value, so the bare flag is rewritten before parsing (only among the options before the file).
func normalizedArguments() -> [String] {
  var arguments = Array(CommandLine.arguments.dropFirst())
  for (index, argument) in arguments.enumerated() {
    if argument == "--ic-stats" { arguments[index] = "--ic-stats=table" }
    if !argument.hasPrefix("-") && argument != "run" { break }
    if argument == "-c" || argument == "-" { break }
  }
  return arguments
}

let arguments = normalizedArguments()
if let options = RunOptions.quickParse(arguments) {
  do {
    try options.run()
  } catch {
    Adder.exit(withError: error)
  }
} else {
  Adder.main(arguments)
}
