import AdderAssembler
import Foundation
import Testing

// Generated functions that really run. Every function is entered with rsp ≡ 8 (mod 16) (the
// caller's `call` pushed the return address) and keeps rsp ≡ 0 at its own calls.

/// Set by `recordStackAlignment` (one test writes it, on the calling thread).
nonisolated(unsafe) var recordedStackRemainder = -1
nonisolated(unsafe) var recordedProbeRemainder = -1
nonisolated(unsafe) var recordedFormatted = ""
nonisolated(unsafe) var alignmentProbe: NoArgumentsToInt?

/// A Swift helper called from generated code: receives the generated code's rsp at its call
/// instruction, checks its own frame by calling back into a generated probe and by formatting a
/// double through vsnprintf (which uses aligned SSE stores).
@c(adder_test_record_stack_alignment)
func recordStackAlignment(_ stackPointerAtCall: Int) -> Int {
  recordedStackRemainder = stackPointerAtCall & 15
  recordedProbeRemainder = alignmentProbe?() ?? -1
  var buffer = [CChar](repeating: 0, count: 64)
  _ = withVaList([2.5 as Double, stackPointerAtCall & 15]) { arguments in
    vsnprintf(&buffer, buffer.count, "%.2f/%d", arguments)
  }
  let length = buffer.firstIndex(of: 0) ?? buffer.count
  recordedFormatted = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  return stackPointerAtCall & 15 == 0 ? 1 : 0
}

@c(adder_test_triple)
func triple(_ value: Int) -> Int { value * 3 }

@Suite(.serialized) struct RunningCodeTests {
  let memory: ExecutableMemory
  let patcher: Patcher

  init() throws {
    memory = try ExecutableMemory(capacity: 1 << 16)
    patcher = Patcher(memory: memory)
  }

  @Test func sumOneToN() throws {
    // rax = 0; rcx = 1; while rcx <= rdi { rax += rcx; rcx += 1 }
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
    let code = try patcher.install(asm.finalize())
    let sum = code.function(as: IntToInt.self)
    for n in [0, 1, 2, 10, 100, 12345] {
      #expect(sum(n) == n * (n + 1) / 2)
    }
  }

  @Test func recursiveFibonacciCallsItself() throws {
    let asm = Assembler()
    let fib = asm.makeLabel()
    let base = asm.makeLabel()
    asm.bind(fib)
    asm.cmp(.rdi, 2)
    asm.jump(.less, to: base)
    asm.push(.rbx)  // rsp ≡ 0
    asm.push(.r12)  // rsp ≡ 8
    asm.sub(.rsp, 8)  // rsp ≡ 0 at the calls
    asm.mov(.rbx, .rdi)
    asm.lea(.rdi, Memory(base: .rbx, displacement: -1))
    asm.call(fib)
    asm.mov(.r12, .rax)
    asm.lea(.rdi, Memory(base: .rbx, displacement: -2))
    asm.call(fib)
    asm.add(.rax, .r12)
    asm.add(.rsp, 8)
    asm.pop(.r12)
    asm.pop(.rbx)
    asm.ret()
    asm.bind(base)
    asm.mov(.rax, .rdi)
    asm.ret()
    let code = try patcher.install(asm.finalize())
    let fibonacci = code.function(as: IntToInt.self, at: fib)
    #expect(fibonacci(0) == 0)
    #expect(fibonacci(1) == 1)
    #expect(fibonacci(10) == 55)
    #expect(fibonacci(25) == 75025)
  }

  @Test func callsSwiftHelperWithAlignedStack() throws {
    let probeAssembler = Assembler()
    probeAssembler.mov(.rax, .rsp)
    probeAssembler.and(.rax, 15)
    probeAssembler.ret()
    let probe = try patcher.install(probeAssembler.finalize())
    alignmentProbe = probe.function(as: NoArgumentsToInt.self)
    defer { alignmentProbe = nil }

    let asm = Assembler()
    asm.push(.rbx)  // rsp ≡ 0 (mod 16) from here on
    asm.mov(.rdi, .rsp)  // pass rsp at the call to the helper
    asm.call(address: address(of: recordStackAlignment as IntToInt))
    asm.mov(.rbx, .rax)
    asm.mov(.rdi, 14)
    asm.call(address: address(of: triple as IntToInt))
    asm.add(.rax, .rbx)
    asm.pop(.rbx)
    asm.ret()
    let code = try patcher.install(asm.finalize())
    let result = code.function(as: NoArgumentsToInt.self)()
    #expect(result == 43)  // 1 (aligned) + 14 * 3
    #expect(recordedStackRemainder == 0, "rsp at the call in generated code")
    #expect(recordedProbeRemainder == 8, "rsp on entry to code called from the helper")
    #expect(recordedFormatted == "2.50/0")
  }

  @Test func callsUseRel32WhenTheOriginIsKnownAndInRange() throws {
    let callee = Assembler()
    callee.lea(.rax, Memory(base: .rdi, index: .rdi, scale: .x4))  // 5 * rdi
    callee.ret()
    let calleeCode = try patcher.install(callee.finalize())

    let asm = Assembler(origin: memory.nextAddress)
    asm.sub(.rsp, 8)
    asm.call(address: calleeCode.address)
    asm.add(.rsp, 8)
    asm.ret()
    let code = try patcher.install(asm.finalize())
    #expect(code.bytes[4] == 0xE8, "a rel32 call, not movabs + call r11")
    #expect(code.function(as: IntToInt.self)(7) == 35)
  }

  @Test func doubleArithmetic() throws {
    // f(x, y) = sqrt(x*x + y*y) * 0.5 + floor(x) - double(trunc(y))
    let asm = Assembler()
    let half = asm.makeLabel()
    asm.movapd(.xmm2, .xmm0)
    asm.mulsd(.xmm2, .xmm0)
    asm.movapd(.xmm3, .xmm1)
    asm.mulsd(.xmm3, .xmm1)
    asm.addsd(.xmm2, .xmm3)
    asm.sqrtsd(.xmm9, .xmm2)
    asm.mulsd(.xmm9, Memory.rip(half))
    asm.roundsd(.xmm10, .xmm0, .down)
    asm.addsd(.xmm9, .xmm10)
    asm.cvttsd2si(.rax, .xmm1)
    asm.cvtsi2sd(.xmm11, .rax)
    asm.subsd(.xmm9, .xmm11)
    asm.movsd(.xmm0, .xmm9)
    asm.ret()
    asm.align(8)
    asm.bind(half)
    asm.emit(double: 0.5)
    let code = try patcher.install(asm.finalize())
    let f = code.function(as: DoublesToDouble.self)
    for (x, y) in [(3.0, 4.0), (-1.5, 2.25), (10.75, -7.5), (0.0, 0.0)] {
      let expected = (x * x + y * y).squareRoot() * 0.5 + x.rounded(.down) - y.rounded(.towardZero)
      #expect(f(x, y) == expected)
    }
  }

  @Test func doubleComparisonAndMovq() throws {
    // max(x, y) by ucomisd + branch, returned through a GPR round trip (movq).
    let asm = Assembler()
    let keepX = asm.makeLabel()
    asm.ucomisd(.xmm0, .xmm1)
    asm.jump(.aboveOrEqual, to: keepX)
    asm.movsd(.xmm0, .xmm1)
    asm.bind(keepX)
    asm.movq(.rax, .xmm0)
    asm.movq(.xmm15, .rax)
    asm.movsd(.xmm0, .xmm15)
    asm.ret()
    let f = try patcher.install(asm.finalize()).function(as: DoublesToDouble.self)
    #expect(f(1.5, 2.5) == 2.5)
    #expect(f(-1, -3) == -1)
  }

  @Test func overflowBranchesToSlowPath() throws {
    // add with a `jo` to an out-of-line path returning a sentinel; and imul the same way.
    let asm = Assembler()
    let overflow = asm.makeLabel()
    let multiply = asm.makeLabel()
    asm.mov(.rax, .rdi)
    asm.add(.rax, .rsi)
    asm.jump(.overflow, to: overflow)
    asm.ret()
    asm.bind(multiply)
    asm.mov(.rax, .rdi)
    asm.imul(.rax, .rsi)
    asm.jump(.overflow, to: overflow)
    asm.ret()
    asm.bind(overflow)
    asm.mov(.rax, Int64.min)
    asm.ret()
    let code = try patcher.install(asm.finalize())
    let add = code.function(as: IntIntToInt.self)
    let mul = code.function(as: IntIntToInt.self, at: multiply)
    #expect(add(2, 3) == 5)
    #expect(add(Int.max - 1, 1) == Int.max)
    #expect(add(Int.max, 1) == Int.min)
    #expect(add(Int.min, -1) == Int.min)
    #expect(mul(1 << 31, 1 << 31) == 1 << 62)
    #expect(mul(1 << 32, 1 << 31) == Int.min)
  }

  @Test func divisionShiftsAndConditionalMoves() throws {
    // (a / b, a % b) packed as quotient * 1000 + remainder; then abs via cmov; sar/shl by cl.
    let asm = Assembler()
    let absolute = asm.makeLabel()
    let shifts = asm.makeLabel()
    asm.mov(.rax, .rdi)
    asm.cqo()
    asm.idiv(.rsi)
    asm.imul(.rax, .rax, 1000)
    asm.add(.rax, .rdx)
    asm.ret()
    asm.bind(absolute)
    asm.mov(.rax, .rdi)
    asm.neg(.rax)
    asm.cmov(.less, .rax, .rdi)
    asm.ret()
    asm.bind(shifts)
    asm.mov(.rcx, .rsi)
    asm.mov(.rax, .rdi)
    asm.sar(.rax, .cl)
    asm.shl(.rax, 1)
    asm.bt(.rdi, 0)
    asm.set(.below, .dl)
    asm.movzx(.edx, .dl)
    asm.or(.rax, .rdx)
    asm.ret()
    let code = try patcher.install(asm.finalize())
    let divide = code.function(as: IntIntToInt.self)
    #expect(divide(17, 5) == 3002)
    #expect(divide(-17, 5) == -3002)
    let abs = code.function(as: IntToInt.self, at: absolute)
    #expect(abs(-42) == 42)
    #expect(abs(42) == 42)
    let shift = code.function(as: IntIntToInt.self, at: shifts)
    #expect(shift(-64, 3) == -16)
    #expect(shift(13, 2) == 7)  // (13 >> 2) << 1 | 1
  }

  @Test func labelAddressesAfterInstallation() throws {
    let asm = Assembler()
    let second = asm.makeLabel()
    asm.mov(.eax, 1)
    asm.ret()
    asm.align(16)
    asm.bind(second)
    asm.mov(.eax, 2)
    asm.ret()
    let buffer = asm.finalize()
    let code = try patcher.install(buffer)
    #expect(Int(bitPattern: code.address) % ExecutableMemory.codeAlignment == 0)
    #expect(code.address(of: second) == code.address + buffer.offset(of: second))
    #expect(code.address(of: second) == code.address + 16)
    #expect(code.function(as: NoArgumentsToInt.self, at: second)() == 2)
    #expect(memory.contains(code.address(of: second)))
  }

  @Test(.enabled(if: Disassembly.isAvailable, "objdump is not installed"))
  func disassemblyForPeople() throws {
    let asm = Assembler()
    asm.add(.rcx, .rdx)
    asm.movsd(.xmm9, Memory(base: .r12, displacement: 8))
    asm.ret()
    let listing = try #require(asm.disassembly())
    #expect(listing.contains("add    rcx,rdx"))
    #expect(listing.contains("movsd  xmm9,QWORD PTR [r12+0x8]"))
    #expect(listing.contains("ret"))
    let code = try patcher.install(asm.finalize())
    let installed = try #require(code.disassembly())
    #expect(installed.contains(String(UInt(bitPattern: code.address), radix: 16)))
  }
}
