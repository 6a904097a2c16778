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
  /// One label per instruction, plus one for the end.
  var labels: [Label] = []
  /// Instructions some jump lands on (a comparison is fused only with a branch that is not one).
  let jumpTargets: Set<Int>
  let errorExit: Label
  let epilogue: Label
  var errorStubs: [Int: Label] = [:]
  var cold: [() -> Void] = []

  /// For the assembly listing: where each instruction starts, and what each cold block is.
  var instructionOffsets: [Int] = []
  var annotations: [(offset: Int, text: String)] = []
  var sites: [CompiledSite] = []

  static let frameLocalsOffset = Frames.offset(of: \Frame.locals)
  static let frameGlobalsOffset = Frames.offset(of: \Frame.globals)
  static let frameEntryOffset = Frames.offset(of: \Frame.entry)

  init(code: CompiledCode, origin: UInt64) {
    self.code = code
    info = code.info.pointee
    asm = Assembler(origin: origin)
    depths = stackDepths(instructions: code.code.instructions, constants: code.code.constants)
    stackBase = info.localCount + info.cellCount + info.freeCount
    jumpTargets = Set(code.code.instructions.filter { $0.opcode.isJump }.map(\.argument))
    errorExit = asm.makeLabel()
    epilogue = asm.makeLabel()
  }

  /// The operand at depth `depth` (0 = the bottom of the operand stack).
  func slot(_ depth: Int) -> Memory { Memory(base: .rbx, displacement: Int32((stackBase + depth) * 8)) }
  func local(_ index: Int) -> Memory { Memory(base: .rbx, displacement: Int32(index * 8)) }
  func deref(_ index: Int) -> Memory { local(info.localCount + index) }

  func generate() -> CodeBuffer {
    let instructions = code.code.instructions
    labels = (0...instructions.count).map { _ in asm.makeLabel() }
    // Prologue: two callee-saved registers and 8 bytes keep rsp ≡ 0 (mod 16) at every call.
    asm.push(.rbx)
    asm.push(.r12)
    asm.sub(.rsp, 8)
    asm.mov(.r12, .rdi)
    asm.mov(.rbx, Memory(base: .rdi, displacement: Int32(CodeGenerator.frameLocalsOffset)))
    var index = 0
    while index < instructions.count {
      asm.bind(labels[index])
      instructionOffsets.append(asm.offset)
      guard let depth = depths[index] else {
        index += 1
        continue  // unreachable: no code
      }
      if fusesWithNextBranch(index) {
        emitFusedCompare(index, depth: depth)
        asm.bind(labels[index + 1])
        instructionOffsets.append(asm.offset)
        index += 2
        continue
      }
      emit(instructions[index], at: index, depth: depth)
      index += 1
    }
    asm.bind(labels[instructions.count])
    asm.ud2()  // the compiler never lets code fall off the end
    while !cold.isEmpty {
      let pending = cold
      cold = []
      for block in pending { block() }
    }
    annotate("error exit: record the traceback entry, pop the frame, return 0")
    asm.bind(errorExit)
    asm.mov(.rsi, .r12)
    call(.unwind)
    asm.bind(epilogue)
    annotate("epilogue")
    asm.add(.rsp, 8)
    asm.pop(.r12)
    asm.pop(.rbx)
    asm.ret()
    return asm.finalize()
  }

  func annotate(_ text: String) { annotations.append((asm.offset, text)) }

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
    _ index: Int, _ opcode: Opcode, fused: Bool = false,
    slowPath: @escaping (_ site: UnsafeMutablePointer<SiteDescriptor>, _ resume: Label) -> Void
  ) -> Label {
    let descriptor = SiteDescriptor.make(
      opcode: opcode, fusedBranch: fused, codeIndex: info.index, instructionIndex: index,
      line: Int(info.lines[index]))
    let slow = asm.makeLabel()
    let resume = asm.makeLabel()
    let jump = asm.patchableJump(to: slow)
    asm.bind(resume)
    let number = JIT.siteCount + sites.count
    sites.append(CompiledSite(descriptor: descriptor, jump: jump, number: number))
    cold.append { [self] in
      asm.bind(slow)
      annotate("slow path of IC site #\(number) (\(SiteDescriptor.spelling(opcode)), instruction \(index))")
      slowPath(descriptor, resume)
    }
    return resume
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

/// An IC site as compiled: its descriptor and the patchable jump into its slow path.
struct CompiledSite {
  let descriptor: UnsafeMutablePointer<SiteDescriptor>
  let jump: PatchableJump
  /// Numbered in compilation order across the program, for listings.
  let number: Int
}
