import AdderCompiler
import AdderRuntime
import AdderSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a whole program the way `python3 file.py` does: compile, run, print an uncaught
/// exception's traceback, and give the exit status.
public struct ProgramRunner {
  public var source: String
  public var filename: String
  public var arguments: [String]
  public var gcStress = false
  public var gcStatistics = false

  public init(source: String, filename: String, arguments: [String]) {
    self.source = source
    self.filename = filename
    self.arguments = arguments
  }

  /// Compiles and runs on a thread with a large native stack; returns the process exit status.
  public func run() -> Int32 {
    let code: CodeObject
    do {
      code = try compileModule(source: source, filename: filename)
    } catch {
      writeStandardError(error.rendered)
      return error.kind == .unsupported ? 2 : 1
    }
    var status: Int32 = 0
    withBigStack {
      status = execute(code)
    }
    return status
  }

  func execute(_ code: CodeObject) -> Int32 {
    Runtime.argv = arguments
    Interpreter.start()
    Collector.start()
    Heap.stress = gcStress
    defer {
      if gcStatistics { writeStandardError(statisticsReport()) }
    }
    let globals = DictObject.make()
    try! globals.set(Runtime.intern("__name__"), Runtime.intern("__main__"))
    Runtime.modules["__main__"] = ModuleObject.make(name: "__main__", dict: globals)
    let compiled = Runtime.load(code)
    do {
      try Interpreter.runModule(compiled, globals: globals.ref.value)
      Output.flush()
      return 0
    } catch {
      Output.flush()
      return reportUncaught()
    }
  }

  /// Prints the pending exception as CPython does and returns the exit status.
  func reportUncaught() -> Int32 {
    let exception = Runtime.pendingException
    let object = ExceptionObject(exception)
    if object.type == .systemExit {
      let args = TupleObject(object.args)
      let code = args.count > 0 ? args[0] : Value.none
      if code.isNone { return 0 }
      if let n = code.smallIntValue { return Int32(truncatingIfNeeded: n) }
      writeStandardError(((try? strString(code)) ?? "") + "\n")
      return 1
    }
    var text = "Traceback (most recent call last):\n"
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var previous: (String, Int, String)? = nil
    var repeats = 0
    func flushRepeats() {
      if repeats > 3 {
        text += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
      }
    }
    for entry in Interpreter.traceback.reversed() {
      let key = (entry.filename, entry.line, entry.function)
      if let previous, previous == key {
        repeats += 1
        if repeats > 3 { continue }
      } else {
        flushRepeats()
        repeats = 1
      }
      previous = key
      text += "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
      if entry.filename == filename, entry.line >= 1, entry.line <= lines.count {
        let line = lines[entry.line - 1].drop(while: { $0 == " " || $0 == "\t" })
        if !line.isEmpty { text += "    \(line)\n" }
      }
    }
    flushRepeats()
    let message = (try? strString(exception)) ?? ""
    text += message.isEmpty ? "\(object.type.name)\n" : "\(object.type.name): \(message)\n"
    writeStandardError(text)
    return 1
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
func withBigStack(_ body: @escaping () -> Void) {
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
      box.body()
      return nil
    }, box)
  if status != 0 {
    Unmanaged<Box>.fromOpaque(box).takeRetainedValue().body()
    return
  }
  pthread_join(thread, nil)
}
