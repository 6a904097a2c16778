import AdderCompiler

#if canImport(Glibc)
  import Glibc
#endif

/// One activation of Python code, shared by both tiers. Records live in a raw array
/// (`Frames.table`); their values live in the value stack: `locals` points at the frame's slots
/// (locals, then cells and free variables, then the operand stack).
///
/// The interpreter uses `resultSlot`, `pc` and `returnsToNative`; machine code reads `locals`,
/// `globals` and `info` (whose `entry` is the code's machine code) at the offsets
/// `Frames.offset(of:)` gives. 56 bytes: a 64-byte record (an `entry` copy here) measured 20%
/// slower on the interpreter's call-heavy loop.
public struct Frame {
  public var info: UnsafeMutablePointer<CodeInfo>
  /// The function running (empty for module code).
  public var function: Value
  public var globals: Value
  public var locals: UnsafeMutablePointer<Value>
  /// Where the caller wants the result; the caller's stack resumes just above it (interpreter).
  public var resultSlot: UnsafeMutablePointer<Value>
  /// The instruction after the one running (saved when this frame calls another; interpreter).
  public var pc: UnsafeMutablePointer<Instruction>
  /// Returning from this frame leaves the run loop (a builtin called into Python code).
  public var returnsToNative: Bool

  @inlinable
  public init(
    info: UnsafeMutablePointer<CodeInfo>, function: Value, globals: Value,
    locals: UnsafeMutablePointer<Value>,
    resultSlot: UnsafeMutablePointer<Value>, pc: UnsafeMutablePointer<Instruction>, returnsToNative: Bool
  ) {
    self.info = info
    self.function = function
    self.globals = globals
    self.locals = locals
    self.resultSlot = resultSlot
    self.pc = pc
    self.returnsToNative = returnsToNative
  }

  /// One past the last slot this frame may use.
  @inlinable public var extentEnd: UnsafeMutablePointer<Value> { locals + info.pointee.frameSize }
}

/// An entry of a traceback, innermost first as the stack unwinds.
public struct TracebackEntry: Sendable {
  public let filename: String
  public let line: Int
  public let function: String
  /// The failing instruction's source, for the markers under the line.
  public var span: SourceSpan = .unknown
}

/// The frame records and the value stack every tier runs on, and the collector's view of them.
public enum Frames {
  static let valueStackSlots = 128 * 1024 * 1024  // 1 GiB reserved, touched on demand
  public static let capacity = 1_000_000
  /// Every frame pushed leaves room above it for all the frames that could still be pushed,
  /// `smallFrameSlots` each: a frame of at most that many slots, pushed from machine code over its
  /// caller's operand slots, then needs no value-stack check (its end is at most this many slots
  /// past its caller's, which had room reserved for it). Pushes of larger frames, and every push
  /// from Swift, check `reserved(after:)`.
  public static let smallFrameSlots = 64

  // Optionals with constant initializers: no lazy-initialization check on each access.
  // @usableFromInline and @inlinable accessors: the interpreter's loop, in another module, reads
  // these on every call and return (an accessor call each cost ~10% on call-heavy programs).
  @usableFromInline nonisolated(unsafe) static var valueStackBase: UnsafeMutablePointer<Value>? = nil
  @usableFromInline nonisolated(unsafe) static var valueStackLimit: UnsafeMutablePointer<Value>? = nil
  @usableFromInline nonisolated(unsafe) static var frameTable: UnsafeMutablePointer<Frame>? = nil
  @inlinable public static var valueStack: UnsafeMutablePointer<Value> {
    valueStackBase.unsafelyUnwrapped
  }
  @inlinable public static var valueStackEnd: UnsafeMutablePointer<Value> {
    valueStackLimit.unsafelyUnwrapped
  }
  @inlinable public static var table: UnsafeMutablePointer<Frame> { frameTable.unsafelyUnwrapped }
  /// Frames active now. Machine code decrements it in place when a frame returns.
  nonisolated(unsafe) public static var count = 0
  nonisolated(unsafe) static var started = false

  /// Sets up the runtime, the value stack and the collector's view of them. Idempotent.
  public static func start() {
    guard !started else { return }
    started = true
    Runtime.start()
    // The slots start 1344 bytes into the mapping, not at a page boundary: page-aligned slots
    // shared their low 12 address bits with other hot page-aligned data, and a load whose address
    // matches a recent store's in those bits waits for it (4K aliasing): the interpreter's time
    // on fib_loop swung by 40% between builds.
    let skew = 1344
    let bytes = valueStackSlots * 8 + skew
    let memory = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
    guard let memory, memory != MAP_FAILED else { fatalError("adder: cannot reserve the value stack") }
    valueStackBase = (memory + skew).assumingMemoryBound(to: Value.self)
    valueStackLimit = valueStack + valueStackSlots
    precondition(capacity * smallFrameSlots < valueStackSlots, "no room for the frames' reserve")
    frameTable = UnsafeMutablePointer<Frame>.allocate(capacity: capacity)
    Collector.rootScanners.append(markStack)
  }

  /// The address of `count`, for machine code that pops its frame with one `dec`.
  public static var countAddress: UnsafeMutableRawPointer {
    withUnsafeMutablePointer(to: &count) { UnsafeMutableRawPointer($0) }
  }

  /// The address of the value stack's end (set once at start), for machine code that pushes frames.
  public static var valueStackLimitAddress: UnsafeMutableRawPointer {
    withUnsafeMutablePointer(to: &valueStackLimit) { UnsafeMutableRawPointer($0) }
  }

  /// `Runtime.recursionLimit`'s address, for machine code that pushes frames itself.
  public static var recursionLimitAddress: UnsafeMutableRawPointer {
    withUnsafeMutablePointer(to: &Runtime.recursionLimit) { UnsafeMutableRawPointer($0) }
  }

  /// The byte offset of a field of `Frame`, for machine code.
  public static func offset(of field: PartialKeyPath<Frame>) -> Int {
    MemoryLayout<Frame>.offset(of: field)!
  }

  /// The running frame.
  @inlinable public static var top: UnsafeMutablePointer<Frame> { table + (count - 1) }

  /// Where a new frame's slots may start: above the running frame's extent.
  @inlinable public static var freeBase: UnsafeMutablePointer<Value> {
    count == 0 ? valueStack : table[count - 1].extentEnd
  }

  /// The collector's view: every slot of every frame, read as ambiguous words (a slot above a
  /// frame's operand stack top may be stale; it can only keep garbage alive).
  static func markStack() {
    guard count > 0 else { return }
    Collector.markAmbiguous(UnsafeRawPointer(valueStack), UnsafeRawPointer(table[count - 1].extentEnd))
    for i in 0..<count {
      Collector.mark(table[i].function)
      Collector.mark(table[i].globals)
    }
  }

  /// Where the frame pushed as number `index` (0-based) must end: the value stack's end less the
  /// room reserved for the frames that could still follow it.
  @inlinable public static func reservedEnd(pushing index: Int) -> UnsafeMutablePointer<Value> {
    valueStackEnd - (capacity - 1 - index) * smallFrameSlots
  }

  /// Pushes a frame record, raising RecursionError past the recursion limit or the value stack.
  @inlinable
  public static func push(
    info: UnsafeMutablePointer<CodeInfo>, function: Value, globals: Value,
    locals: UnsafeMutablePointer<Value>,
    resultSlot: UnsafeMutablePointer<Value>, returnsToNative: Bool
  ) throws(PythonError) {
    // The recursion limit is never above capacity - 1 (see Runtime.recursionLimit).
    if count >= Runtime.recursionLimit || locals + info.pointee.frameSize >= reservedEnd(pushing: count) {
      // Ctrl-C zeroes the recursion limit to bring the next call here (see Signals).
      try Signals.check()
      throw raise(.recursionError, "maximum recursion depth exceeded")
    }
    table[count] = Frame(
      info: info, function: function, globals: globals, locals: locals, resultSlot: resultSlot,
      pc: info.pointee.instructions, returnsToNative: returnsToNative)
    count += 1
  }

  @inlinable
  public static func clearSlots(_ locals: UnsafeMutablePointer<Value>, from start: Int, count: Int) {
    var i = start
    while i < count {
      locals[i] = .empty
      i += 1
    }
  }

  /// Records the traceback entry of a frame the pending exception passes through at instruction
  /// `index`: (code index, instruction index) appended to the exception's own entries, innermost
  /// first, as CPython's `PyTraceBack_Here` prepends to `__traceback__`. A re-raise (bare `raise`,
  /// or the end of a handler that did not handle it) adds nothing: the entry for this frame is
  /// there already.
  public static func recordTraceback(_ frame: Frame, instructionIndex index: Int) {
    let pending = Runtime.pendingException
    guard pending.isObject(.exception) else { return }
    let exception = ExceptionObject(pending)
    let info = frame.info.pointee
    if index >= 0, index < info.instructionCount, !exception.traceback.isEmpty {
      let instruction = info.instructions[index]
      if instruction.opcode == .reraise || (instruction.opcode == .raise && instruction.argument == 0) {
        return
      }
    }
    if !exception.traceback.isObject(.list) { exception.traceback = ListObject.make(capacity: 8).ref.value }
    let entries = ListObject(exception.traceback)
    entries.append(Value(smallInt: info.index))
    entries.append(Value(smallInt: index))
  }

  /// The traceback entries an exception carries, innermost first, each comprehension it passed
  /// through as its own entry (see `InlinedFrame`).
  public static func tracebackEntries(of exception: Value) -> [TracebackEntry] {
    guard exception.isObject(.exception), ExceptionObject(exception).traceback.isObject(.list) else {
      return []
    }
    let list = ListObject(ExceptionObject(exception).traceback)
    var entries: [TracebackEntry] = []
    var k = 0
    while k + 1 < list.count {
      let codeIndex = list[k].smallIntValue ?? -1
      let index = list[k + 1].smallIntValue ?? -1
      k += 2
      guard codeIndex >= 0, codeIndex < Runtime.codes.count else { continue }
      let compiled = Runtime.codes[codeIndex]
      let code = compiled.code
      var line = index >= 0 && index < code.lines.count ? Int(code.lines[index]) : code.firstLine
      var span = code.span(at: index)
      // Inside inlined comprehensions: an entry for each, innermost first, as CPython's frames
      // for them would give; the frame's own entry is then at the outermost one.
      if !code.inlinedFrames.isEmpty {
        let inside = code.inlinedFrames.filter { $0.instructions.contains(index) }
          .sorted { $0.instructions.count < $1.instructions.count }
        for inlined in inside {
          entries.append(
            TracebackEntry(filename: code.filename, line: line, function: inlined.name, span: span))
          line = inlined.line
          span = inlined.span
        }
      }
      entries.append(TracebackEntry(filename: code.filename, line: line, function: code.name, span: span))
    }
    return entries
  }

  /// The pending exception's entries (for tests and tools), innermost first.
  public static var traceback: [TracebackEntry] { tracebackEntries(of: Runtime.pendingException) }
}
