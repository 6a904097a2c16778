import AdderAssembler
import AdderRuntime

/// Cases for instances of classes, keyed by shape: the shape id in the header's 32-bit field
/// names the class and where each attribute's slot is, so an attribute load is a tag check, a
/// shape check, a check that no class has changed since (`Classes.epoch`), and two loads.
extension StubBuilder {
  /// Guards that the operand in rax is an instance of `shape` and that classes are as they were
  /// when the case was built; leaves the instance in rax. A polymorphic site's cases share the
  /// instance test: a shape mismatch goes to the next case's shape compare (`shapeEntry`), so
  /// the k-th shape costs k compares after one tag test, not k tag tests.
  private func guardShape(_ operand: Memory, _ shape: Int) {
    load(.rax, operand, guard: .object(.instance))
    if !inline && leaf == nil {
      let entry = asm.makeLabel()
      asm.bind(entry)
      shapeEntry = entry
    }
    asm.cmp(
      Memory(base: .rax, displacement: Int32(ObjectHeader.extraOffset), size: .dword),
      Int32(bitPattern: UInt32(shape)))
    asm.jump(.notEqual, to: shapeEntry == nil ? fail : shapeFailure)
    guardEpoch()
  }

  /// Guards that `Classes.epoch` still has the value it has now, when the case is built: no class
  /// entry a lookup could have found has changed since. Clobbers r11 (and rcx for an epoch past
  /// 32 bits).
  func guardEpoch() {
    let epoch = Classes.epoch.pointee
    asm.movabs(.r11, UInt64(UInt(bitPattern: Classes.epoch)))
    if let immediate = Int32(exactly: epoch) {
      asm.cmp(Memory(base: .r11), immediate)
    } else {
      asm.movabs(.rcx, UInt64(bitPattern: Int64(epoch)))
      asm.cmp(.rcx, Memory(base: .r11))
    }
    asm.jump(.notEqual, to: fail)
  }

  /// `C.name` on a user class (a method load pushes no self): the namespace entry where the
  /// lookup along the bases found it, read at each execution, guarded on the class's id and the
  /// class epoch (which moves when a class gains or loses a name, or a name changes how it
  /// binds; a plain value rebound in place is read afresh). The namespace is reached through the
  /// receiver and its bases at run time: a class can be collected and another made at its
  /// address, so no class or namespace address is held in the code. Plain values and functions,
  /// and a staticmethod's function; other descriptors (classmethod binds the class) take the
  /// helper.
  func classAttributeCase(_ object: Memory, _ name: Value, _ cls: Value, isMethod: Bool) -> MissReason? {
    guard let (namespace, index, depth) = Classes.locate(cls, name) else { return nil }
    let found = namespace.entries[index].value
    let isStatic = found.isObject(.descriptor) && DescriptorObject(found).kind == .staticMethod
    guard !found.isObject(.descriptor) || isStatic else { return nil }
    load(.rax, object, guard: .object(.type))
    // The class flag is bit 0 of the header's flags (a built-in type has no class id to read).
    asm.test(
      Memory(base: .rax, displacement: Int32(ObjectHeader.flagsOffset), size: .byte),
      Int32(ClassObject.classFlag))
    asm.jump(.zero, to: fail)
    asm.cmp(
      Memory(base: .rax, displacement: Int32(ClassObject.classIDOffset)), Int32(ClassObject(cls).classID))
    asm.jump(.notEqual, to: fail)
    guardEpoch()
    for _ in 0..<depth { asm.mov(.rax, Memory(base: .rax, displacement: Int32(ClassObject.baseOffset))) }
    asm.mov(.rdx, Memory(base: .rax, displacement: Int32(ClassObject.namespaceOffset)))
    asm.mov(.rdx, Memory(base: .rdx, displacement: Int32(DictObject.entriesOffset)))
    asm.mov(
      .rax,
      Memory(base: .rdx, displacement: Int32(index * DictObject.entryStride + DictObject.entryValueOffset)))
    if isStatic { asm.mov(.rax, Memory(base: .rax, displacement: 8)) }  // the descriptor's function
    asm.mov(object, .rax)
    if isMethod { asm.mov(Memory(base: .rbx, displacement: object.displacement + 8), Int32(Value.empty.raw)) }
    countHit()
    toResume()
    return .condition
  }

  /// rcx = the instance's slot buffer (instance in rax).
  private func loadSlots() {
    asm.mov(.rcx, Memory(base: .rax, displacement: Int32(InstanceObject.slotsOffset)))
  }

  /// `o.name` on an instance of `shape`: the slot itself when the instance holds the name (and
  /// no property of the class takes it), else the generic load after the guards (methods to
  /// bind, class attributes, properties).
  func instanceAttributeCase(_ object: Memory, _ name: Value, _ shape: Int, _ sample: Value) -> MissReason? {
    let cls = classOf(sample)
    let found = Classes.lookup(cls, name)
    guardShape(object, shape)
    if Classes.attributeHook(cls, Names.dunderGetattribute) == nil,
      let slot = Shapes.slotIndex(name, in: shape),
      !(found.map { DescriptorObject.isKind($0, .property) } ?? false)
    {
      loadSlots()
      asm.mov(.rax, Memory(base: .rcx, displacement: Int32(slot * 8)))
    } else {
      asm.mov(.rdi, .rax)
      asm.movabs(.rsi, name.raw)
      asm.call(address: EntryPoint.caseAttribute.address)
      checkRaised()
    }
    countHit()
    asm.mov(object, .rax)
    toResume()
    return .condition
  }

  /// `o.name(...)` on an instance of `shape`: a function of its class not shadowed by an
  /// attribute of the instance is pushed unbound with self (no bound method is made; the call
  /// case then enters it directly); anything else through the generic method load.
  func instanceMethodCase(_ receiver: Memory, _ name: Value, _ shape: Int, _ sample: Value) -> MissReason? {
    let cls = classOf(sample)
    guardShape(receiver, shape)
    if Classes.attributeHook(cls, Names.dunderGetattribute) == nil,
      Shapes.slotIndex(name, in: shape) == nil,
      let found = Classes.lookupInClasses(cls, name),
      found.isObject(.function)
    {
      // The class's namespace holds the function; the epoch guard fails before the class could
      // let go of it.
      asm.movabs(.rcx, found.raw)
      asm.mov(receiver, .rcx)
      asm.mov(Memory(base: .rbx, displacement: receiver.displacement + 8), .rax)
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

  /// `o.name = v` on an instance of `shape`: into the slot the instance has for the name, or,
  /// for a name it does not hold yet, into the next slot with the header moved to the shape that
  /// adds the name (when the buffer has room; otherwise the generic store grows it). A property
  /// of the class takes the generic store.
  func instanceStoreCase(_ item: Memory, _ object: Memory, _ name: Value, _ shape: Int, _ sample: Value)
    -> MissReason?
  {
    let cls = classOf(sample)
    let property =
      !ClassObject.isClass(cls) || Classes.attributeHook(cls, Names.dunderSetattr) != nil
      || (Classes.lookup(cls, name).map { DescriptorObject.isKind($0, .property) } ?? false)
    guardShape(object, shape)
    let generic = asm.makeLabel()
    if !property {
      if let slot = Shapes.slotIndex(name, in: shape) {
        loadSlots()
        asm.mov(.rdx, item)
        asm.mov(Memory(base: .rcx, displacement: Int32(slot * 8)), .rdx)
      } else {
        let (next, slot) = Shapes.adding(name, to: shape)
        asm.cmp(Memory(base: .rax, displacement: Int32(InstanceObject.capacityOffset)), Int32(slot))
        asm.jump(.lessOrEqual, to: generic)
        loadSlots()
        asm.mov(.rdx, item)
        asm.mov(Memory(base: .rcx, displacement: Int32(slot * 8)), .rdx)
        asm.mov(
          Memory(base: .rax, displacement: Int32(ObjectHeader.extraOffset), size: .dword),
          Int32(bitPattern: UInt32(next)))
      }
      countHit()
      toResume()
    }
    asm.bind(generic)
    emitGenericStore(item, .rax, name)
    return .condition
  }

  /// `o.name = v` for other types (modules ...): the generic store after the type guard.
  func storeAttributeCase(_ item: Memory, _ object: Memory, _ name: Value, _ type: TypeKey) -> MissReason? {
    guard StubBuilder.cacheable([type]) else { return nil }
    load(.rax, object, guard: type)
    emitGenericStore(item, .rax, name)
    return .condition
  }

  private func emitGenericStore(_ item: Memory, _ object: Register, _ name: Value) {
    asm.mov(.rdi, object)
    asm.movabs(.rsi, name.raw)
    asm.mov(.rdx, item)
    asm.call(address: EntryPoint.storeAttribute.address)
    checkRaised()
    countHit()
    toResume()
  }
}
