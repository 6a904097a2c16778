import AdderAssembler

/// Executable memory for compiled code, grown one region at a time (a program with many
/// functions gets as many regions as it needs). Regions are placed near the runtime's helpers
/// when the system allows, so a helper call is a 5-byte `call rel32` instead of
/// `movabs r11, imm64; call r11`. A separate region is kept for out-of-line IC stubs and cases,
/// which the inline caches fill.
final class CodeArena {
  static let regionSize = 32 << 20
  static let stubRegionSize = 64 << 20
  private(set) var regions: [Patcher] = []
  /// Where IC stubs go (out of the way of function bodies, so bodies stay dense).
  let stubs: Patcher

  init() {
    let first = CodeArena.map(CodeArena.regionSize)
    regions.append(Patcher(memory: first))
    stubs = Patcher(memory: CodeArena.mapStubs(near: first))
  }

  /// The stub region, within rel32 reach of the first code region: hinted right after it, else
  /// right before it (mmap hands out addresses top-down, so the range after a new mapping is
  /// often taken); a site whose stubs are still out of reach goes megamorphic instead of patching.
  private static func mapStubs(near code: ExecutableMemory) -> ExecutableMemory {
    let base = UInt(bitPattern: code.baseAddress)
    for hint in [base + UInt(code.capacity), base - UInt(stubRegionSize)] {
      nextHint = hint
      let stubs = map(stubRegionSize)
      let start = stubs.baseAddress
      if reachable(from: code.baseAddress, to: start + stubs.capacity)
        && reachable(from: code.baseAddress + code.capacity, to: start)
      {
        return stubs
      }
    }
    return map(stubRegionSize)
  }

  /// Whether a rel32 jump at `from` reaches `to`.
  static func reachable(from: UnsafeRawPointer, to: UnsafeRawPointer) -> Bool {
    Int32(exactly: to - from) != nil
  }

  /// Regions are hinted at 1 GiB past the helpers' code, which is free in the usual layout of a
  /// static executable; the kernel may place them elsewhere, and the assembler then falls back to
  /// absolute calls on its own.
  nonisolated(unsafe) private static var nextHint: UInt =
    (UInt(bitPattern: EntryPoint.siteBinary.address) & ~UInt(0x1F_FFFF)) + (1 << 30)

  private static func map(_ size: Int) -> ExecutableMemory {
    let hint = UnsafeRawPointer(bitPattern: nextHint)
    nextHint += UInt(size)
    do {
      return try ExecutableMemory(capacity: size, near: hint)
    } catch {
      fatalError("adder: cannot map executable memory: \(error)")
    }
  }

  var current: Patcher { regions[regions.count - 1] }

  /// Assembles with `generate` at the next free address and installs the result, moving to a new
  /// region (and assembling again for its address) when the code does not fit.
  func install<Context>(_ generate: (UInt64) -> (CodeBuffer, Context)) -> (
    code: InstalledCode, context: Context
  ) {
    var (buffer, context) = generate(current.memory.nextAddress)
    if buffer.count + ExecutableMemory.codeAlignment > current.memory.available {
      regions.append(Patcher(memory: CodeArena.map(max(CodeArena.regionSize, buffer.count * 2))))
      (buffer, context) = generate(current.memory.nextAddress)
    }
    do {
      return (try current.install(buffer), context)
    } catch {
      fatalError("adder: cannot install machine code: \(error)")
    }
  }

  /// Which patcher owns `code`'s memory.
  func patcher(for code: InstalledCode) -> Patcher {
    if code.memory === stubs.memory { return stubs }
    return regions.first { $0.memory === code.memory } ?? stubs
  }
}
