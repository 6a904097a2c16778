import Foundation
import Testing

/// The command line as a Python user expects it: options, stdin, the prompt, a closed pipe,
/// Ctrl-C, and `input`.
struct CLITests {
  static var scratch: URL { FileManager.default.temporaryDirectory }

  @Test func versionIsPrintedForEachSpelling() throws {
    for spelling in [["--version"], ["-V"], ["run", "--version"]] {
      let result = try AdderProcess.execute(spelling, in: Self.scratch)
      #expect(result.status == 0)
      #expect(result.stdout == "Adder 0.1.0 (Python 3.11 subset)\n", "\(spelling)")
    }
  }

  /// `adder [run] FLAGS FILE ARGS` with only flags that take no value is parsed without
  /// ArgumentParser (a quarter of the start-up time): each such flag must mean what ArgumentParser
  /// makes of it. An option the quick parse does not take (`--ic-stats-file`, whose JSON goes to
  /// /dev/null) sends the same command line through ArgumentParser.
  @Test(arguments: [
    "--no-jit", "--jit-stats", "--gc-stress", "--gc-stats", "--dump-asm", "--trace-ic", "--dump-ast",
    "--dump-bytecode",
  ])
  func quickFlagsMeanWhatArgumentParserMakesOfThem(flag: String) throws {
    let program = "import sys\nprint(sys.argv[1:], sum(i * i for i in range(int(sys.argv[1]))))\n"
    let quick = try AdderProcess.run(program, flags: [flag], arguments: ["300", "x"])
    let parsed = try AdderProcess.run(
      program, flags: [flag, "--ic-stats-file", "/dev/null"], arguments: ["300", "x"])
    #expect(quick.status == parsed.status)
    #expect(quick.stdout == parsed.stdout)
    // Timings and addresses differ between runs: only that each wrote the same kind of report.
    #expect(quick.stderr.isEmpty == parsed.stderr.isEmpty)
    #expect(quick.stderr.prefix(3) == parsed.stderr.prefix(3))
    if flag == "--dump-ast" || flag == "--dump-bytecode" {
      #expect(!quick.stdout.contains("['300'"), "\(flag) prints the program, it does not run it")
    } else {
      #expect(quick.stdout == "['300', 'x'] 8955050\n")
    }
  }

  @Test func unknownOptionsAreRefusedNotOpened() throws {
    let result = try AdderProcess.execute(["--frobnicate", "x.py"], in: Self.scratch)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("unknown option --frobnicate\nusage: adder"), "\(result.stderr)")
    #expect(!result.stderr.contains("can't open file"))
  }

  @Test func aDirectoryIsNotAProgram() throws {
    let result = try AdderProcess.execute([Self.scratch.path], in: Self.scratch)
    #expect(result.status == 1)
    #expect(result.stderr == "adder: can't find '__main__' module in '\(Self.scratch.path)'\n")
  }

  @Test func stdinThatIsNotATerminalIsTheProgram() throws {
    for flags in [[], ["--no-jit"]] {
      let result = try AdderProcess.execute(
        flags, in: Self.scratch, input: "import sys\nprint(6 * 7, sys.argv)\n")
      #expect(result == AdderProcess.Result(status: 0, stdout: "42 ['']\n", stderr: ""))
    }
  }

  @Test func inputReadsLinesThenRaisesEOFError() throws {
    let source = """
      a = input('first? ')
      b = input()
      print([a, b])
      input('more? ')
      """
    for flags in [[], ["--no-jit"]] {
      let directory = Self.scratch.appendingPathComponent("adder-cli-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: directory) }
      try source.write(to: directory.appendingPathComponent("ask.py"), atomically: true, encoding: .utf8)
      let result = try AdderProcess.execute(
        ["run"] + flags + ["ask.py"], in: directory, input: "Ada\nLovelace\n")
      #expect(result.status == 1)
      #expect(result.stdout == "first? ['Ada', 'Lovelace']\nmore? ")
      #expect(result.stderr.hasSuffix("EOFError: EOF when reading a line\n"), "\(result.stderr)")
    }
  }

  /// The prompt fed through a pipe (`--repl`): echo, state between inputs, continuation lines,
  /// tracebacks that do not end the session, SystemExit's status.
  @Test func replKeepsStateEchoesAndSurvivesErrors() throws {
    let input = """
      x = 5
      x
      None
      for i in range(2):
          print(i)

      1/0
      x + 1
      _
      def f(a):
          return a * 2

      f(x)
      [1,
       2]
      x = = 1
      exit(4)
      print('not reached')

      """
    for flags in [["--repl"], ["--repl", "--no-jit"]] {
      let result = try AdderProcess.execute(flags, in: Self.scratch, input: input)
      #expect(result.status == 4, "\(result.stderr)")
      #expect(result.stdout == "5\n0\n1\n6\n6\n10\n[1, 2]\n")
      #expect(
        result.stderr.contains(
          ">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
            + "ZeroDivisionError: division by zero\n>>> "), "\(result.stderr)")
      #expect(result.stderr.contains("SyntaxError: invalid syntax\n>>> "))
      #expect(result.stderr.hasPrefix(">>> >>> >>> >>> ... ... >>> "), "\(result.stderr)")
    }
  }

  /// On a terminal (a pseudo-terminal from util-linux's `script`), no flag is needed; Ctrl-C at
  /// the prompt drops the line and the session goes on; Ctrl-D ends it.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func replStartsOnATerminal() throws {
    let feed =
      "(printf 'x = 6 * 7\\n'; sleep 0.5; printf '\\003'; sleep 0.5; printf 'x\\n'; sleep 0.5; printf '\\004')"
    let command = "\(feed) | script -qc '\(AdderProcess.binary)' /dev/null"
    let result = try AdderProcess.execute(["-c", command], in: Self.scratch, executable: "/bin/bash")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Adder 0.1.0 (Python 3.11 subset)"), "\(result.stdout)")
    #expect(result.stdout.contains("KeyboardInterrupt\r\n>>> "), "\(result.stdout)")
    #expect(result.stdout.contains("42\r\n>>> "), "\(result.stdout)")
  }

  @Test func aClosedPipeEndsWithBrokenPipeErrorNotASignal() throws {
    for flag in ["", "--no-jit"] {
      let command =
        "\"$0\" run \(flag) -c 'for i in range(10**7): print(i)' | head -1; exit ${PIPESTATUS[0]}"
      let result = try AdderProcess.execute(
        ["-c", command, AdderProcess.binary], in: Self.scratch, executable: "/bin/bash")
      #expect(result.status == 1)
      #expect(result.stdout == "0\n")
      #expect(result.stderr.hasSuffix("\nBrokenPipeError: [Errno 32] Broken pipe\n"), "\(result.stderr)")
      #expect(result.stderr.hasPrefix("Traceback (most recent call last):\n"))
    }
  }

  /// SIGINT while Python code runs: a KeyboardInterrupt traceback, then death by SIGINT (a shell
  /// shows 130), as CPython.
  @Test func ctrlCRaisesKeyboardInterrupt() throws {
    let directory = Self.scratch.appendingPathComponent("adder-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = "def f(n):\n    return n + 1\nprint('go', flush=True)\ni = 0\nwhile True:\n    i = f(i)\n"
    try source.write(to: directory.appendingPathComponent("spin.py"), atomically: true, encoding: .utf8)
    for flags in [[], ["--no-jit"]] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: AdderProcess.binary)
      process.arguments = ["run"] + flags + ["spin.py"]
      process.currentDirectoryURL = directory
      let out = Pipe()
      let err = Pipe()
      process.standardOutput = out
      process.standardError = err
      process.standardInput = FileHandle.nullDevice
      try process.run()
      // A run the interrupt failed to stop must fail the test, not hang it.
      DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
        if process.isRunning { process.terminate() }
      }
      // Wait for the loop to start before interrupting it.
      let started = out.fileHandleForReading.availableData
      #expect(String(decoding: started, as: UTF8.self) == "go\n")
      process.interrupt()
      let raw = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      let stderr = AdderProcess.withoutDirectory(
        AdderProcess.Result(status: 0, stdout: "", stderr: raw), directory
      ).stderr
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal)
      #expect(process.terminationStatus == SIGINT)
      #expect(stderr.hasPrefix("Traceback (most recent call last):\n  File \"spin.py\", line "), "\(stderr)")
      #expect(stderr.hasSuffix("\nKeyboardInterrupt\n"), "\(stderr)")
    }
  }

  /// SIGINT in a hot loop inside `try`: the handler catches KeyboardInterrupt in either tier and
  /// the program goes on to exit normally.
  @Test func ctrlCIsCatchable() throws {
    let directory = Self.scratch.appendingPathComponent("adder-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = """
      def f(n):
          return n + 1
      print('go', flush=True)
      i = 0
      try:
          while True:
              i = f(i)
      except KeyboardInterrupt:
          print('caught', i >= 0)
      print('after')

      """
    try source.write(to: directory.appendingPathComponent("catch.py"), atomically: true, encoding: .utf8)
    for flags in [[], ["--no-jit"]] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: AdderProcess.binary)
      process.arguments = ["run"] + flags + ["catch.py"]
      process.currentDirectoryURL = directory
      let out = Pipe()
      process.standardOutput = out
      process.standardError = FileHandle.nullDevice
      process.standardInput = FileHandle.nullDevice
      try process.run()
      DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
        if process.isRunning { process.terminate() }
      }
      let started = out.fileHandleForReading.availableData
      #expect(String(decoding: started, as: UTF8.self) == "go\n")
      process.interrupt()
      let rest = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationReason == .exit)
      #expect(process.terminationStatus == 0)
      #expect(rest == "caught True\nafter\n", "\(rest)")
    }
  }
}
