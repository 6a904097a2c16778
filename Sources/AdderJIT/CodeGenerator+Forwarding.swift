import AdderAssembler
import AdderCompiler
import AdderRuntime

/// Two analyses that remove memory traffic from the hot paths of loops, both local to one
/// code object and both conservative:
///
/// - **Definitely bound locals**: a `loadFast` of a local that every path has stored (parameters
///   included) needs no unbound check. Forward data flow, intersection at joins, 64 locals at
///   most (others keep their check).
/// - **Operand forwarding**: in `a + b`, `i < n`, `t = t + i`, the operator's site reads the
///   locals directly instead of copies on the operand stack, and a result that goes straight into
///   a local by the `storeFast` right after is stored there. Only across instructions no jump
///   lands between, and only for `loadFast` (nothing but a store to that local, which is the
///   consumer's own, can change a local in between).
struct ForwardingPlan {
  /// loadFast instructions whose value is not copied to the operand stack.
  var forwardedLoads = Set<Int>()
  /// loadConst instructions whose constant is stored by the `storeFast` after them.
  var elidedConstants = Set<Int>()
  /// storeFast instructions done by the operator before them.
  var absorbedStores = Set<Int>()
  /// `loadFast`/`loadConst` then `storeFast` (an assignment `x = y`, `x = 0`): the store copies
  /// from the source directly; the load emits only its unbound check.
  var directStores: [Int: Instruction] = [:]
  var leftLocal: [Int: Int] = [:]
  var rightLocal: [Int: Int] = [:]
  /// Constant operands (their `loadConst` elided), by constant index.
  var leftConstant: [Int: Int] = [:]
  var rightConstant: [Int: Int] = [:]
  /// Operators, calls and for-loop steps whose result the `storeFast` right after stores: the
  /// site stores it.
  var resultLocal: [Int: Int] = [:]
  /// `returnValue` instructions right after a `loadFast` or `loadConst` (`return x`, `return 0`):
  /// the return reads the local or the constant itself; the load emits only its unbound check.
  var returnSource: [Int: Instruction] = [:]
  /// Per instruction: the locals every path has bound before it (bit i = local i).
  var bound: [UInt64] = []
  /// `storeSubscript` instructions whose key slot holds a known constant (`v[3] = x`,
  /// `b[3] -= d`), by constant index: the case may use it as an immediate. The slot still holds
  /// it for the slow path.
  var storeKeyConstant: [Int: Int] = [:]
}

extension CodeGenerator {
  static let forwardingConsumers: Set<Opcode> = [
    .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power, .leftShift, .rightShift,
    .bitAnd, .bitOr, .bitXor, .inplaceAdd, .inplaceSubtract, .inplaceMultiply, .inplaceTrueDivide,
    .inplaceFloorDivide, .inplaceModulo, .inplacePower, .inplaceLeftShift, .inplaceRightShift,
    .inplaceBitAnd, .inplaceBitOr, .inplaceBitXor, .compareLess, .compareLessEqual, .compareEqual,
    .compareNotEqual, .compareGreater, .compareGreaterEqual, .contains, .notContains, .loadSubscript,
  ]

  func planForwarding() -> ForwardingPlan {
    let instructions = code.code.instructions
    var plan = ForwardingPlan()
    plan.bound = definitelyBound()
    // `x = y`, `x = 0`, `return x`, `return 0`: the store or return reads its source itself.
    for k in 1..<max(instructions.count, 1)
    where instructions[k].opcode == .storeFast || instructions[k].opcode == .returnValue {
      let source = instructions[k - 1]
      guard depths[k] != nil, !jumpTargets.contains(k),
        source.opcode == .loadFast || source.opcode == .loadConst
      else { continue }
      if instructions[k].opcode == .storeFast {
        plan.directStores[k] = source
      } else {
        plan.returnSource[k] = source
      }
      if source.opcode == .loadFast {
        plan.forwardedLoads.insert(k - 1)
      } else {
        plan.elidedConstants.insert(k - 1)
      }
    }
    for k in 0..<instructions.count where CodeGenerator.forwardingConsumers.contains(instructions[k].opcode) {
      guard depths[k] != nil, !jumpTargets.contains(k), k >= 1 else { continue }
      let previous = instructions[k - 1]
      if previous.opcode == .loadFast {
        plan.forwardedLoads.insert(k - 1)
        plan.rightLocal[k] = previous.argument
      } else if previous.opcode == .loadConst {
        plan.elidedConstants.insert(k - 1)
        plan.rightConstant[k] = previous.argument
      }
      if k >= 2, !jumpTargets.contains(k - 1), previous.opcode == .loadFast || previous.opcode == .loadConst {
        let producer = instructions[k - 2]
        if producer.opcode == .loadFast {
          plan.forwardedLoads.insert(k - 2)
          plan.leftLocal[k] = producer.argument
        } else if producer.opcode == .loadConst {
          plan.elidedConstants.insert(k - 2)
          plan.leftConstant[k] = producer.argument
        }
      }
      if !fusesWithNextBranch(k), k + 1 < instructions.count, instructions[k + 1].opcode == .storeFast,
        !jumpTargets.contains(k + 1)
      {
        plan.absorbedStores.insert(k + 1)
        plan.resultLocal[k] = instructions[k + 1].argument
      }
    }
    // `x = f(...)`: the call site stores its result into the local itself; `for x in ...`: the
    // step stores the item there.
    let storing: Set<Opcode> = [
      .call, .callKeywords, .callMethod, .callMethodKeywords, .callUnpacked, .forIterator,
    ]
    for k in 0..<instructions.count where storing.contains(instructions[k].opcode) {
      guard depths[k] != nil, k + 1 < instructions.count, instructions[k + 1].opcode == .storeFast,
        !jumpTargets.contains(k + 1)
      else { continue }
      plan.absorbedStores.insert(k + 1)
      plan.resultLocal[k] = instructions[k + 1].argument
    }
    noteConstantKeys(&plan)
    return plan
  }

  /// Subscript keys that are constants loaded further back than the instruction before
  /// (`b[3] -= d` compiles to `loadConst 3; dupTwo; loadSubscript; ...; rotThree; storeSubscript`):
  /// which operand slots hold which constant, followed through dups and rotations within code
  /// no jump lands in. Other instructions forget the slots they may write; unlisted ones forget all.
  private func noteConstantKeys(_ plan: inout ForwardingPlan) {
    let instructions = code.code.instructions
    var known: [Int: Int] = [:]  // operand depth -> constant index
    func forget(from depth: Int) { known = known.filter { $0.key < depth } }
    for k in 0..<instructions.count {
      if jumpTargets.contains(k) { known = [:] }
      guard let d = depths[k] else {
        known = [:]
        continue
      }
      let instruction = instructions[k]
      let opcode = instruction.opcode
      if opcode == .loadSubscript, plan.rightLocal[k] == nil, plan.rightConstant[k] == nil,
        let c = known[d - 1]
      {
        plan.rightConstant[k] = c
      }
      if opcode == .storeSubscript, let c = known[d - 1] { plan.storeKeyConstant[k] = c }
      switch opcode {
      case .loadConst:
        known[d] = instruction.argument
      case .loadFast, .loadGlobal, .loadDeref, .loadClosure:
        known[d] = nil
      case .dup:
        known[d] = known[d - 1]
      case .dupTwo:
        (known[d], known[d + 1]) = (known[d - 2], known[d - 1])
      case .rotTwo, .rotThree, .rotFour:
        // The top moves down count - 1 places; the ones it passes move up one.
        let count = opcode == .rotTwo ? 2 : opcode == .rotThree ? 3 : 4
        let top = known[d - 1]
        for j in 1..<count { known[d - j] = known[d - j - 1] }
        known[d - count] = top
      case .loadAttribute, .pop, .storeFast:
        forget(from: d - 1)
      case .storeSubscript:
        forget(from: d - 3)
      case _ where CodeGenerator.forwardingConsumers.contains(opcode):
        forget(from: d - 2)
      default:
        known = [:]
      }
    }
  }

  /// The two operands of the operator at instruction `i`: forwarded locals and constants, else
  /// their operand slots.
  func operands(_ i: Int, depth d: Int) -> (Operand, Operand) {
    func operand(_ local: Int?, _ constant: Int?, _ slotDepth: Int) -> Operand {
      if let local { return .memory(self.local(local)) }
      if let constant { return .constant(info.constants[constant]) }
      return .memory(slot(slotDepth))
    }
    return (
      operand(forwarding.leftLocal[i], forwarding.leftConstant[i], d - 2),
      operand(forwarding.rightLocal[i], forwarding.rightConstant[i], d - 1)
    )
  }

  /// Whether `loadFast local` at instruction `index` needs its unbound check.
  func mayBeUnbound(_ local: Int, at index: Int) -> Bool {
    guard local < 64, index < forwarding.bound.count else { return true }
    return forwarding.bound[index] & (1 << UInt64(local)) == 0
  }

  /// The locals a new frame of this code must start empty (bit i for local i): those some
  /// `loadFast` or `deleteFast` may find unbound, all of them when the code reads its locals
  /// as a whole (`locals()`) or has no analysis (module code). The others are stored before
  /// anything reads them, and the collector reads a stale slot as an ambiguous word (it can only
  /// keep garbage alive), so the inline frame push leaves them as they are.
  func localsToClear() -> UInt64 {
    let instructions = code.code.instructions
    guard !forwarding.bound.isEmpty, !instructions.contains(where: { $0.opcode == .loadLocals }) else {
      return .max
    }
    var mask: UInt64 = 0
    for (index, instruction) in instructions.enumerated() {
      let local = instruction.argument
      switch instruction.opcode {
      case .loadFast where mayBeUnbound(local, at: index), .deleteFast:
        mask |= local < 64 ? 1 << UInt64(local) : .max
      default:
        continue
      }
    }
    return mask
  }

  /// The definitely-bound locals before each instruction (bit i for local i < 64).
  private func definitelyBound() -> [UInt64] {
    let instructions = code.code.instructions
    let count = instructions.count
    guard count > 0, !code.code.isModule else { return [] }
    let unknown = UInt64.max  // "no path seen yet": the identity of intersection
    var before = [UInt64](repeating: unknown, count: count + 1)
    var entry: UInt64 = 0
    let parameters =
      code.code.parameterCount + code.code.keywordOnlyCount
      + (code.code.varArgsSlot == nil ? 0 : 1) + (code.code.varKeywordsSlot == nil ? 0 : 1)
    for local in 0..<min(parameters, 64) { entry |= 1 << UInt64(local) }
    before[0] = entry
    var reached = [Bool](repeating: false, count: count + 1)
    reached[0] = true
    var worklist = [0]
    // An exception enters a handler with the locals bound before the instruction that raised.
    var handlerOf = [Int?](repeating: nil, count: count)
    for entry in code.code.exceptionTable where entry.handler < count {
      for index in entry.start..<min(entry.end, count) { handlerOf[index] = entry.handler }
    }
    func flow(_ state: UInt64, to target: Int) {
      let merged = reached[target] ? before[target] & state : state
      if !reached[target] || merged != before[target] {
        reached[target] = true
        before[target] = merged
        worklist.append(target)
      }
    }
    while let start = worklist.popLast() {
      var index = start
      var state = before[start]
      while index < count {
        let instruction = instructions[index]
        if let handler = handlerOf[index] { flow(state, to: handler) }
        if instruction.opcode == .storeFast, instruction.argument < 64 {
          state |= 1 << UInt64(instruction.argument)
        }
        if instruction.opcode == .deleteFast, instruction.argument < 64 {
          state &= ~(1 << UInt64(instruction.argument))
        }
        if instruction.opcode.isJump, instruction.argument <= count { flow(state, to: instruction.argument) }
        if instruction.opcode.endsBlock { break }
        index += 1
        if index <= count {
          let merged = reached[index] ? before[index] & state : state
          if reached[index] && merged == before[index] { break }
          reached[index] = true
          before[index] = merged
          state = merged
        }
      }
    }
    return (0..<count).map { reached[$0] ? before[$0] : 0 }
  }
}
