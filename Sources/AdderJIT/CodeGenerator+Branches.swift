import AdderAssembler
import AdderCompiler
import AdderRuntime

extension CodeGenerator {
  /// Branches on the truth of the top operand: True, False and None are tested inline; any
  /// other value goes through a truth-test IC site.
  func emitTruthBranch(_ i: Int, depth d: Int, whenTrue: Label, whenFalse: Label) {
    asm.mov(.rax, slot(d - 1))
    asm.cmp(.rax, Int32(Value.true.raw))
    asm.jump(.equal, to: whenTrue)
    asm.cmp(.rax, Int32(Value.false.raw))
    asm.jump(.equal, to: whenFalse)
    asm.cmp(.rax, Int32(Value.none.raw))
    asm.jump(.equal, to: whenFalse)
    site(
      i, code.code.instructions[i].opcode, shape: .truth(operand: slot(d - 1)), targets: (whenTrue, whenFalse)
    ) { [self] site, _ in
      asm.mov(.rdi, slot(d - 1))
      loadSite(.rsi, site)
      call(.siteTruth)
      checkRaised(i)
      branchOnResult(whenTrue: whenTrue, whenFalse: whenFalse)
    }
    asm.jump(to: whenTrue)
  }

  /// After a `.branch` entry that did not raise: 2 is true, 1 false.
  func branchOnResult(whenTrue: Label, whenFalse: Label) {
    asm.cmp(.eax, 2)
    asm.jump(.equal, to: whenTrue)
    asm.jump(to: whenFalse)
  }

  /// `not x`: bools and None inline, other values through a truth-test site.
  func emitNot(_ i: Int, depth d: Int) {
    let store = asm.makeLabel()
    asm.mov(.rax, slot(d - 1))
    asm.mov(.ecx, Int64(Value.false.raw))
    asm.cmp(.rax, Int32(Value.true.raw))
    asm.jump(.equal, to: store)
    asm.mov(.ecx, Int64(Value.true.raw))
    asm.cmp(.rax, Int32(Value.false.raw))
    asm.jump(.equal, to: store)
    asm.cmp(.rax, Int32(Value.none.raw))
    asm.jump(.equal, to: store)
    site(i, .not, shape: .not(operand: slot(d - 1))) { [self] site, _ in
      asm.mov(.rdi, slot(d - 1))
      loadSite(.rsi, site)
      call(.siteUnary)
      checkRaised(i)
      asm.mov(.rcx, .rax)
      asm.jump(to: store)
    }
    asm.bind(store)
    asm.mov(slot(d - 1), .rcx)
  }

  /// A comparison at `i` and the popJumpIfFalse/True at `i + 1` as one site.
  func emitFusedCompare(_ i: Int, depth d: Int) {
    let branch = code.code.instructions[i + 1]
    let target = label(branch.argument)
    let next = label(i + 2)
    let (whenTrue, whenFalse) = branch.opcode == .popJumpIfTrue ? (target, next) : (next, target)
    let (a, b) = operands(i, depth: d)
    site(
      i, code.code.instructions[i].opcode, fused: true, shape: .compareBranch(a: a, b: b),
      targets: (whenTrue, whenFalse), inlineLength: InlineRegion.compareBranch
    ) { [self] site, _ in
      a.load(into: .rdi, asm)
      b.load(into: .rsi, asm)
      loadSite(.rdx, site)
      call(.siteCompareBranch)
      checkRaised(i)
      branchOnResult(whenTrue: whenTrue, whenFalse: whenFalse)
    }
    asm.jump(to: next)
  }

  /// Every call opcode: the site's handler binds the arguments and pushes the callee's frame (or
  /// calls a builtin outright); machine code then enters the callee's machine code directly.
  func emitCall(_ opcode: Opcode, at i: Int, depth d: Int, argument n: Int) {
    let base: Int
    switch opcode {
    case .call: base = d - n - 1
    case .callKeywords: base = d - n - 2
    case .callMethod: base = d - n - 2
    case .callMethodKeywords: base = d - n - 3
    default: base = d - n - 2  // callUnpacked: (f args [kwargs])
    }
    let result = forwarding.resultLocal[i].map(local) ?? slot(base)
    site(i, opcode, shape: .call(base: slot(base), count: n, opcode: opcode, result: result)) {
      [self] site, resume in
      asm.lea(.rdi, slot(base))
      switch opcode {
      case .callUnpacked:
        asm.mov(.esi, Int64(n))
        loadSite(.rdx, site)
        call(.siteCallUnpacked)
      default:
        asm.mov(.esi, Int64(n))
        if opcode == .callKeywords || opcode == .callMethodKeywords {
          asm.mov(.rdx, slot(d - 1))
        } else {
          asm.xor(.edx, .edx)
        }
        loadSite(.rcx, site)
        call(opcode == .call || opcode == .callKeywords ? .siteCall : .siteCallMethod)
      }
      checkRaised(i)
      // 1: the helper stored the result in the callee slot; else a frame to enter.
      let done = asm.makeLabel()
      asm.cmp(.rax, 1)
      asm.jump(.equal, to: done)
      asm.mov(.rdi, .rax)
      CodeGenerator.emitEnter(asm)
      checkRaised(i)
      asm.mov(slot(base), .rax)
      asm.bind(done)
      if result.displacement != slot(base).displacement { copy(slot(base), to: result) }
      asm.jump(to: resume)
    }
  }
}
