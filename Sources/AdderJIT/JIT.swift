import AdderAssembler
import AdderCompiler
import AdderRuntime
import CAdderMemory

#if canImport(Glibc)
  import Glibc
#endif

/// The baseline JIT tier: every code object runs as machine code, compiled from its bytecode on
/// its first call (the module body before it runs). Sibling of the interpreter: both run on
/// `Frames` and call the same runtime functions.
public enum JIT {
  /// What the user asked to see.
  public struct Options: Sendable {
    public var statistics = false
    public var dumpAssembly = false
    /// Audit /proc/self/maps after every compile (while machine code is running) for a mapping
    /// that is writable and executable at once; `--jit-stats` reports what was found.
    public var auditWriteXorExecute = false
    /// Inline-cache statistics at exit: a table, JSON, or nil for none.
    public var icStatistics: ICStatisticsFormat? = nil
    /// Where to write the JSON statistics (in addition to any `icStatistics` output).
    public var icStatisticsFile: String? = nil
    /// Where to write the HTML report (the program's source with every site marked), or nil.
    public var icReportFile: String? = nil
    /// The main program's name and text, for the HTML report: a `-c` or stdin program has no file
    /// to read back, and a file may have changed by the time the program ends.
    public var program: (filename: String, source: String)? = nil
    /// One line on stderr per site transition.
    public var traceIC = false
    public init() {}
  }

  nonisolated(unsafe) static var options = Options()
  /// Stubs count their hits, and megamorphic sites their types, only when someone will read the
  /// counts. A plain stored flag: the megamorphic path reads it on every execution.
  nonisolated(unsafe) static var countHits = false
  nonisolated(unsafe) static var arena: CodeArena? = nil
  /// Every compiled code object, in compilation order.
  nonisolated(unsafe) static var functions: [CompiledFunction] = []
  nonisolated(unsafe) static var siteCount = 0
  /// Per code index: the cache index of the code's first site (its sites' caches follow it).
  nonisolated(unsafe) static var firstSiteOfCode: [Int: Int] = [:]
  nonisolated(unsafe) static var bytecodesCompiled = 0
  nonisolated(unsafe) static var bytesCompiled = 0
  nonisolated(unsafe) static var compileNanoseconds: UInt64 = 0
  nonisolated(unsafe) static var mappingNanoseconds: UInt64 = 0
  /// Per code index: the machine-code address of each exception handler (by instruction index).
  nonisolated(unsafe) static var handlerAddresses: [Int: [Int: UnsafeRawPointer]] = [:]
  /// Objects machine code compares against by address (the functions of call cases): kept alive
  /// for the whole run, so that a collected object's address never passes for it.
  nonisolated(unsafe) static var retained: [Value] = []
  nonisolated(unsafe) static var retainedScanned = false

  /// Keeps `value` alive for the rest of the run; returns it.
  static func retain(_ value: Value) -> Value {
    if !retainedScanned {
      retainedScanned = true
      Collector.rootScanners.append { for value in JIT.retained { Collector.mark(value) } }
    }
    retained.append(value)
    return value
  }

  /// Below this address the native stack is too close to its end to enter more Python code.
  nonisolated(unsafe) static var nativeStackLimit: UInt = 0

  typealias EntryFunction = @convention(c) (UnsafeMutableRawPointer) -> UInt64

  /// The tier as `ProgramRunner` sees it.
  public static func tier(_ options: Options) -> ExecutionTier {
    JIT.options = options
    JIT.countHits =
      options.icStatistics != nil || options.icStatisticsFile != nil || options.icReportFile != nil
    return ExecutionTier(
      name: "jit", start: start,
      runModule: { code, globals throws(PythonError) in try runModule(code, globals: globals) },
      report: report)
  }

  /// Installs the JIT as the way builtins call back into Python (again on every start: tests may
  /// run both tiers in one process).
  public static func start() {
    Frames.start()
    Runtime.callHook = { callable, arguments, count, keywordNames throws(PythonError) in
      try callFromNative(callable, arguments, count, keywordNames: keywordNames)
    }
  }

  /// Runs module code: compiles it, pushes its frame and enters its machine code.
  public static func runModule(_ code: CompiledCode, globals: Value) throws(PythonError) {
    start()
    setNativeStackLimit()
    if code.info.pointee.entry == nil { compile(code.info) }
    let base = Frames.freeBase
    base[0] = .none
    let locals = base + 1
    try Frames.push(
      info: code.info, function: .empty, globals: globals, locals: locals, resultSlot: base,
      returnsToNative: true)
    Frames.clearSlots(locals, from: 0, count: code.info.pointee.localCount + code.info.pointee.cellCount)
    if enter(Frames.top) == 0 { throw PythonError() }
  }

  @inline(__always) static func enter(_ frame: UnsafeMutablePointer<Frame>) -> UInt64 {
    unsafeBitCast(frame.pointee.info.pointee.entry.unsafelyUnwrapped, to: EntryFunction.self)(
      UnsafeMutableRawPointer(frame))
  }

  /// Calls any callable on behalf of a builtin (sorted's key=, map ...): Python functions run
  /// their machine code.
  static func callFromNative(
    _ callable: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value
  ) throws(PythonError) -> Value {
    guard callable.isObject(.function) else {
      return try Calls.callNative(callable, arguments, count, keywordNames: keywordNames)
    }
    let function = FunctionObject(callable)
    if function.info.pointee.entry == nil { compile(function.info) }
    try checkNativeStack()
    try Calls.enterFromNative(callable, arguments, count, keywordNames: keywordNames)
    let result = enter(Frames.top)
    if result == 0 { throw PythonError() }
    return Value(raw: result)
  }

  /// Compiles a code object and publishes its entry in its `CodeInfo`.
  static func compile(_ info: UnsafeMutablePointer<CodeInfo>) {
    if arena == nil {
      // Mapping the code and stub regions is start-up, not compilation: timed on its own.
      let mapping = clock_gettime_nsec_np_monotonic()
      arena = CodeArena()
      mappingNanoseconds = clock_gettime_nsec_np_monotonic() - mapping
    }
    let started = clock_gettime_nsec_np_monotonic()
    let code = Runtime.codes[info.pointee.index]
    let installed = arena!.install { origin in
      let generator = CodeGenerator(code: code, origin: origin)
      let buffer = generator.generate()
      return (buffer, generator)
    }
    let generator = installed.context
    info.pointee.entry = installed.code.address
    info.pointee.localsToClear = generator.localsToClear()
    if !code.code.exceptionTable.isEmpty {
      var addresses: [Int: UnsafeRawPointer] = [:]
      for entry in code.code.exceptionTable {
        addresses[entry.handler] = installed.code.address(of: generator.label(entry.handler))
      }
      handlerAddresses[info.pointee.index] = addresses
    }
    let patcher = arena!.patcher(for: installed.code)
    if !generator.sites.isEmpty { firstSiteOfCode[info.pointee.index] = caches.count }
    for site in generator.sites {
      site.descriptor.pointee.cacheIndex = Int32(caches.count)
      caches.append(
        SiteCache(
          site: site, code: installed.code, patcher: patcher, function: code.code.qualifiedName,
          filename: code.code.filename))
    }
    functions.append(
      CompiledFunction(
        code: code, installed: installed.code, instructionOffsets: generator.instructionOffsets,
        annotations: generator.annotations, sites: generator.sites))
    siteCount += generator.sites.count
    bytecodesCompiled += info.pointee.instructionCount
    bytesCompiled += installed.code.size
    compileNanoseconds += clock_gettime_nsec_np_monotonic() - started
    if options.auditWriteXorExecute { auditWriteXorExecute() }
  }

  // MARK: The stub region

  /// Where the next stub will be installed (stubs are assembled for this address).
  static var stubOrigin: UInt64 {
    if arena == nil { arena = CodeArena() }
    return arena!.stubs.memory.nextAddress
  }

  static var stubOriginPointer: UnsafeRawPointer { UnsafeRawPointer(bitPattern: UInt(stubOrigin))! }

  /// Whether the stub region has room for another stub (when full, sites stop adding cases).
  static var stubSpaceAvailable: Bool { (arena?.stubs.memory.available ?? 0) > 4096 }

  static func installStub(_ buffer: CodeBuffer) -> InstalledCode {
    do {
      return try arena!.stubs.install(buffer)
    } catch {
      fatalError("adder: cannot install an IC stub: \(error)")
    }
  }

  /// The patcher of the memory `code` lives in.
  static func patcher(owning code: InstalledCode) -> Patcher { arena!.patcher(for: code) }

  nonisolated(unsafe) static var audits = 0
  nonisolated(unsafe) static var writableExecutableSeen: [String] = []

  static func auditWriteXorExecute() {
    audits += 1
    writableExecutableSeen += ExecutableMemory.writableExecutableMappings() ?? ["/proc/self/maps unreadable"]
  }

  // MARK: The native stack

  /// Python calls in machine code nest on the native stack; this keeps a margin below which a
  /// call raises RecursionError instead of overflowing (e.g. after sys.setrecursionlimit(10**6)).
  ///
  /// A call from machine code to machine code takes at most `bytesPerMachineFrame` of native stack
  /// (the return address, the callee's two pushes and alignment word, an instantiation's two
  /// words), and there are never more than `Frames.capacity` frames. On a stack with room for
  /// all of them past the margin (programs run on a 1 GiB stack), that room is added to the margin
  /// checked where native code enters Python code (`checkNativeStack`), and calls between machine
  /// code skip the check: whatever follows the last checked entry fits.
  static func setNativeStackLimit() {
    var low: UnsafeMutableRawPointer? = nil
    var size = 0
    guard adder_thread_stack(&low, &size) == 0, let address = low else { return }
    let margin = 256 * 1024
    let machineFrames = Frames.capacity * bytesPerMachineFrame
    callsCheckNativeStack = size < 2 * (margin + machineFrames)
    nativeStackLimit = UInt(bitPattern: address) + UInt(margin + (callsCheckNativeStack ? 0 : machineFrames))
  }

  static let bytesPerMachineFrame = 64
  /// Whether machine code checks the native stack at each call (a small stack, see above).
  nonisolated(unsafe) static var callsCheckNativeStack = true

  @inline(__always) static func checkNativeStack() throws(PythonError) {
    var marker = 0
    let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    if here < nativeStackLimit { throw raise(.recursionError, "maximum recursion depth exceeded") }
  }
}

/// Monotonic nanoseconds.
func clock_gettime_nsec_np_monotonic() -> UInt64 {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// A code object's machine code and what the listing and the statistics need from its compile.
struct CompiledFunction {
  let code: CompiledCode
  let installed: InstalledCode
  let instructionOffsets: [Int]
  let annotations: [(offset: Int, note: Annotation)]
  let sites: [CompiledSite]
}
