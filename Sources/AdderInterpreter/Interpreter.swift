import AdderCompiler
import AdderRuntime

/// The bytecode interpreter: the reference tier every other tier is checked against. It runs on
/// the frame records and value stack of `Frames`, which the JIT shares.
public enum Interpreter {
  /// The tier as `ProgramRunner` sees it.
  public static let tier = ExecutionTier(
    name: "interpreter", start: start,
    runModule: { code, globals throws(PythonError) in try runModule(code, globals: globals) })

  /// Installs the interpreter as the way builtins call back into Python (again on every start:
  /// tests may run both tiers in one process).
  public static func start() {
    Frames.start()
    Runtime.callHook = { callable, arguments, count, keywordNames throws(PythonError) in
      try callFromNative(callable, arguments, count, keywordNames: keywordNames)
    }
  }

  /// Runs a module's code with `globals` as its namespace; returns normally or throws with the
  /// exception pending in `Runtime.pendingException` and the traceback in `Frames.traceback`.
  public static func runModule(_ code: CompiledCode, globals: Value) throws(PythonError) {
    start()
    let base = Frames.freeBase
    base[0] = .none
    let locals = base + 1
    try Frames.push(
      info: code.info, function: .empty, globals: globals, locals: locals, resultSlot: base,
      returnsToNative: true)
    code.info.pointee.interpreted = true
    Frames.clearSlots(locals, from: 0, count: code.info.pointee.localCount + code.info.pointee.cellCount)
    _ = try run()
  }

  /// Calls any callable on behalf of a builtin (sorted's key=, map ...).
  static func callFromNative(
    _ callable: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value
  ) throws(PythonError) -> Value {
    guard callable.isObject(.function) else {
      return try Calls.callNative(callable, arguments, count, keywordNames: keywordNames)
    }
    try Calls.enterFromNative(callable, arguments, count, keywordNames: keywordNames)
    // Marked where the loop is entered, never in it: a store through the code's info on every
    // call (or even once inside `run`) measured 30-50% slower on the call-heavy loop.
    FunctionObject(callable).info.pointee.interpreted = true
    return try run()
  }

  /// Pushes the callee's frame through the shared binder.
  @inline(__always)
  static func enterFunction(
    _ function: FunctionObject, arguments: UnsafeMutablePointer<Value>, count: Int, keywordNames: Value,
    resultSlot: UnsafeMutablePointer<Value>, returnsToNative: Bool
  ) throws(PythonError) {
    try Calls.enterFunction(
      function, arguments: arguments, count: count, keywordNames: keywordNames, resultSlot: resultSlot,
      returnsToNative: returnsToNative)
  }
}
