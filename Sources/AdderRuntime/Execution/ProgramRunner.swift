import AdderCompiler
import AdderSyntax
import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A tier that runs module code: the interpreter or the JIT. The runner knows nothing else of it.
public struct ExecutionTier: @unchecked Sendable {
  public let name: String
  /// Installs the tier (Runtime.callHook and the like); called once before anything runs.
  public let start: () -> Void
  /// Runs a module's code with `globals` as its namespace; throws with the exception pending and
  /// the traceback in `Frames.traceback`.
  public let runModule: (CompiledCode, Value) throws(PythonError) -> Void
  /// Text for stderr when the program ends (statistics the user asked for), or nil.
  public let report: () -> String?

  public init(
    name: String, start: @escaping () -> Void,
    runModule: @escaping (CompiledCode, Value) throws(PythonError) -> Void,
    report: @escaping () -> String? = { nil }
  ) {
    self.name = name
    self.start = start
    self.runModule = runModule
    self.report = report
  }
}

/// Runs a whole program the way `python3 file.py` does: compile, run, print an uncaught
/// exception's traceback, and give the exit status.
public struct ProgramRunner {
  public var tier: ExecutionTier
  public var source: String
  public var filename: String
  public var arguments: [String]
  public var gcStress = false
  public var gcStatistics = false

  public init(tier: ExecutionTier, source: String, filename: String, arguments: [String]) {
    self.tier = tier
    // Traceback lines come from the same text the lexer read.
    self.source = SourceText.universalNewlines(source)
    self.filename = filename
    self.arguments = arguments
  }

  /// The main program's name as CPython 3.11 prints it in tracebacks: a relative path joined to
  /// the working directory as given (not normalized), `<string>` and `<stdin>` as they are.
  public var displayFilename: String { ProgramRunner.displayFilename(filename) }

  /// The path CPython prints for the main script: a relative path joined to the working directory.
  public static func displayFilename(_ filename: String) -> String {
    if filename.hasPrefix("/") || filename.hasPrefix("<") { return filename }
    guard let directory = getcwd(nil, 0) else { return filename }
    defer { free(directory) }
    let path = String(cString: directory)
    return (path.hasSuffix("/") ? path : path + "/") + filename
  }

  /// Compiles and runs on a thread with a large native stack; returns the process exit status.
  public func run() -> Int32 {
    var status: Int32 = 0
    // One thread for all of it: the parser and compiler need a large stack as well.
    withBigStack {
      let code: CodeObject
      do throws(SourceError) {
        code = try compileModule(source: source, filename: filename)
      } catch {
        writeStandardError(error.rendered(filename: displayFilename))
        status = error.kind == .unsupported ? 2 : 1
        return
      }
      status = execute(code)
    }
    if status == ProgramRunner.interruptedStatus { Signals.exitByInterrupt() }
    return status
  }

  /// What `execute` returns after an uncaught KeyboardInterrupt: the process then ends by SIGINT.
  static let interruptedStatus: Int32 = 130

  func execute(_ code: CodeObject) -> Int32 {
    Runtime.argv = arguments
    Signals.install()
    // On a terminal every write shows at once (CPython line-buffers there); elsewhere stdout is
    // block-buffered.
    Output.unbuffered = isatty(1) != 0
    Frames.start()
    tier.start()
    Collector.start()
    Heap.stress = gcStress
    defer {
      if gcStatistics { writeStandardError(statisticsReport()) }
      if let report = tier.report() { writeStandardError(report) }
    }
    let globals = DictObject.make()
    try! globals.set(Runtime.intern("__name__"), Runtime.intern("__main__"))
    try! globals.set(Runtime.intern("__doc__"), .none)
    Runtime.modules["__main__"] = ModuleObject.make(name: "__main__", dict: globals)
    let compiled = Runtime.load(code)
    Exceptions.handled = .empty
    do {
      try tier.runModule(compiled, globals.ref.value)
      return Output.finish() ?? 0
    } catch {
      Output.flush()
      // The traceback says why the program stopped: a write that failed on the way is moot.
      Output.failure = 0
      return ProgramRunner.reportUncaught(source: source, filename: filename)
    }
  }

  /// Prints the pending exception as CPython does and returns the exit status (the REPL uses it
  /// too, with the text typed so far as `source`).
  public static func reportUncaught(source: String, filename: String) -> Int32 {
    let exception = Runtime.pendingException
    let object = ExceptionObject(exception)
    if object.type == .systemExit {
      let code = object.code
      if code.isNone { return 0 }
      if let n = code.smallIntValue { return Int32(truncatingIfNeeded: n) }
      // An int past a C long: CPython's conversion fails and the status is -1 (255), unprinted.
      if code.isBigInt { return 255 }
      writeStandardError(((try? strString(code)) ?? "") + "\n")
      return 1
    }
    // CPython has no source for `-c` and stdin programs.
    let lines = filename.hasPrefix("<") ? [] : source.split(separator: "\n", omittingEmptySubsequences: false)
    var seen: Set<UInt64> = []
    let text = describeChain(exception, filename: filename, sourceLines: lines, seen: &seen)
    writeStandardError(text)
    return object.type == .keyboardInterrupt ? interruptedStatus : 1
  }

  /// An exception as CPython prints it uncaught, its cause or context first (each once), as
  /// `print_exception_recursive` in `Python/pythonrun.c`.
  static func describeChain(
    _ exception: Value, filename: String, sourceLines: [Substring], seen: inout Set<UInt64>
  ) -> String {
    seen.insert(exception.raw)
    let object = ExceptionObject(exception)
    var text = ""
    let cause = object.cause
    let context = object.context
    if cause.isObject(.exception) {
      if !seen.contains(cause.raw) {
        text += describeChain(cause, filename: filename, sourceLines: sourceLines, seen: &seen)
        text += "\nThe above exception was the direct cause of the following exception:\n\n"
      }
    } else if context.isObject(.exception), !object.suppressContext, !seen.contains(context.raw) {
      text += describeChain(context, filename: filename, sourceLines: sourceLines, seen: &seen)
      text += "\nDuring handling of the above exception, another exception occurred:\n\n"
    }
    let entries = Frames.tracebackEntries(of: exception)
    if !entries.isEmpty {
      text += "Traceback (most recent call last):\n"
      text += TracebackFormat.render(
        entries.reversed(), filename: filename, displayName: displayFilename(filename),
        sourceLines: sourceLines)
    }
    var message: String
    let pending = Runtime.pendingException
    defer { Runtime.pendingException = pending }
    do {
      message = try strString(exception)
    } catch {
      message = "<exception str() failed>"
    }
    // A class's qualified name (`Outer.Inner`, `f.<locals>.E`), as CPython's traceback prints it.
    let cls = classOf(exception)
    let name = ClassObject.isClass(cls) ? ClassObject(cls).qualifiedName.string : typeName(exception)
    text += message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
    // Notes (`add_note`) follow, one per line, as CPython 3.11 prints them.
    if let notes = ExceptionObject.note(list: exception), notes.isList {
      let list = ListObject(notes)
      for i in 0..<list.count { text += ((try? strString(list[i])) ?? "<note str() failed>") + "\n" }
    }
    return text
  }

  func statisticsReport() -> String {
    let s = Collector.statistics
    return """
      gc: collections \(s.collections), allocated \(s.bytesAllocated + Heap.allocatedSinceCollection) bytes, \
      freed \(s.bytesFreed) bytes, peak heap \(s.peakHeapBytes) bytes, \
      total pause \(Double(s.totalPauseNanoseconds) / 1e6) ms, longest pause \(Double(s.longestPauseNanoseconds) / 1e6) ms

      """
  }
}

public func writeStandardError(_ text: String) {
  var text = text
  text.withUTF8 { bytes in
    var offset = 0
    while offset < bytes.count {
      let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
      if written <= 0 { break }
      offset += written
    }
  }
}

/// Runs `body` on a thread with a 1 GiB stack (reserved, touched on demand), so deep native
/// recursion (builtins calling back into Python) hits the recursion limit, never the guard page.
public func withBigStack(_ body: @escaping () -> Void) {
  final class Box {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }
  var attributes = pthread_attr_t()
  pthread_attr_init(&attributes)
  pthread_attr_setstacksize(&attributes, 1 << 30)
  let box = Unmanaged.passRetained(Box(body)).toOpaque()
  var thread = pthread_t()
  let status = pthread_create(
    &thread, &attributes,
    { context in
      let box = Unmanaged<Box>.fromOpaque(context!).takeRetainedValue()
      markLargeStack()
      box.body()
      return nil
    }, box)
  if status != 0 {
    Unmanaged<Box>.fromOpaque(box).takeRetainedValue().body()
    return
  }
  // Ctrl-C belongs to the thread running Python code (see Signals), not to this waiting one.
  adder_block_interrupts_in_this_thread()
  pthread_join(thread, nil)
}
