// Data movement: mov in every form (movabs for 64-bit immediates), movzx/movsx/movsxd, lea,
// setcc, cmovcc, push/pop.

extension Assembler {
  // MARK: mov

  /// `mov r, r` — `89 /r` (`88` for bytes)
  public func mov(_ destination: Register, _ source: Register) {
    sameSize(destination, source)
    emit(
      size: source.size, opcode: source.size == .byte ? 0x88 : 0x89, reg: source.index,
      regNeedsREX: source.needsREXForByteAccess || destination.needsREXForByteAccess,
      rm: RegisterOrMemory(destination))
  }

  /// `mov r, [m]` — `8b /r` (`8a` for bytes)
  public func mov(_ destination: Register, _ source: Memory) {
    emit(
      size: destination.size, opcode: destination.size == .byte ? 0x8A : 0x8B, reg: destination.index,
      regNeedsREX: destination.needsREXForByteAccess, rm: .memory(source))
  }

  /// `mov [m], r` — `89 /r` (`88` for bytes)
  public func mov(_ destination: Memory, _ source: Register) {
    emit(
      size: source.size, opcode: source.size == .byte ? 0x88 : 0x89, reg: source.index,
      regNeedsREX: source.needsREXForByteAccess, rm: .memory(destination))
  }

  /// `mov r, imm`, in the shortest form that loads exactly `immediate`:
  /// - 64-bit register, value fits a sign-extended imm32: `REX.W c7 /0 id` (7 bytes);
  /// - 64-bit register, value fits an unsigned imm32: `mov r32, imm32` (`b8+r id`, 5–6 bytes),
  ///   which zero-extends;
  /// - otherwise `movabs` (10 bytes).
  /// Smaller registers take `b8+r` with an immediate of their width.
  public func mov(_ destination: Register, _ immediate: Int64) {
    switch destination.size {
    case .qword:
      if Int32(exactly: immediate) != nil {
        emit(size: .qword, opcode: 0xC7, reg: 0, rm: RegisterOrMemory(destination), immediateBytes: 4)
        emitImmediate(immediate, width: 4)
      } else if UInt32(exactly: immediate) != nil {
        emitOpcodePlusRegister(0xB8, destination, rexW: false)
        emitImmediate(immediate, width: 4)
      } else {
        movabs(destination, UInt64(bitPattern: immediate))
      }
    case .dword:
      checkImmediate(immediate, fits: .dword)
      emitOpcodePlusRegister(0xB8, destination, rexW: false)
      emitImmediate(immediate, width: 4)
    case .word:
      checkImmediate(immediate, fits: .word)
      emitOpcodePlusRegister(0xB8, destination, rexW: false, operandSizePrefix: true)
      emitImmediate(immediate, width: 2)
    case .byte:
      checkImmediate(immediate, fits: .byte)
      emitOpcodePlusRegister(0xB0, destination, rexW: false)
      emitImmediate(immediate, width: 1)
    }
  }

  /// `movabs r64, imm64` — `REX.W b8+r io`, always 10 bytes (the form a patchable immediate uses).
  public func movabs(_ destination: Register, _ immediate: UInt64) {
    precondition(destination.size == .qword, "movabs loads a 64-bit register")
    emitOpcodePlusRegister(0xB8, destination, rexW: true)
    buffer.emit64(immediate)
  }

  /// `mov [m], imm` — `c7 /0 id` (sign-extended for qword), `c6 /0 ib` for bytes; size from
  /// `destination.size`.
  public func mov(_ destination: Memory, _ immediate: Int32) {
    let size = destination.size
    checkImmediate(Int64(immediate), fits: size)
    let width = size.immediateWidth
    emit(
      size: size, opcode: size == .byte ? 0xC6 : 0xC7, reg: 0, rm: .memory(destination), immediateBytes: width
    )
    emitImmediate(Int64(immediate), width: width)
  }

  // MARK: Widening moves

  /// `movzx r, r8/r16` — `0f b6 /r` (byte source) or `0f b7 /r` (word source)
  public func movzx(_ destination: Register, _ source: Register) {
    precondition(source.size == .byte || source.size == .word, "movzx widens a byte or word")
    precondition(destination.size.rawValue > source.size.rawValue, "movzx must widen")
    emit(
      size: destination.size, escape: .x0F, opcode: source.size == .byte ? 0xB6 : 0xB7,
      reg: destination.index, rm: RegisterOrMemory(source))
  }

  /// `movzx r, byte/word [m]` (width from `source.size`)
  public func movzx(_ destination: Register, _ source: Memory) {
    precondition(source.size == .byte || source.size == .word, "movzx widens a byte or word")
    emit(
      size: destination.size, escape: .x0F, opcode: source.size == .byte ? 0xB6 : 0xB7,
      reg: destination.index, rm: .memory(source))
  }

  /// `movsx r, r8/r16` — `0f be /r` or `0f bf /r`; a 32-bit source goes to `movsxd`.
  public func movsx(_ destination: Register, _ source: Register) {
    if source.size == .dword {
      movsxd(destination, source)
      return
    }
    precondition(destination.size.rawValue > source.size.rawValue, "movsx must widen")
    emit(
      size: destination.size, escape: .x0F, opcode: source.size == .byte ? 0xBE : 0xBF,
      reg: destination.index, rm: RegisterOrMemory(source))
  }

  /// `movsx r, byte/word [m]`; a dword source goes to `movsxd`.
  public func movsx(_ destination: Register, _ source: Memory) {
    if source.size == .dword {
      movsxd(destination, source)
      return
    }
    precondition(source.size == .byte || source.size == .word, "movsx widens a byte, word or dword")
    emit(
      size: destination.size, escape: .x0F, opcode: source.size == .byte ? 0xBE : 0xBF,
      reg: destination.index, rm: .memory(source))
  }

  /// `movsxd r64, r32` — `REX.W 63 /r`
  public func movsxd(_ destination: Register, _ source: Register) {
    precondition(destination.size == .qword && source.size == .dword, "movsxd is r64 <- r32")
    emit(size: .qword, opcode: 0x63, reg: destination.index, rm: RegisterOrMemory(source))
  }

  /// `movsxd r64, dword [m]`
  public func movsxd(_ destination: Register, _ source: Memory) {
    precondition(destination.size == .qword, "movsxd loads a 64-bit register")
    emit(size: .qword, opcode: 0x63, reg: destination.index, rm: .memory(source))
  }

  // MARK: lea

  /// `lea r, [m]` — `8d /r`
  public func lea(_ destination: Register, _ source: Memory) {
    precondition(destination.size != .byte, "lea has no byte form")
    emit(size: destination.size, opcode: 0x8D, reg: destination.index, rm: .memory(source))
  }

  // MARK: setcc, cmovcc

  /// `setcc r8` — `0f 90+cc /0`
  public func set(_ condition: Condition, _ destination: Register) {
    precondition(destination.size == .byte, "setcc writes a byte register")
    emit(
      rexW: false, escape: .x0F, opcode: 0x90 | condition.rawValue, reg: 0, rm: RegisterOrMemory(destination))
  }

  /// `setcc byte [m]`
  public func set(_ condition: Condition, _ destination: Memory) {
    emit(rexW: false, escape: .x0F, opcode: 0x90 | condition.rawValue, reg: 0, rm: .memory(destination))
  }

  /// `cmovcc r, r` — `0f 40+cc /r`
  public func cmov(_ condition: Condition, _ destination: Register, _ source: Register) {
    sameSize(destination, source)
    precondition(destination.size != .byte, "cmov has no byte form")
    emit(
      size: destination.size, escape: .x0F, opcode: 0x40 | condition.rawValue, reg: destination.index,
      rm: RegisterOrMemory(source))
  }

  /// `cmovcc r, [m]`
  public func cmov(_ condition: Condition, _ destination: Register, _ source: Memory) {
    precondition(destination.size != .byte, "cmov has no byte form")
    emit(
      size: destination.size, escape: .x0F, opcode: 0x40 | condition.rawValue, reg: destination.index,
      rm: .memory(source))
  }

  // MARK: push, pop

  /// `push r64` — `50+r`
  public func push(_ source: Register) {
    precondition(source.size == .qword, "push takes a 64-bit register")
    emitOpcodePlusRegister(0x50, source, rexW: false)
  }

  /// `push qword [m]` — `ff /6`
  public func push(_ source: Memory) { emit(rexW: false, opcode: 0xFF, reg: 6, rm: .memory(source)) }

  /// `push imm` — `6a ib` or `68 id` (sign-extended to 64 bits)
  public func push(_ immediate: Int32) {
    if Int8(exactly: immediate) != nil {
      buffer.emit8(0x6A)
      emitImmediate(Int64(immediate), width: 1)
    } else {
      buffer.emit8(0x68)
      emitImmediate(Int64(immediate), width: 4)
    }
  }

  /// `pop r64` — `58+r`
  public func pop(_ destination: Register) {
    precondition(destination.size == .qword, "pop takes a 64-bit register")
    emitOpcodePlusRegister(0x58, destination, rexW: false)
  }

  /// `pop qword [m]` — `8f /0`
  public func pop(_ destination: Memory) { emit(rexW: false, opcode: 0x8F, reg: 0, rm: .memory(destination)) }

  // MARK: xchg

  /// `xchg r, r` — `87 /r`
  /// (`90+r` when one side is the accumulator, as assemblers choose).
  public func xchg(_ first: Register, _ second: Register) {
    sameSize(first, second)
    if first.size != .byte && (first.index == 0) != (second.index == 0) {
      let other = first.index == 0 ? second : first
      emitOpcodePlusRegister(0x90, other, rexW: first.size == .qword, operandSizePrefix: first.size == .word)
      return
    }
    emit(
      size: first.size, opcode: first.size == .byte ? 0x86 : 0x87, reg: second.index,
      regNeedsREX: second.needsREXForByteAccess || first.needsREXForByteAccess, rm: RegisterOrMemory(first))
  }
}
