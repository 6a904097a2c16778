import AdderAssembler
import AdderCompiler
import AdderRuntime

/// Why an execution reached a site's miss handler.
enum MissReason: String, CaseIterable, Sendable {
  /// Operand types no case handles (the first executions of every site are these).
  case type
  /// A small-int case whose result overflowed into a big int: the case stays.
  case overflow
  /// A case for these types exists but a further condition failed (an index out of range, a
  /// callee that takes other arguments, a namespace whose keys changed).
  case condition
}

/// What one case of a site is keyed on.
enum CaseKey: Hashable {
  case types(TypePair)
  /// An iterator of this kind (list iterator, range iterator ...).
  case iterator(TypeID)
  /// A Python function of this code (`CodeInfo` is never freed, so the key cannot be reused by
  /// another function the way a freed function object's address could).
  case function(UInt)
  /// A builtin function, by its index in the builtins table.
  case builtin(Int)
  /// A global or builtin name, guarded by the keys version of the namespaces.
  case global
  /// An instance of this shape (which also names its class), while `Classes.epoch` has this
  /// value: attribute loads and stores and method loads on instances.
  case shape(Int, epoch: Int)
  /// A user class as the receiver of an attribute or method load (`Strength.REQUIRED`), or as the
  /// callee of a plain instantiation (`C(args)`), by its id (unique for the run; an address could
  /// be reused after the class is collected) and the class epoch.
  case classObject(Int, epoch: Int)
  /// `a op b` where `a` is an instance of class `leftClass` whose class defines the operator's
  /// method, and `b` is of type `right` (of class `rightClass` when an instance, else 0), while
  /// `Classes.epoch` has this value: the method is called directly.
  case dunder(leftClass: Int, right: TypeKey, rightClass: Int, epoch: Int)
}

/// A state change of a site, for the statistics and `--trace-ic`.
struct Transition {
  let from: SiteState
  let to: SiteState
  let reason: String
  /// The site's execution count (hits + misses) when it happened.
  let execution: Int
  let types: [String]
  let bytes: Int
}

/// The inline cache of one site: its cases, how they are chained, and what the site observed.
///
/// Life cycle: uninitialized → monomorphic (one case) → polymorphic (2 to `maximumCases`) →
/// megamorphic (the slow path runs the generic helper; nothing is patched again). A case is a stub
/// in the stub region: guards, the fast path, a jump back into the function; its guard failure is
/// a patchable jump, first to the site's slow path, retargeted to the next case when one is added.
/// The site's own patchable jump goes to the first case. Only 4-byte aligned jump fields of live
/// code are ever rewritten; stub code is written once, before anything runs it.
///
/// Operator and comparison sites have a region after their jump (`PatchableRegion`): their first
/// case, when it fits, is written there in line, so a monomorphic site runs its fast path without
/// leaving the function (Pyston's rewriter and JavaScriptCore's inline caches work this way). A
/// second case moves the first out of line (rebuilt as a stub, the region's jump written back in
/// front of it) and chains behind it. The region is rewritten only from the site's own miss
/// handler, so no thread is running it then.
final class SiteCache {
  static let maximumCases = 4
  /// Misses for which no case could be built (e.g. operands that raise) before the site gives up
  /// and goes megamorphic. CPython retries a failed specialization after 53 misses; Pyston gives up
  /// on a rewrite after 100 attempts. A site here can only add cases, never rewrite one, so there is
  /// no re-patching loop to back off from except this one.
  static let uncacheableLimit = 64
  /// A keys-version (global) case is rebuilt at most this often.
  static let rebuildLimit = 16
  /// Condition misses (not overflows: a small-int case that overflows now and then keeps its fast
  /// path) after which a site stops observing and goes megamorphic.
  static let conditionLimit = 64

  let descriptor: UnsafeMutablePointer<SiteDescriptor>
  let site: CompiledSite
  let code: InstalledCode
  let patcher: Patcher
  let function: String
  let filename: String
  let slowPath: UnsafeRawPointer
  let resume: UnsafeRawPointer
  let error: UnsafeRawPointer
  let whenTrue: UnsafeRawPointer?
  let whenFalse: UnsafeRawPointer?

  struct Case {
    let key: CaseKey
    /// nil for a case written in line in the site's region.
    let stub: InstalledCode?
    let failJump: PatchableJump?
    let conditionMiss: MissReason
    let size: Int
    /// A call case's leaf operator run in the case (`StubBuilder.inlineLeaf`).
    var leafOperator: Opcode? = nil
    /// A shape case's second entry and its shape mismatch (`StubBuilder.Plan.shapeEntry`).
    var shapeEntry: UnsafeRawPointer? = nil
    var shapeFailJump: PatchableJump? = nil
  }

  var cases: [Case] = []
  /// Operand types seen on misses, with counts, in the order first seen (names made once).
  var typesSeen: [TypePair: Int] = [:]
  var typeOrder: [(pair: TypePair, names: [String])] = []
  var missReasons: [MissReason: Int] = [:]
  var transitions: [Transition] = []
  var patches = 0
  var bytesPatched = 0
  var uncacheable = 0
  var rebuilds = 0
  /// A call site that built no case on its first miss, to let a leaf callee's operator site see
  /// its operands first (`StubBuilder.inlineLeaf`).
  var awaitedLeaf = false

  init(site: CompiledSite, code: InstalledCode, patcher: Patcher, function: String, filename: String) {
    descriptor = site.descriptor
    self.site = site
    self.code = code
    self.patcher = patcher
    self.function = function
    self.filename = filename
    slowPath = code.address(of: site.slowPath)
    resume = code.address(of: site.resume)
    error = code.address(of: site.error)
    whenTrue = site.targets.map { code.address(of: $0.whenTrue) }
    whenFalse = site.targets.map { code.address(of: $0.whenFalse) }
  }

  var state: SiteState { descriptor.pointee.state }
  var executions: Int { descriptor.pointee.hits + misses }
  /// Every miss: those the handler saw and the overflows cases handled themselves.
  var misses: Int { descriptor.pointee.misses + descriptor.pointee.overflows }

  /// Misses with `reason`.
  func misses(_ reason: MissReason) -> Int {
    (missReasons[reason] ?? 0) + (reason == .overflow ? descriptor.pointee.overflows : 0)
  }

  /// Called by the miss handler (the miss is already counted) before it runs the operation.
  func miss(_ a: Value, _ b: Value) {
    countTypes(a, b)
    let key = caseKey(a, b)
    if let existing = cases.first(where: { $0.key == key }) {
      missReasons[existing.conditionMiss, default: 0] += 1
      if key == .global {
        rebuildGlobal(typeNames(a, b))
      } else if existing.conditionMiss == .condition,
        missReasons[.condition, default: 0] >= SiteCache.conditionLimit
      {
        // A case whose condition keeps failing (a non-ASCII string at a str index site, an index
        // always out of range) only adds a detour: stop observing.
        goMegamorphic(reason: "condition keeps failing", typeNames(a, b))
      }
      return
    }
    let names = typeNames(a, b)
    missReasons[.type, default: 0] += 1
    if cases.count >= SiteCache.maximumCases {
      goMegamorphic(reason: "type", names)
      return
    }
    let inline = cases.isEmpty && site.region != nil && StubBuilder.runsInline(key)
    var plan = inline ? StubBuilder(cache: self, inline: true).build(key, a, b) : nil
    if plan == nil {
      // Out of line: a case in the region moves out first (stubs install in order).
      guard moveInlineCaseOut() else {
        goMegamorphic(reason: "stub space", names)
        return
      }
      plan = StubBuilder(cache: self).build(key, a, b)
    }
    guard let plan else {
      uncacheable += 1
      if uncacheable >= SiteCache.uncacheableLimit { goMegamorphic(reason: "uncacheable", names) }
      return
    }
    add(plan, key: key, names: names, reason: "type")
  }

  /// Counts the operand types of an execution that reached the handler (every miss; and, when
  /// statistics are on, every megamorphic execution, so that a megamorphic site shows all the
  /// types it sees).
  func countTypes(_ a: Value, _ b: Value) {
    let pair = typePair(a, b)
    if let count = typesSeen[pair] {
      typesSeen[pair] = count + 1
    } else {
      typesSeen[pair] = 1
      typeOrder.append((pair, typeNames(a, b)))
    }
  }

  /// The Python type names of the operands the site looks at.
  func typeNames(_ a: Value, _ b: Value) -> [String] {
    switch site.shape {
    case .binary, .compareBranch, .storeSubscript: return [TypeKey.name(of: a), TypeKey.name(of: b)]
    case .global: return []
    case .call(_, _, let opcode, _) where opcode == .callMethod || opcode == .callMethodKeywords:
      return b.isEmpty ? [TypeKey.name(of: a)] : [TypeKey.name(of: b), TypeKey.name(of: a)]
    default: return [TypeKey.name(of: a)]
    }
  }

  /// The operands whose types the statistics count.
  func typePair(_ a: Value, _ b: Value) -> TypePair {
    switch site.shape {
    case .binary, .compareBranch, .storeSubscript: return TypePair(a, b)
    case .global: return TypePair(.none, nil)
    case .call(_, _, let opcode, _) where opcode == .callMethod || opcode == .callMethodKeywords:
      return b.isEmpty ? TypePair(a, nil) : TypePair(b, a)
    default: return TypePair(a, nil)
    }
  }

  func caseKey(_ a: Value, _ b: Value) -> CaseKey {
    switch site.shape {
    case .binary:
      let opcode = site.descriptor.pointee.opcode
      if let key = StubBuilder.identityEqualityKey(opcode, a, b) ?? StubBuilder.dunderKey(opcode, a, b) {
        return key
      }
      return TypePair(a, b).caseKey
    case .compareBranch:
      if let key = StubBuilder.identityEqualityKey(site.descriptor.pointee.opcode, a, b) { return key }
      return TypePair(a, b).caseKey
    case .storeSubscript: return TypePair(a, b).caseKey
    case .global: return .global
    case .next:
      return a.isObject(.iterator) ? .iterator(IteratorObject(a).kind) : TypePair(a, nil).caseKey
    case .attribute, .method, .storeAttribute:
      if a.isObject(.instance) { return .shape(InstanceObject(a).shape, epoch: Classes.epoch.pointee) }
      if ClassObject.isClass(a) { return .classObject(ClassObject(a).classID, epoch: Classes.epoch.pointee) }
      return TypePair(a, nil).caseKey
    case .call:
      if a.isObject(.function) { return .function(UInt(bitPattern: FunctionObject(a).info)) }
      if a.isObject(.builtinFunction) { return .builtin(BuiltinFunctionObject(a).index) }
      if case .call(_, let count, .call, _) = site.shape,
        Classes.directInitializer(a, positional: count) != nil
      {
        return .classObject(ClassObject(a).classID, epoch: Classes.epoch.pointee)
      }
      return TypePair(a, nil).caseKey
    default: return TypePair(a, nil).caseKey
    }
  }

  /// Installs a stub and links it in: the site's jump for the first case, the last case's guard
  /// failure for the others.
  func add(_ plan: StubBuilder.Plan, key: CaseKey, names: [String], reason: String) {
    // The site's jump is a rel32: a stub out of its reach (code regions far from the stub region,
    // which the arena tries to prevent) is not installed, and the site stays as it is.
    guard CodeArena.reachable(from: code.address(ofOffset: site.jump.offset), to: JIT.stubOriginPointer)
    else {
      goMegamorphic(reason: "stubs out of reach", names)
      return
    }
    let from = state
    if plan.failJump == nil, let region = site.region {
      patcher.write(plan.buffer, over: region, in: code)
      cases.append(
        Case(key: key, stub: nil, failJump: nil, conditionMiss: plan.conditionMiss, size: plan.buffer.count))
    } else {
      let stub = JIT.installStub(plan.buffer)
      let shapeEntry = plan.shapeEntry.map { stub.address(of: $0) }
      if let last = cases.last, let lastStub = last.stub, let failJump = last.failJump {
        JIT.patcher(owning: lastStub).retarget(failJump, in: lastStub, to: stub.address)
        // The previous case found an instance of another shape: this case's shape compare.
        if let shapeFailJump = last.shapeFailJump {
          JIT.patcher(owning: lastStub).retarget(shapeFailJump, in: lastStub, to: shapeEntry ?? stub.address)
        }
      } else {
        patcher.retarget(site.jump, in: code, to: stub.address)
      }
      cases.append(
        Case(
          key: key, stub: stub, failJump: plan.failJump, conditionMiss: plan.conditionMiss, size: stub.size,
          leafOperator: plan.leafOperator, shapeEntry: shapeEntry, shapeFailJump: plan.shapeFailJump))
    }
    patches += 1
    bytesPatched += plan.buffer.count
    descriptor.pointee.state = cases.count == 1 ? .monomorphic : .polymorphic
    record(from: from, reason: reason, names: names, bytes: plan.buffer.count)
  }

  /// Before a second case: the first, if it runs in line, is rebuilt as a stub (its key alone
  /// decides its code) and the region's jump is written back in front of it. False when no stub
  /// can be built (the stub region is full).
  func moveInlineCaseOut() -> Bool {
    guard cases.count == 1, cases[0].stub == nil, let region = site.region else { return true }
    let first = cases[0]
    guard let plan = StubBuilder(cache: self).build(first.key, .empty, .empty), plan.failJump != nil else {
      return false
    }
    let stub = JIT.installStub(plan.buffer)
    patcher.restoreJump(of: region, in: code, to: stub.address)
    cases[0] = Case(
      key: first.key, stub: stub, failJump: plan.failJump, conditionMiss: first.conditionMiss, size: stub.size
    )
    patches += 1
    bytesPatched += stub.size
    return true
  }

  /// A namespace's keys changed under a global case: rebuild it for the new layout (a few times).
  func rebuildGlobal(_ names: [String]) {
    rebuilds += 1
    guard rebuilds <= SiteCache.rebuildLimit else {
      goMegamorphic(reason: "keys changed", names)
      return
    }
    // In line again when it fits: the case calls nothing, so no frame returns into the region.
    if let region = site.region,
      let plan = StubBuilder(cache: self, inline: true).build(.global, globalsOf(), .empty)
    {
      patcher.write(plan.buffer, over: region, in: code)
      cases = [
        Case(
          key: .global, stub: nil, failJump: nil, conditionMiss: plan.conditionMiss, size: plan.buffer.count)
      ]
      patches += 1
      bytesPatched += plan.buffer.count
      record(from: state, reason: "keys changed", names: names, bytes: plan.buffer.count)
      return
    }
    guard CodeArena.reachable(from: code.address(ofOffset: site.jump.offset), to: JIT.stubOriginPointer),
      let plan = StubBuilder(cache: self).build(.global, globalsOf(), .empty)
    else {
      goMegamorphic(reason: "keys changed", names)
      return
    }
    let stub = JIT.installStub(plan.buffer)
    if let region = site.region {
      patcher.restoreJump(of: region, in: code, to: stub.address)
    } else {
      patcher.retarget(site.jump, in: code, to: stub.address)
    }
    cases = [
      Case(
        key: .global, stub: stub, failJump: plan.failJump, conditionMiss: plan.conditionMiss, size: stub.size)
    ]
    patches += 1
    bytesPatched += stub.size
    record(from: state, reason: "keys changed", names: names, bytes: stub.size)
  }

  /// The globals dict of the site's code (for rebuilding a global case).
  func globalsOf() -> Value {
    let frame = Frames.top.pointee
    return frame.globals
  }

  /// No more cases: the slow path now runs the generic helper without observing, and nothing is
  /// patched again. The cases already installed stay in front of it (the last one's guard failure
  /// already leads to the slow path): the types seen first keep their fast paths, the rest take
  /// the generic helper (V8 drops its cases here; keeping them measured better on a polymorphic
  /// `add` with 7 type pairs).
  func goMegamorphic(reason: String, _ names: [String]) {
    let from = state
    descriptor.pointee.state = .megamorphic
    record(from: from, reason: reason, names: names, bytes: 0)
  }

  func record(from: SiteState, reason: String, names: [String], bytes: Int) {
    let transition = Transition(
      from: from, to: state, reason: reason, execution: executions, types: names, bytes: bytes)
    transitions.append(transition)
    if JIT.options.traceIC { writeStandardError(traceLine(transition)) }
  }

  /// `ic + prog.py:3:12 in add: uninitialized -> monomorphic (int, int), patched 31 bytes`
  func traceLine(_ transition: Transition) -> String {
    let d = descriptor.pointee
    var line = "ic \(d.operation) \(filename):\(d.line):\(d.column) in \(function): "
    line += "\(transition.from.name) -> \(transition.to.name) (\(transition.types.joined(separator: ", ")))"
    line += transition.bytes > 0 ? ", patched \(transition.bytes) bytes" : ", \(transition.reason)"
    return line + "\n"
  }
}

extension JIT {
  nonisolated(unsafe) static var caches: [SiteCache] = []

  /// The miss bookkeeping every site handler starts with.
  @inline(__always) static func miss(_ site: SitePointer, _ a: Value, _ b: Value) {
    let d = descriptor(site)
    if d.pointee.state == .megamorphic {
      d.pointee.hits &+= 1
      if countHits { caches[Int(d.pointee.cacheIndex)].countTypes(a, b) }
      return
    }
    d.pointee.misses &+= 1
    caches[Int(d.pointee.cacheIndex)].miss(a, b)
  }
}
