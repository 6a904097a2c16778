import AdderCompiler
import AdderRuntime

#if canImport(Glibc)
  import Glibc
#endif

/// One activation of Python code. Frames live in a raw array; their values live in the value
/// stack: `locals` points at the frame's slots (locals, then cells and free variables, then the
/// operand stack).
struct Frame {
  var info: UnsafeMutablePointer<CodeInfo>
  /// The function running (empty for module code).
  var function: Value
  var globals: Value
  var locals: UnsafeMutablePointer<Value>
  /// Where the caller wants the result; the caller's stack resumes just above it.
  var resultSlot: UnsafeMutablePointer<Value>
  /// The instruction after the one running (saved when this frame calls another).
  var pc: UnsafeMutablePointer<Instruction>
  /// Returning from this frame leaves the run loop (a builtin called into Python code).
  var returnsToNative: Bool

  /// One past the last slot this frame may use.
  var extentEnd: UnsafeMutablePointer<Value> { locals + info.pointee.frameSize }
}

/// An entry of a traceback, innermost first as the stack unwinds.
public struct TracebackEntry: Sendable {
  public let filename: String
  public let line: Int
  public let function: String
}

/// The bytecode interpreter: the reference tier every other tier is checked against.
public enum Interpreter {
  static let valueStackSlots = 64 * 1024 * 1024  // 512 MiB reserved, touched on demand
  static let frameCapacity = 1_000_000

  // Optionals with constant initializers: no lazy-initialization check on each access.
  nonisolated(unsafe) static var valueStackBase: UnsafeMutablePointer<Value>? = nil
  nonisolated(unsafe) static var valueStackLimit: UnsafeMutablePointer<Value>? = nil
  nonisolated(unsafe) static var frameTable: UnsafeMutablePointer<Frame>? = nil
  @inline(__always) static var valueStack: UnsafeMutablePointer<Value> { valueStackBase.unsafelyUnwrapped }
  @inline(__always) static var valueStackEnd: UnsafeMutablePointer<Value> {
    valueStackLimit.unsafelyUnwrapped
  }
  @inline(__always) static var frames: UnsafeMutablePointer<Frame> { frameTable.unsafelyUnwrapped }
  nonisolated(unsafe) static var frameCount = 0
  nonisolated(unsafe) public static var traceback: [TracebackEntry] = []
  nonisolated(unsafe) static var started = false

  /// Sets up the runtime, the value stack and the collector's view of them.
  public static func start() {
    guard !started else { return }
    started = true
    Runtime.start()
    let bytes = valueStackSlots * 8
    let memory = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
    guard let memory, memory != MAP_FAILED else { fatalError("adder: cannot reserve the value stack") }
    valueStackBase = memory.assumingMemoryBound(to: Value.self)
    valueStackLimit = valueStack + valueStackSlots
    frameTable = UnsafeMutablePointer<Frame>.allocate(capacity: frameCapacity)
    Runtime.callHook = { callable, arguments, count, keywordNames throws(PythonError) in
      try callFromNative(callable, arguments, count, keywordNames: keywordNames)
    }
    Collector.rootScanners.append(markStack)
  }

  /// The collector's view of the interpreter: every slot of every frame, read as ambiguous words
  /// (a slot above a frame's operand stack top may be stale; it can only keep garbage alive).
  static func markStack() {
    guard frameCount > 0 else { return }
    Collector.markAmbiguous(UnsafeRawPointer(valueStack), UnsafeRawPointer(frames[frameCount - 1].extentEnd))
    for i in 0..<frameCount {
      Collector.mark(frames[i].function)
      Collector.mark(frames[i].globals)
    }
  }

  /// Runs a module's code with `globals` as its namespace; returns normally or throws with the
  /// exception pending in `Runtime.pendingException` and the traceback in `traceback`.
  public static func runModule(_ code: CompiledCode, globals: Value) throws(PythonError) {
    start()
    let base = frameCount == 0 ? valueStack : frames[frameCount - 1].extentEnd
    base[0] = .none
    let locals = base + 1
    try pushFrame(
      info: code.info, function: .empty, globals: globals, locals: locals, resultSlot: base,
      returnsToNative: true)
    clearSlots(locals, from: 0, count: code.info.pointee.localCount + code.info.pointee.cellCount)
    _ = try run()
  }

  /// Calls any callable on behalf of a builtin (sorted's key=, map ...).
  static func callFromNative(
    _ callable: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value
  ) throws(PythonError) -> Value {
    guard callable.isObject(.function) else {
      return try callNative(callable, arguments, count, keywordNames: keywordNames)
    }
    let base = frameCount == 0 ? valueStack : frames[frameCount - 1].extentEnd
    let keywordCount = keywordNames.isEmpty ? 0 : TupleObject(keywordNames).count
    guard base + count + 2 < valueStackEnd else {
      throw raise(.recursionError, "maximum recursion depth exceeded")
    }
    base[0] = callable
    for i in 0..<count { base[1 + i] = arguments[i] }
    _ = keywordCount
    try enterFunction(
      FunctionObject(callable), arguments: base + 1, count: count, keywordNames: keywordNames,
      resultSlot: base, returnsToNative: true)
    return try run()
  }

  @inline(__always)
  static func pushFrame(
    info: UnsafeMutablePointer<CodeInfo>, function: Value, globals: Value,
    locals: UnsafeMutablePointer<Value>,
    resultSlot: UnsafeMutablePointer<Value>, returnsToNative: Bool
  ) throws(PythonError) {
    if frameCount >= Runtime.recursionLimit || frameCount >= frameCapacity - 1
      || locals + info.pointee.frameSize >= valueStackEnd
    {
      throw raise(.recursionError, "maximum recursion depth exceeded")
    }
    frames[frameCount] = Frame(
      info: info, function: function, globals: globals, locals: locals, resultSlot: resultSlot,
      pc: info.pointee.instructions, returnsToNative: returnsToNative)
    frameCount += 1
  }

  @inline(__always)
  static func clearSlots(_ locals: UnsafeMutablePointer<Value>, from start: Int, count: Int) {
    var i = start
    while i < count {
      locals[i] = .empty
      i += 1
    }
  }

  /// Records the traceback entries of frames being unwound.
  static func recordTraceback(_ frame: Frame, pc: UnsafeMutablePointer<Instruction>) {
    let info = frame.info.pointee
    let code = Runtime.codes[info.index].code
    let index = max(pc - info.instructions - 1, 0)
    let line = index < info.instructionCount ? Int(info.lines[index]) : code.firstLine
    traceback.append(TracebackEntry(filename: code.filename, line: line, function: code.name))
  }
}
