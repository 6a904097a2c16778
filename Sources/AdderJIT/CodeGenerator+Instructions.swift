import AdderAssembler
import AdderCompiler
import AdderRuntime

extension CodeGenerator {
  /// Emits one instruction; `d` is the operand stack depth before it.
  func emit(_ instruction: Instruction, at i: Int, depth d: Int) {
    let n = instruction.argument
    let opcode = instruction.opcode
    switch opcode {
    case .nop, .pop:
      break
    case .dup:
      copy(slot(d - 1), to: slot(d))
    case .dupTwo:
      copy(slot(d - 2), to: slot(d))
      copy(slot(d - 1), to: slot(d + 1))
    case .rotTwo:
      rotate(d, count: 2)
    case .rotThree:
      rotate(d, count: 3)
    case .rotFour:
      rotate(d, count: 4)

    case .loadConst:
      if !forwarding.elidedConstants.contains(i) { store(info.constants[n], to: slot(d)) }
    case .loadFast:
      let check = mayBeUnbound(n, at: i)
      let forwarded = forwarding.forwardedLoads.contains(i)
      if check {
        asm.cmp(local(n), 0)
        asm.jump(.equal, to: unboundStub(i, .unboundLocal, n))
      }
      if !forwarded { copy(local(n), to: slot(d)) }
    case .storeFast:
      if let source = forwarding.directStores[i] {
        if source.opcode == .loadFast {
          copy(local(source.argument), to: local(n))
        } else {
          store(info.constants[source.argument], to: local(n))
        }
      } else if !forwarding.absorbedStores.contains(i) {
        copy(slot(d - 1), to: local(n))
      }
    case .deleteFast:
      asm.mov(.rax, local(n))
      asm.test(.rax, .rax)
      asm.jump(.zero, to: unboundStub(i, .unboundLocal, n))
      asm.mov(local(n), 0)
    case .loadDeref:
      asm.mov(.rax, deref(n))
      asm.mov(.rax, Memory(base: .rax, displacement: 8))
      asm.test(.rax, .rax)
      asm.jump(.zero, to: unboundStub(i, .unboundDeref, n))
      asm.mov(slot(d), .rax)
    case .storeDeref:
      asm.mov(.rcx, deref(n))
      asm.mov(.rax, slot(d - 1))
      asm.mov(Memory(base: .rcx, displacement: 8), .rax)
    case .loadClosure:
      copy(deref(n), to: slot(d))
    case .makeCell:
      call(.makeCell)
      asm.mov(deref(n), .rax)
    case .buildClass:
      asm.lea(.rdi, slot(d - n - 2))
      asm.mov(.esi, Int64(n))
      call(.buildClass)
      checkRaised(i)
      asm.mov(slot(d - n - 2), .rax)
    case .loadLocals:
      asm.mov(.rdi, .r12)
      call(.loadLocals)
      asm.mov(slot(d), .rax)
    case .deleteAttribute:
      asm.mov(.rdi, slot(d - 1))
      loadImmediate(.rsi, info.names[n])
      call(.deleteAttribute)
      checkRaised(i)
    case .loadGlobal:
      site(i, opcode, shape: .global(result: slot(d), name: info.names[n]), inlineLength: InlineRegion.global)
      {
        [self] site, resume in
        asm.mov(.rdi, Memory(base: .r12, displacement: Int32(CodeGenerator.frameGlobalsOffset)))
        loadImmediate(.rsi, info.names[n])
        loadSite(.rdx, site)
        call(.siteGlobal)
        checkRaised(i)
        asm.mov(slot(d), .rax)
        asm.jump(to: resume)
      }
    case .storeGlobal:
      asm.mov(.rdi, .r12)
      loadImmediate(.rsi, info.names[n])
      asm.mov(.rdx, slot(d - 1))
      call(.storeGlobal)
      checkRaised(i)
    case .deleteGlobal:
      asm.mov(.rdi, .r12)
      loadImmediate(.rsi, info.names[n])
      call(.deleteGlobal)
      checkRaised(i)

    case .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power, .leftShift,
      .rightShift, .bitAnd, .bitOr, .bitXor, .inplaceAdd, .inplaceSubtract, .inplaceMultiply,
      .inplaceTrueDivide, .inplaceFloorDivide, .inplaceModulo, .inplacePower, .inplaceLeftShift,
      .inplaceRightShift, .inplaceBitAnd, .inplaceBitOr, .inplaceBitXor, .compareLess,
      .compareLessEqual, .compareEqual, .compareNotEqual, .compareGreater, .compareGreaterEqual,
      .contains, .notContains, .loadSubscript:
      let (a, b) = operands(i, depth: d)
      let result = forwarding.resultLocal[i].map(local) ?? slot(d - 2)
      site(i, opcode, shape: .binary(a: a, b: b, result: result), inlineLength: InlineRegion.binary) {
        [self] site, resume in
        a.load(into: .rdi, asm)
        b.load(into: .rsi, asm)
        loadSite(.rdx, site)
        call(.siteBinary)
        checkRaised(i)
        asm.mov(result, .rax)
        asm.jump(to: resume)
      }
    case .is, .isNot:
      // Identity is word equality: True and False differ only in bit 4.
      asm.mov(.rax, slot(d - 2))
      asm.cmp(.rax, slot(d - 1))
      asm.set(opcode == .is ? .equal : .notEqual, .al)
      asm.movzx(.eax, .al)
      asm.shl(.eax, 4)
      asm.or(.eax, Int32(Value.false.raw))
      asm.mov(slot(d - 2), .rax)
    case .negative, .positive, .invert:
      site(i, opcode, shape: .unary(operand: slot(d - 1))) { [self] site, resume in
        asm.mov(.rdi, slot(d - 1))
        loadSite(.rsi, site)
        call(.siteUnary)
        checkRaised(i)
        asm.mov(slot(d - 1), .rax)
        asm.jump(to: resume)
      }
    case .not:
      emitNot(i, depth: d)

    case .jump:
      asm.jump(to: label(n))
    case .popJumpIfFalse, .jumpIfFalseOrPop:
      emitTruthBranch(i, depth: d, whenTrue: label(i + 1), whenFalse: label(n))
    case .popJumpIfTrue, .jumpIfTrueOrPop:
      emitTruthBranch(i, depth: d, whenTrue: label(n), whenFalse: label(i + 1))
    case .getIterator:
      site(i, opcode, shape: .unary(operand: slot(d - 1))) { [self] site, resume in
        asm.mov(.rdi, slot(d - 1))
        loadSite(.rsi, site)
        call(.siteUnary)
        checkRaised(i)
        asm.mov(slot(d - 1), .rax)
        asm.jump(to: resume)
      }
    case .forIterator:
      // Labels are made now: slow paths are emitted after the body, when a label made for an
      // instruction already passed would never be bound.
      let (exhausted, next) = (label(n), label(i + 1))
      let destination = forwarding.resultLocal[i].map(local) ?? slot(d)
      site(
        i, opcode, shape: .next(iterator: slot(d - 1), destination: destination), targets: (next, exhausted),
        inlineLength: InlineRegion.next
      ) { [self] site, _ in
        asm.mov(.rdi, slot(d - 1))
        asm.lea(.rsi, destination)
        loadSite(.rdx, site)
        call(.siteNext)
        checkRaised(i)
        asm.cmp(.eax, 1)
        asm.jump(.equal, to: exhausted)
        asm.jump(to: next)
      }
    case .returnValue:
      switch forwarding.returnSource[i] {
      case .some(let source) where source.opcode == .loadFast: asm.mov(.rax, local(source.argument))
      case .some(let source): loadImmediate(.rax, info.constants[source.argument])
      case .none: asm.mov(.rax, slot(d - 1))
      }
      asm.movabs(.r11, UInt64(UInt(bitPattern: Frames.countAddress)))
      asm.dec(Memory(base: .r11))
      // The epilogue in place: a return is one taken jump fewer.
      emitEpilogue()

    case .buildList, .buildTuple, .buildString, .buildSlice:
      let entry: EntryPoint =
        opcode == .buildList
        ? .buildList
        : opcode == .buildTuple ? .buildTuple : opcode == .buildString ? .buildString : .buildSlice
      build(entry, items: d - n, count: n, at: i)
    case .buildDict:
      build(.buildDict, items: d - 2 * n, count: n, at: i)
    case .listToTuple:
      asm.mov(.rdi, slot(d - 1))
      call(.listToTuple)
      asm.mov(slot(d - 1), .rax)
    case .listAppend:
      callWithSlots(.listAppend, [d - 1 - n, d - 1], at: i)
    case .dictInsert:
      callWithSlots(.dictInsert, [d - 2 - n, d - 2, d - 1], at: i)
    case .listExtend:
      callWithSlots(.listExtend, [d - 1 - n, d - 1], at: i)
    case .dictUpdate:
      callWithSlots(.dictUpdate, [d - 1 - n, d - 1], at: i)
    case .dictMergeForCall:
      callWithSlots(.dictMergeForCall, [d - 1 - n, d - 1, d - 3 - n], at: i)
    case .unpackSequence, .unpackStarred:
      asm.mov(.rdi, slot(d - 1))
      asm.mov(.esi, Int64(n))
      asm.lea(.rdx, slot(d - 1))
      call(opcode == .unpackSequence ? .unpack : .unpackStarred)
      checkRaised(i)
    case .storeSubscript:
      let key =
        forwarding.storeKeyConstant[i].map { Operand.constant(info.constants[$0]) } ?? .memory(slot(d - 1))
      site(i, opcode, shape: .storeSubscript(value: slot(d - 3), container: slot(d - 2), key: key)) {
        [self] site, resume in
        asm.mov(.rdi, slot(d - 3))
        asm.mov(.rsi, slot(d - 2))
        asm.mov(.rdx, slot(d - 1))
        loadSite(.rcx, site)
        call(.siteStoreSubscript)
        checkRaised(i)
        asm.jump(to: resume)
      }
    case .deleteSubscript:
      callWithSlots(.deleteSubscript, [d - 2, d - 1], at: i)

    case .loadAttribute:
      site(i, opcode, shape: .attribute(object: slot(d - 1), name: info.names[n])) { [self] site, resume in
        asm.mov(.rdi, slot(d - 1))
        loadImmediate(.rsi, info.names[n])
        loadSite(.rdx, site)
        call(.siteAttribute)
        checkRaised(i)
        asm.mov(slot(d - 1), .rax)
        asm.jump(to: resume)
      }
    case .storeAttribute:
      site(i, opcode, shape: .storeAttribute(value: slot(d - 2), object: slot(d - 1), name: info.names[n])) {
        [self] site, resume in
        asm.mov(.rdi, slot(d - 1))
        loadImmediate(.rsi, info.names[n])
        asm.mov(.rdx, slot(d - 2))
        loadSite(.rcx, site)
        call(.siteStoreAttribute)
        checkRaised(i)
        asm.jump(to: resume)
      }
    case .loadMethod:
      site(i, opcode, shape: .method(receiver: slot(d - 1), name: info.names[n])) { [self] site, resume in
        asm.lea(.rdi, slot(d - 1))
        loadImmediate(.rsi, info.names[n])
        loadSite(.rdx, site)
        call(.siteMethod)
        checkRaised(i)
        asm.jump(to: resume)
      }
    case .call, .callKeywords, .callMethod, .callMethodKeywords, .callUnpacked:
      emitCall(opcode, at: i, depth: d, argument: n)
    case .makeFunction:
      let compiled = Runtime.codes[info.constants[n].smallInt]
      let operands = d - OpcodeSemantics.makeFunctionOperandCount(compiled)
      asm.mov(.edi, Int64(compiled.index))
      asm.mov(.rsi, .r12)
      asm.lea(.rdx, slot(operands))
      call(.makeFunction)
      asm.mov(slot(operands), .rax)

    case .formatValue:
      let hasSpec = n & 4 != 0
      let target = hasSpec ? d - 2 : d - 1
      asm.mov(.rdi, slot(target))
      asm.mov(.esi, Int64(n & 3))
      if hasSpec { asm.mov(.rdx, slot(d - 1)) } else { asm.xor(.edx, .edx) }
      call(.formatValue)
      checkRaised(i)
      asm.mov(slot(target), .rax)
    case .importName:
      loadImmediate(.rdi, info.names[n])
      call(.importName)
      checkRaised(i)
      asm.mov(slot(d), .rax)
    case .importFrom:
      asm.mov(.rdi, slot(d - 1))
      loadImmediate(.rsi, info.names[n])
      call(.importFrom)
      checkRaised(i)
      asm.mov(slot(d), .rax)
    case .raise where n == 2:
      asm.mov(.rdi, slot(d - 2))
      asm.mov(.rsi, slot(d - 1))
      call(.raiseFrom)
      asm.jump(to: errorLabel(i))
    case .raiseAssertion, .raise:
      if n == 1 { asm.mov(.rdi, slot(d - 1)) } else { asm.xor(.edi, .edi) }
      call(opcode == .raise ? .raise : .raiseAssertion)
      asm.jump(to: errorLabel(i))

    // Exceptions and `with`.
    case .pushExceptionInfo:
      asm.mov(.rdi, slot(d - 1))
      asm.mov(slot(d), .rdi)
      call(.pushHandled)
      asm.mov(slot(d - 1), .rax)
    case .popExcept:
      asm.mov(.rdi, slot(d - 1))
      call(.popHandled)
    case .checkExceptionMatch:
      callWithSlots(.exceptionMatch, [d - 2, d - 1], at: i)
      asm.mov(slot(d - 1), .rax)
    case .reraise:
      asm.mov(.rdi, slot(d - 1))
      call(.reraise)
      asm.jump(to: errorLabel(i))
    case .beforeWith:
      loadImmediate(.rax, .none)
      asm.mov(slot(d), .rax)
      asm.lea(.rdi, slot(d - 1))
      call(.beforeWith)
      checkRaised(i)
    case .withExceptStart:
      callWithSlots(.withExceptStart, [d - 3, d - 1], at: i)
      asm.mov(slot(d), .rax)
    // Sets.
    case .buildSet:
      build(.buildSet, items: d - n, count: n, at: i)
    case .setAdd:
      callWithSlots(.setAdd, [d - 1 - n, d - 1], at: i)
    case .setUpdate:
      callWithSlots(.setUpdate, [d - 1 - n, d - 1], at: i)
    case .buildSetFromConstants, .frozenSetFromConstants:
      asm.mov(.rdi, slot(d - 1))
      call(opcode == .buildSetFromConstants ? .buildSetFromConstants : .frozenSetFromConstants)
      asm.mov(slot(d - 1), .rax)
    }
  }

  /// Stores a constant: one `mov` of a sign-extended 32-bit immediate when its word fits (small
  /// ints, None, True, False), else through rax.
  func store(_ value: Value, to destination: Memory) {
    if let immediate = Int32(exactly: Int64(bitPattern: value.raw)) {
      asm.mov(destination, immediate)
    } else {
      loadImmediate(.rax, value)
      asm.mov(destination, .rax)
    }
  }

  func copy(_ source: Memory, to destination: Memory) {
    asm.mov(.rax, source)
    asm.mov(destination, .rax)
  }

  /// The top moves down `count - 1` places.
  func rotate(_ d: Int, count: Int) {
    asm.mov(.rdx, slot(d - 1))
    for k in 1..<count { copy(slot(d - 1 - k), to: slot(d - k)) }
    asm.mov(slot(d - count), .rdx)
  }

  /// Builds a container from `count` operands starting at depth `items`; the result replaces them.
  func build(_ entry: EntryPoint, items: Int, count: Int, at i: Int) {
    asm.lea(.rdi, slot(items))
    asm.mov(.esi, Int64(count))
    call(entry)
    if entry.raises { checkRaised(i) }
    asm.mov(slot(items), .rax)
  }

  /// Calls `entry` with the values of the given slots as its arguments, in order.
  func callWithSlots(_ entry: EntryPoint, _ depths: [Int], at i: Int) {
    let registers: [Register] = [.rdi, .rsi, .rdx, .rcx]
    for (k, depth) in depths.enumerated() { asm.mov(registers[k], slot(depth)) }
    call(entry)
    if entry.raises { checkRaised(i) }
  }

  /// A cold stub raising UnboundLocalError/NameError for a slot or cell.
  func unboundStub(_ i: Int, _ entry: EntryPoint, _ index: Int) -> Label {
    let label = asm.makeLabel()
    cold.append { [self] in
      asm.bind(label)
      annotate(.unboundVariable(instruction: i))
      asm.mov(.rdi, .r12)
      asm.mov(.esi, Int64(index))
      call(entry)
      asm.jump(to: errorLabel(i))
    }
    return label
  }
}
