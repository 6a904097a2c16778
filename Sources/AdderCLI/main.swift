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
  static let configuration = CommandConfiguration(
    abstract:
      "Run Python programs (a subset of Python 3) as x86-64 machine code (a baseline JIT), or on the bytecode interpreter.",
    subcommands: [Run.self, Stress.self, FuzzCommand.self], defaultSubcommand: Run.self)
}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Run a program.")

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

  mutating func run() throws {
    var arguments = program
    // Everything after the file belongs to the program, so help, the version and unknown
    // options must be caught by hand: an option is never taken for a file name.
    if c == nil, let first = arguments.first, first.hasPrefix("-"), first != "-" {
      switch first {
      case "--help", "-h": throw CleanExit.helpRequest(self)
      case "--version", "-V":
        print(AdderVersion.text)
        return
      default:
        writeStandardError(
          "unknown option \(first)\nusage: adder [option] ... [-c cmd | file | -] [arg] ...\n"
            + "Try `adder --help' for more information.\n")
        throw ExitCode(2)
      }
    }
    let source: String
    let filename: String
    if let c {
      source = c
      filename = "<string>"
      arguments.insert("-c", at: 0)
    } else {
      guard let path = arguments.first else {
        // No program: the prompt on a terminal, else stdin is the program (as python3 does).
        if repl || isatty(0) != 0 {
          var session = REPL(tier: try tier())
          session.banner = !repl
          let status = session.run()
          if status != 0 { throw ExitCode(status) }
          return
        }
        let text: String
        do {
          text = try SourceText.decode(
            readAll(stdin: true, path: ""), filename: "<stdin>", path: absolutePath("<stdin>"))
        } catch {
          writeStandardError(error.rendered)
          throw ExitCode(1)
        }
        try runProgram(source: text, filename: "<stdin>", arguments: [""])
        return
      }
      let bytes: [UInt8]
      if path == "-" {
        filename = "<stdin>"
        bytes = readAll(stdin: true, path: "")
      } else {
        filename = path
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
          writeStandardError("adder: can't find '__main__' module in '\(path)'\n")
          throw ExitCode(1)
        }
        guard let contents = readFile(path) else {
          writeStandardError("adder: can't open file '\(path)': No such file or directory\n")
          throw ExitCode(2)
        }
        bytes = contents
      }
      do {
        source = try SourceText.decode(bytes, filename: filename, path: absolutePath(filename))
      } catch {
        writeStandardError(error.rendered)
        throw ExitCode(1)
      }
    }
    try runProgram(source: source, filename: filename, arguments: arguments)
  }

  func runProgram(source: String, filename: String, arguments: [String]) throws {
    if dumpAST || dumpBytecode {
      do {
        if dumpAST { print(dumpASTText(try parseModule(source: source, filename: filename))) }
        if dumpBytecode { print(disassemble(try compileModule(source: source, filename: filename))) }
      } catch {
        writeStandardError(error.rendered)
        throw ExitCode(error.kind == .unsupported ? 2 : 1)
      }
      return
    }
    let tier = try tier(program: (filename, source))
    var runner = ProgramRunner(tier: tier, source: source, filename: filename, arguments: arguments)
    runner.gcStress = gcStress || getenv("ADDER_GC_STRESS") != nil
    runner.gcStatistics = gcStats
    let status = runner.run()
    if status != 0 { throw ExitCode(status) }
  }

  /// The tier the options ask for: the JIT unless --no-jit.
  func tier(program: (String, String)? = nil) throws -> ExecutionTier {
    var options = JIT.Options()
    options.statistics = jitStats
    options.dumpAssembly = dumpAsm
    options.auditWriteXorExecute = auditWx
    if let icStats {
      guard let format = ICStatisticsFormat(rawValue: icStats) else {
        throw ValidationError("--ic-stats takes 'table' or 'json'")
      }
      options.icStatistics = format
    }
    options.icStatisticsFile = icStatsFile
    options.icReportFile = icReport
    options.program = program
    options.traceIC = traceIc
    return noJit ? Interpreter.tier : JIT.tier(options)
  }

  func dumpASTText(_ module: Module) -> String { AdderSyntax.dumpAST(module) }

  /// The file as CPython names it in messages: relative paths joined to the working directory.
  func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") || path.hasPrefix("<") { return path }
    guard let cwd = getcwd(nil, 0) else { return path }
    defer { free(cwd) }
    return String(cString: cwd) + "/" + path
  }

  func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = fread(&chunk, 1, chunk.count, file)
      if n <= 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }

  func readAll(stdin: Bool, path: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = read(0, &chunk, chunk.count)
      if n <= 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
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

Adder.main(normalizedArguments())
