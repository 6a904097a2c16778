import AdderAssembler
import AdderCompiler
import AdderRuntime

/// Translates one code object's bytecode into x86-64, instruction by instruction, over the same
/// frame layout the interpreter uses.
///
/// Machine-code frame: entered with rdi = the `Frame*` its caller pushed; rbx holds the frame's
/// slots (`locals`), r12 the `Frame*`. Every value lives in a value-stack slot, never only in a
/// register across a call, so the collector (which scans the slots) sees all of them. The operand
/// stack depth at each instruction is known statically (the opcode table), so each operand is a
/// fixed `[rbx + disp]` and there is no stack pointer to maintain.
///
/// Layout of the emitted code: the main body (one block per instruction, IC sites as a patchable
/// `jmp` to their slow path), then the cold part: slow paths, error stubs, the shared error exit
/// and the epilogue.
final class CodeGenerator {
  let code: CompiledCode
  let info: CodeInfo
  let asm: Assembler
  let depths: [Int?]
  /// Slot index of the operand stack's bottom.
  let stackBase: Int
  /// Labels of instructions something branches to (made on first use; jump targets up front,
  /// since backward jumps reach them after they are emitted).
  var instructionLabels: [Label?] = []
  /// Instructions some jump lands on (a comparison is fused only with a branch that is not one).
  let jumpTargets: Set<Int>
  let errorExit: Label
  var errorStubs: [Label?] = []
  var cold: [() -> Void] = []
  var emittingColdCode = false
  var forwarding = ForwardingPlan()
  /// Instructions a later `jump` goes back to.
  var loopHeads = Set<Int>()

  /// For the assembly listing: where each instruction starts, and what each cold block is.
  var instructionOffsets: [Int] = []
  var annotations: [(offset: Int, note: Annotation)] = []
  var sites: [CompiledSite] = []

  static let frameLocalsOffset = Frames.offset(of: \Frame.locals)
  static let frameGlobalsOffset = Frames.offset(of: \Frame.globals)
  static let frameInfoOffset = Frames.offset(of: \Frame.info)
  static let codeEntryOffset = MemoryLayout<CodeInfo>.offset(of: \CodeInfo.entry)!
  /// Where machine code entered with rdi = the Frame* and rsi = its locals starts: past the entry's
  /// load of the locals (`mov rsi, [rdi + 24]`, 4 bytes).
  static let localsEntryOffset = 4

  /// Calls the machine code of the frame in rax (rdi must hold the frame too).
  static func emitEnter(_ asm: Assembler) {
    asm.mov(.rcx, Memory(base: .rax, displacement: Int32(frameInfoOffset)))
    asm.call(Memory(base: .rcx, displacement: Int32(codeEntryOffset)))
  }

  init(code: CompiledCode, origin: UInt64) {
    self.code = code
    info = code.info.pointee
    asm = Assembler(origin: origin)
    depths = stackDepths(
      instructions: code.code.instructions, constants: code.code.constants,
      exceptionTable: code.code.exceptionTable)
    stackBase = info.localCount + info.cellCount + info.freeCount
    // Handlers are entered from the error exit: they are jump targets like any other.
    jumpTargets = Set(code.code.instructions.filter { $0.opcode.isJump }.map(\.argument))
      .union(code.code.exceptionTable.map(\.handler))
    errorExit = asm.makeLabel()
  }

  /// The operand at depth `depth` (0 = the bottom of the operand stack).
  func slot(_ depth: Int) -> Memory { Memory(base: .rbx, displacement: Int32((stackBase + depth) * 8)) }
  func local(_ index: Int) -> Memory { Memory(base: .rbx, displacement: Int32(index * 8)) }
  func deref(_ index: Int) -> Memory { local(info.localCount + index) }

  func generate() -> CodeBuffer {
    let instructions = code.code.instructions
    instructionLabels = [Label?](repeating: nil, count: instructions.count + 1)
    errorStubs = [Label?](repeating: nil, count: instructions.count)
    for target in jumpTargets where target <= instructions.count {
      instructionLabels[target] = asm.makeLabel()
    }
    forwarding = planForwarding()
    loopHeads = Set(
      instructions.enumerated().compactMap { index, instruction in
        instruction.opcode == .jump && instruction.argument <= index ? instruction.argument : nil
      })
    // Prologue: two callee-saved registers and 8 bytes keep rsp ≡ 0 (mod 16) at every call. The
    // entry reads the locals from the frame record; a call case that has just written the record
    // enters after that load with the locals in rsi (`localsEntryOffset`).
    asm.mov(.rsi, Memory(base: .rdi, displacement: Int32(CodeGenerator.frameLocalsOffset)))
    precondition(asm.offset == CodeGenerator.localsEntryOffset, "the locals entry moved")
    asm.push(.rbx)
    asm.push(.r12)
    asm.sub(.rsp, 8)
    asm.mov(.r12, .rdi)
    asm.mov(.rbx, .rsi)
    var index = 0
    while index < instructions.count {
      if let label = instructionLabels[index] {
        // A loop head (a jump further on comes back here) starts a 64-byte line.
        if loopHeads.contains(index) { asm.align(64) }
        asm.bind(label)
      }
      instructionOffsets.append(asm.offset)
      guard let depth = depths[index] else {
        index += 1
        continue  // unreachable: no code
      }
      if fusesWithNextBranch(index) {
        emitFusedCompare(index, depth: depth)
        if let label = instructionLabels[index + 1] { asm.bind(label) }
        instructionOffsets.append(asm.offset)
        index += 2
        continue
      }
      emit(instructions[index], at: index, depth: depth)
      index += 1
    }
    if let label = instructionLabels[instructions.count] { asm.bind(label) }
    asm.ud2()  // the compiler never lets code fall off the end
    emittingColdCode = true
    while !cold.isEmpty {
      let pending = cold
      cold = []
      for block in pending { block() }
    }
    annotate(.errorExit)
    asm.bind(errorExit)
    asm.mov(.rsi, .r12)
    call(.unwind)
    if !code.code.exceptionTable.isEmpty {
      // A handler in this frame: the helper stored the exception in its slot and gave its address.
      let noHandler = asm.makeLabel()
      asm.test(.rax, .rax)
      asm.jump(.zero, to: noHandler)
      asm.jump(.rax)
      asm.bind(noHandler)
    }
    annotate(.epilogue)
    emitEpilogue()
    return asm.finalize()
  }

  /// Undoes the prologue and returns (rax holds the result, or 0 when the frame raised).
  func emitEpilogue() {
    asm.add(.rsp, 8)
    asm.pop(.r12)
    asm.pop(.rbx)
    asm.ret()
  }

  func annotate(_ note: Annotation) { annotations.append((asm.offset, note)) }

  /// The label of instruction `index`, made on first use.
  func label(_ index: Int) -> Label {
    if let label = instructionLabels[index] { return label }
    precondition(
      !emittingColdCode, "instruction \(index)'s label made after the body: it would never be bound")
    let label = asm.makeLabel()
    instructionLabels[index] = label
    return label
  }

  /// Calls a registered runtime entry point (rel32 when in reach, else through r11).
  func call(_ entry: EntryPoint) { asm.call(address: entry.address) }

  /// Where instruction `index` goes when it raises: a cold stub that loads the index and joins the
  /// shared error exit.
  func errorLabel(_ index: Int) -> Label {
    if let label = errorStubs[index] { return label }
    let label = asm.makeLabel()
    errorStubs[index] = label
    cold.append { [self] in
      asm.bind(label)
      asm.mov(.edi, Int64(index))
      asm.jump(to: errorExit)
    }
    return label
  }

  /// `test rax, rax; jz error` after an entry whose result 0 means "raised".
  func checkRaised(_ index: Int) {
    asm.test(.rax, .rax)
    asm.jump(.zero, to: errorLabel(index))
  }

  func loadImmediate(_ register: Register, _ value: Value) { asm.movabs(register, value.raw) }

  func loadSite(_ register: Register, _ site: UnsafeMutablePointer<SiteDescriptor>) {
    asm.movabs(register, UInt64(UInt(bitPattern: site)))
  }

  /// Emits an IC site for instruction `index`: a patchable `jmp` to an out-of-line slow path,
  /// which `slowPath` fills (it ends by jumping back to `resume` or to a branch target). Returns
  /// the label after the jump, where a patched fast path resumes.
  @discardableResult
  func site(
    _ index: Int, _ opcode: Opcode, fused: Bool = false, shape: SiteShape,
    targets: (whenTrue: Label, whenFalse: Label)? = nil, inlineLength: Int = 0,
    slowPath: @escaping (_ site: UnsafeMutablePointer<SiteDescriptor>, _ resume: Label) -> Void
  ) -> Label {
    let descriptor = SiteDescriptor.make(
      opcode: opcode, fusedBranch: fused, codeIndex: info.index, instructionIndex: index,
      line: Int(info.lines[index]), column: code.code.column(at: index))
    let slow = asm.makeLabel()
    let resume = asm.makeLabel()
    var region: PatchableRegion?
    let jump: PatchableJump
    if inlineLength > 0 {
      region = asm.patchableRegion(jumpingTo: slow, length: inlineLength)
      jump = region!.jump
    } else {
      jump = asm.patchableJump(to: slow)
    }
    asm.bind(resume)
    let number = JIT.siteCount + sites.count
    // Where the code after the site only jumps on (the end of a loop body), cases and the slow
    // path jump straight there: one taken jump fewer per iteration.
    let onward = targets == nil ? jumpOnward(after: index) : nil
    sites.append(
      CompiledSite(
        descriptor: descriptor, jump: jump, region: region, number: number, shape: shape, slowPath: slow,
        resume: onward ?? resume, error: errorLabel(index), targets: targets))
    cold.append { [self] in
      asm.bind(slow)
      annotate(.slowPath(site: number, opcode: opcode, instruction: index))
      slowPath(descriptor, onward ?? resume)
    }
    return resume
  }

  /// The target of the unconditional jump that is the next code emitted after instruction `i`,
  /// when nothing but code-free instructions (a store the site made itself, a nop) come between.
  func jumpOnward(after i: Int) -> Label? {
    let instructions = code.code.instructions
    var j = i + 1
    while j < instructions.count, depths[j] != nil {
      switch instructions[j].opcode {
      case .nop:
        j += 1
      case .storeFast where forwarding.absorbedStores.contains(j):
        j += 1
      case .jump:
        return label(instructions[j].argument)
      default:
        return nil
      }
    }
    return nil
  }

  /// A comparison whose result only feeds the branch right after it.
  func fusesWithNextBranch(_ index: Int) -> Bool {
    let instructions = code.code.instructions
    guard index + 1 < instructions.count, !jumpTargets.contains(index + 1) else { return false }
    switch instructions[index].opcode {
    case .compareLess, .compareLessEqual, .compareEqual, .compareNotEqual, .compareGreater,
      .compareGreaterEqual, .contains, .notContains:
      return [.popJumpIfFalse, .popJumpIfTrue].contains(instructions[index + 1].opcode)
    default:
      return false
    }
  }
}

/// Bytes reserved in line for a site's first case (`PatchableRegion`): room for the small-int
/// cases with their overflow paths (34-110 bytes); a larger case (a float case, about 350)
/// goes out of line as a stub. Larger regions slowed int loops (Design.md, "Limits").
enum InlineRegion {
  static let binary = 128
  static let compareBranch = 64
  /// A global's case: 56 bytes for a module global, 79 for a builtin (two keys versions), and up
  /// to 3 bytes of the region are the jump's alignment.
  static let global = 84
  /// A for-loop step: a range iterator's case is 123 bytes in line, a list iterator's 120.
  static let next = 160
}

/// What a cold block is, for the assembly listing (text only when a listing is printed).
enum Annotation {
  case slowPath(site: Int, opcode: Opcode, instruction: Int)
  case unboundVariable(instruction: Int)
  case errorExit
  case epilogue

  var text: String {
    switch self {
    case .slowPath(let site, let opcode, let instruction):
      return "slow path of IC site #\(site) (\(SiteDescriptor.spelling(opcode)), instruction \(instruction))"
    case .unboundVariable(let instruction): return "unbound variable error of instruction \(instruction)"
    case .errorExit:
      return "error exit: record the traceback entry; go to the handler, or pop the frame and return 0"
    case .epilogue: return "epilogue"
    }
  }
}

/// An IC site as compiled: its descriptor, the patchable jump into its slow path, and what a
/// case stub needs to stand in for the slow path (where the operands are, where to go on).
struct CompiledSite {
  let descriptor: UnsafeMutablePointer<SiteDescriptor>
  let jump: PatchableJump
  /// For sites whose first case runs in line: the jump and the room after it (see `SiteCache`).
  let region: PatchableRegion?
  /// Numbered in compilation order across the program, for listings.
  let number: Int
  let shape: SiteShape
  let slowPath: Label
  /// Where execution continues after the operation: the label after the site, or the target of
  /// the jump right after it (`jumpOnward`). Branch sites use `targets` instead.
  let resume: Label
  /// The instruction's error stub (records the traceback and leaves the frame).
  let error: Label
  /// Branch sites (truth tests, fused comparisons, for-loop steps): where "true" (or "an item
  /// was produced") and "false" (or "exhausted") continue.
  let targets: (whenTrue: Label, whenFalse: Label)?
}

/// An operator's operand as its site sees it: a slot or a local, or a constant, which code loads
/// as an immediate (constants are immortal, so machine code may hold them).
enum Operand {
  case memory(Memory)
  case constant(Value)

  /// Whether both are the same frame slot (`x * x`): operands are `[rbx + disp]`, so the
  /// displacement names the slot.
  func isSameSlot(as other: Operand) -> Bool {
    guard case .memory(let a) = self, case .memory(let b) = other else { return false }
    return a.displacement == b.displacement
  }

  func load(into register: Register, _ asm: Assembler) {
    switch self {
    case .memory(let memory): asm.mov(register, memory)
    // The shortest encoding: small ints fit an imm32, which keeps in-line cases small.
    case .constant(let value): asm.mov(register, Int64(bitPattern: value.raw))
    }
  }
}

/// Where a site's operands and result live, by kind of site: what a case stub loads, tests and
/// stores. Operands are value-stack slots of the running frame (`[rbx + disp]`).
enum SiteShape {
  /// `a op b` (binary operators, unfused comparisons, `a[b]`): operands and result in operand
  /// slots, or in locals when forwarded (see `ForwardingPlan`).
  case binary(a: Operand, b: Operand, result: Memory)
  /// A comparison fused with its branch.
  case compareBranch(a: Operand, b: Operand)
  /// `op a`, the result replacing it (unary operators, `iter`).
  case unary(operand: Memory)
  /// The truth of a value that is not True/False/None, for a branch.
  case truth(operand: Memory)
  /// `not a`, the result left in rcx for the code after the site to store.
  case not(operand: Memory)
  /// `container[key] = value`; a constant key's slot holds it too (for the slow path).
  case storeSubscript(value: Memory, container: Memory, key: Operand)
  case global(result: Memory, name: Value)
  case attribute(object: Memory, name: Value)
  /// `o.name = v`.
  case storeAttribute(value: Memory, object: Memory, name: Value)
  /// loadMethod: (receiver -- method self-or-empty).
  case method(receiver: Memory, name: Value)
  /// A call: the callee and its arguments from `base`; the result goes to `result` (the callee
  /// slot, or the local a `storeFast` right after stores it to).
  case call(base: Memory, count: Int, opcode: Opcode, result: Memory)
  /// A for-loop step: the iterator and the slot the next item goes to.
  case next(iterator: Memory, destination: Memory)
}
