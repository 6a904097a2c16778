import AdderAssembler
import AdderCompiler
import AdderRuntime

/// Builds the stub of one case of a site: guards on what the case is keyed on, the fast path,
/// and the way back into the function (its resume point, branch targets or error stub). A guard
/// that fails takes the case's patchable jump, which starts at the site's slow path and later
/// points at the next case. Stubs load operands from and store results to the frame's slots
/// exactly as the slow path does (rbx = slots, r12 = Frame*), and may clobber any other
/// caller-saved register.
final class StubBuilder {
  struct Plan {
    let buffer: CodeBuffer
    /// nil for a case built to run in line (its guards fail straight to the slow path).
    let failJump: PatchableJump?
    /// What a later miss with the same key means (a small-int overflow, an index out of range ...).
    let conditionMiss: MissReason
    /// The operator of a leaf callee that a call case runs itself (for the listing).
    var leafOperator: Opcode? = nil
    /// A case keyed by shape: where its code starts with the operand already in rax and known to
    /// be an instance (the previous shape case's shape mismatch jumps here), and its own shape
    /// mismatch, retargeted likewise to the next case (`SiteCache.add`).
    var shapeEntry: Label? = nil
    var shapeFailJump: PatchableJump? = nil
  }

  let cache: SiteCache
  /// Whether the case is assembled for the site's region instead of the stub region.
  let inline: Bool
  let asm: Assembler
  /// Where a failed guard goes: the case's patchable jump (or, in line, the slow path).
  let guardFailure: Label
  /// Set while a call case runs a leaf callee's operator in the caller (`StubBuilder+Leaves`):
  /// the operator emitters then fail, overflow and leave over to the full call.
  var leaf: InlinedLeaf? = nil
  /// The operator of the leaf callee this case runs, once emitted.
  var leafOperator: Opcode? = nil
  /// Set by a case keyed by shape (`guardShape`): see `Plan.shapeEntry`.
  var shapeEntry: Label? = nil
  let shapeFailure: Label
  var fail: Label { leaf?.fallback ?? guardFailure }
  /// Exits to absolute addresses, emitted after the fast path.
  var exits: [(Label, UnsafeRawPointer)] = []
  /// Out-of-line blocks (overflow paths), emitted after the fast path.
  var deferred: [() -> Void] = []
  var opcode: Opcode { leaf?.opcode ?? cache.descriptor.pointee.opcode }

  init(cache: SiteCache, inline: Bool = false) {
    self.cache = cache
    self.inline = inline
    if inline, let region = cache.site.region {
      asm = Assembler(origin: UInt64(UInt(bitPattern: cache.code.address(ofOffset: region.offset))))
    } else {
      asm = Assembler(origin: JIT.stubOrigin)
    }
    guardFailure = asm.makeLabel()
    shapeFailure = asm.makeLabel()
  }

  /// Whether a case with this key may run in line: operator and comparison cases on operand
  /// types and for-loop steps by iterator kind, whose code depends on the key alone (so it can be
  /// rebuilt out of line later), and a global's case (a global site has no other case; a rebuild
  /// rewrites it in place).
  static func runsInline(_ key: CaseKey) -> Bool {
    switch key {
    case .types, .global, .iterator: return true
    default: return false
    }
  }

  /// The stub for `key` (observed with operands `a`, `b`), or nil when no case is worth having.
  func build(_ key: CaseKey, _ a: Value, _ b: Value) -> Plan? {
    guard JIT.stubSpaceAvailable else { return nil }
    let conditionMiss: MissReason?
    var types: [TypeKey] = []
    if case .types(let pair) = key { types = pair.keys }
    switch (cache.site.shape, key) {
    case (.binary(let left, let right, let result), .types):
      conditionMiss = binaryCase(left, right, types, result: result)
    case (.binary(let left, let right, let result), .dunder(let leftClass, let rightType, let rightClass, _)):
      conditionMiss = dunderCase(left, right, leftClass, rightType, rightClass, a, result: result)
    case (.compareBranch(let left, let right), .dunder(let leftClass, _, let rightClass, _)):
      conditionMiss = identityEqualityBranch(left, right, leftClass, rightClass)
    case (.compareBranch(let left, let right), .types):
      conditionMiss = compareBranchCase(left, right, types)
    case (.unary(let operand), .types):
      conditionMiss = unaryCase(operand, types[0])
    case (.truth(let operand), .types):
      conditionMiss = truthCase(operand, types[0])
    case (.not(let operand), .types):
      conditionMiss = notCase(operand, types[0])
    case (.storeSubscript(let item, let container, let index), .types):
      conditionMiss = storeSubscriptCase(item, container, index, types)
    case (.global(let result, let name), .global):
      conditionMiss = globalCase(result, name, globals: a)
    case (.attribute(let object, let name), .types):
      conditionMiss = attributeCase(object, name, types[0], a)
    case (.method(let receiver, let name), .types):
      conditionMiss = methodCase(receiver, name, types[0], a)
    case (.attribute(let object, let name), .classObject):
      conditionMiss = classAttributeCase(object, name, a, isMethod: false)
    case (.method(let receiver, let name), .classObject):
      conditionMiss = classAttributeCase(receiver, name, a, isMethod: true)
    case (.attribute(let object, let name), .shape(let shape, _)):
      conditionMiss = instanceAttributeCase(object, name, shape, a)
    case (.method(let receiver, let name), .shape(let shape, _)):
      conditionMiss = instanceMethodCase(receiver, name, shape, a)
    case (.storeAttribute(let item, let object, let name), .shape(let shape, _)):
      conditionMiss = instanceStoreCase(item, object, name, shape, a)
    case (.storeAttribute(let item, let object, let name), .types):
      conditionMiss = storeAttributeCase(item, object, name, types[0])
    case (.call(let base, let count, let callOpcode, let result), _):
      conditionMiss = callCase(base, count, callOpcode, result: result, key, a, b)
    case (.next(let iterator, let destination), _):
      conditionMiss = nextCase(iterator, destination, key)
    default:
      conditionMiss = nil
    }
    guard let conditionMiss else { return nil }
    emitExits()
    if inline {
      asm.bind(guardFailure)
      asm.jump(address: cache.slowPath)
      let buffer = asm.finalize()
      // Restoring the region's jump rewrites its first bytes: no return address may point there.
      guard let region = cache.site.region, buffer.count <= region.length,
        (asm.firstCallEnd ?? .max) >= region.prefix + region.jump.length
      else { return nil }
      return Plan(buffer: buffer, failJump: nil, conditionMiss: conditionMiss, leafOperator: leafOperator)
    }
    // A failed guard: the patchable jump, first to the slow path (through a local trampoline,
    // since a patchable jump's target is a label), later to the next case.
    asm.bind(guardFailure)
    let trampoline = asm.makeLabel()
    let failJump = asm.patchableJump(to: trampoline)
    var shapeFailJump: PatchableJump?
    if shapeEntry != nil {
      asm.bind(shapeFailure)
      shapeFailJump = asm.patchableJump(to: trampoline)
    }
    asm.bind(trampoline)
    asm.jump(address: cache.slowPath)
    return Plan(
      buffer: asm.finalize(), failJump: failJump, conditionMiss: conditionMiss, leafOperator: leafOperator,
      shapeEntry: shapeEntry, shapeFailJump: shapeFailJump)
  }

  // MARK: Pieces

  /// Counts a hit in the site's descriptor (only when statistics were asked for).
  /// A leaf's operator run in a call case is a hit of the callee's site too.
  func countHit() {
    guard JIT.countHits else { return }
    for descriptor in [cache.descriptor] + (leaf.map { [$0.descriptor] } ?? []) {
      let hits = UnsafeMutableRawPointer(descriptor) + MemoryLayout<SiteDescriptor>.offset(of: \.hits)!
      asm.movabs(.r11, UInt64(UInt(bitPattern: hits)))
      asm.inc(Memory(base: .r11))
    }
  }

  /// A label that leaves for the slow path without going through the case's guard-failure jump
  /// (an overflow or a failed condition: the slow path counts it against this case).
  func slowPathExit() -> Label {
    if let leaf { return leaf.fallback }
    let label = asm.makeLabel()
    exits.append((label, cache.slowPath))
    return label
  }

  /// Emits the pending far exits.
  func emitExits() {
    for block in deferred { block() }
    deferred = []
    for (label, target) in exits {
      asm.bind(label)
      asm.jump(address: target)
    }
    exits = []
  }

  func toResume() { asm.jump(address: cache.resume) }

  /// After an entry whose result 0 means "raised": to the instruction's error stub.
  func checkRaised() {
    asm.test(.rax, .rax)
    asm.jump(.zero, address: cache.error)
  }

  /// After a `.branch` result (already checked for 0): 2 goes to the true target, 1 to false.
  func branchOnResult() {
    asm.cmp(.eax, 2)
    branch(when: .equal)
  }

  /// To the site's true target when `condition` holds (on the flags just set), else to false.
  func branch(when condition: Condition) {
    asm.jump(condition, address: cache.whenTrue!)
    asm.jump(address: cache.whenFalse!)
  }

  /// rax and rcx hold two values: both must be small ints (tag bit 1 in each).
  func guardBothSmallInts() {
    asm.mov(.edx, .eax)
    asm.and(.edx, .ecx)
    asm.test(.dl, 1)
    asm.jump(.zero, to: fail)
  }

  /// `register` holds a value that must be a small int (tag bit 1).
  func guardSmallInt(_ register: Register) {
    asm.test(register.resized(.byte), 1)
    asm.jump(.zero, to: fail)
  }

  /// Loads `memory` into `register` and guards it on `key`.
  func load(_ register: Register, _ memory: Memory, guard key: TypeKey) {
    load(register, .memory(memory), guard: key)
  }

  /// Loads an operand (a slot, a local or a constant) into `register` and guards it on `key`.
  func load(_ register: Register, _ operand: Operand, guard key: TypeKey) {
    operand.load(into: register, asm)
    key.emitGuard(asm, register, scratch: .r10, fail: fail)
  }

  /// Whether a key is worth a case at all.
  static func cacheable(_ types: [TypeKey]) -> Bool { !types.contains(.other) }
}
