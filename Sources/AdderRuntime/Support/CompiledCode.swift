import AdderCompiler

/// What a frame needs from its code, in raw memory so the interpreter's loop (and later machine
/// code) reads it with plain loads and no reference counting. One per code object, never freed.
public struct CodeInfo {
  public var instructions: UnsafeMutablePointer<Instruction>
  public var instructionCount: Int
  public var constants: UnsafeMutablePointer<Value>
  public var names: UnsafeMutablePointer<Value>
  public var lines: UnsafeMutablePointer<Int32>
  public var parameterCount: Int
  public var localCount: Int
  public var cellCount: Int
  public var freeCount: Int
  public var maxStackDepth: Int
  /// locals + cells + free variables + operand stack: the frame's slots in the value stack.
  public var frameSize: Int
  /// True when a call with exactly `parameterCount` positional arguments needs no argument
  /// processing (no keyword-only parameters, no *args/**kwargs, no cells).
  public var isSimple: Bool
  public var index: Int
  /// The code's machine code, once the JIT has compiled it (nil before, and in the interpreter).
  public var entry: UnsafeRawPointer? = nil
  /// The locals (bit i = local i; bit 63 also every local past 63) that a frame of this code must
  /// start empty, set by the JIT with `entry`: the others are stored before anything reads them.
  public var localsToClear: UInt64 = .max
  /// Set when the interpreter's loop is entered with this code (a module, or a function a builtin
  /// calls back); `--jit-stats` shows that the JIT leaves none.
  public var interpreted = false
}

/// A code object the runtime has loaded: its constants turned into Values and its raw `CodeInfo`.
/// Lives for the whole run (functions point at its info).
public final class CompiledCode {
  public let code: CodeObject
  public let info: UnsafeMutablePointer<CodeInfo>
  public let nameValue: Value
  public let qualifiedNameValue: Value
  public var index: Int { info.pointee.index }

  init(code: CodeObject, index: Int) {
    self.code = code
    nameValue = Runtime.intern(code.name)
    qualifiedNameValue = Runtime.intern(code.qualifiedName)
    let instructions = UnsafeMutablePointer<Instruction>.allocate(capacity: max(code.instructions.count, 1))
    instructions.initialize(from: code.instructions, count: code.instructions.count)
    let lines = UnsafeMutablePointer<Int32>.allocate(capacity: max(code.lines.count, 1))
    lines.initialize(from: code.lines, count: code.lines.count)
    let constants = UnsafeMutablePointer<Value>.allocate(capacity: max(code.constants.count, 1))
    constants.initialize(repeating: .none, count: max(code.constants.count, 1))
    let names = UnsafeMutablePointer<Value>.allocate(capacity: max(code.names.count, 1))
    names.initialize(repeating: .none, count: max(code.names.count, 1))
    for (i, name) in code.names.enumerated() { names[i] = Runtime.intern(name) }
    let simple =
      code.keywordOnlyCount == 0 && code.varArgsSlot == nil && code.varKeywordsSlot == nil
      && code.cellNames.isEmpty && code.freeNames.isEmpty
    info = UnsafeMutablePointer<CodeInfo>.allocate(capacity: 1)
    info.initialize(
      to: CodeInfo(
        instructions: instructions, instructionCount: code.instructions.count,
        constants: constants, names: names, lines: lines, parameterCount: code.parameterCount,
        localCount: code.localCount, cellCount: code.cellNames.count,
        freeCount: code.freeNames.count, maxStackDepth: code.maxStackDepth,
        frameSize: code.localCount + code.derefCount + code.maxStackDepth + 1,
        isSimple: simple, index: index))
  }

  /// Turns the constants into immortal Values (nested code objects are loaded too).
  func loadConstants() {
    for (i, constant) in code.constants.enumerated() {
      info.pointee.constants[i] = Runtime.constantValue(constant)
    }
  }
}
