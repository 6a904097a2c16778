import AdderAssembler
import Foundation
import Synchronization
import Testing

// Patching live code: between calls, from inside a helper that the patched site called, and
// while another thread runs the code; and W^X checked in /proc/self/maps all along.

@c(adder_test_return_one)
func returnOne(_ value: Int) -> Int { 1 }

@c(adder_test_return_two)
func returnTwo(_ value: Int) -> Int { 2 }

/// What `patchingHelper` needs to rewrite the code that called it.
struct ReentrantPatch {
  let patcher: Patcher
  let code: InstalledCode
  let call: PatchableCall
  let jump: PatchableJump
  let newJumpTarget: Label
  var calls = 0
  var writableExecutableSeen: [String] = []
}

nonisolated(unsafe) var reentrantPatch: ReentrantPatch?

/// Called through a patchable call; on its first call it retargets that very call (to
/// `returnTwo`) and the patchable jump that runs right after it returns, then returns into the
/// patched code.
@c(adder_test_patching_helper)
func patchingHelper(_ value: Int) -> Int {
  guard var state = reentrantPatch else { return -1 }
  state.calls += 1
  state.patcher.retarget(state.call, in: state.code, to: address(of: returnTwo as IntToInt))
  state.patcher.retarget(state.jump, in: state.code, to: state.newJumpTarget)
  state.writableExecutableSeen += writableExecutableMappings()
  reentrantPatch = state
  return 1
}

/// A C function pointer that a worker thread may call.
struct SendableFunction: @unchecked Sendable {
  let function: NoArgumentsToInt
}

@Suite(.serialized) struct PatchingTests {
  /// `jmp` site → one of two tails returning 1 or 2.
  func makeSwitch(_ patcher: Patcher) throws -> (InstalledCode, PatchableJump, Label, Label) {
    let asm = Assembler()
    let first = asm.makeLabel()
    let second = asm.makeLabel()
    asm.nop(length: 3)  // push the site off its natural alignment: it must pad itself
    let site = asm.patchableJump(to: first)
    asm.bind(first)
    asm.mov(.eax, 1)
    asm.ret()
    asm.bind(second)
    asm.mov(.eax, 2)
    asm.ret()
    return (try patcher.install(asm.finalize()), site, first, second)
  }

  @Test(arguments: [ExecutableMemory.Strategy.dualMapping, .protectionFlip])
  func retargetJumpBetweenCalls(_ strategy: ExecutableMemory.Strategy) throws {
    #expect(writableExecutableMappings().isEmpty)
    let memory = try ExecutableMemory(capacity: 1 << 14, strategy: strategy)
    #expect(writableExecutableMappings().isEmpty)
    let patcher = Patcher(memory: memory)
    let (code, site, first, second) = try makeSwitch(patcher)
    #expect(writableExecutableMappings().isEmpty)
    let f = code.function(as: NoArgumentsToInt.self)
    #expect(f() == 1)
    patcher.retarget(site, in: code, to: second)
    #expect(writableExecutableMappings().isEmpty)
    #expect(f() == 2)
    patcher.retarget(site, in: code, to: first)
    #expect(f() == 1)
    for round in 0..<100 {
      patcher.retarget(site, in: code, to: round.isMultiple(of: 2) ? second : first)
      #expect(f() == (round.isMultiple(of: 2) ? 2 : 1))
    }
    #expect(patcher.patchCount == 102)
    #expect(writableExecutableMappings().isEmpty)
  }

  /// A region: its jump goes to a tail returning 1; code written over it (returning 7 + a
  /// conditional jump to an absolute address) runs in line and falls out at the region's end;
  /// the jump written back sends it to the tail again.
  @Test(arguments: [ExecutableMemory.Strategy.dualMapping, .protectionFlip])
  func writeCodeOverARegionAndRestoreItsJump(_ strategy: ExecutableMemory.Strategy) throws {
    let memory = try ExecutableMemory(capacity: 1 << 14, strategy: strategy)
    let patcher = Patcher(memory: memory)
    let asm = Assembler()
    let tail = asm.makeLabel()
    asm.mov(.eax, 0)
    asm.nop(length: 1)
    let region = asm.patchableRegion(jumpingTo: tail, length: 40)
    #expect(region.length == 40)
    // The jump's alignment nop belongs to the region: written code starts there.
    #expect(region.prefix == 1 && region.offset == 6 && region.jump.offset == 7)
    asm.add(.eax, 100)  // the region's end: where written code falls out
    asm.ret()
    asm.bind(tail)
    asm.mov(.eax, 1)
    asm.ret()
    let code = try patcher.install(asm.finalize())
    let f = code.function(as: NoArgumentsToInt.self)
    #expect(f() == 1)
    let regionAddress = code.address(ofOffset: region.offset)
    let inline = Assembler(origin: UInt64(UInt(bitPattern: regionAddress)))
    inline.mov(.eax, 7)
    inline.cmp(.eax, 7)
    inline.jump(.notEqual, address: code.address(of: tail))  // not taken
    let written = inline.finalize()
    #expect(written.count < region.length)
    patcher.write(written, over: region, in: code)
    #expect(f() == 107)
    #expect(writableExecutableMappings().isEmpty)
    patcher.restoreJump(of: region, in: code, to: code.address(of: tail))
    #expect(f() == 1)
    #expect(inline.firstCallEnd == nil)
    inline.call(address: code.address(of: tail))
    #expect(inline.firstCallEnd == inline.offset)
  }

  @Test(arguments: [ExecutableMemory.Strategy.dualMapping, .protectionFlip])
  func retargetCallAndRewriteImmediateBetweenCalls(_ strategy: ExecutableMemory.Strategy) throws {
    let memory = try ExecutableMemory(capacity: 1 << 14, strategy: strategy)
    let patcher = Patcher(memory: memory)
    let asm = Assembler()
    asm.push(.rbx)
    let constant = asm.patchableMove(.rbx, 100)
    let call = asm.patchableCall(address(of: returnOne as IntToInt))
    asm.add(.rax, .rbx)
    asm.pop(.rbx)
    asm.ret()
    let code = try patcher.install(asm.finalize())
    let f = code.function(as: IntToInt.self)
    #expect(f(0) == 101)
    patcher.retarget(call, in: code, to: address(of: returnTwo as IntToInt))
    #expect(f(0) == 102)
    patcher.rewrite(constant, in: code, to: 0x1234_5678_9abc)
    #expect(f(0) == 0x1234_5678_9abc + 2)
    patcher.rewrite(constant, in: code, to: UInt64(bitPattern: -10))
    patcher.retarget(call, in: code, to: address(of: returnOne as IntToInt))
    #expect(f(0) == -9)
    #expect(writableExecutableMappings().isEmpty)
  }

  @Test(arguments: [ExecutableMemory.Strategy.dualMapping, .protectionFlip])
  func patchFromInsideTheHelperThatTheSiteCalled(_ strategy: ExecutableMemory.Strategy) throws {
    // push rbx; call [patchable] helper; mov rbx, rax; jmp [patchable] plus100
    // plus100: lea rax, [rbx + 100]; pop rbx; ret     plus200: lea rax, [rbx + 200]; ...
    let memory = try ExecutableMemory(capacity: 1 << 14, strategy: strategy)
    let patcher = Patcher(memory: memory)
    let asm = Assembler()
    let plus100 = asm.makeLabel()
    let plus200 = asm.makeLabel()
    asm.push(.rbx)
    let call = asm.patchableCall(address(of: patchingHelper as IntToInt))
    asm.mov(.rbx, .rax)
    let jump = asm.patchableJump(to: plus100)
    asm.bind(plus100)
    asm.lea(.rax, Memory(base: .rbx, displacement: 100))
    asm.pop(.rbx)
    asm.ret()
    asm.bind(plus200)
    asm.lea(.rax, Memory(base: .rbx, displacement: 200))
    asm.pop(.rbx)
    asm.ret()
    let code = try patcher.install(asm.finalize())
    reentrantPatch = ReentrantPatch(
      patcher: patcher, code: code, call: call, jump: jump, newJumpTarget: plus200)
    defer { reentrantPatch = nil }
    let f = code.function(as: IntToInt.self)
    // First call: the helper returns 1 into code whose jump it has just retargeted.
    #expect(f(0) == 201)
    // Later calls reach the new call target, which does not patch again.
    #expect(f(0) == 202)
    #expect(f(0) == 202)
    #expect(reentrantPatch?.calls == 1)
    #expect(reentrantPatch?.writableExecutableSeen == [])
    #expect(patcher.patchCount == 2)
  }

  @Test func patchWhileAnotherThreadRunsTheCode() throws {
    let memory = try ExecutableMemory(capacity: 1 << 14, strategy: .dualMapping)
    let patcher = Patcher(memory: memory)
    let (code, site, first, second) = try makeSwitch(patcher)
    let function = SendableFunction(function: code.function(as: NoArgumentsToInt.self))
    let counters = WorkerCounters()
    let worker = Thread {
      while !counters.stop.load(ordering: .relaxed) {
        switch function.function() {
        case 1: counters.ones.add(1, ordering: .relaxed)
        case 2: counters.twos.add(1, ordering: .relaxed)
        default: counters.others.add(1, ordering: .relaxed)
        }
      }
      counters.finished.store(true, ordering: .releasing)
    }
    worker.start()
    for round in 0..<20_000 {
      patcher.retarget(site, in: code, to: round.isMultiple(of: 2) ? second : first)
      if round % 1000 < 2 {
        // Let the worker run each target at least once in every thousand patches.
        let expectsTwo = round.isMultiple(of: 2)
        let before = counters.count(of: expectsTwo ? 2 : 1)
        let deadline = Date().addingTimeInterval(5)
        while counters.count(of: expectsTwo ? 2 : 1) == before && Date() < deadline { sched_yield() }
      }
    }
    counters.stop.store(true, ordering: .relaxed)
    while !counters.finished.load(ordering: .acquiring) { usleep(100) }
    #expect(counters.others.load(ordering: .relaxed) == 0)
    #expect(counters.ones.load(ordering: .relaxed) > 0)
    #expect(counters.twos.load(ordering: .relaxed) > 0)
    #expect(patcher.patchCount == 20_000)
    #expect(writableExecutableMappings().isEmpty)
  }

  @Test func dualMappingHasSeparateReadWriteAndReadExecuteViews() throws {
    let memory = try ExecutableMemory(capacity: 1 << 14, strategy: .dualMapping)
    let patcher = Patcher(memory: memory)
    let (code, _, _, _) = try makeSwitch(patcher)
    let executable = mappings(containing: code.address)
    #expect(executable.count == 1)
    #expect(executable.first?.contains(" r-xs ") == true)
    #expect(executable.first?.contains("memfd:adder-jit") == true)
    let views = processMappings()
      .split(separator: "\n").filter { $0.contains("memfd:adder-jit") }
    #expect(views.contains { $0.contains(" rw-s ") })
    #expect(writableExecutableMappings().isEmpty)
  }

  @Test func protectionFlipLeavesCodeReadExecute() throws {
    let memory = try ExecutableMemory(capacity: 1 << 14, strategy: .protectionFlip)
    let patcher = Patcher(memory: memory)
    let (code, site, _, second) = try makeSwitch(patcher)
    patcher.retarget(site, in: code, to: second)
    #expect(mappings(containing: code.address).allSatisfy { $0.contains(" r-xp ") })
    #expect(writableExecutableMappings().isEmpty)
  }

  @Test func sitesAreAlignedAndTheirOffsetsHold() throws {
    let asm = Assembler()
    let target = asm.makeLabel()
    var jumps: [PatchableJump] = []
    var calls: [PatchableCall] = []
    var moves: [PatchableImmediate64] = []
    for padding in 0..<8 {
      asm.nop(length: padding)
      jumps.append(asm.patchableJump(to: target))
      asm.nop(length: padding)
      jumps.append(asm.patchableJump(.notEqual, to: target))
      asm.nop(length: padding)
      calls.append(asm.patchableCall(UnsafeRawPointer(bitPattern: 0x1122_3344_5566_7788)!))
      asm.nop(length: padding)
      moves.append(asm.patchableMove(Register.all64[padding + 8], 0xdead_beef))
    }
    asm.bind(target)
    asm.ret()
    let bytes = asm.finalize().bytes
    for jump in jumps {
      #expect((jump.offset + jump.fieldOffset) % 4 == 0)
      if let condition = jump.condition {
        #expect(Array(bytes[jump.offset..<jump.offset + 2]) == [0x0F, 0x80 | condition.rawValue])
      } else {
        #expect(bytes[jump.offset] == 0xE9)
      }
    }
    for call in calls {
      #expect((call.offset + PatchableCall.fieldOffset) % 8 == 0)
      #expect(Array(bytes[call.offset..<call.offset + 2]) == [0x49, 0xBB])
      #expect(Array(bytes[call.offset + 10..<call.returnOffset]) == [0x41, 0xFF, 0xD3])
    }
    for move in moves {
      #expect((move.offset + PatchableImmediate64.fieldOffset) % 8 == 0)
      #expect(bytes[move.offset + 1] == 0xB8 | move.register.index & 7)
    }
  }

  @Test func noWritableExecutableMappingAfterMemoryIsFreed() throws {
    do {
      let memory = try ExecutableMemory(capacity: 1 << 16)
      _ = try makeSwitch(Patcher(memory: memory))
    }
    #expect(writableExecutableMappings().isEmpty)
  }
}

/// Shared between the test and its worker thread.
final class WorkerCounters: Sendable {
  let stop = Atomic<Bool>(false)
  let finished = Atomic<Bool>(false)
  let ones = Atomic<Int>(0)
  let twos = Atomic<Int>(0)
  let others = Atomic<Int>(0)

  func count(of result: Int) -> Int {
    result == 1 ? ones.load(ordering: .relaxed) : twos.load(ordering: .relaxed)
  }
}
