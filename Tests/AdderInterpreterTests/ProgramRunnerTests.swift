import AdderRuntime
import Testing

@testable import AdderInterpreter

/// Whole programs through the interpreter, for behaviour the corpus cannot show from outside:
/// the exception left pending, the traceback entries, deep recursion on the value stack.
/// Serialized: the interpreter and the heap are process-wide.
@Suite(.serialized)
struct ProgramRunnerTests {
  /// Runs `source` and returns its exit status and what it printed.
  func run(_ source: String) -> (status: Int32, output: String) {
    Output.capture = []
    defer { Output.capture = nil }
    let status = ProgramRunner(
      tier: Interpreter.tier, source: source, filename: "test.py", arguments: ["test.py"]
    ).run()
    return (status, String(decoding: Output.capture ?? [], as: UTF8.self))
  }

  func pendingExceptionType() -> TypeID? {
    let exception = Runtime.pendingException
    return exception.isObject(.exception) ? ExceptionObject(exception).type : nil
  }

  @Test func printsAndExitsZero() {
    RuntimeTestLock.run {
      let result = run("print('hello', 6 * 7)")
      #expect(result.status == 0)
      #expect(result.output == "hello 42\n")
    }
  }

  @Test func unboundedRecursionRaisesRecursionError() {
    RuntimeTestLock.run {
      let result = run("def f(n):\n    return f(n + 1)\nf(0)\n")
      #expect(result.status == 1)
      #expect(pendingExceptionType() == .recursionError)
      #expect(Frames.traceback.count >= 999, "one traceback entry per frame unwound")
      #expect(Frames.traceback.first?.function == "f")
      #expect(Frames.traceback.last?.function == "<module>")
    }
  }

  @Test func raisedLimitAllowsDeepRecursion() {
    RuntimeTestLock.run {
      let source = """
        import sys
        sys.setrecursionlimit(200000)
        def depth(n):
            return 0 if n == 0 else 1 + depth(n - 1)
        print(depth(150000))
        sys.setrecursionlimit(1000)
        """
      let result = run(source)
      #expect(result.status == 0)
      #expect(result.output == "150000\n")
    }
  }

  @Test func tracebackNamesTheLineOfEachFrame() {
    RuntimeTestLock.run {
      let result = run("def inner():\n    return 1 // 0\n\ndef outer():\n    return inner()\n\nouter()\n")
      #expect(result.status == 1)
      #expect(pendingExceptionType() == .zeroDivisionError)
      #expect(Frames.traceback.map(\.line) == [2, 5, 7])
      #expect(Frames.traceback.map(\.function) == ["inner", "outer", "<module>"])
    }
  }

  @Test func sysExitStatus() {
    RuntimeTestLock.run {
      #expect(run("import sys\nsys.exit(3)").status == 3)
      #expect(run("import sys\nsys.exit()").status == 0)
    }
  }

  @Test func builtinsCallBackIntoPython() {
    RuntimeTestLock.run {
      let result = run(
        "print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda x: x * 2, range(3))))")
      #expect(result.output == "['ccc', 'bb', 'a'] [0, 2, 4]\n")
    }
  }
}
