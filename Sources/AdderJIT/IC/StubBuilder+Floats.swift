import AdderAssembler
import AdderCompiler
import AdderRuntime

/// Float cases: operands decoded into xmm registers (inline floats by shift, add and rotate;
/// boxed floats by one load; small ints converted exactly as Python converts them), the operation
/// in SSE, and the result encoded back inline, or boxed by a helper when it is out of the inline
/// range (inf, nan, tiny, huge).
extension StubBuilder {
  static let floatOperators: Set<Opcode> = [
    .add, .inplaceAdd, .subtract, .inplaceSubtract, .multiply, .inplaceMultiply, .trueDivide,
    .inplaceTrueDivide,
  ]

  /// Whether a pair is a float case: float op float, or a float with a small int.
  static func isFloatPair(_ types: [TypeKey]) -> Bool {
    types.contains(.float) && types.allSatisfy { $0 == .float || $0 == .smallInt }
  }

  /// r9 holds the inline encoding's exponent offset (896 << 53) through a float case: loaded
  /// once, it saves a 10-byte `movabs` per operand and result.
  static let exponentOffset = Register.r9

  /// Loads the two operands of a float case into xmm0 and xmm1 (an operand used twice, `x * x`,
  /// is decoded once), with r9 = the exponent offset.
  func loadDoubles(_ left: Operand, _ right: Operand, _ types: [TypeKey]) {
    asm.movabs(StubBuilder.exponentOffset, 896 << 53)
    loadDouble(left, types[0], into: .xmm0)
    if left.isSameSlot(as: right) && types[0] == types[1] {
      asm.movapd(.xmm1, .xmm0)
    } else {
      loadDouble(right, types[1], into: .xmm1)
    }
  }

  /// Loads an operand of key `type` (float or small int) into `target`; jumps to `fail` if the
  /// guard fails. Needs r9 = the exponent offset (`loadDoubles`).
  func loadDouble(_ operand: Operand, _ type: TypeKey, into target: XMMRegister) {
    operand.load(into: .rax, asm)
    if type == .smallInt {
      asm.test(.al, 1)
      asm.jump(.zero, to: fail)
      asm.sar(.rax, 1)
      asm.cvtsi2sd(target, .rax)
      return
    }
    // The inline encoding falls through; ±0 and boxed floats are out of the way (deferred), so
    // the common case takes no jump.
    let boxed = asm.makeLabel()
    let zero = asm.makeLabel()
    let done = asm.makeLabel()
    // The tag is floatTag exactly when the low bits of raw - floatTag are zero: one instruction
    // fewer than masking and comparing.
    asm.lea(.rdx, Memory(base: .rax, displacement: -Int32(Value.floatTag)))
    asm.test(.dl, Int32(Value.tagMask))
    asm.jump(.notZero, to: boxed)
    // Inline: payload = raw >> 3, rotated right 1 after adding 896 << 53. ±0 are the only
    // payloads below 2^53 (0 and 1, the sign), so raw below 16 (one short compare).
    asm.cmp(.rax, 16)
    asm.jump(.below, to: zero)
    asm.shr(.rax, 3)
    asm.add(.rax, StubBuilder.exponentOffset)
    asm.ror(.rax, 1)
    asm.movq(target, .rax)
    asm.bind(done)
    let fail = self.fail
    deferred.append { [self] in
      asm.bind(zero)
      asm.shr(.rax, 3)
      asm.shl(.rax, 63)
      asm.movq(target, .rax)
      asm.jump(to: done)
      asm.bind(boxed)
      TypeKey.emitHeapGuard(asm, .rax, scratch: .rdx, tag: .float, fail: fail)
      asm.movsd(target, Memory(base: .rax, displacement: 8))
      asm.jump(to: done)
    }
  }

  /// Encodes xmm0 as a Value in rax: inline when in range (falling through), else (deferred)
  /// ±0.0 inline or boxed by `adder_box_float`. Needs r9 = the exponent offset.
  func encodeDouble() {
    let done = asm.makeLabel()
    let notInline = asm.makeLabel()
    asm.movq(.rax, .xmm0)
    asm.rol(.rax, 1)
    asm.sub(.rax, StubBuilder.exponentOffset)
    // Inline when the payload's top 11 bits are 1...255: (top - 1) below 255 unsigned.
    asm.mov(.rdx, .rax)
    asm.shr(.rdx, 53)
    asm.dec(.edx)
    asm.cmp(.edx, 255)
    asm.jump(.aboveOrEqual, to: notInline)
    asm.shl(.rax, 3)
    asm.or(.rax, Int32(Value.floatTag))
    asm.bind(done)
    deferred.append { [self] in
      asm.bind(notInline)
      // ±0.0 is inline too (payload = the sign); anything else is boxed.
      let box = asm.makeLabel()
      asm.movq(.rax, .xmm0)
      asm.mov(.rdx, .rax)
      asm.shl(.rdx, 1)
      asm.jump(.notZero, to: box)
      asm.shr(.rax, 63)
      asm.shl(.rax, 3)
      asm.or(.rax, Int32(Value.floatTag))
      asm.jump(to: done)
      asm.bind(box)
      asm.movq(.rdi, .xmm0)
      asm.call(address: EntryPoint.boxFloat.address)
      asm.jump(to: done)
    }
  }

  /// `a op b` on floats (and a float with a small int).
  func floatBinary(_ left: Operand, _ right: Operand, _ types: [TypeKey], result: Memory) -> MissReason? {
    let operation = opcode
    // Python compares an int with a float exactly, not through a conversion that may round:
    // mixed comparisons take the helper.
    let condition = types == [.float, .float] ? StubBuilder.condition(operation) : nil
    guard StubBuilder.floatOperators.contains(operation) || condition != nil else { return nil }
    loadDoubles(left, right, types)
    if let condition {
      emitFloatCompare(condition)
      asm.movzx(.eax, .al)
      asm.shl(.eax, 4)
      asm.or(.eax, Int32(Value.false.raw))
    } else {
      switch operation {
      case .add, .inplaceAdd: asm.addsd(.xmm0, .xmm1)
      case .subtract, .inplaceSubtract: asm.subsd(.xmm0, .xmm1)
      case .multiply, .inplaceMultiply: asm.mulsd(.xmm0, .xmm1)
      default:
        // Division by zero raises: the slow path does it.
        asm.xorpd(.xmm2, .xmm2)
        asm.ucomisd(.xmm1, .xmm2)
        let nonzero = asm.makeLabel()
        asm.jump(.notEqual, to: nonzero)
        asm.jump(.parity, to: nonzero)
        asm.jump(to: slowPathExit())
        asm.bind(nonzero)
        asm.divsd(.xmm0, .xmm1)
      }
      encodeDouble()
    }
    countHit()
    asm.mov(result, .rax)
    toResume()
    return .condition
  }

  /// Sets al to the comparison of xmm0 with xmm1, false for any NaN operand (as Python).
  func emitFloatCompare(_ condition: Condition) {
    switch condition {
    case .less:
      asm.ucomisd(.xmm1, .xmm0)
      asm.set(.above, .al)
    case .lessOrEqual:
      asm.ucomisd(.xmm1, .xmm0)
      asm.set(.aboveOrEqual, .al)
    case .greater:
      asm.ucomisd(.xmm0, .xmm1)
      asm.set(.above, .al)
    case .greaterOrEqual:
      asm.ucomisd(.xmm0, .xmm1)
      asm.set(.aboveOrEqual, .al)
    case .equal:
      asm.ucomisd(.xmm0, .xmm1)
      asm.set(.equal, .al)
      asm.set(.noParity, .cl)
      asm.and(.al, .cl)
    default:
      asm.ucomisd(.xmm0, .xmm1)
      asm.set(.notEqual, .al)
      asm.set(.parity, .cl)
      asm.or(.al, .cl)
    }
  }

  /// A float comparison feeding its branch.
  func floatCompareBranch(_ left: Operand, _ right: Operand, _ types: [TypeKey]) -> MissReason? {
    guard types == [.float, .float], let condition = StubBuilder.condition(opcode) else { return nil }
    loadDoubles(left, right, types)
    emitFloatCompare(condition)
    countHit()
    asm.test(.al, .al)
    branch(when: .notZero)
    return .condition
  }
}
