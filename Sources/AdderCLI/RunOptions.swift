import AdderCompiler
import AdderInterpreter
import AdderJIT
import AdderRuntime
import AdderSubprocess
import AdderSyntax
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// What `adder run` was asked to do, as plain values: `Run` (ArgumentParser) fills it for any
/// command line, `quickParse` for the common ones without ArgumentParser, whose reflection over
/// the commands cost 13 million instructions (4 ms) at every start, half of a run of a small
/// program.
struct RunOptions {
  var c: String? = nil
  var dumpAST = false
  var dumpBytecode = false
  var noJit = false
  var jitStats = false
  var auditWx = false
  var icStats: String? = nil
  var icStatsFile: String? = nil
  var icReport: String? = nil
  var traceIc = false
  var dumpAsm = false
  var gcStress = false
  var gcStats = false
  var repl = false
  var program: [String] = []

  /// The flags `quickParse` takes: `Run`'s flags without a value, by the same names (CLITests
  /// check each against ArgumentParser's parse).
  static func quickFlag(_ name: String) -> WritableKeyPath<RunOptions, Bool>? {
    switch name {
    case "--no-jit": \.noJit
    case "--jit-stats": \.jitStats
    case "--gc-stress": \.gcStress
    case "--gc-stats": \.gcStats
    case "--dump-asm": \.dumpAsm
    case "--trace-ic": \.traceIc
    case "--dump-ast": \.dumpAST
    case "--dump-bytecode": \.dumpBytecode
    default: nil
    }
  }

  /// `[run] [FLAG...] FILE [ARGS...]` with only `quickFlags` and a file that is not an option
  /// or a subcommand's name; nil for anything else, which ArgumentParser parses (and explains).
  static func quickParse(_ arguments: [String]) -> RunOptions? {
    var options = RunOptions()
    var rest = arguments[...]
    if rest.first == "run" { rest = rest.dropFirst() }
    while let first = rest.first, first.hasPrefix("-") {
      guard let flag = quickFlag(first) else { return nil }
      options[keyPath: flag] = true
      rest = rest.dropFirst()
    }
    guard let file = rest.first, !["run", "stress", "fuzz", "help"].contains(file) else { return nil }
    if arguments.first != "run" && file != arguments.first { return nil }
    options.program = Array(rest)
    return options
  }

  func run() throws {
    var arguments = program
    // Everything after the file belongs to the program, so help, the version and unknown
    // options must be caught by hand: an option is never taken for a file name.
    if c == nil, let first = arguments.first, first.hasPrefix("-"), first != "-" {
      switch first {
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
        guard let contents = Subprocess.readBytes(path) else {
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
