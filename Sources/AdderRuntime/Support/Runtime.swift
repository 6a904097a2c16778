import AdderCompiler
import CAdderSupport

/// Marks that a Python exception was raised; the exception itself is `Runtime.pendingException`.
public struct PythonError: Error {
  public init() {}
}

/// The runtime's global state: one program runs per process.
public enum Runtime {
  /// The exception being propagated (a GC root), or empty.
  nonisolated(unsafe) public static var pendingException: Value = .empty
  nonisolated(unsafe) public static var asciiCharacters: [Value] = []
  nonisolated(unsafe) public static var emptyTuple: Value = .empty
  nonisolated(unsafe) public static var emptyString: Value = .empty
  /// TypeObject per TypeID.
  nonisolated(unsafe) public static var types: [Value] = []
  nonisolated(unsafe) public static var codes: [CompiledCode] = []
  /// Keyed by UTF-8 bytes, not String: Swift's String == merges canonically equivalent spellings
  /// ("e\u{301}" and "\u{e9}"), which Python keeps apart.
  nonisolated(unsafe) static var interned: [[UInt8]: Value] = [:]
  nonisolated(unsafe) static var builtinsDict: Value = .empty
  /// The builtins namespace (print, len, int ...).
  public static var builtins: DictObject { DictObject(builtinsDict) }
  nonisolated(unsafe) public static var modules: [String: Value] = [:]
  /// The limit calls check: `sys.setrecursionlimit`'s value, capped below the frame table's
  /// capacity so that one comparison covers both (machine code pays it on every call).
  nonisolated(unsafe) public static var recursionLimit = 1000
  /// The value `sys.getrecursionlimit` reports (what the program set).
  nonisolated(unsafe) public static var requestedRecursionLimit = 1000
  /// Python frames active now (checked against recursionLimit).
  nonisolated(unsafe) public static var depth = 0
  nonisolated(unsafe) public static var intMaxStrDigits = 4300
  nonisolated(unsafe) public static var argv: [String] = []
  /// The interpreter installs this: call any callable with arguments (keyword names in a tuple).
  nonisolated(unsafe) public static var callHook:
    ((Value, UnsafeMutablePointer<Value>, Int, Value) throws(PythonError) -> Value)? = nil
  /// Values held by Swift-side collections across allocations (see `pin`).
  nonisolated(unsafe) static var pinned: [Value] = []
  nonisolated(unsafe) static var started = false

  /// Sets up the heap, the singletons, the types and the builtins. Idempotent.
  public static func start() {
    guard !started else { return }
    started = true
    // Before any big int exists: GMP's allocation failures become MemoryError (see BigIntLimits).
    adder_gmp_install_allocator()
    Heap.initialize()
    asciiCharacters = (0..<128).map { byte in
      let object = StrObject.allocate(byteCount: 1)
      object.bytes[0] = UInt8(byte)
      object.finish()
      object.ref.gcBits = ObjectHeader.immortalBit
      return object.ref.value
    }
    let emptyStr = StrObject.allocate(byteCount: 0)
    emptyStr.finish()
    emptyStr.ref.gcBits = ObjectHeader.immortalBit
    emptyString = emptyStr.ref.value
    let empty = TupleObject(Heap.allocate(size: 16, tag: .tuple).value)
    empty.ref.gcBits = ObjectHeader.immortalBit
    emptyTuple = empty.ref.value
    types = TypeID.allCases.map { TypeObject.make($0) }
    builtinsDict = DictObject.make().ref.value
    Builtins.install(into: builtins)
    Collector.rootScanners.append(markRuntimeRoots)
  }

  static func markRuntimeRoots() {
    Collector.mark(pendingException)
    Collector.mark(Exceptions.handled)
    Collector.mark(builtinsDict)
    for module in modules.values { Collector.mark(module) }
    for value in pinned { Collector.mark(value) }
  }

  /// The one str object for `name` (identifiers, attribute names, constants): immortal.
  public static func intern(_ name: String) -> Value {
    let key = Array(name.utf8)
    if let value = interned[key] { return value }
    let value = Value.str(name)
    if value.isHeapObject { ObjectRef(value).gcBits = ObjectHeader.immortalBit }
    interned[key] = value
    return value
  }

  /// Loads a code object (and the code constants nested in it) for running.
  public static func load(_ code: CodeObject) -> CompiledCode {
    let compiled = CompiledCode(code: code, index: codes.count)
    codes.append(compiled)
    compiled.loadConstants()
    return compiled
  }

  static func constantValue(_ constant: Constant) -> Value {
    let value: Value
    switch constant {
    case .none: return .none
    case .bool(let b): return Value(bool: b)
    case .ellipsis: return .ellipsis
    case .int(let n): value = Value.int(Int(n))
    case .bigInt(let digits): value = Value.bigInt(parsing: digits) ?? .none
    case .float(let d): value = Value.float(d)
    case .string(let s): return intern(s)
    case .tuple(let items):
      let tuple = TupleObject.make(count: items.count)
      for (i, item) in items.enumerated() { tuple[i] = constantValue(item) }
      value = tuple.ref.value
    case .code(let code):
      // The function object is made by makeFunction; the constant is the code's index.
      return Value(smallInt: load(code).index)
    }
    if value.isHeapObject { ObjectRef(value).gcBits = ObjectHeader.immortalBit }
    return value
  }

  /// Keeps `values` alive across allocations while only a Swift collection holds them.
  @inline(__always)
  public static func withPinned<R, E: Error>(_ values: [Value], _ body: () throws(E) -> R) throws(E) -> R {
    let mark = pinned.count
    pinned.append(contentsOf: values)
    defer { pinned.removeSubrange(mark...) }
    return try body()
  }
}
