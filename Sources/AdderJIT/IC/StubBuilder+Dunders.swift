import AdderAssembler
import AdderCompiler
import AdderRuntime

/// Operator cases for instances of classes: the method the left operand's class defines for the
/// operator, looked up once when the case is built and called directly while both operands'
/// classes and `Classes.epoch` (which a reassigned method moves) are as they were.
extension StubBuilder {
  /// The operators whose cases call the left operand's method: the plain arithmetic and bitwise
  /// ones. (In-place forms try `__iop__` first and comparisons reflect; they take the generic
  /// helper, which runs the whole protocol.)
  static let dunderOperators: [Opcode: String] = [
    .add: "__add__", .subtract: "__sub__", .multiply: "__mul__", .trueDivide: "__truediv__",
    .floorDivide: "__floordiv__", .modulo: "__mod__", .power: "__pow__", .leftShift: "__lshift__",
    .rightShift: "__rshift__", .bitAnd: "__and__", .bitOr: "__or__", .bitXor: "__xor__",
  ]

  /// The method `a op b` calls first when `a` is an instance whose class defines the operator as a
  /// Python function.
  static func dunderMethod(_ opcode: Opcode, _ a: Value) -> Value? {
    guard let name = dunderOperators[opcode], a.isObject(.instance),
      let method = Classes.lookupInClasses(classOf(a), Runtime.intern(name)), method.isObject(.function)
    else { return nil }
    return method
  }

  /// The case key for `a op b` when a case may call `a`'s method directly: `b` is not an instance
  /// of another class (whose reflected method could come first) nor a sequence (which a
  /// NotImplemented would hand on to).
  static func dunderKey(_ opcode: Opcode, _ a: Value, _ b: Value) -> CaseKey? {
    if b.isObject(.instance) && classOf(b) != classOf(a) { return nil }
    if b.isStr || b.isList || b.isTuple { return nil }
    guard dunderMethod(opcode, a) != nil else { return nil }
    let classID = { (v: Value) in v.isObject(.instance) ? Shapes.classID(of: InstanceObject(v).shape) : 0 }
    return .dunder(
      leftClass: classID(a), right: TypeKey(b), rightClass: classID(b), epoch: Classes.epoch.pointee)
  }

  /// The case key for `a == b` or `a != b` on two instances whose classes define neither
  /// `__eq__` nor `__ne__` along their bases: Python then compares identity (object's methods
  /// return NotImplemented both ways). Keyed by both classes and the epoch, which moves when a
  /// class gains one.
  static func identityEqualityKey(_ opcode: Opcode, _ a: Value, _ b: Value) -> CaseKey? {
    guard opcode == .compareEqual || opcode == .compareNotEqual, a.isObject(.instance), b.isObject(.instance)
    else { return nil }
    for value in [a, b] {
      let cls = classOf(value)
      if Classes.lookupInClasses(cls, Names.dunderEq) != nil
        || Classes.lookupInClasses(cls, Names.dunderNe) != nil
      {
        return nil
      }
    }
    return .dunder(
      leftClass: Shapes.classID(of: InstanceObject(a).shape), right: .object(.instance),
      rightClass: Shapes.classID(of: InstanceObject(b).shape), epoch: Classes.epoch.pointee)
  }

  /// Loads both operands, guards their classes and the epoch, and compares their words.
  private func compareIdentity(_ left: Operand, _ right: Operand, _ leftClass: Int, _ rightClass: Int) {
    load(.rdi, left, guard: .object(.instance))
    guardClass(.rdi, leftClass)
    load(.rsi, right, guard: .object(.instance))
    guardClass(.rsi, rightClass)
    guardEpoch()
    countHit()
    asm.cmp(.rdi, .rsi)
  }

  /// `a == b` / `a != b` by identity, as a bool.
  func identityEqualityCase(
    _ left: Operand, _ right: Operand, _ leftClass: Int, _ rightClass: Int, result: Memory
  )
    -> MissReason?
  {
    compareIdentity(left, right, leftClass, rightClass)
    asm.set(opcode == .compareEqual ? .equal : .notEqual, .al)
    asm.movzx(.eax, .al)
    asm.shl(.eax, 4)
    asm.or(.eax, Int32(Value.false.raw))
    asm.mov(result, .rax)
    toResume()
    return .condition
  }

  /// `a == b` / `a != b` by identity, feeding its branch.
  func identityEqualityBranch(_ left: Operand, _ right: Operand, _ leftClass: Int, _ rightClass: Int)
    -> MissReason?
  {
    compareIdentity(left, right, leftClass, rightClass)
    branch(when: opcode == .compareEqual ? .equal : .notEqual)
    return .condition
  }

  /// Guards that the instance in `register` is of class `classID` (its shape names the class,
  /// but one class has many shapes: the class object's id is compared).
  private func guardClass(_ register: Register, _ classID: Int) {
    asm.mov(.r10, Memory(base: register, displacement: Int32(InstanceObject.classOffset)))
    asm.cmp(Memory(base: .r10, displacement: Int32(ClassObject.classIDOffset)), Int32(classID))
    asm.jump(.notEqual, to: fail)
  }

  func dunderCase(
    _ left: Operand, _ right: Operand, _ leftClass: Int, _ rightType: TypeKey, _ rightClass: Int, _ a: Value,
    result: Memory
  ) -> MissReason? {
    if opcode == .compareEqual || opcode == .compareNotEqual {
      return identityEqualityCase(left, right, leftClass, rightClass, result: result)
    }
    guard let method = StubBuilder.dunderMethod(opcode, a), StubBuilder.cacheable([rightType]) else {
      return nil
    }
    load(.rdi, left, guard: .object(.instance))
    guardClass(.rdi, leftClass)
    load(.rsi, right, guard: rightType)
    if rightClass != 0 { guardClass(.rsi, rightClass) }
    guardEpoch()
    // The class's namespace holds the method; the epoch guard fails before it could let go.
    asm.movabs(.rdx, method.raw)
    asm.mov(.ecx, Int64(opcode.rawValue))
    asm.call(address: EntryPoint.caseDunder.address)
    checkRaised()
    countHit()
    asm.mov(result, .rax)
    toResume()
    return .condition
  }
}
