// SSE2 (and SSE4.1 roundsd) for doubles in the low lane of xmm registers. Every instruction is
// `[mandatory prefix] [REX] 0f opcode ModRM`, with the xmm destination in ModRM.reg.

/// The rounding mode of `roundsd` (its immediate; bit 3 suppresses the precision exception).
public enum RoundingMode: UInt8, Sendable {
  case nearest = 0x8  // round half to even
  case down = 0x9  // floor
  case up = 0xA  // ceil
  case towardZero = 0xB  // trunc
}

extension Assembler {
  /// `prefix [REX] 0f opcode /r` with an xmm in ModRM.reg.
  func sse(
    _ prefix: UInt8?, _ opcode: UInt8, _ destination: XMMRegister, _ source: RegisterOrMemory,
    rexW: Bool = false
  ) {
    emit(prefix: prefix, rexW: rexW, escape: .x0F, opcode: opcode, reg: destination.index, rm: source)
  }

  // MARK: Moves

  /// `movsd xmm, xmm` — `f2 0f 10 /r` (moves the low double, keeps the high lane)
  public func movsd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0xF2, 0x10, destination, RegisterOrMemory(source))
  }
  /// `movsd xmm, qword [m]` — `f2 0f 10 /r` (zeroes the high lane)
  public func movsd(_ destination: XMMRegister, _ source: Memory) {
    sse(0xF2, 0x10, destination, .memory(source))
  }
  /// `movsd qword [m], xmm` — `f2 0f 11 /r`
  public func movsd(_ destination: Memory, _ source: XMMRegister) {
    sse(0xF2, 0x11, source, .memory(destination))
  }

  /// `movapd xmm, xmm` — `66 0f 28 /r` (the whole register; the usual register-to-register copy)
  public func movapd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0x66, 0x28, destination, RegisterOrMemory(source))
  }

  /// `movq xmm, r64` — `66 REX.W 0f 6e /r`: the bits of a GPR into the low lane
  public func movq(_ destination: XMMRegister, _ source: Register) {
    precondition(source.size == .qword, "movq moves 64 bits")
    sse(0x66, 0x6E, destination, RegisterOrMemory(source), rexW: true)
  }
  /// `movq r64, xmm` — `66 REX.W 0f 7e /r`: the bits of the low lane into a GPR
  public func movq(_ destination: Register, _ source: XMMRegister) {
    precondition(destination.size == .qword, "movq moves 64 bits")
    sse(0x66, 0x7E, source, RegisterOrMemory(destination), rexW: true)
  }
  /// `movq xmm, qword [m]` — `f3 0f 7e /r`
  public func movq(_ destination: XMMRegister, _ source: Memory) {
    sse(0xF3, 0x7E, destination, .memory(source))
  }
  /// `movq qword [m], xmm` — `66 0f d6 /r`
  public func movq(_ destination: Memory, _ source: XMMRegister) {
    sse(0x66, 0xD6, source, .memory(destination))
  }

  // MARK: Arithmetic

  /// `addsd xmm, xmm` — `f2 0f 58 /r`
  public func addsd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0xF2, 0x58, destination, RegisterOrMemory(source))
  }
  /// `addsd xmm, qword [m]`
  public func addsd(_ destination: XMMRegister, _ source: Memory) {
    sse(0xF2, 0x58, destination, .memory(source))
  }
  /// `subsd xmm, xmm` — `f2 0f 5c /r`
  public func subsd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0xF2, 0x5C, destination, RegisterOrMemory(source))
  }
  /// `subsd xmm, qword [m]`
  public func subsd(_ destination: XMMRegister, _ source: Memory) {
    sse(0xF2, 0x5C, destination, .memory(source))
  }
  /// `mulsd xmm, xmm` — `f2 0f 59 /r`
  public func mulsd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0xF2, 0x59, destination, RegisterOrMemory(source))
  }
  /// `mulsd xmm, qword [m]`
  public func mulsd(_ destination: XMMRegister, _ source: Memory) {
    sse(0xF2, 0x59, destination, .memory(source))
  }
  /// `divsd xmm, xmm` — `f2 0f 5e /r`
  public func divsd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0xF2, 0x5E, destination, RegisterOrMemory(source))
  }
  /// `divsd xmm, qword [m]`
  public func divsd(_ destination: XMMRegister, _ source: Memory) {
    sse(0xF2, 0x5E, destination, .memory(source))
  }
  /// `sqrtsd xmm, xmm` — `f2 0f 51 /r`
  public func sqrtsd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0xF2, 0x51, destination, RegisterOrMemory(source))
  }
  /// `sqrtsd xmm, qword [m]`
  public func sqrtsd(_ destination: XMMRegister, _ source: Memory) {
    sse(0xF2, 0x51, destination, .memory(source))
  }
  /// `minsd xmm, xmm` — `f2 0f 5d /r`
  public func minsd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0xF2, 0x5D, destination, RegisterOrMemory(source))
  }
  /// `maxsd xmm, xmm` — `f2 0f 5f /r`
  public func maxsd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0xF2, 0x5F, destination, RegisterOrMemory(source))
  }

  // MARK: Comparison

  /// `ucomisd xmm, xmm` — `66 0f 2e /r`: sets ZF/PF/CF (PF = 1 when unordered)
  public func ucomisd(_ left: XMMRegister, _ right: XMMRegister) {
    sse(0x66, 0x2E, left, RegisterOrMemory(right))
  }
  /// `ucomisd xmm, qword [m]`
  public func ucomisd(_ left: XMMRegister, _ right: Memory) { sse(0x66, 0x2E, left, .memory(right)) }
  /// `comisd xmm, xmm` — `66 0f 2f /r` (signals on quiet NaNs too)
  public func comisd(_ left: XMMRegister, _ right: XMMRegister) {
    sse(0x66, 0x2F, left, RegisterOrMemory(right))
  }

  // MARK: Conversion

  /// `cvtsi2sd xmm, r32/r64` — `f2 [REX.W] 0f 2a /r`
  public func cvtsi2sd(_ destination: XMMRegister, _ source: Register) {
    precondition(source.size == .qword || source.size == .dword, "cvtsi2sd converts a 32- or 64-bit integer")
    sse(0xF2, 0x2A, destination, RegisterOrMemory(source), rexW: source.size == .qword)
  }
  /// `cvtsi2sd xmm, dword/qword [m]` (width from `source.size`)
  public func cvtsi2sd(_ destination: XMMRegister, _ source: Memory) {
    sse(0xF2, 0x2A, destination, .memory(source), rexW: source.size == .qword)
  }
  /// `cvttsd2si r32/r64, xmm` — `f2 [REX.W] 0f 2c /r`: truncates toward zero
  /// (0x8000000000000000 when out of range or NaN)
  public func cvttsd2si(_ destination: Register, _ source: XMMRegister) {
    precondition(
      destination.size == .qword || destination.size == .dword, "cvttsd2si writes a 32- or 64-bit register")
    emit(
      prefix: 0xF2, rexW: destination.size == .qword, escape: .x0F, opcode: 0x2C, reg: destination.index,
      rm: RegisterOrMemory(source))
  }
  /// `cvttsd2si r, qword [m]`
  public func cvttsd2si(_ destination: Register, _ source: Memory) {
    emit(
      prefix: 0xF2, rexW: destination.size == .qword, escape: .x0F, opcode: 0x2C, reg: destination.index,
      rm: .memory(source))
  }
  /// `cvtsd2si r, xmm` — `f2 [REX.W] 0f 2d /r`: rounds by the current mode (nearest-even)
  public func cvtsd2si(_ destination: Register, _ source: XMMRegister) {
    emit(
      prefix: 0xF2, rexW: destination.size == .qword, escape: .x0F, opcode: 0x2D, reg: destination.index,
      rm: RegisterOrMemory(source))
  }

  /// `roundsd xmm, xmm, imm8` — `66 0f 3a 0b /r ib` (SSE4.1)
  public func roundsd(_ destination: XMMRegister, _ source: XMMRegister, _ mode: RoundingMode) {
    emit(
      prefix: 0x66, rexW: false, escape: .x0F3A, opcode: 0x0B, reg: destination.index,
      rm: RegisterOrMemory(source), immediateBytes: 1)
    buffer.emit8(mode.rawValue)
  }

  // MARK: Bitwise (sign manipulation, zeroing)

  /// `xorpd xmm, xmm` — `66 0f 57 /r` (`xorpd x, x` zeroes; with a sign mask, negates)
  public func xorpd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0x66, 0x57, destination, RegisterOrMemory(source))
  }
  /// `xorpd xmm, [m]` (16-byte aligned memory)
  public func xorpd(_ destination: XMMRegister, _ source: Memory) {
    sse(0x66, 0x57, destination, .memory(source))
  }
  /// `andpd xmm, xmm` — `66 0f 54 /r` (with a mask, absolute value)
  public func andpd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0x66, 0x54, destination, RegisterOrMemory(source))
  }
  /// `andpd xmm, [m]`
  public func andpd(_ destination: XMMRegister, _ source: Memory) {
    sse(0x66, 0x54, destination, .memory(source))
  }
  /// `orpd xmm, xmm` — `66 0f 56 /r`
  public func orpd(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0x66, 0x56, destination, RegisterOrMemory(source))
  }
  /// `pxor xmm, xmm` — `66 0f ef /r`
  public func pxor(_ destination: XMMRegister, _ source: XMMRegister) {
    sse(0x66, 0xEF, destination, RegisterOrMemory(source))
  }
}
