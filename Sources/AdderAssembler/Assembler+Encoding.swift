// Byte encoding only: legacy prefixes, REX, opcode escapes, ModRM, SIB, displacements and
// immediates. The instruction families call `emit(...)` with the operand shape they need; no
// other file builds prefix or ModRM bytes by hand.
//
//     [66|F2|F3] [REX 0100WRXB] [0F [38|3A]] opcode [ModRM mod:reg:rm] [SIB scale:index:base]
//     [disp8|disp32] [immediate]

/// The opcode map an opcode byte belongs to.
enum OpcodeEscape {
  case none
  case x0F
  case x0F38
  case x0F3A
}

/// The r/m operand of a ModRM instruction: a register (by hardware number) or memory.
enum RegisterOrMemory {
  case register(UInt8, needsREX: Bool)
  case memory(Memory)

  init(_ register: Register) { self = .register(register.index, needsREX: register.needsREXForByteAccess) }
  init(_ register: XMMRegister) { self = .register(register.index, needsREX: false) }
}

extension Assembler {
  /// Emits one ModRM-form instruction up to (not including) its immediate.
  ///
  /// - Parameters:
  ///   - prefix: a mandatory or operand-size prefix (0x66, 0xF2, 0xF3), or nil.
  ///   - rexW: 64-bit operand size.
  ///   - reg: the ModRM.reg field: a register number or an opcode extension (`/0`–`/7`).
  ///   - regNeedsREX: the reg operand is `spl`…`dil` (needs an empty REX).
  ///   - immediateBytes: bytes the caller emits after this, which RIP-relative operands count.
  func emit(
    prefix: UInt8? = nil, rexW: Bool, escape: OpcodeEscape = .none, opcode: UInt8,
    reg: UInt8, regNeedsREX: Bool = false, rm: RegisterOrMemory, immediateBytes: Int = 0
  ) {
    if let prefix { buffer.emit8(prefix) }
    var rex: UInt8 = rexW ? 0x08 : 0
    if reg >= 8 { rex |= 0x04 }
    var forceREX = regNeedsREX
    switch rm {
    case .register(let index, let needsREX):
      if index >= 8 { rex |= 0x01 }
      forceREX = forceREX || needsREX
    case .memory(let memory):
      if let index = memory.index, index.isExtended { rex |= 0x02 }
      if case .register(let base) = memory.base, base.isExtended { rex |= 0x01 }
    }
    if rex != 0 || forceREX { buffer.emit8(0x40 | rex) }
    emitOpcode(escape: escape, opcode)
    switch rm {
    case .register(let index, _):
      buffer.emit8(modRM(mod: 0b11, reg: reg, rm: index))
    case .memory(let memory):
      emitMemoryOperand(reg: reg, memory, immediateBytes: immediateBytes)
    }
  }

  /// Emits an instruction whose operand size comes from `size`: the 0x66 prefix for 16-bit
  /// operands, REX.W for 64-bit ones. Byte forms use their own opcodes, chosen by the caller.
  func emit(
    size: OperandSize, escape: OpcodeEscape = .none, opcode: UInt8, reg: UInt8,
    regNeedsREX: Bool = false, rm: RegisterOrMemory, immediateBytes: Int = 0
  ) {
    emit(
      prefix: size == .word ? 0x66 : nil, rexW: size == .qword, escape: escape, opcode: opcode,
      reg: reg, regNeedsREX: regNeedsREX, rm: rm, immediateBytes: immediateBytes)
  }

  /// Emits an instruction with the register in the low three opcode bits (`push r`, `mov r, imm`):
  /// `[66] [REX] opcode+r`.
  func emitOpcodePlusRegister(
    _ opcode: UInt8, _ register: Register, rexW: Bool, operandSizePrefix: Bool = false
  ) {
    if operandSizePrefix { buffer.emit8(0x66) }
    var rex: UInt8 = rexW ? 0x08 : 0
    if register.isExtended { rex |= 0x01 }
    if rex != 0 || register.needsREXForByteAccess { buffer.emit8(0x40 | rex) }
    buffer.emit8(opcode | register.low3)
  }

  func emitOpcode(escape: OpcodeEscape, _ opcode: UInt8) {
    switch escape {
    case .none: break
    case .x0F: buffer.emit8(0x0F)
    case .x0F38:
      buffer.emit8(0x0F)
      buffer.emit8(0x38)
    case .x0F3A:
      buffer.emit8(0x0F)
      buffer.emit8(0x3A)
    }
    buffer.emit8(opcode)
  }

  @inline(__always) func modRM(mod: UInt8, reg: UInt8, rm: UInt8) -> UInt8 {
    (mod << 6) | ((reg & 7) << 3) | (rm & 7)
  }

  /// ModRM (+ SIB) (+ displacement) for a memory operand, with the special cases:
  /// - rip-relative: mod 00, rm 101, disp32 from the end of the instruction;
  /// - rsp/r12 base (rm 100 means "SIB follows"): always a SIB byte, index 100 = none;
  /// - rbp/r13 base with mod 00 means rip/disp32: use mod 01 with a zero disp8 instead.
  func emitMemoryOperand(reg: UInt8, _ memory: Memory, immediateBytes: Int) {
    let displacement = memory.displacement
    switch memory.base {
    case .rip:
      buffer.emit8(modRM(mod: 0b00, reg: reg, rm: 0b101))
      buffer.emit32(UInt32(bitPattern: displacement))
    case .label(let label):
      buffer.emit8(modRM(mod: 0b00, reg: reg, rm: 0b101))
      let field = buffer.count
      buffer.emit32(0)
      use(
        label, fieldOffset: field, width: 4, relativeTo: field + 4 + immediateBytes, addend: Int(displacement)
      )
    case .register(let base):
      let mod: UInt8
      if displacement == 0 && base.low3 != 0b101 {
        mod = 0b00
      } else if Int8(exactly: displacement) != nil {
        mod = 0b01
      } else {
        mod = 0b10
      }
      if let index = memory.index {
        buffer.emit8(modRM(mod: mod, reg: reg, rm: 0b100))
        buffer.emit8((memory.scale.rawValue << 6) | (index.low3 << 3) | base.low3)
      } else if base.low3 == 0b100 {
        buffer.emit8(modRM(mod: mod, reg: reg, rm: 0b100))
        buffer.emit8((0b00 << 6) | (0b100 << 3) | base.low3)
      } else {
        buffer.emit8(modRM(mod: mod, reg: reg, rm: base.low3))
      }
      if mod == 0b01 {
        buffer.emit8(UInt8(bitPattern: Int8(displacement)))
      } else if mod == 0b10 {
        buffer.emit32(UInt32(bitPattern: displacement))
      }
    }
  }

  /// An immediate of `width` bytes (1, 2, 4 or 8), little-endian.
  func emitImmediate(_ value: Int64, width: Int) {
    switch width {
    case 1: buffer.emit8(UInt8(truncatingIfNeeded: value))
    case 2: buffer.emit16(UInt16(truncatingIfNeeded: value))
    case 4: buffer.emit32(UInt32(truncatingIfNeeded: value))
    default: buffer.emit64(UInt64(bitPattern: value))
    }
  }

  /// Checks that `value` fits an operand of `size` (signed or unsigned), as an assembler would.
  func checkImmediate(_ value: Int64, fits size: OperandSize) {
    switch size {
    case .byte: precondition(value >= -128 && value <= 255, "immediate \(value) does not fit a byte")
    case .word: precondition(value >= -32768 && value <= 65535, "immediate \(value) does not fit a word")
    case .dword, .qword:
      precondition(
        Int32(exactly: value) != nil || (size == .dword && UInt32(exactly: value) != nil),
        "immediate \(value) does not fit 32 bits")
    }
  }
}

extension OperandSize {
  /// Bytes of an ordinary (non-movabs) immediate for this operand size: 64-bit operations take a
  /// sign-extended imm32.
  var immediateWidth: Int { self == .qword ? 4 : rawValue }
}
