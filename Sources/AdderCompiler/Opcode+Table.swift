/// The facts about each opcode that every tier needs, in one table beside the enum: what the
/// argument means, how the instruction moves the operand stack, and how it transfers control.
/// The compiler (stack depth), the disassembler (argument columns) and the JIT (the operand stack
/// depth at every instruction, which fixes each slot's frame offset) all read it.
public struct OpcodeInfo: Sendable {
  /// What the 24-bit argument indexes or counts.
  public enum Argument: Sendable {
    case none
    case count
    case constant
    case local
    case name
    case deref
    /// An absolute instruction index.
    case jumpTarget
    /// Bit flags or packed counts (formatValue, unpackStarred, callUnpacked, raise ...).
    case flags
    /// A depth below the top of the stack (listAppend and friends).
    case depth
  }

  /// Pushed minus popped, as a function of the argument `n`.
  public enum Effect: Sendable {
    /// The same on every path.
    case fixed(Int)
    /// Jumps: on the fall-through path and when the jump is taken.
    case branch(fallThrough: Int, taken: Int)
    /// `base + factor * n`.
    case linear(base: Int, factor: Int)
    /// unpackStarred: (n & 0xFF) + (n >> 8) pushed for the one popped, net of it.
    case unpackStarred
    /// makeFunction: pops the code's defaults (and closure), pushes the function.
    case makeFunction
  }

  public let argument: Argument
  public let effect: Effect
  /// The instruction never falls through to the next one.
  public let endsBlock: Bool

  init(_ argument: Argument, _ effect: Effect, endsBlock: Bool = false) {
    self.argument = argument
    self.effect = effect
    self.endsBlock = endsBlock
  }
}

extension Opcode {
  /// The table row for this opcode.
  public var info: OpcodeInfo {
    switch self {
    case .nop, .rotTwo, .rotThree, .rotFour, .negative, .positive, .invert, .not, .getIterator,
      .listToTuple:
      return OpcodeInfo(.none, .fixed(0))
    case .pop, .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power, .leftShift,
      .rightShift, .bitAnd, .bitOr, .bitXor, .inplaceAdd, .inplaceSubtract, .inplaceMultiply,
      .inplaceTrueDivide, .inplaceFloorDivide, .inplaceModulo, .inplacePower, .inplaceLeftShift,
      .inplaceRightShift, .inplaceBitAnd, .inplaceBitOr, .inplaceBitXor, .compareLess,
      .compareLessEqual, .compareEqual, .compareNotEqual, .compareGreater, .compareGreaterEqual,
      .is, .isNot, .contains, .notContains, .loadSubscript:
      return OpcodeInfo(.none, .fixed(-1))
    case .dup: return OpcodeInfo(.none, .fixed(1))
    case .dupTwo: return OpcodeInfo(.none, .fixed(2))
    case .returnValue: return OpcodeInfo(.none, .fixed(-1), endsBlock: true)
    case .storeSubscript: return OpcodeInfo(.none, .fixed(-3))
    case .deleteSubscript: return OpcodeInfo(.none, .fixed(-2))
    case .loadConst: return OpcodeInfo(.constant, .fixed(1))
    case .loadFast: return OpcodeInfo(.local, .fixed(1))
    case .storeFast: return OpcodeInfo(.local, .fixed(-1))
    case .deleteFast: return OpcodeInfo(.local, .fixed(0))
    case .loadGlobal, .loadMethod, .importName, .importFrom: return OpcodeInfo(.name, .fixed(1))
    case .storeGlobal: return OpcodeInfo(.name, .fixed(-1))
    case .deleteGlobal, .loadAttribute: return OpcodeInfo(.name, .fixed(0))
    case .storeAttribute: return OpcodeInfo(.name, .fixed(-2))
    case .loadDeref, .loadClosure: return OpcodeInfo(.deref, .fixed(1))
    case .storeDeref: return OpcodeInfo(.deref, .fixed(-1))
    case .makeCell: return OpcodeInfo(.deref, .fixed(0))
    case .jump: return OpcodeInfo(.jumpTarget, .fixed(0), endsBlock: true)
    case .popJumpIfFalse, .popJumpIfTrue: return OpcodeInfo(.jumpTarget, .fixed(-1))
    case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
      return OpcodeInfo(.jumpTarget, .branch(fallThrough: -1, taken: 0))
    case .forIterator: return OpcodeInfo(.jumpTarget, .branch(fallThrough: 1, taken: -1))
    case .buildList, .buildTuple, .buildString: return OpcodeInfo(.count, .linear(base: 1, factor: -1))
    case .buildSlice: return OpcodeInfo(.count, .linear(base: 1, factor: -1))
    case .buildDict: return OpcodeInfo(.count, .linear(base: 1, factor: -2))
    case .listAppend, .listExtend, .dictUpdate, .dictMergeForCall: return OpcodeInfo(.depth, .fixed(-1))
    case .dictInsert: return OpcodeInfo(.depth, .fixed(-2))
    case .unpackSequence: return OpcodeInfo(.count, .linear(base: -1, factor: 1))
    case .unpackStarred: return OpcodeInfo(.flags, .unpackStarred)
    case .callMethod: return OpcodeInfo(.count, .linear(base: -1, factor: -1))
    case .callMethodKeywords: return OpcodeInfo(.count, .linear(base: -2, factor: -1))
    case .call: return OpcodeInfo(.count, .linear(base: 0, factor: -1))
    case .callKeywords: return OpcodeInfo(.count, .linear(base: -1, factor: -1))
    case .callUnpacked: return OpcodeInfo(.flags, .linear(base: -1, factor: -1))
    case .makeFunction: return OpcodeInfo(.constant, .makeFunction)
    case .formatValue: return OpcodeInfo(.flags, .linear(base: 0, factor: 0))
    case .raiseAssertion, .raise:
      return OpcodeInfo(.flags, .linear(base: 0, factor: -1), endsBlock: true)
    case .buildClass: return OpcodeInfo(.count, .linear(base: -1, factor: -1))
    case .loadLocals: return OpcodeInfo(.none, .fixed(1))
    case .deleteAttribute: return OpcodeInfo(.name, .fixed(-1))
    case .pushExceptionInfo, .beforeWith, .withExceptStart: return OpcodeInfo(.none, .fixed(1))
    case .popExcept: return OpcodeInfo(.none, .fixed(-1))
    case .checkExceptionMatch: return OpcodeInfo(.none, .fixed(0))
    case .reraise: return OpcodeInfo(.none, .fixed(-1), endsBlock: true)

    // Sets.
    case .buildSet: return OpcodeInfo(.count, .linear(base: 1, factor: -1))
    case .setAdd, .setUpdate: return OpcodeInfo(.depth, .fixed(-1))
    case .buildSetFromConstants, .frozenSetFromConstants: return OpcodeInfo(.none, .fixed(0))
    }
  }

  /// The instruction's argument is an absolute jump target.
  public var isJump: Bool {
    if case .jumpTarget = info.argument { return true }
    return false
  }

  /// The instruction never falls through to the next one.
  public var endsBlock: Bool { info.endsBlock }

  /// The instruction reads its argument (the disassembler prints it).
  public var hasArgument: Bool {
    if case .none = info.argument { return false }
    return true
  }
}

extension Instruction {
  /// The stack effect on the fall-through path and, for jumps, when taken.
  public func stackEffect(constants: [Constant]) -> (fallThrough: Int, jump: Int) {
    let n = argument
    switch opcode.info.effect {
    case .fixed(let effect): return (effect, effect)
    case .branch(let fallThrough, let taken): return (fallThrough, taken)
    case .linear(let base, let factor):
      // formatValue pops its spec when bit 2 is set.
      if opcode == .formatValue { return n & 4 != 0 ? (-1, -1) : (0, 0) }
      return (base + factor * n, base + factor * n)
    case .unpackStarred:
      let count = (n & 0xFF) + (n >> 8)
      return (count, count)
    case .makeFunction:
      var popped = 0
      if n < constants.count, case .code(let code) = constants[n] {
        popped = code.defaultCount + code.keywordOnlyDefaults.count + (code.freeNames.isEmpty ? 0 : 1)
      }
      return (1 - popped, 1 - popped)
    }
  }
}

/// The operand stack depth before each instruction (nil where no path reaches it), by walking
/// every path (each instruction has one depth on every path in code the compiler emits). A
/// handler is reached from where it was set up: its depth there less its adjustment (or its
/// known depth), plus the exception pushed.
public func stackDepths(
  instructions: [Instruction], constants: [Constant],
  handlers: [(setup: Int, target: Int, adjustment: Int, knownDepth: Int?)] = []
) -> [Int?] {
  var depthAt = [Int?](repeating: nil, count: instructions.count + 1)
  guard !instructions.isEmpty else { return depthAt }
  var worklist = [0]
  depthAt[0] = 0
  var handlersBySetup: [Int: [(target: Int, adjustment: Int, knownDepth: Int?)]] = [:]
  for handler in handlers {
    handlersBySetup[handler.setup, default: []].append(
      (handler.target, handler.adjustment, handler.knownDepth))
  }
  func reached(_ index: Int, depth: Int) {
    for handler in handlersBySetup[index] ?? [] where handler.target <= instructions.count {
      if depthAt[handler.target] == nil {
        depthAt[handler.target] = (handler.knownDepth ?? depth - handler.adjustment) + 1
        worklist.append(handler.target)
      }
    }
  }
  reached(0, depth: 0)
  while let start = worklist.popLast() {
    var index = start
    var depth = depthAt[start] ?? 0
    reached(start, depth: depth)
    while index < instructions.count {
      let instruction = instructions[index]
      let effect = instruction.stackEffect(constants: constants)
      if instruction.opcode.isJump {
        let target = instruction.argument
        if target <= instructions.count, depthAt[target] == nil {
          depthAt[target] = depth + effect.jump
          reached(target, depth: depth + effect.jump)
          worklist.append(target)
        }
      }
      depth += effect.fallThrough
      if instruction.opcode.endsBlock { break }
      index += 1
      if index < instructions.count {
        if depthAt[index] != nil { break }
        depthAt[index] = depth
        reached(index, depth: depth)
      }
    }
  }
  return depthAt
}

/// The depth before each instruction of code with an exception table: each handler starts with
/// its row's depth plus the exception.
public func stackDepths(
  instructions: [Instruction], constants: [Constant], exceptionTable: [ExceptionTableEntry]
) -> [Int?] {
  stackDepths(
    instructions: instructions, constants: constants,
    handlers: exceptionTable.map {
      (setup: $0.start, target: $0.handler, adjustment: 0, knownDepth: $0.depth)
    })
}

/// The deepest the operand stack gets.
func maxStackDepth(
  instructions: [Instruction], constants: [Constant], exceptionTable: [ExceptionTableEntry] = []
) -> Int {
  let depths = stackDepths(instructions: instructions, constants: constants, exceptionTable: exceptionTable)
  var maximum = 0
  for (index, instruction) in instructions.enumerated() {
    guard let depth = depths[index] else { continue }
    let effect = instruction.stackEffect(constants: constants)
    maximum = max(maximum, depth, depth + effect.fallThrough)
    if instruction.opcode.isJump { maximum = max(maximum, depth + effect.jump) }
  }
  return maximum
}
