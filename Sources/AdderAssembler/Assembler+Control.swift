// Control flow: jmp/jcc/call to labels (rel8 or rel32), to registers and memory, to absolute
// addresses (Swift `@c` helpers); ret; and the padding and trap instructions (nops, ud2, int3).

/// How far a label branch may reach.
public enum BranchDistance: Sendable {
  /// rel8 when the label is already bound and in range, rel32 otherwise (forward branches are
  /// always rel32: their distance is unknown when they are emitted).
  case automatic
  /// Always rel8; binding the label further than 127 bytes away is a precondition failure.
  case short
  /// Always rel32.
  case near
}

extension Assembler {
  // MARK: Branches to labels

  /// `jmp label` — `eb rel8` or `e9 rel32`
  public func jump(to label: Label, distance: BranchDistance = .automatic) {
    if useShortForm(label, instructionLength: 2, distance: distance) {
      buffer.emit8(0xEB)
      emitLabelField(label, width: 1)
    } else {
      buffer.emit8(0xE9)
      emitLabelField(label, width: 4)
    }
  }

  /// `jcc label` — `70+cc rel8` or `0f 80+cc rel32`
  public func jump(_ condition: Condition, to label: Label, distance: BranchDistance = .automatic) {
    if useShortForm(label, instructionLength: 2, distance: distance) {
      buffer.emit8(0x70 | condition.rawValue)
      emitLabelField(label, width: 1)
    } else {
      buffer.emit8(0x0F)
      buffer.emit8(0x80 | condition.rawValue)
      emitLabelField(label, width: 4)
    }
  }

  /// `call label` — `e8 rel32`
  public func call(_ label: Label) {
    buffer.emit8(0xE8)
    emitLabelField(label, width: 4)
    noteCall()
  }

  /// Records where the first call ends (a return address into this code, once it runs).
  private func noteCall() { firstCallEnd = firstCallEnd ?? buffer.count }

  private func useShortForm(_ label: Label, instructionLength: Int, distance: BranchDistance) -> Bool {
    switch distance {
    case .short: return true
    case .near: return false
    case .automatic:
      guard let target = buffer.labelOffsets[label.id] else { return false }
      return Int8(exactly: target - (buffer.count + instructionLength)) != nil
    }
  }

  /// A rel8/rel32 field counted from its own end (the end of the instruction).
  func emitLabelField(_ label: Label, width: Int) {
    let field = buffer.count
    if width == 1 { buffer.emit8(0) } else { buffer.emit32(0) }
    use(label, fieldOffset: field, width: width, relativeTo: field + width)
  }

  // MARK: Indirect branches

  /// `jmp r64` — `ff /4`
  public func jump(_ target: Register) {
    precondition(target.size == .qword, "jump target must be a 64-bit register")
    emit(rexW: false, opcode: 0xFF, reg: 4, rm: RegisterOrMemory(target))
  }

  /// `jmp qword [m]` — `ff /4`
  public func jump(_ target: Memory) { emit(rexW: false, opcode: 0xFF, reg: 4, rm: .memory(target)) }

  /// `call r64` — `ff /2`
  public func call(_ target: Register) {
    precondition(target.size == .qword, "call target must be a 64-bit register")
    emit(rexW: false, opcode: 0xFF, reg: 2, rm: RegisterOrMemory(target))
    noteCall()
  }

  /// `call qword [m]` — `ff /2`
  public func call(_ target: Memory) {
    emit(rexW: false, opcode: 0xFF, reg: 2, rm: .memory(target))
    noteCall()
  }

  // MARK: Absolute targets (runtime helpers)

  /// The register absolute calls and jumps load their target into. Caller-saved and never an
  /// argument register in the System V ABI; generated code must not expect it to survive a call.
  public static let scratchRegister = Register.r11

  /// Calls a C-convention function (a Swift `@c` helper) at an absolute address: `e8 rel32` when
  /// the assembler has an origin and the target is within ±2 GiB, else
  /// `movabs r11, target; call r11`. The caller keeps rsp ≡ 0 (mod 16) at the call.
  public func call(address target: UnsafeRawPointer) {
    if let rel = relativeDisplacement(to: target, instructionLength: 5) {
      buffer.emit8(0xE8)
      buffer.emit32(UInt32(bitPattern: rel))
      noteCall()
    } else {
      movabs(Assembler.scratchRegister, UInt64(UInt(bitPattern: target)))
      call(Assembler.scratchRegister)
    }
  }

  /// Jumps to an absolute address: `e9 rel32` when in range of a known origin, else
  /// `movabs r11, target; jmp r11`.
  public func jump(address target: UnsafeRawPointer) {
    if let rel = relativeDisplacement(to: target, instructionLength: 5) {
      buffer.emit8(0xE9)
      buffer.emit32(UInt32(bitPattern: rel))
    } else {
      movabs(Assembler.scratchRegister, UInt64(UInt(bitPattern: target)))
      jump(Assembler.scratchRegister)
    }
  }

  /// Jumps to an absolute address when `condition` holds: `0f 80+cc rel32` when in range of a
  /// known origin, else over an absolute jump on the negated condition.
  public func jump(_ condition: Condition, address target: UnsafeRawPointer) {
    if let rel = relativeDisplacement(to: target, instructionLength: 6) {
      buffer.emit8(0x0F)
      buffer.emit8(0x80 | condition.rawValue)
      buffer.emit32(UInt32(bitPattern: rel))
    } else {
      let skip = makeLabel()
      jump(condition.negated, to: skip)
      jump(address: target)
      bind(skip)
    }
  }

  private func relativeDisplacement(to target: UnsafeRawPointer, instructionLength: Int) -> Int32? {
    guard let origin = buffer.origin else { return nil }
    let end = origin &+ UInt64(buffer.count + instructionLength)
    let distance = Int64(bitPattern: UInt64(UInt(bitPattern: target)) &- end)
    return Int32(exactly: distance)
  }

  // MARK: Return, traps, padding

  /// `ret` — `c3`
  public func ret() { buffer.emit8(0xC3) }

  /// `ret imm16` — `c2 iw`: returns and pops `bytes` more bytes of arguments
  public func ret(_ bytes: UInt16) {
    buffer.emit8(0xC2)
    buffer.emit16(bytes)
  }

  /// `ud2` — `0f 0b`: an invalid instruction, for paths that must never run
  public func ud2() {
    buffer.emit8(0x0F)
    buffer.emit8(0x0B)
  }

  /// `int3` — `cc`: a debugger breakpoint
  public func int3() { buffer.emit8(0xCC) }

  /// `nop` — `90`
  public func nop() { buffer.emit8(0x90) }

  /// Exactly `length` bytes of padding, in the recommended multi-byte nops (at most 9 bytes each;
  /// the same sequences GNU `as` uses for `.nops`).
  public func nop(length: Int) {
    var remaining = length
    while remaining > 0 {
      let chunk = min(remaining, Assembler.nopSequences.count - 1)
      emit(bytes: Assembler.nopSequences[chunk])
      remaining -= chunk
    }
  }

  /// The recommended nop of each length 1–9 (Intel SDM, NOP).
  static let nopSequences: [[UInt8]] = [
    [],
    [0x90],
    [0x66, 0x90],
    [0x0F, 0x1F, 0x00],
    [0x0F, 0x1F, 0x40, 0x00],
    [0x0F, 0x1F, 0x44, 0x00, 0x00],
    [0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00],
    [0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00],
    [0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    [0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  ]
}
