// Integer arithmetic and logic: the eight classic ALU operations, test, imul, the unary group,
// shifts, cqo/idiv and bt. Every form takes its operand size from its register operand, or from
// `Memory.size` when memory is the only sized operand.

/// The eight ALU operations that share one encoding pattern; the raw value is both the ModRM
/// extension of the immediate forms (`81 /n`) and bits 5–3 of the register forms.
enum ArithmeticOperation: UInt8 {
  case add = 0, or = 1, adc = 2, sbb = 3, and = 4, sub = 5, xor = 6, cmp = 7
}

extension Assembler {
  // MARK: The shared ALU encoders

  /// `op r/m, r` — opcode `op*8 + 1` (`+ 0` for bytes).
  func arithmetic(_ operation: ArithmeticOperation, _ destination: RegisterOrMemory, _ source: Register) {
    let opcode = operation.rawValue << 3 | (source.size == .byte ? 0 : 1)
    emit(
      size: source.size, opcode: opcode, reg: source.index, regNeedsREX: source.needsREXForByteAccess,
      rm: destination)
  }

  /// `op r, r/m` — opcode `op*8 + 3` (`+ 2` for bytes).
  func arithmetic(_ operation: ArithmeticOperation, _ destination: Register, _ source: Memory) {
    let opcode = operation.rawValue << 3 | (destination.size == .byte ? 2 : 3)
    emit(
      size: destination.size, opcode: opcode, reg: destination.index,
      regNeedsREX: destination.needsREXForByteAccess, rm: .memory(source))
  }

  /// `op r/m, imm`: `83 /n ib` when the immediate fits a signed byte, the short accumulator form
  /// `op*8 + 5 id` for rax/eax/ax, otherwise `81 /n id`; bytes use `80 /n ib` or `op*8 + 4 ib` for al.
  func arithmetic(
    _ operation: ArithmeticOperation, _ destination: RegisterOrMemory, size: OperandSize, _ immediate: Int64
  ) {
    checkImmediate(immediate, fits: size)
    let isAccumulator: Bool
    if case .register(0, _) = destination { isAccumulator = true } else { isAccumulator = false }
    if size == .byte {
      if isAccumulator {
        buffer.emit8(operation.rawValue << 3 | 4)
      } else {
        emit(size: size, opcode: 0x80, reg: operation.rawValue, rm: destination, immediateBytes: 1)
      }
      emitImmediate(immediate, width: 1)
    } else if Int8(exactly: immediate) != nil {
      emit(size: size, opcode: 0x83, reg: operation.rawValue, rm: destination, immediateBytes: 1)
      emitImmediate(immediate, width: 1)
    } else if isAccumulator {
      if size == .word { buffer.emit8(0x66) }
      if size == .qword { buffer.emit8(0x48) }
      buffer.emit8(operation.rawValue << 3 | 5)
      emitImmediate(immediate, width: size.immediateWidth)
    } else {
      emit(
        size: size, opcode: 0x81, reg: operation.rawValue, rm: destination,
        immediateBytes: size.immediateWidth)
      emitImmediate(immediate, width: size.immediateWidth)
    }
  }

  func sameSize(_ a: Register, _ b: Register) {
    precondition(a.size == b.size, "operand sizes differ: \(a) and \(b)")
  }

  // MARK: add, or, adc, sbb, and, sub, xor, cmp

  /// `add r, r`
  public func add(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    arithmetic(.add, RegisterOrMemory(destination), source)
  }
  /// `add r, [m]`
  public func add(_ destination: Register, _ source: Memory) { arithmetic(.add, destination, source) }
  /// `add [m], r`
  public func add(_ destination: Memory, _ source: Register) {
    arithmetic(.add, .memory(destination), source)
  }
  /// `add r, imm8/imm32`
  public func add(_ destination: Register, _ immediate: Int32) {
    arithmetic(.add, RegisterOrMemory(destination), size: destination.size, Int64(immediate))
  }
  /// `add [m], imm8/imm32` (size from `destination.size`)
  public func add(_ destination: Memory, _ immediate: Int32) {
    arithmetic(.add, .memory(destination), size: destination.size, Int64(immediate))
  }

  /// `or r, r`
  public func or(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    arithmetic(.or, RegisterOrMemory(destination), source)
  }
  /// `or r, [m]`
  public func or(_ destination: Register, _ source: Memory) { arithmetic(.or, destination, source) }
  /// `or [m], r`
  public func or(_ destination: Memory, _ source: Register) { arithmetic(.or, .memory(destination), source) }
  /// `or r, imm`
  public func or(_ destination: Register, _ immediate: Int32) {
    arithmetic(.or, RegisterOrMemory(destination), size: destination.size, Int64(immediate))
  }
  /// `or [m], imm`
  public func or(_ destination: Memory, _ immediate: Int32) {
    arithmetic(.or, .memory(destination), size: destination.size, Int64(immediate))
  }

  /// `adc r, r`
  public func adc(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    arithmetic(.adc, RegisterOrMemory(destination), source)
  }
  /// `adc r, [m]`
  public func adc(_ destination: Register, _ source: Memory) { arithmetic(.adc, destination, source) }
  /// `adc [m], r`
  public func adc(_ destination: Memory, _ source: Register) {
    arithmetic(.adc, .memory(destination), source)
  }
  /// `adc r, imm`
  public func adc(_ destination: Register, _ immediate: Int32) {
    arithmetic(.adc, RegisterOrMemory(destination), size: destination.size, Int64(immediate))
  }
  /// `adc [m], imm`
  public func adc(_ destination: Memory, _ immediate: Int32) {
    arithmetic(.adc, .memory(destination), size: destination.size, Int64(immediate))
  }

  /// `sbb r, r`
  public func sbb(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    arithmetic(.sbb, RegisterOrMemory(destination), source)
  }
  /// `sbb r, [m]`
  public func sbb(_ destination: Register, _ source: Memory) { arithmetic(.sbb, destination, source) }
  /// `sbb [m], r`
  public func sbb(_ destination: Memory, _ source: Register) {
    arithmetic(.sbb, .memory(destination), source)
  }
  /// `sbb r, imm`
  public func sbb(_ destination: Register, _ immediate: Int32) {
    arithmetic(.sbb, RegisterOrMemory(destination), size: destination.size, Int64(immediate))
  }
  /// `sbb [m], imm`
  public func sbb(_ destination: Memory, _ immediate: Int32) {
    arithmetic(.sbb, .memory(destination), size: destination.size, Int64(immediate))
  }

  /// `and r, r`
  public func and(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    arithmetic(.and, RegisterOrMemory(destination), source)
  }
  /// `and r, [m]`
  public func and(_ destination: Register, _ source: Memory) { arithmetic(.and, destination, source) }
  /// `and [m], r`
  public func and(_ destination: Memory, _ source: Register) {
    arithmetic(.and, .memory(destination), source)
  }
  /// `and r, imm`
  public func and(_ destination: Register, _ immediate: Int32) {
    arithmetic(.and, RegisterOrMemory(destination), size: destination.size, Int64(immediate))
  }
  /// `and [m], imm`
  public func and(_ destination: Memory, _ immediate: Int32) {
    arithmetic(.and, .memory(destination), size: destination.size, Int64(immediate))
  }

  /// `sub r, r`
  public func sub(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    arithmetic(.sub, RegisterOrMemory(destination), source)
  }
  /// `sub r, [m]`
  public func sub(_ destination: Register, _ source: Memory) { arithmetic(.sub, destination, source) }
  /// `sub [m], r`
  public func sub(_ destination: Memory, _ source: Register) {
    arithmetic(.sub, .memory(destination), source)
  }
  /// `sub r, imm`
  public func sub(_ destination: Register, _ immediate: Int32) {
    arithmetic(.sub, RegisterOrMemory(destination), size: destination.size, Int64(immediate))
  }
  /// `sub [m], imm`
  public func sub(_ destination: Memory, _ immediate: Int32) {
    arithmetic(.sub, .memory(destination), size: destination.size, Int64(immediate))
  }

  /// `xor r, r`
  public func xor(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    arithmetic(.xor, RegisterOrMemory(destination), source)
  }
  /// `xor r, [m]`
  public func xor(_ destination: Register, _ source: Memory) { arithmetic(.xor, destination, source) }
  /// `xor [m], r`
  public func xor(_ destination: Memory, _ source: Register) {
    arithmetic(.xor, .memory(destination), source)
  }
  /// `xor r, imm`
  public func xor(_ destination: Register, _ immediate: Int32) {
    arithmetic(.xor, RegisterOrMemory(destination), size: destination.size, Int64(immediate))
  }
  /// `xor [m], imm`
  public func xor(_ destination: Memory, _ immediate: Int32) {
    arithmetic(.xor, .memory(destination), size: destination.size, Int64(immediate))
  }

  /// `cmp r, r`
  public func cmp(_ left: Register, _ right: Register) {
    sameSize(left, right)
    arithmetic(.cmp, RegisterOrMemory(left), right)
  }
  /// `cmp r, [m]`
  public func cmp(_ left: Register, _ right: Memory) { arithmetic(.cmp, left, right) }
  /// `cmp [m], r`
  public func cmp(_ left: Memory, _ right: Register) { arithmetic(.cmp, .memory(left), right) }
  /// `cmp r, imm`
  public func cmp(_ left: Register, _ immediate: Int32) {
    arithmetic(.cmp, RegisterOrMemory(left), size: left.size, Int64(immediate))
  }
  /// `cmp [m], imm`
  public func cmp(_ left: Memory, _ immediate: Int32) {
    arithmetic(.cmp, .memory(left), size: left.size, Int64(immediate))
  }

  // MARK: test

  /// `test r, r` — `85 /r` (`84` for bytes)
  public func test(_ left: Register, _ right: Register) {
    sameSize(left, right)
    emit(
      size: left.size, opcode: left.size == .byte ? 0x84 : 0x85, reg: right.index,
      regNeedsREX: right.needsREXForByteAccess, rm: RegisterOrMemory(left))
  }
  /// `test [m], r`
  public func test(_ left: Memory, _ right: Register) {
    emit(
      size: right.size, opcode: right.size == .byte ? 0x84 : 0x85, reg: right.index,
      regNeedsREX: right.needsREXForByteAccess, rm: .memory(left))
  }
  /// `test r, imm` — `a9 id` for the accumulator, `f7 /0 id` otherwise (`a8`/`f6` for bytes)
  public func test(_ left: Register, _ immediate: Int32) {
    checkImmediate(Int64(immediate), fits: left.size)
    let width = left.size.immediateWidth
    if left.index == 0 {
      if left.size == .word { buffer.emit8(0x66) }
      if left.size == .qword { buffer.emit8(0x48) }
      buffer.emit8(left.size == .byte ? 0xA8 : 0xA9)
    } else {
      emit(
        size: left.size, opcode: left.size == .byte ? 0xF6 : 0xF7, reg: 0, rm: RegisterOrMemory(left),
        immediateBytes: width)
    }
    emitImmediate(Int64(immediate), width: width)
  }
  /// `test [m], imm` (size from `left.size`)
  public func test(_ left: Memory, _ immediate: Int32) {
    checkImmediate(Int64(immediate), fits: left.size)
    let width = left.size.immediateWidth
    emit(
      size: left.size, opcode: left.size == .byte ? 0xF6 : 0xF7, reg: 0, rm: .memory(left),
      immediateBytes: width)
    emitImmediate(Int64(immediate), width: width)
  }

  // MARK: imul

  /// `imul r, r` — `0f af /r`
  public func imul(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    precondition(destination.size != .byte, "imul has no two-operand byte form")
    emit(
      size: destination.size, escape: .x0F, opcode: 0xAF, reg: destination.index, rm: RegisterOrMemory(source)
    )
  }
  /// `imul r, [m]`
  public func imul(_ destination: Register, _ source: Memory) {
    precondition(destination.size != .byte, "imul has no two-operand byte form")
    emit(size: destination.size, escape: .x0F, opcode: 0xAF, reg: destination.index, rm: .memory(source))
  }
  /// `imul r, r, imm` — `6b /r ib` or `69 /r id`
  public func imul(_ destination: Register, _ source: Register, _ immediate: Int32) {
    sameSize(destination, source)
    imul(destination, RegisterOrMemory(source), immediate)
  }
  /// `imul r, [m], imm`
  public func imul(_ destination: Register, _ source: Memory, _ immediate: Int32) {
    imul(destination, .memory(source), immediate)
  }

  private func imul(_ destination: Register, _ source: RegisterOrMemory, _ immediate: Int32) {
    precondition(destination.size != .byte, "imul has no byte form with an immediate")
    if Int8(exactly: immediate) != nil {
      emit(size: destination.size, opcode: 0x6B, reg: destination.index, rm: source, immediateBytes: 1)
      emitImmediate(Int64(immediate), width: 1)
    } else {
      let width = destination.size.immediateWidth
      checkImmediate(Int64(immediate), fits: destination.size)
      emit(size: destination.size, opcode: 0x69, reg: destination.index, rm: source, immediateBytes: width)
      emitImmediate(Int64(immediate), width: width)
    }
  }

  // MARK: The unary group: inc, dec, not, neg, mul, div, idiv

  /// `f6/f7 /n` or `fe/ff /n` on a register or memory.
  func unary(_ opcode: UInt8, extension ext: UInt8, size: OperandSize, _ operand: RegisterOrMemory) {
    emit(size: size, opcode: size == .byte ? opcode - 1 : opcode, reg: ext, rm: operand)
  }

  /// `inc r` — `ff /0`
  public func inc(_ operand: Register) {
    unary(0xFF, extension: 0, size: operand.size, RegisterOrMemory(operand))
  }
  /// `inc [m]`
  public func inc(_ operand: Memory) { unary(0xFF, extension: 0, size: operand.size, .memory(operand)) }
  /// `dec r` — `ff /1`
  public func dec(_ operand: Register) {
    unary(0xFF, extension: 1, size: operand.size, RegisterOrMemory(operand))
  }
  /// `dec [m]`
  public func dec(_ operand: Memory) { unary(0xFF, extension: 1, size: operand.size, .memory(operand)) }
  /// `not r` — `f7 /2`
  public func not(_ operand: Register) {
    unary(0xF7, extension: 2, size: operand.size, RegisterOrMemory(operand))
  }
  /// `not [m]`
  public func not(_ operand: Memory) { unary(0xF7, extension: 2, size: operand.size, .memory(operand)) }
  /// `neg r` — `f7 /3`
  public func neg(_ operand: Register) {
    unary(0xF7, extension: 3, size: operand.size, RegisterOrMemory(operand))
  }
  /// `neg [m]`
  public func neg(_ operand: Memory) { unary(0xF7, extension: 3, size: operand.size, .memory(operand)) }
  /// `mul r` — `f7 /4`: rdx:rax = rax * r, unsigned
  public func mul(_ operand: Register) {
    unary(0xF7, extension: 4, size: operand.size, RegisterOrMemory(operand))
  }
  /// `imul r` — `f7 /5`: rdx:rax = rax * r, signed
  public func imul(_ operand: Register) {
    unary(0xF7, extension: 5, size: operand.size, RegisterOrMemory(operand))
  }
  /// `div r` — `f7 /6`: unsigned rdx:rax / r
  public func div(_ operand: Register) {
    unary(0xF7, extension: 6, size: operand.size, RegisterOrMemory(operand))
  }
  /// `div [m]`
  public func div(_ operand: Memory) { unary(0xF7, extension: 6, size: operand.size, .memory(operand)) }
  /// `idiv r` — `f7 /7`: signed rdx:rax / r, quotient in rax, remainder in rdx
  public func idiv(_ operand: Register) {
    unary(0xF7, extension: 7, size: operand.size, RegisterOrMemory(operand))
  }
  /// `idiv [m]`
  public func idiv(_ operand: Memory) { unary(0xF7, extension: 7, size: operand.size, .memory(operand)) }

  /// `cqo` — `48 99`: sign-extends rax into rdx:rax before a 64-bit `idiv`
  public func cqo() {
    buffer.emit8(0x48)
    buffer.emit8(0x99)
  }
  /// `cdq` — `99`: sign-extends eax into edx:eax
  public func cdq() { buffer.emit8(0x99) }

  // MARK: Shifts and rotates

  enum ShiftOperation: UInt8 {
    case rol = 0, ror = 1, shl = 4, shr = 5, sar = 7
  }

  /// `d1 /n` for a count of 1, `c1 /n ib` for an immediate count, `d3 /n` for `cl`.
  func shift(_ operation: ShiftOperation, _ operand: RegisterOrMemory, size: OperandSize, count: UInt8?) {
    let byteAdjust: UInt8 = size == .byte ? 1 : 0
    switch count {
    case nil:
      emit(size: size, opcode: 0xD3 - byteAdjust, reg: operation.rawValue, rm: operand)
    case 1:
      emit(size: size, opcode: 0xD1 - byteAdjust, reg: operation.rawValue, rm: operand)
    case let count?:
      emit(size: size, opcode: 0xC1 - byteAdjust, reg: operation.rawValue, rm: operand, immediateBytes: 1)
      buffer.emit8(count)
    }
  }

  /// `shl r, imm8`
  public func shl(_ operand: Register, _ count: UInt8) {
    shift(.shl, RegisterOrMemory(operand), size: operand.size, count: count)
  }
  /// `shl r, cl`
  public func shl(_ operand: Register, _ count: ShiftCountRegister) {
    shift(.shl, RegisterOrMemory(operand), size: operand.size, count: nil)
  }
  /// `shl [m], imm8`
  public func shl(_ operand: Memory, _ count: UInt8) {
    shift(.shl, .memory(operand), size: operand.size, count: count)
  }
  /// `shr r, imm8`
  public func shr(_ operand: Register, _ count: UInt8) {
    shift(.shr, RegisterOrMemory(operand), size: operand.size, count: count)
  }
  /// `shr r, cl`
  public func shr(_ operand: Register, _ count: ShiftCountRegister) {
    shift(.shr, RegisterOrMemory(operand), size: operand.size, count: nil)
  }
  /// `shr [m], imm8`
  public func shr(_ operand: Memory, _ count: UInt8) {
    shift(.shr, .memory(operand), size: operand.size, count: count)
  }
  /// `sar r, imm8`
  public func sar(_ operand: Register, _ count: UInt8) {
    shift(.sar, RegisterOrMemory(operand), size: operand.size, count: count)
  }
  /// `sar r, cl`
  public func sar(_ operand: Register, _ count: ShiftCountRegister) {
    shift(.sar, RegisterOrMemory(operand), size: operand.size, count: nil)
  }
  /// `sar [m], imm8`
  public func sar(_ operand: Memory, _ count: UInt8) {
    shift(.sar, .memory(operand), size: operand.size, count: count)
  }
  /// `rol r, imm8`
  public func rol(_ operand: Register, _ count: UInt8) {
    shift(.rol, RegisterOrMemory(operand), size: operand.size, count: count)
  }
  /// `ror r, imm8`
  public func ror(_ operand: Register, _ count: UInt8) {
    shift(.ror, RegisterOrMemory(operand), size: operand.size, count: count)
  }

  // MARK: bt

  /// `bt r, r` — `0f a3 /r`: CF = bit `bit` of `base`
  public func bt(_ base: Register, _ bit: Register) {
    sameSize(base, bit)
    emit(size: base.size, escape: .x0F, opcode: 0xA3, reg: bit.index, rm: RegisterOrMemory(base))
  }
  /// `bt [m], r`
  public func bt(_ base: Memory, _ bit: Register) {
    emit(size: bit.size, escape: .x0F, opcode: 0xA3, reg: bit.index, rm: .memory(base))
  }
  /// `bt r, imm8` — `0f ba /4 ib`
  public func bt(_ base: Register, _ bit: UInt8) {
    emit(size: base.size, escape: .x0F, opcode: 0xBA, reg: 4, rm: RegisterOrMemory(base), immediateBytes: 1)
    buffer.emit8(bit)
  }
  /// `bt [m], imm8`
  public func bt(_ base: Memory, _ bit: UInt8) {
    emit(size: base.size, escape: .x0F, opcode: 0xBA, reg: 4, rm: .memory(base), immediateBytes: 1)
    buffer.emit8(bit)
  }
}

/// The only register a variable shift count can live in: `asm.shl(.rax, .cl)`.
public enum ShiftCountRegister: Sendable {
  case cl
}
