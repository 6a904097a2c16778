import AdderCompiler
import AdderSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive prompt, as `python3` with no program on a terminal: `>>> ` and `... ` for
/// continuation lines (written to stderr, as CPython does without readline), an expression's
/// repr echoed (None is not), errors printed as tracebacks and the session going on, Ctrl-D (end
/// of input) or `exit()` leaving. State persists: every input runs as module code on the same
/// globals, on whichever tier is given (the JIT by default).
public struct REPL {
  public var tier: ExecutionTier
  public var banner = true

  public init(tier: ExecutionTier) { self.tier = tier }

  /// Runs until end of input or SystemExit; returns the exit status.
  public func run() -> Int32 {
    var status: Int32 = 0
    withBigStack { status = session() }
    if status == ProgramRunner.interruptedStatus { Signals.exitByInterrupt() }
    return status
  }

  func session() -> Int32 {
    Runtime.argv = [""]
    Signals.install()
    Frames.start()
    tier.start()
    Collector.start()
    Output.unbuffered = true
    let globals = DictObject.make()
    try! globals.set(Runtime.intern("__name__"), Runtime.intern("__main__"))
    try! globals.set(Runtime.intern("__doc__"), .none)
    Runtime.modules["__main__"] = ModuleObject.make(name: "__main__", dict: globals)
    // The echo: `expr` typed alone runs as `__adder_display__(expr)`, which prints its repr and
    // keeps it as `_` (in builtins, as CPython's sys.displayhook does).
    try! Runtime.builtins.set(
      Runtime.intern("__adder_display__"),
      Builtins.function("__adder_display__") { a throws(PythonError) in
        if !a[0].isNone {
          Output.write(try reprString(a[0]) + "\n")
          try Runtime.builtins.set(Runtime.intern("_"), a[0])
        }
        return .none
      })
    if banner {
      writeStandardError(
        "\(AdderVersion.text) on linux\nType \"exit()\" or Ctrl-D (end of input) to leave.\n")
    }
    while true {
      let text: String
      do {
        guard let input = try readInput() else {
          if isatty(0) != 0 { writeStandardError("\n") }
          return Output.finish() ?? 0
        }
        text = input
      } catch {
        // Ctrl-C at the prompt drops the input, as CPython does.
        Runtime.pendingException = .empty
        writeStandardError("\nKeyboardInterrupt\n")
        continue
      }
      if let status = execute(text, globals: globals.ref.value) { return status }
    }
  }

  /// One input: a line, or a compound statement or bracketed expression with its continuation
  /// lines; nil at the end of input.
  func readInput() throws(PythonError) -> String? {
    var text = ""
    while text.isEmpty {
      writeStandardError(">>> ")
      guard let line = try Files.readStandardInputLine() else { return nil }
      if !line.allSatisfy({ $0 == " " || $0 == "\t" }) { text = line }
    }
    // A compound statement reads until an empty line; brackets, strings and a trailing
    // backslash until they close.
    let block = REPL.opensBlock(text)
    while REPL.isIncomplete(text) || block {
      writeStandardError("... ")
      guard let line = try Files.readStandardInputLine() else { break }
      if block && !REPL.isIncomplete(text) && line.allSatisfy({ $0 == " " || $0 == "\t" }) { break }
      text += "\n" + line
    }
    return text
  }

  /// Compiles and runs one input; a status when the session must end (SystemExit).
  func execute(_ text: String, globals: Value) -> Int32? {
    var source = text + "\n"
    do {
      let module = try parseModule(source: source, filename: "<stdin>")
      if module.body.count == 1, case .expression = module.body[0].kind {
        source = "__adder_display__(" + text + "\n)\n"
      }
    } catch {
      writeStandardError(error.rendered)
      return nil
    }
    let code: CodeObject
    do {
      code = try compileModule(source: source, filename: "<stdin>")
    } catch {
      writeStandardError(error.rendered)
      return nil
    }
    do {
      try tier.runModule(Runtime.load(code), globals)
      Output.flush()
      try Output.check()
    } catch {
      Output.flush()
      Output.failure = 0
      let exception = ExceptionObject(Runtime.pendingException)
      // CPython prints no source lines for code typed at the prompt.
      let status = ProgramRunner.reportUncaught(source: "", filename: "")
      if exception.type == .systemExit { return status }
      Exceptions.handled = .empty
      Runtime.pendingException = .empty
    }
    return nil
  }

  /// Whether the input's first line starts a compound statement (ends in ':' outside strings and
  /// comments) or a decorator.
  static func opensBlock(_ text: String) -> Bool {
    let first = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    if first.drop(while: { $0 == " " }).hasPrefix("@") { return true }
    return scan(String(first)).lastSignificant == ":"
  }

  /// Whether the text ends inside brackets, a triple-quoted string or after a backslash.
  static func isIncomplete(_ text: String) -> Bool {
    let state = scan(text)
    return state.depth > 0 || state.inTripleString || state.lastSignificant == "\\"
  }

  /// A small scanner over Python source: bracket depth, strings and comments skipped.
  static func scan(_ text: String) -> (depth: Int, inTripleString: Bool, lastSignificant: Character?) {
    let characters = Array(text)
    var depth = 0
    var last: Character? = nil
    var i = 0
    while i < characters.count {
      let c = characters[i]
      if c == "#" {
        while i < characters.count && characters[i] != "\n" { i += 1 }
        continue
      }
      if c == "\"" || c == "'" {
        let triple = i + 2 < characters.count && characters[i + 1] == c && characters[i + 2] == c
        let width = triple ? 3 : 1
        i += width
        var closed = false
        while i < characters.count {
          if characters[i] == "\\" {
            i += 2
            continue
          }
          if !triple && characters[i] == "\n" { break }
          if characters[i] == c
            && (!triple || (i + 2 < characters.count && characters[i + 1] == c && characters[i + 2] == c))
          {
            i += width
            closed = true
            break
          }
          i += 1
        }
        if triple && !closed { return (depth, true, last) }
        last = c
        continue
      }
      if "([{".contains(c) { depth += 1 }
      if ")]}".contains(c) { depth = max(depth - 1, 0) }
      if c != " " && c != "\t" && c != "\n" { last = c }
      if c == "\n" && depth == 0 && last == "\\" { last = nil }
      i += 1
    }
    return (depth, false, last)
  }
}

/// What `adder --version` prints.
public enum AdderVersion {
  public static let text = "Adder 0.1.0 (Python 3.11 subset)"
}
