import AdderAssembler
import AdderCompiler
import AdderRuntime

/// A function whose whole body is `return x op y`, each operand a parameter or a constant
/// (`def add(a, b): return a + b`, `def double(x): return x * 2`): a call case may run the
/// operator's small-int case in the caller, without a frame.
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
  /// site's small-int case, run in the call case on the argument slots, the result stored into
  /// the callee slot. Only when the callee's site has that case (it has run and seen two small
  /// ints): its own statistics then read the same whether or not a call was inlined. Before the
  /// callee's site has run, this returns `.wait`, and the call site builds no case yet (it waits
  /// one execution to see what the callee does). Emits nothing and returns `.none` otherwise.
  /// After `.inlined`, the code that follows is the full call (rax no longer holds the callee).
  enum LeafPlan {
    case none
    case wait
    case inlined
  }

  func inlineLeaf(
    _ info: UnsafeMutablePointer<CodeInfo>, arguments first: Memory, result: Memory
  ) -> LeafPlan {
    guard let function = LeafFunction(info), StubBuilder.hasSmallIntForm(function.opcode),
      let site = LeafFunction.operatorSite(info)
    else { return .none }
    let smallInts = TypePair(Value(smallInt: 0), Value(smallInt: 0)).caseKey
    guard site.cases.contains(where: { $0.key == smallInts }) else {
      guard site.state == .uninitialized, cache.cases.isEmpty, !cache.awaitedLeaf else { return .none }
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
    _ = smallIntBinary(operand(function.left), operand(function.right), result: result)
    leafOperator = function.opcode
    asm.bind(fallback)
    return .inlined
  }
}
