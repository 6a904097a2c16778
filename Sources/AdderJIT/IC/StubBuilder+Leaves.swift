import AdderAssembler
import AdderCompiler
import AdderRuntime

/// A function whose whole body is `return x op y`, each operand a parameter or a constant
/// (`def add(a, b): return a + b`, `def double(x): return x * 2`): a call case may run the
/// operator's case for the operand types it sees (small ints, floats, strs) in the caller,
/// without a frame.
struct LeafFunction {
  enum Source {
    case parameter(Int)
    case constant(Value)
  }

  let opcode: Opcode
  let left: Source
  let right: Source

  init?(_ info: UnsafeMutablePointer<CodeInfo>) {
    let code = info.pointee
    guard code.isSimple, code.freeCount == 0, code.instructionCount >= 4,
      code.instructions[3].opcode == .returnValue
    else { return nil }
    func source(_ instruction: Instruction) -> Source? {
      switch instruction.opcode {
      case .loadFast where instruction.argument < code.parameterCount: return .parameter(instruction.argument)
      case .loadConst: return .constant(code.constants[instruction.argument])
      default: return nil
      }
    }
    guard let left = source(code.instructions[0]), let right = source(code.instructions[1]) else {
      return nil
    }
    (opcode, self.left, self.right) = (code.instructions[2].opcode, left, right)
  }

  /// The operator's site: the callee's first site (loads and the return have none).
  static func operatorSite(_ info: UnsafeMutablePointer<CodeInfo>) -> SiteCache? {
    guard let first = JIT.firstSiteOfCode[info.pointee.index] else { return nil }
    let cache = JIT.caches[first]
    return cache.descriptor.pointee.instructionIndex == 2 ? cache : nil
  }
}

/// What the operator emitters need while a call case runs a leaf's operator in line.
struct InlinedLeaf {
  let opcode: Opcode
  /// The full call: every guard failure, overflow and condition leaves for it, which runs the
  /// callee's own site (and counts the miss there) as a call that was never inlined would.
  let fallback: Label
  /// The callee's operator site, which counts the hit when statistics are on.
  let descriptor: UnsafeMutablePointer<SiteDescriptor>
}

extension StubBuilder {
  /// For a call of a leaf function with exactly its parameters: the callee's operator as its
  /// site's case for the operand types this call passes, run in the call case on the argument
  /// slots, the result stored where the call's goes. Only when the callee's site has that case
  /// (it has run and seen those types): its own statistics then read the same whether or not a
  /// call was inlined. Before the callee's site has seen those types, this returns `.wait` (once
  /// per call site), and the call site builds no case yet: it waits one execution for the callee
  /// to add that case. Emits nothing and returns `.none` otherwise.
  /// After `.inlined`, the code that follows is the full call (rax no longer holds the callee).
  enum LeafPlan {
    case none
    case wait
    case inlined
  }

  func inlineLeaf(
    _ info: UnsafeMutablePointer<CodeInfo>, arguments first: Memory, result: Memory
  ) -> LeafPlan {
    guard let function = LeafFunction(info), let site = LeafFunction.operatorSite(info) else { return .none }
    // The operand types this call site passes now (the caller's frame is the running one while
    // its call site misses): the case is for them.
    let arguments = Frames.top.pointee.locals + Int(first.displacement) / 8
    func value(_ source: LeafFunction.Source) -> Value {
      switch source {
      case .parameter(let k): return arguments[k]
      case .constant(let value): return value
      }
    }
    let pair = TypePair(value(function.left), value(function.right))
    guard StubBuilder.leafRunsInCase(function.opcode, pair.keys) else { return .none }
    guard site.cases.contains(where: { $0.key == pair.caseKey }) else {
      // The callee's site adds a case for these types when the call runs, unless it cannot.
      guard site.state != .megamorphic, site.cases.count < SiteCache.maximumCases, cache.cases.isEmpty,
        !cache.awaitedLeaf
      else { return .none }
      cache.awaitedLeaf = true
      return .wait
    }
    func operand(_ source: LeafFunction.Source) -> Operand {
      switch source {
      case .parameter(let k):
        return .memory(Memory(base: .rbx, displacement: first.displacement + Int32(8 * k)))
      case .constant(let value): return .constant(value)
      }
    }
    let fallback = asm.makeLabel()
    leaf = InlinedLeaf(opcode: function.opcode, fallback: fallback, descriptor: site.descriptor)
    defer { leaf = nil }
    // Entering the callee at the recursion limit raises RecursionError: the full call does that.
    emitRecursionLimitCheck(otherwise: fallback)
    _ = binaryCase(operand(function.left), operand(function.right), pair.keys, result: result)
    leafOperator = function.opcode
    asm.bind(fallback)
    return .inlined
  }

  /// The operator cases that can run for a leaf: those that never raise and call nothing that
  /// can (every failure leaves for the full call): small ints, floats (and a float with a small
  /// int; boxing a result cannot raise), and str + str.
  static func leafRunsInCase(_ operation: Opcode, _ types: [TypeKey]) -> Bool {
    if types == [.smallInt, .smallInt] { return hasSmallIntForm(operation) }
    if isFloatPair(types) {
      return floatOperators.contains(operation) || (types == [.float, .float] && condition(operation) != nil)
    }
    return operation == .add && types == [.object(.str), .object(.str)]
  }
}
