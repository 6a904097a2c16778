import AdderAssembler
import AdderCompiler
import AdderRuntime

extension StubBuilder {
  /// A global or builtin: where the name lives (dict and entry number), guarded by the keys
  /// versions of the namespaces involved; the value itself is read from the entry each time, so
  /// rebinding a global needs no miss (adding or deleting one, shadowing a builtin, does).
  func globalCase(_ result: Memory, _ name: Value, globals: Value) -> MissReason? {
    guard globals.isDict else { return nil }
    let module = DictObject(globals)
    let builtins = Runtime.builtins
    let source: DictObject
    let index: Int
    if let found = module.entryIndex(str: name) {
      (source, index) = (module, found)
    } else if let found = builtins.entryIndex(str: name) {
      (source, index) = (builtins, found)
    } else {
      return nil  // NameError: nothing to cache
    }
    // No guard on the frame's globals: a code object only ever runs in the namespace of the
    // module it was compiled for (functions take the globals of the frame that makes them, and
    // there is no exec), so the dict the miss saw is the one every later execution sees.
    asm.movabs(.rdx, globals.raw)
    let versionMismatch = slowPathExit()
    guardKeysVersion(of: module, in: .rdx, otherwise: versionMismatch)
    if source.ref.value != module.ref.value {
      asm.movabs(.rdx, source.ref.value.raw)
      guardKeysVersion(of: source, in: .rdx, otherwise: versionMismatch)
    }
    asm.mov(.rdx, Memory(base: .rdx, displacement: Int32(DictObject.entriesOffset)))
    asm.mov(
      .rax,
      Memory(base: .rdx, displacement: Int32(index * DictObject.entryStride + DictObject.entryValueOffset)))
    countHit()
    asm.mov(result, .rax)
    toResume()
    return .condition
  }

  /// `module.name` (`math.sqrt`) where the module's dict holds the name: rax = the value in
  /// its entry, guarded on the module itself and its dict's keys version, as a global is (a
  /// rebinding is seen at once, an added or deleted name rebuilds nothing: it leaves for the slow
  /// path). False (nothing emitted) for other names, and for dunders, which the module's type may
  /// answer first.
  func moduleEntry(_ object: Memory, _ name: Value, _ module: Value) -> Bool {
    guard module.isObject(.module), !StrObject(name).string.hasPrefix("__") else { return false }
    let dict = ModuleObject(module).dict
    guard let index = dict.entryIndex(str: name) else { return false }
    asm.mov(.rax, object)
    asm.movabs(.rdx, module.raw)
    asm.cmp(.rax, .rdx)
    asm.jump(.notEqual, to: fail)
    asm.movabs(.rdx, dict.ref.value.raw)
    guardKeysVersion(of: dict, in: .rdx, otherwise: slowPathExit())
    asm.mov(.rdx, Memory(base: .rdx, displacement: Int32(DictObject.entriesOffset)))
    asm.mov(
      .rax,
      Memory(base: .rdx, displacement: Int32(index * DictObject.entryStride + DictObject.entryValueOffset)))
    return true
  }

  private func guardKeysVersion(of dict: DictObject, in register: Register, otherwise: Label) {
    let version = Memory(base: register, displacement: Int32(DictObject.keysVersionOffset), size: .dword)
    asm.cmp(version, Int32(bitPattern: dict.keysVersion))
    asm.jump(.notEqual, to: otherwise)
  }

  /// `o.name` by the type of `o`, through the helper; a module's name from its dict entry.
  func attributeCase(_ object: Memory, _ name: Value, _ type: TypeKey, _ observed: Value) -> MissReason? {
    guard StubBuilder.cacheable([type]) else { return nil }
    if type == .object(.module), moduleEntry(object, name, observed) {
      asm.mov(object, .rax)
      countHit()
      toResume()
      return .condition
    }
    load(.rdi, object, guard: type)
    asm.movabs(.rsi, name.raw)
    asm.call(address: EntryPoint.caseAttribute.address)
    checkRaised()
    countHit()
    asm.mov(object, .rax)
    toResume()
    return .condition
  }

  /// `o.name` for a call, by the type of `o`: a builtin type's method is the cached method object
  /// itself (it lives in the builtins' method table for the whole run); anything else (a module's
  /// function ...) through the helper.
  func methodCase(_ receiver: Memory, _ name: Value, _ type: TypeKey, _ object: Value) -> MissReason? {
    guard StubBuilder.cacheable([type]) else { return nil }
    let selfSlot = Memory(base: .rbx, displacement: receiver.displacement + 8)
    if type == .object(.module), moduleEntry(receiver, name, object) {
      // A module's function is called without self.
      asm.mov(receiver, .rax)
      asm.mov(selfSlot, Int32(Value.empty.raw))
      countHit()
      toResume()
      return .condition
    }
    load(.rax, receiver, guard: type)
    if type != .object(.module), let method = Builtins.lookupMethod(object, name) {
      asm.movabs(.rcx, method.raw)
      asm.mov(receiver, .rcx)
      asm.mov(selfSlot, .rax)
    } else {
      asm.lea(.rdi, receiver)
      asm.movabs(.rsi, name.raw)
      asm.call(address: EntryPoint.caseMethod.address)
      checkRaised()
    }
    countHit()
    toResume()
    return .condition
  }

  /// Calls. A Python function of known code: called with exactly its parameters (and no cells),
  /// its frame is pushed inline, else by the shared binder; either way its machine code is called
  /// directly (`call rel32`). A builtin (by
  /// index) or any other callable of a known type: the generic preparation without the miss.
  func callCase(
    _ base: Memory, _ count: Int, _ callOpcode: Opcode, result: Memory, _ key: CaseKey, _ a: Value, _ b: Value
  ) -> MissReason? {
    guard callOpcode == .call || callOpcode == .callMethod else { return nil }
    let isMethod = callOpcode == .callMethod
    let selfSlot = Memory(base: .rbx, displacement: base.displacement + 8)
    let arguments = Memory(base: .rbx, displacement: base.displacement + Int32(isMethod ? 16 : 8))
    switch key {
    case .function(let infoAddress):
      let info = UnsafeMutablePointer<CodeInfo>(bitPattern: infoAddress)!
      // A method found on an instance's class comes with self, its first argument.
      let withSelf = isMethod && !b.isEmpty
      let passed = withSelf ? count + 1 : count
      let first = withSelf ? selfSlot : arguments
      let exact = info.pointee.isSimple && passed == info.pointee.parameterCount
      if info.pointee.entry == nil { JIT.compile(info) }
      // The function seen is compared first (the cache keeps it alive, so its address cannot
      // come back as another object); another function of the same code (a closure made again,
      // a redefinition) passes the type and code guards.
      let known = asm.makeLabel()
      asm.mov(.rax, base)
      asm.movabs(.rcx, JIT.retain(a).raw)
      asm.cmp(.rax, .rcx)
      asm.jump(.equal, to: known)
      TypeKey.object(.function).emitGuard(asm, .rax, scratch: .r10, fail: fail)
      asm.movabs(.rcx, UInt64(infoAddress))
      asm.cmp(.rcx, Memory(base: .rax, displacement: Int32(FunctionObject.codeOffset)))
      asm.jump(.notEqual, to: fail)
      asm.bind(known)
      if isMethod {
        asm.cmp(selfSlot, 0)
        asm.jump(withSelf ? .equal : .notEqual, to: fail)
      }
      if exact {
        switch inlineLeaf(info, arguments: first, result: result) {
        case .wait: return nil
        case .inlined: asm.mov(.rax, base)
        case .none: break
        }
        emitEnterExact(info, arguments: first)
        asm.call(address: info.pointee.entry! + CodeGenerator.localsEntryOffset)
      } else {
        // Defaults, *args, cells or free variables: the shared binder pushes the frame.
        asm.lea(.rdi, first)
        asm.mov(.rsi, .rax)
        asm.mov(.edx, Int64(passed))
        asm.call(address: EntryPoint.caseEnterBound.address)
        checkRaised()
        asm.mov(.rdi, .rax)
        asm.call(address: info.pointee.entry!)
      }
      checkRaised()
      countHit()
      asm.mov(result, .rax)
      toResume()
      return .condition
    case .classObject:
      return callOpcode == .call ? instantiationCase(base, count, a, result: result) : nil
    case .builtin(let index):
      load(.rax, base, guard: .object(.builtinFunction))
      asm.cmp(Memory(base: .rax, displacement: 8), Int32(index))
      asm.jump(.notEqual, to: fail)
      if !isMethod, count == 1, Builtins.table[index].name == "len" { emitInlineLength(base, result: result) }
      if !isMethod, count == 2, Builtins.table[index].name == "isinstance" {
        emitExactInstanceTest(base, result: result)
      }
      if count == 1 && Builtins.table[index].one != nil || count == 2 && Builtins.table[index].two != nil {
        emitDirectCall(base, index, count, isMethod, result: result)
      }
      emitGenericCall(base, count, isMethod, result: result)
      return .condition
    case .types(let pair):
      let types = pair.keys
      guard StubBuilder.cacheable(types), types[0] != .object(.function) else { return nil }
      load(.rax, base, guard: types[0])
      emitGenericCall(base, count, isMethod, result: result)
      return .condition
    default:
      return nil
    }
  }

  /// r11 = the frame count's address, rcx = the count; to `otherwise` when a frame pushed now
  /// would pass the recursion limit (which is capped below the frame table's capacity: one
  /// compare covers both).
  func emitRecursionLimitCheck(otherwise: Label) {
    asm.movabs(.r11, UInt64(UInt(bitPattern: Frames.countAddress)))
    asm.mov(.rcx, Memory(base: .r11))
    asm.cmp(.rcx, nearFrameCount(Frames.recursionLimitAddress, scratch: .rdx))
    asm.jump(.greaterOrEqual, to: otherwise)
  }

  /// A word of the runtime's statics, addressed from r11 (the frame count's address) when it is
  /// within reach, else loaded into `scratch` first.
  func nearFrameCount(_ address: UnsafeMutableRawPointer, scratch: Register) -> Memory {
    if let offset = Int32(exactly: address - Frames.countAddress) {
      return Memory(base: .r11, displacement: offset)
    }
    asm.movabs(scratch, UInt64(UInt(bitPattern: address)))
    return Memory(base: scratch)
  }

  /// Pushes the frame of a simple function (in rax) whose arguments are at `arguments`, inline:
  /// the same checks as `Frames.push`, the fields of the record machine code reads, and the other
  /// locals cleared. Any check that fails takes `adder_case_enter_exact`, which raises
  /// RecursionError. Leaves the Frame* in rdi and its locals in rsi, for the callee's
  /// `localsEntry`.
  ///
  /// A frame of at most `Frames.smallFrameSlots` slots needs no value-stack check: it starts in
  /// its caller's operand slots, and every frame keeps that much room reserved above it for each
  /// frame that could follow (`Frames.reservedEnd`).
  func emitEnterExact(_ info: UnsafeMutablePointer<CodeInfo>, arguments: Memory) {
    let slow = asm.makeLabel()
    let enter = asm.makeLabel()
    let layout = info.pointee
    emitRecursionLimitCheck(otherwise: slow)
    asm.lea(.rsi, arguments)
    if layout.frameSize > Frames.smallFrameSlots {
      // end + (capacity - 1 - count) * smallFrameSlots * 8 >= the value stack's end: too deep.
      asm.lea(.rdx, Memory(base: .rsi, displacement: Int32(layout.frameSize * 8)))
      asm.mov(.r10, Int64(Frames.capacity - 1))
      asm.sub(.r10, .rcx)
      asm.imul(.r10, .r10, Int32(Frames.smallFrameSlots * 8))
      asm.add(.rdx, .r10)
      asm.cmp(.rdx, nearFrameCount(Frames.valueStackLimitAddress, scratch: .r10))
      asm.jump(.aboveOrEqual, to: slow)
    }
    if JIT.callsCheckNativeStack {
      asm.movabs(.rdx, UInt64(JIT.nativeStackLimit))
      asm.cmp(.rsp, .rdx)
      asm.jump(.below, to: slow)
    }
    asm.imul(.rdi, .rcx, Int32(MemoryLayout<Frame>.stride))
    asm.movabs(.rdx, UInt64(UInt(bitPattern: Frames.table)))
    asm.add(.rdi, .rdx)
    func field(_ key: PartialKeyPath<Frame>, size: OperandSize = .qword) -> Memory {
      Memory(base: .rdi, displacement: Int32(Frames.offset(of: key)), size: size)
    }
    asm.movabs(.rdx, UInt64(UInt(bitPattern: info)))
    asm.mov(field(\Frame.info), .rdx)
    asm.mov(field(\Frame.function), .rax)
    asm.mov(.rdx, Memory(base: .rax, displacement: Int32(FunctionObject.globalsOffset)))
    asm.mov(field(\Frame.globals), .rdx)
    asm.mov(field(\Frame.locals), .rsi)
    // resultSlot, pc and returnsToNative are the interpreter's, and this frame runs machine code
    // only: they are left as they are.
    asm.inc(.rcx)
    asm.mov(Memory(base: .r11), .rcx)
    for local in layout.parameterCount..<layout.localCount
    where layout.localsToClear & (1 << UInt64(min(local, 63))) != 0 {
      asm.mov(Memory(base: .rsi, displacement: Int32(local * 8)), 0)
    }
    // The limits are rarely hit: their path is out of the way, and the push falls into the call.
    deferred.append { [self] in
      asm.bind(slow)
      asm.lea(.rdi, arguments)
      asm.mov(.rsi, .rax)
      asm.call(address: EntryPoint.caseEnterExact.address)
      checkRaised()
      asm.mov(.rdi, .rax)
      asm.mov(.rsi, Memory(base: .rax, displacement: Int32(Frames.offset(of: \Frame.locals))))
      asm.jump(to: enter)
    }
    asm.bind(enter)
  }

  /// `len(x)` of a list, tuple, dict or str: the count every one of them keeps at offset 8 (code
  /// points for a str). Other arguments fall through to the builtin.
  private func emitInlineLength(_ base: Memory, result: Memory) {
    let other = asm.makeLabel()
    let known = asm.makeLabel()
    // A bound builtin is not `len`.
    asm.cmp(Memory(base: .rax, displacement: Int32(BuiltinFunctionObject.selfOffset)), 0)
    asm.jump(.notEqual, to: other)
    asm.mov(.rcx, Memory(base: .rbx, displacement: base.displacement + 8))
    asm.test(.cl, Int32(Value.tagMask))
    asm.jump(.notZero, to: other)
    asm.test(.rcx, .rcx)
    asm.jump(.zero, to: other)
    asm.movzx(.edx, Memory(base: .rcx, size: .byte))
    for tag in [ObjectTag.list, .tuple, .dict, .str] {
      asm.cmp(.edx, Int32(tag.rawValue))
      asm.jump(.equal, to: known)
    }
    asm.jump(to: other)
    asm.bind(known)
    asm.mov(.rax, Memory(base: .rcx, displacement: 8))
    asm.lea(.rax, Memory(base: .rax, index: .rax, scale: .x1, displacement: 1))
    countHit()
    asm.mov(result, .rax)
    toResume()
    asm.bind(other)
  }

  /// `isinstance(x, C)` where x is an instance whose class is C itself: True without the call
  /// (the instance's class word compared with the argument; no class is embedded). Anything else
  /// (a subclass, a tuple, a built-in type) falls through to the builtin.
  private func emitExactInstanceTest(_ base: Memory, result: Memory) {
    let other = asm.makeLabel()
    asm.cmp(Memory(base: .rax, displacement: Int32(BuiltinFunctionObject.selfOffset)), 0)
    asm.jump(.notEqual, to: other)
    asm.mov(.rcx, Memory(base: .rbx, displacement: base.displacement + 8))
    TypeKey.object(.instance).emitGuard(asm, .rcx, scratch: .rdx, fail: other)
    asm.mov(.rdx, Memory(base: .rbx, displacement: base.displacement + 16))
    asm.cmp(.rdx, Memory(base: .rcx, displacement: Int32(InstanceObject.classOffset)))
    asm.jump(.notEqual, to: other)
    countHit()
    asm.mov(result, Int32(Value.true.raw))
    toResume()
    asm.bind(other)
  }

  /// rax = builtin `index`, which has a direct body for `count` (1 or 2) positional arguments,
  /// called with that many: the body directly when the builtin is not bound and, for a method
  /// call, no self was pushed (a module's function); else falls through to the generic call.
  private func emitDirectCall(_ base: Memory, _ index: Int, _ count: Int, _ isMethod: Bool, result: Memory) {
    let other = asm.makeLabel()
    // A bound builtin: not this path.
    asm.cmp(Memory(base: .rax, displacement: Int32(BuiltinFunctionObject.selfOffset)), 0)
    asm.jump(.notEqual, to: other)
    if isMethod {
      asm.cmp(Memory(base: .rbx, displacement: base.displacement + 8), 0)
      asm.jump(.notEqual, to: other)
    }
    let first = base.displacement + (isMethod ? 16 : 8)
    asm.mov(.rdi, Memory(base: .rbx, displacement: first))
    if count == 2 {
      asm.mov(.rsi, Memory(base: .rbx, displacement: first + 8))
      asm.mov(.edx, Int64(index))
      asm.call(address: EntryPoint.caseBuiltinTwo.address)
    } else {
      asm.mov(.esi, Int64(index))
      asm.call(address: EntryPoint.caseBuiltinOne.address)
    }
    checkRaised()
    countHit()
    asm.mov(result, .rax)
    toResume()
    asm.bind(other)
  }

  /// The call through `adder_case_call(_method)`; a `Frame*` result is entered here.
  private func emitGenericCall(_ base: Memory, _ count: Int, _ isMethod: Bool, result: Memory) {
    asm.lea(.rdi, base)
    asm.mov(.esi, Int64(count))
    asm.call(address: (isMethod ? EntryPoint.caseCallMethod : EntryPoint.caseCall).address)
    checkRaised()
    countHit()
    let done = asm.makeLabel()
    asm.cmp(.rax, 1)
    asm.jump(.equal, to: done)
    asm.mov(.rdi, .rax)
    CodeGenerator.emitEnter(asm)
    checkRaised()
    asm.mov(base, .rax)
    asm.bind(done)
    copyCallResult(from: base, to: result)
    toResume()
  }

  /// A for-loop step: range and list iterators inline, other iterators through the helper.
  func nextCase(_ iterator: Memory, _ destination: Memory, _ key: CaseKey) -> MissReason? {
    guard case .iterator(let kind) = key else { return nil }
    load(.rax, iterator, guard: .object(.iterator))
    // A range iterator is this case only when its values all fit a small int (`getIterator`
    // flags those, upward or downward; big bounds keep a range object and take the helper).
    let kindField = Memory(base: .rax, displacement: Int32(ObjectHeader.extraOffset), size: .dword)
    let downward = asm.makeLabel()
    let flag = kind == .rangeIterator ? IteratorObject.smallUpwardRange : 0
    asm.cmp(kindField, Int32(bitPattern: UInt32(kind.rawValue) | flag))
    asm.jump(.notEqual, to: kind == .rangeIterator ? downward : fail)
    let exhausted = asm.makeLabel()
    switch kind {
    case .rangeIterator:
      // Upward ranges (the usual kind) fall through: no taken jump before the step.
      let step = asm.makeLabel()
      asm.mov(.rcx, Memory(base: .rax, displacement: 16))  // current; the limit is at 24
      asm.cmp(.rcx, Memory(base: .rax, displacement: 24))
      asm.jump(.greaterOrEqual, to: exhausted)
      asm.bind(step)
      asm.lea(.rsi, Memory(base: .rcx, index: .rcx, scale: .x1, displacement: 1))
      asm.add(.rcx, Memory(base: .rax, displacement: 32))  // the step
      asm.mov(Memory(base: .rax, displacement: 16), .rcx)
      asm.mov(destination, .rsi)
      countHit()
      asm.jump(address: cache.whenTrue!)
      asm.bind(downward)
      asm.cmp(kindField, Int32(bitPattern: UInt32(kind.rawValue) | IteratorObject.smallDownwardRange))
      asm.jump(.notEqual, to: fail)
      asm.mov(.rcx, Memory(base: .rax, displacement: 16))
      asm.cmp(.rcx, Memory(base: .rax, displacement: 24))
      asm.jump(.lessOrEqual, to: exhausted)
      asm.jump(to: step)
    case .listIterator:
      asm.mov(.rdx, Memory(base: .rax, displacement: 8))  // the list
      asm.mov(.rcx, Memory(base: .rax, displacement: 16))  // position
      asm.cmp(.rcx, Memory(base: .rdx, displacement: 8))
      asm.jump(.greaterOrEqual, to: exhausted)
      asm.mov(.rsi, Memory(base: .rdx, displacement: 24))
      asm.mov(.rsi, Memory(base: .rsi, index: .rcx, scale: .x8))
      asm.mov(destination, .rsi)
      asm.inc(Memory(base: .rax, displacement: 16))
      countHit()
      asm.jump(address: cache.whenTrue!)
    default:
      asm.mov(.rdi, .rax)
      asm.lea(.rsi, destination)
      // A set iterator's step is called directly, without the dispatch on the iterator's kind.
      asm.call(address: (kind == .setIterator ? EntryPoint.caseSetNext : EntryPoint.caseNext).address)
      checkRaised()
      asm.cmp(.eax, 1)
      asm.jump(.equal, to: exhausted)
      countHit()
      asm.jump(address: cache.whenTrue!)
    }
    asm.bind(exhausted)
    countHit()
    asm.jump(address: cache.whenFalse!)
    return .condition
  }

  /// A call whose helper left its result in the callee slot, for a call site whose result goes to
  /// a local (`x = f()`: the store is the site's own, see `ForwardingPlan.callResultLocal`).
  func copyCallResult(from base: Memory, to result: Memory) {
    guard result.displacement != base.displacement else { return }
    asm.mov(.rax, base)
    asm.mov(result, .rax)
  }
}
