import AdderAssembler
import AdderCompiler
import AdderRuntime

extension StubBuilder {
  /// `C(args)` for a user class instantiated the plain way (`Classes.directInitializer`), guarded
  /// on the class itself (kept alive by the JIT) and the class epoch (which moves when any class's
  /// `__init__` is assigned or deleted): the instance is allocated by a helper and takes the
  /// class's place in the callee slot, where it is `__init__`'s self, followed by the arguments;
  /// the `__init__` frame is pushed inline (exact positional calls) or by the shared binder, and
  /// its machine code is called directly. Without this, every instantiation went through
  /// `Classes.instantiate` and re-entered machine code from the runtime for `__init__`.
  ///
  /// The instance is kept in two words pushed on the native stack across the call (rsp stays
  /// 16-byte aligned; the collector scans the native stack): `__init__` may rebind `self`.
  func instantiationCase(_ base: Memory, _ count: Int, _ cls: Value, result: Memory) -> MissReason? {
    guard case .some(let initializer) = Classes.directInitializer(cls, positional: count) else { return nil }
    asm.mov(.rax, base)
    asm.movabs(.rcx, JIT.retain(cls).raw)
    asm.cmp(.rax, .rcx)
    asm.jump(.notEqual, to: fail)
    guardEpoch()
    asm.mov(.rdi, .rax)
    asm.call(address: EntryPoint.caseNewInstance.address)
    asm.mov(base, .rax)
    guard let initializer else {
      countHit()
      copyCallResult(from: base, to: result)
      toResume()
      return .condition
    }
    let function = FunctionObject(initializer)
    let info = function.info
    if info.pointee.entry == nil { JIT.compile(info) }
    asm.movabs(.rax, JIT.retain(initializer).raw)
    let exact = info.pointee.isSimple && count + 1 == info.pointee.parameterCount
    if exact {
      emitEnterExact(info, arguments: base)
    } else {
      // Defaults, keywords-only, cells (`super()`): the shared binder pushes the frame.
      asm.lea(.rdi, base)
      asm.mov(.rsi, .rax)
      asm.mov(.edx, Int64(count + 1))
      asm.call(address: EntryPoint.caseEnterBound.address)
      checkRaised()
      asm.mov(.rdi, .rax)
    }
    asm.mov(.rax, base)
    asm.push(.rax)
    asm.push(.rax)
    asm.call(address: info.pointee.entry! + (exact ? CodeGenerator.localsEntryOffset : 0))
    asm.pop(.rcx)
    asm.pop(.rcx)
    checkRaised()
    let notNone = asm.makeLabel()
    asm.cmp(.rax, Int32(Value.none.raw))
    asm.jump(.notEqual, to: notNone)
    countHit()
    asm.mov(result, .rcx)
    toResume()
    deferred.append { [self] in
      asm.bind(notNone)
      asm.mov(.rdi, .rax)
      asm.call(address: EntryPoint.caseInitReturned.address)
      asm.jump(address: cache.error)
    }
    return .condition
  }
}
