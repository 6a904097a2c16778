import AdderAssembler
import AdderCompiler
import AdderRuntime

extension StubBuilder {
  /// The comparison's condition on two tagged small ints (tagging keeps the order).
  static func condition(_ opcode: Opcode) -> Condition? {
    switch opcode {
    case .compareLess: return .less
    case .compareLessEqual: return .lessOrEqual
    case .compareEqual: return .equal
    case .compareNotEqual: return .notEqual
    case .compareGreater: return .greater
    case .compareGreaterEqual: return .greaterOrEqual
    default: return nil
    }
  }

  /// `a op b`: small ints inline, list/tuple indexed by a small int inline, any other cacheable
  /// pair through the operation's helper (the pair's types checked here).
  func binaryCase(_ left: Operand, _ right: Operand, _ types: [TypeKey], result: Memory) -> MissReason? {
    guard StubBuilder.cacheable(types) else { return nil }
    if types == [.smallInt, .smallInt], let reason = smallIntBinary(left, right, result: result) {
      return reason
    }
    if StubBuilder.isFloatPair(types), let reason = floatBinary(left, right, types, result: result) {
      return reason
    }
    if opcode == .loadSubscript, types == [.object(.str), .smallInt] {
      load(.rax, left, guard: types[0])
      load(.rcx, right, guard: .smallInt)
      strItem(result: result)
      return .condition
    }
    if opcode == .loadSubscript, types[1] == .smallInt,
      types[0] == .object(.list) || types[0] == .object(.tuple)
    {
      load(.rax, left, guard: types[0])
      let index = loadIndex(right)
      loadItem(list: types[0] == .object(.list), index: index, result: result)
      return .condition
    }
    load(.rdi, left, guard: types[0])
    load(.rsi, right, guard: types[1])
    if opcode == .add || opcode == .inplaceAdd, types == [.object(.str), .object(.str)] {
      // The pair's own helper: concatenation cannot raise, so no check either.
      asm.call(address: EntryPoint.caseStrConcat.address)
      countHit()
      asm.mov(result, .rax)
      toResume()
      return .condition
    }
    asm.mov(.edx, Int64(opcode.rawValue))
    let intPair = types.allSatisfy { $0 == .smallInt || $0 == .bigInt }
    let helper = intPair ? StubBuilder.intHelper(opcode) : nil
    asm.call(address: (helper ?? EntryPoint.caseBinary).address)
    checkRaised()
    countHit()
    asm.mov(result, .rax)
    toResume()
    return .condition
  }

  /// The int arithmetic's own helper for an operator on two ints (small or big), nil for the
  /// operators that go through the generic one.
  static func intHelper(_ opcode: Opcode) -> EntryPoint? {
    switch opcode {
    case .add, .inplaceAdd, .subtract, .inplaceSubtract, .multiply, .inplaceMultiply:
      return EntryPoint.caseInt
    default: return nil
    }
  }

  /// Whether `smallIntBinary` has an in-line form of the operator.
  static func hasSmallIntForm(_ operation: Opcode) -> Bool {
    let inline: Set<Opcode> = [
      .add, .inplaceAdd, .subtract, .inplaceSubtract, .multiply, .inplaceMultiply, .bitAnd, .inplaceBitAnd,
      .bitOr, .inplaceBitOr, .bitXor, .inplaceBitXor, .floorDivide, .inplaceFloorDivide, .modulo,
      .inplaceModulo,
    ]
    return inline.contains(operation) || condition(operation) != nil
  }

  /// Small int op small int on tagged words (n is stored as 2n+1); nil for operators that have no
  /// inline form (they take the helper).
  func smallIntBinary(_ left: Operand, _ right: Operand, result: Memory) -> MissReason? {
    let operation = opcode
    guard StubBuilder.hasSmallIntForm(operation) else { return nil }
    if let reason = constantAddOrSubtract(left, right, result: result) { return reason }
    left.load(into: .rax, asm)
    right.load(into: .rcx, asm)
    guardBothSmallInts()
    var reason = MissReason.condition
    switch operation {
    case .add, .inplaceAdd:
      // (2n+1) + 2m = 2(n+m)+1; overflows exactly when n+m does.
      asm.lea(.rdx, Memory(base: .rcx, displacement: -1))
      asm.add(.rax, .rdx)
      asm.jump(.overflow, to: overflowExit(left, right, result: result))
      reason = .overflow
    case .subtract, .inplaceSubtract:
      asm.lea(.rdx, Memory(base: .rcx, displacement: -1))
      asm.sub(.rax, .rdx)
      asm.jump(.overflow, to: overflowExit(left, right, result: result))
      reason = .overflow
    case .multiply, .inplaceMultiply:
      // n * 2m = 2nm, then +1.
      asm.sar(.rax, 1)
      asm.lea(.rcx, Memory(base: .rcx, displacement: -1))
      asm.imul(.rax, .rcx)
      asm.jump(.overflow, to: overflowExit(left, right, result: result))
      asm.or(.rax, 1)
      reason = .overflow
    case .floorDivide, .inplaceFloorDivide, .modulo, .inplaceModulo:
      let floor = operation == .floorDivide || operation == .inplaceFloorDivide
      if case .constant(let divisor) = right, let k = StubBuilder.powerOfTwoExponent(divisor) {
        powerOfTwoDivide(floor: floor, exponent: k)
      } else {
        divide(floor: floor)
      }
    case .bitAnd, .inplaceBitAnd:
      asm.and(.rax, .rcx)
    case .bitOr, .inplaceBitOr:
      asm.or(.rax, .rcx)
    case .bitXor, .inplaceBitXor:
      asm.xor(.rax, .rcx)
      asm.or(.rax, 1)
    default:
      asm.cmp(.rax, .rcx)
      asm.set(StubBuilder.condition(operation)!, .al)
      asm.movzx(.eax, .al)
      asm.shl(.eax, 4)
      asm.or(.eax, Int32(Value.false.raw))
    }
    countHit()
    asm.mov(result, .rax)
    toResume()
    return reason
  }

  /// A constant small-int operand as an imm32 of its tagged word times `scale` (1: the word
  /// itself, for comparisons; 2: the difference 2c that adding c makes to a tagged word).
  static func constantImmediate(_ operand: Operand, scale: Int) -> Int32? {
    guard case .constant(let value) = operand, value.isSmallInt else { return nil }
    let (scaled, overflow) = (scale == 1 ? Int(bitPattern: UInt(value.raw)) : value.smallInt)
      .multipliedReportingOverflow(by: scale)
    return overflow ? nil : Int32(exactly: scaled)
  }

  /// `a + c` and `a - c` for a constant small int c (`i += 1`, `n - 1`): (2a+1) ± 2c on the
  /// tagged word, testing only a's tag; nil when the operator or operand does not qualify.
  private func constantAddOrSubtract(_ left: Operand, _ right: Operand, result: Memory) -> MissReason? {
    let operation = opcode
    let adds = operation == .add || operation == .inplaceAdd
    guard adds || operation == .subtract || operation == .inplaceSubtract,
      let delta = StubBuilder.constantImmediate(right, scale: 2)
    else { return nil }
    left.load(into: .rax, asm)
    guardSmallInt(.rax)
    if adds { asm.add(.rax, delta) } else { asm.sub(.rax, delta) }
    asm.jump(.overflow, to: overflowExit(left, right, result: result))
    countHit()
    asm.mov(result, .rax)
    toResume()
    return .overflow
  }

  /// k when a constant divisor is 2^k (up to 2^30, so masks fit an imm32).
  static func powerOfTwoExponent(_ divisor: Value) -> Int? {
    guard divisor.isSmallInt else { return nil }
    let d = divisor.smallInt
    guard d > 0, d <= 1 << 30, d & (d - 1) == 0 else { return nil }
    return d.trailingZeroBitCount
  }

  /// rax = tagged n (2n+1) by a constant 2^k, on the tagged word: Python's floor division and
  /// modulo round toward -infinity, as arithmetic shifts and masks do. (2n+1) >> k is
  /// m = floor(n / 2^(k-1)), and m | 1 = 2 floor(n / 2^k) + 1; (2n+1) & (2^(k+1) - 1) is
  /// 2 (n mod 2^k) + 1.
  private func powerOfTwoDivide(floor: Bool, exponent k: Int) {
    if floor {
      guard k > 0 else { return }  // n // 1 is n
      asm.sar(.rax, UInt8(k))
      asm.or(.rax, 1)
    } else {
      asm.and(.rax, Int32((2 << k) - 1))
    }
  }

  /// rax, rcx = tagged small ints n, d: n // d or n % d with idiv, rounded toward -infinity as
  /// Python does (a nonzero remainder whose sign differs from d's moves the quotient down and the
  /// remainder by d). d = 0 leaves for the slow path, which raises ZeroDivisionError; so does the
  /// one quotient that does not fit a small int (-2^62 // -1).
  private func divide(floor: Bool) {
    asm.sar(.rax, 1)
    asm.sar(.rcx, 1)
    asm.test(.rcx, .rcx)
    asm.jump(.zero, to: slowPathExit())
    asm.cqo()
    asm.idiv(.rcx)
    let done = asm.makeLabel()
    asm.test(.rdx, .rdx)
    asm.jump(.zero, to: done)
    asm.mov(.r8, .rdx)
    asm.xor(.r8, .rcx)
    asm.jump(.notSign, to: done)
    if floor { asm.dec(.rax) } else { asm.add(.rdx, .rcx) }
    asm.bind(done)
    if floor {
      asm.add(.rax, .rax)
      asm.jump(.overflow, to: slowPathExit())
      asm.or(.rax, 1)
    } else {
      asm.lea(.rax, Memory(base: .rdx, index: .rdx, scale: .x1, displacement: 1))
    }
  }

  /// An index operand: a constant small int from 0 to 2^27 is returned for the case to use as an
  /// immediate (nothing emitted); any other operand is loaded into rcx, guarded a small int.
  func loadIndex(_ index: Operand) -> Int? {
    if case .constant(let value) = index, value.isSmallInt, (0..<(1 << 27)).contains(value.smallInt) {
      return value.smallInt
    }
    load(.rcx, index, guard: .smallInt)
    return nil
  }

  /// rax = a list or tuple whose count is at offset 8: the slow path unless the constant index is
  /// below it (a constant index is never negative here).
  func emitConstantIndexInRange(_ index: Int) {
    asm.cmp(Memory(base: .rax, displacement: 8), Int32(index))
    asm.jump(.belowOrEqual, to: slowPathExit())
  }

  /// rax = a list or tuple, and the index (rcx = a tagged small int, or a constant): the item, or
  /// the slow path when out of range (which raises IndexError).
  func loadItem(list: Bool, index: Int?, result: Memory) {
    if let index {
      emitConstantIndexInRange(index)
      if list {
        asm.mov(.rdx, Memory(base: .rax, displacement: 24))
        asm.mov(.rax, Memory(base: .rdx, displacement: Int32(index * 8)))
      } else {
        asm.mov(.rax, Memory(base: .rax, displacement: Int32(16 + index * 8)))
      }
    } else {
      emitIndexInRange()
      if list {
        asm.mov(.rdx, Memory(base: .rax, displacement: 24))
        asm.mov(.rax, Memory(base: .rdx, index: .rcx, scale: .x8))
      } else {
        asm.mov(.rax, Memory(base: .rax, index: .rcx, scale: .x8, displacement: 16))
      }
    }
    countHit()
    asm.mov(result, .rax)
    toResume()
  }

  /// Where a small-int case goes when the result does not fit: counts the overflow in the
  /// descriptor and runs the operation's helper (which makes the big int), without the miss
  /// handler: an int site that overflows now and then keeps its fast path at a small cost.
  func overflowExit(_ left: Operand, _ right: Operand, result: Memory) -> Label {
    if let leaf { return leaf.fallback }
    let label = asm.makeLabel()
    let operation = opcode
    deferred.append { [self] in
      asm.bind(label)
      let overflows =
        UnsafeMutableRawPointer(cache.descriptor) + MemoryLayout<SiteDescriptor>.offset(of: \.overflows)!
      asm.movabs(.r11, UInt64(UInt(bitPattern: overflows)))
      asm.inc(Memory(base: .r11))
      left.load(into: .rdi, asm)
      right.load(into: .rsi, asm)
      asm.mov(.edx, Int64(operation.rawValue))
      asm.call(address: (StubBuilder.intHelper(operation) ?? EntryPoint.caseBinary).address)
      checkRaised()
      asm.mov(result, .rax)
      toResume()
    }
    return label
  }

  /// rax = a str, rcx = a tagged small int: for an all-ASCII string (header flag bit 0) the
  /// character is the byte's one-character string, shared and immortal; other strings take the
  /// slow path.
  func strItem(result: Memory) {
    asm.test(Memory(base: .rax, displacement: Int32(ObjectHeader.flagsOffset), size: .byte), 1)
    asm.jump(.zero, to: slowPathExit())
    emitIndexInRange()
    // The bytes are inline or in a StrBuffer: either way behind the pointer the str holds.
    asm.mov(.rdx, Memory(base: .rax, displacement: Int32(StrObject.bytesPointerOffset)))
    asm.movzx(.ecx, Memory(base: .rdx, index: .rcx, scale: .x1, displacement: 0, size: .byte))
    let characters = Runtime.asciiCharacters.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    asm.movabs(.rdx, UInt64(characters))
    asm.mov(.rax, Memory(base: .rdx, index: .rcx, scale: .x8))
    countHit()
    asm.mov(result, .rax)
    toResume()
  }

  /// rax = a list, tuple or str (count at offset 8), rcx = a tagged small int index: rcx becomes the
  /// index counted from the front, or the stub leaves for the slow path (which raises IndexError).
  func emitIndexInRange() {
    let inRange = asm.makeLabel()
    asm.sar(.rcx, 1)
    asm.mov(.rdx, Memory(base: .rax, displacement: 8))
    asm.test(.rcx, .rcx)
    asm.jump(.notSign, to: inRange)
    asm.add(.rcx, .rdx)
    asm.bind(inRange)
    asm.cmp(.rcx, .rdx)
    asm.jump(.aboveOrEqual, to: slowPathExit())  // unsigned: a negative index is huge
  }

  /// A comparison and its branch: small ints set the flags and branch directly.
  func compareBranchCase(_ left: Operand, _ right: Operand, _ types: [TypeKey]) -> MissReason? {
    guard StubBuilder.cacheable(types) else { return nil }
    if types == [.smallInt, .smallInt], let condition = StubBuilder.condition(opcode) {
      left.load(into: .rax, asm)
      if let tagged = StubBuilder.constantImmediate(right, scale: 1) {
        // A constant right operand is a small int already: only the left is tested.
        guardSmallInt(.rax)
        countHit()
        asm.cmp(.rax, tagged)
      } else {
        right.load(into: .rcx, asm)
        guardBothSmallInts()
        countHit()
        asm.cmp(.rax, .rcx)
      }
      branch(when: condition)
      return .condition
    }
    if StubBuilder.isFloatPair(types), let reason = floatCompareBranch(left, right, types) { return reason }
    load(.rdi, left, guard: types[0])
    load(.rsi, right, guard: types[1])
    asm.mov(.edx, Int64(opcode.rawValue))
    let setMembership =
      (opcode == .contains || opcode == .notContains)
      && (types[1] == .object(.set) || types[1] == .object(.frozenSet))
    // `x in s` for a set: the set lookup itself, without the operator and container dispatch.
    asm.call(address: (setMembership ? EntryPoint.caseSetContains : EntryPoint.caseCompareBranch).address)
    checkRaised()
    countHit()
    branchOnResult()
    return .condition
  }

  /// `-a`, `+a`, `~a` (small ints inline), `iter(a)` and the rest through the helper.
  func unaryCase(_ operand: Memory, _ type: TypeKey) -> MissReason? {
    guard StubBuilder.cacheable([type]) else { return nil }
    if type == .smallInt, [.negative, .positive, .invert].contains(opcode) {
      load(.rax, operand, guard: .smallInt)
      var reason = MissReason.condition
      switch opcode {
      case .negative:
        // -(2n+1) + 2 = 2(-n)+1; overflows only for the smallest n.
        asm.mov(.edx, 2)
        asm.sub(.rdx, .rax)
        asm.jump(.overflow, to: slowPathExit())
        asm.mov(.rax, .rdx)
        reason = .overflow
      case .invert:
        asm.xor(.rax, -2)  // flips every bit but the tag: 2(~n)+1
      default:
        break
      }
      countHit()
      asm.mov(operand, .rax)
      toResume()
      return reason
    }
    load(.rdi, operand, guard: type)
    asm.mov(.esi, Int64(opcode.rawValue))
    asm.call(address: EntryPoint.caseUnary.address)
    checkRaised()
    countHit()
    asm.mov(operand, .rax)
    toResume()
    return .condition
  }

  /// The truth of a value for a branch: a small int is true unless it is 0 (tagged 1).
  func truthCase(_ operand: Memory, _ type: TypeKey) -> MissReason? {
    guard StubBuilder.cacheable([type]) else { return nil }
    load(.rdi, operand, guard: type)
    if type == .smallInt {
      countHit()
      asm.cmp(.rdi, 1)
      branch(when: .notEqual)
      return .condition
    }
    asm.call(address: EntryPoint.caseTruth.address)
    checkRaised()
    countHit()
    branchOnResult()
    return .condition
  }

  /// `not a`: the result goes in rcx for the code after the site.
  func notCase(_ operand: Memory, _ type: TypeKey) -> MissReason? {
    guard StubBuilder.cacheable([type]) else { return nil }
    load(.rdi, operand, guard: type)
    if type == .smallInt {
      asm.cmp(.rdi, 1)
      asm.set(.equal, .cl)
      asm.movzx(.ecx, .cl)
      asm.shl(.ecx, 4)
      asm.or(.ecx, Int32(Value.false.raw))
    } else {
      asm.mov(.esi, Int64(Opcode.not.rawValue))
      asm.call(address: EntryPoint.caseUnary.address)
      checkRaised()
      asm.mov(.rcx, .rax)
    }
    countHit()
    toResume()
    return .condition
  }

  /// `container[key] = value`: a list by a small int inline, the rest through the helper.
  func storeSubscriptCase(_ item: Memory, _ container: Memory, _ index: Operand, _ types: [TypeKey])
    -> MissReason?
  {
    guard StubBuilder.cacheable(types) else { return nil }
    if types == [.object(.list), .smallInt] {
      load(.rax, container, guard: types[0])
      if let constant = loadIndex(index) {
        emitConstantIndexInRange(constant)
        asm.mov(.rdx, Memory(base: .rax, displacement: 24))
        asm.mov(.rsi, item)
        asm.mov(Memory(base: .rdx, displacement: Int32(constant * 8)), .rsi)
      } else {
        emitIndexInRange()
        asm.mov(.rdx, Memory(base: .rax, displacement: 24))
        asm.mov(.rsi, item)
        asm.mov(Memory(base: .rdx, index: .rcx, scale: .x8), .rsi)
      }
      countHit()
      toResume()
      return .condition
    }
    asm.mov(.rdi, item)
    load(.rsi, container, guard: types[0])
    load(.rdx, index, guard: types[1])
    asm.call(address: EntryPoint.caseStoreSubscript.address)
    checkRaised()
    countHit()
    toResume()
    return .condition
  }
}
