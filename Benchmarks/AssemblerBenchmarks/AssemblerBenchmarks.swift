import AdderAssembler
import Benchmark

// What patching and calling generated code cost, for Design.md and for the JIT's budget:
// - one patch of a live jump site, through each executable-memory strategy;
// - a patch followed by running the patched site (the store plus the pipeline flush it causes);
// - a call from Swift into generated code, and one that also calls out to a Swift `@c` helper.
//
// Run: swift package benchmark --target AssemblerBenchmarks

@c(adder_benchmark_identity)
func benchmarkIdentity(_ value: Int) -> Int { value }

typealias IntToInt = @convention(c) (Int) -> Int

/// A function `jmp [patchable] → mov eax, 1 | mov eax, 2; ret`, installed in its own memory.
final class PatchFixture {
  let patcher: Patcher
  let code: InstalledCode
  let site: PatchableJump
  let targets: [UnsafeRawPointer]
  let function: IntToInt

  init(_ strategy: ExecutableMemory.Strategy) {
    let memory = try! ExecutableMemory(capacity: 1 << 16, strategy: strategy)
    patcher = Patcher(memory: memory)
    let asm = Assembler()
    let first = asm.makeLabel()
    let second = asm.makeLabel()
    site = asm.patchableJump(to: first)
    asm.bind(first)
    asm.mov(.eax, 1)
    asm.ret()
    asm.bind(second)
    asm.mov(.eax, 2)
    asm.ret()
    code = try! patcher.install(asm.finalize())
    targets = [code.address(of: first), code.address(of: second)]
    function = code.function(as: IntToInt.self)
  }
}

/// `lea rax, [rdi + 1]; ret`, and a function that calls the Swift helper with an aligned stack.
final class CallFixture {
  let code: InstalledCode
  let increment: IntToInt
  let viaHelper: IntToInt

  init() {
    let memory = try! ExecutableMemory(capacity: 1 << 16)
    let patcher = Patcher(memory: memory)
    let asm = Assembler()
    let helperCall = asm.makeLabel()
    asm.lea(.rax, Memory(base: .rdi, displacement: 1))
    asm.ret()
    asm.align(16)
    asm.bind(helperCall)
    asm.sub(.rsp, 8)  // rsp ≡ 0 (mod 16) at the call
    asm.call(address: unsafeBitCast(benchmarkIdentity as IntToInt, to: UnsafeRawPointer.self))
    asm.add(.rsp, 8)
    asm.ret()
    code = try! patcher.install(asm.finalize())
    increment = code.function(as: IntToInt.self)
    viaHelper = code.function(as: IntToInt.self, at: helperCall)
  }
}

nonisolated(unsafe) let dualMapping = PatchFixture(.dualMapping)
nonisolated(unsafe) let protectionFlip = PatchFixture(.protectionFlip)
nonisolated(unsafe) let calls = CallFixture()

let benchmarks: @Sendable () -> Void = {
  let fast = Benchmark.Configuration(metrics: [.wallClock, .throughput], scalingFactor: .kilo)
  let slow = Benchmark.Configuration(metrics: [.wallClock, .throughput], scalingFactor: .one)

  Benchmark("Patch jump site (memfd dual mapping)", configuration: fast) { benchmark in
    let fixture = dualMapping
    for index in benchmark.scaledIterations {
      fixture.patcher.retarget(fixture.site, in: fixture.code, to: fixture.targets[index & 1])
    }
  }

  Benchmark("Patch jump site (mprotect flip)", configuration: slow) { benchmark in
    let fixture = protectionFlip
    for index in benchmark.scaledIterations {
      fixture.patcher.retarget(fixture.site, in: fixture.code, to: fixture.targets[index & 1])
    }
  }

  Benchmark("Patch jump site then run it (memfd dual mapping)", configuration: fast) { benchmark in
    let fixture = dualMapping
    var sum = 0
    for index in benchmark.scaledIterations {
      fixture.patcher.retarget(fixture.site, in: fixture.code, to: fixture.targets[index & 1])
      sum &+= fixture.function(index)
    }
    blackHole(sum)
  }

  Benchmark("Call into generated code", configuration: fast) { benchmark in
    let increment = calls.increment
    var value = 0
    for _ in benchmark.scaledIterations { value = increment(value) }
    blackHole(value)
  }

  Benchmark("Call into generated code that calls a Swift @c helper", configuration: fast) { benchmark in
    let viaHelper = calls.viaHelper
    var sum = 0
    for index in benchmark.scaledIterations { sum &+= viaHelper(index) }
    blackHole(sum)
  }

  Benchmark("Assemble and install a 10-instruction function", configuration: fast) { benchmark in
    let memory = try! ExecutableMemory(capacity: 1 << 20)
    let patcher = Patcher(memory: memory)
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let asm = Assembler()
      let loop = asm.makeLabel()
      let done = asm.makeLabel()
      asm.xor(.eax, .eax)
      asm.mov(.rcx, 1)
      asm.bind(loop)
      asm.cmp(.rcx, .rdi)
      asm.jump(.greater, to: done)
      asm.add(.rax, .rcx)
      asm.inc(.rcx)
      asm.jump(to: loop)
      asm.bind(done)
      asm.ret()
      blackHole(try! patcher.install(asm.finalize()))
    }
  }
}
