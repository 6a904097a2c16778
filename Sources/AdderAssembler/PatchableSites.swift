// Patchable sites: instructions the JIT rewrites in live code (inline-cache guards and targets).
//
// Each site is a type that records where its instruction starts and where its patchable field
// lies; the distance is asserted when the site is emitted (as JavaScriptCore asserts its
// `DataLabelPtr` distances), and the emitter pads with nops so the field is naturally aligned.
// An aligned 4- or 8-byte field never crosses a cache line, so one store rewrites it atomically:
// a thread executing the site sees the old or the new instruction, never a mix.
//
//     site                      bytes                               field
//     PatchableJump             e9 rel32                            +1, 4 bytes, 4-aligned
//     PatchableJump (jcc)       0f 8x rel32                         +2, 4 bytes, 4-aligned
//     PatchableCall             49 bb imm64 (movabs r11) 41 ff d3   +2, 8 bytes, 8-aligned
//     PatchableImmediate64      REX.W b8+r imm64 (movabs r)         +2, 8 bytes, 8-aligned

/// A `jmp rel32` or `jcc rel32` whose target can be changed in live code.
public struct PatchableJump: Hashable, Sendable {
  /// Where the instruction starts in its buffer.
  public let offset: Int
  /// nil for an unconditional `jmp`.
  public let condition: Condition?

  /// Bytes from the start of a `jmp rel32` to its rel32.
  public static let unconditionalFieldOffset = 1
  /// Bytes from the start of a `jcc rel32` to its rel32.
  public static let conditionalFieldOffset = 2
  public static let fieldSize = 4

  public var fieldOffset: Int {
    condition == nil ? PatchableJump.unconditionalFieldOffset : PatchableJump.conditionalFieldOffset
  }
  public var length: Int { fieldOffset + PatchableJump.fieldSize }
}

/// A call to an absolute address whose target can be changed in live code:
/// `movabs r11, target; call r11`. The return address is `offset + length`.
public struct PatchableCall: Hashable, Sendable {
  public let offset: Int

  /// Bytes from the start of the `movabs` to its imm64.
  public static let fieldOffset = 2
  public static let fieldSize = 8
  /// movabs (10) + call r11 (3).
  public static let length = 13

  /// Where execution resumes after the call: the return address, as an offset.
  public var returnOffset: Int { offset + PatchableCall.length }
}

/// A `movabs reg, imm64` whose immediate can be changed in live code (a cached shape, a
/// constant, a pointer).
public struct PatchableImmediate64: Hashable, Sendable {
  public let offset: Int
  public let register: Register

  /// Bytes from the start of the `movabs` to its imm64.
  public static let fieldOffset = 2
  public static let fieldSize = 8
  public static let length = 10
}

/// A patchable jump followed by room for code: an inline-cache site whose first case is written
/// over the jump (the fast path runs in line, falling out at the region's end), and whose jump is
/// written back when more cases come (they run out of line, behind it).
public struct PatchableRegion: Hashable, Sendable {
  /// The jump near the region's start; its target field is where `Patcher.retarget` writes.
  public let jump: PatchableJump
  /// The nops before the jump that align its field. They belong to the region: code written over
  /// it starts at the region's first byte, so once a case runs in line no padding runs.
  public let prefix: Int
  /// Bytes from the region's first byte to its end, where the code after it continues.
  public let length: Int

  public var offset: Int { jump.offset - prefix }
}

extension Assembler {
  /// A patchable jump to `label` with `length` bytes in all (the jump and int3 filler, never run
  /// until code is written over it): a site whose first case is patched in line.
  public func patchableRegion(jumpingTo label: Label, length: Int) -> PatchableRegion {
    let start = offset
    let jump = patchableJump(to: label)
    let prefix = jump.offset - start
    precondition(length >= prefix + jump.length, "a region holds at least its jump")
    for _ in (prefix + jump.length)..<length { int3() }
    return PatchableRegion(jump: jump, prefix: prefix, length: length)
  }

  /// A `jmp rel32` to `label`, retargetable later with `Patcher.retarget(_:in:to:)`.
  public func patchableJump(to label: Label) -> PatchableJump {
    padForField(at: PatchableJump.unconditionalFieldOffset, size: PatchableJump.fieldSize)
    let start = offset
    buffer.emit8(0xE9)
    let field = offset
    emitLabelField(label, width: 4)
    let site = PatchableJump(offset: start, condition: nil)
    checkSite(
      start: start, field: field, expectedFieldOffset: site.fieldOffset, size: PatchableJump.fieldSize,
      length: site.length)
    return site
  }

  /// A `jcc rel32` to `label`, retargetable later.
  public func patchableJump(_ condition: Condition, to label: Label) -> PatchableJump {
    padForField(at: PatchableJump.conditionalFieldOffset, size: PatchableJump.fieldSize)
    let start = offset
    buffer.emit8(0x0F)
    buffer.emit8(0x80 | condition.rawValue)
    let field = offset
    emitLabelField(label, width: 4)
    let site = PatchableJump(offset: start, condition: condition)
    checkSite(
      start: start, field: field, expectedFieldOffset: site.fieldOffset, size: PatchableJump.fieldSize,
      length: site.length)
    return site
  }

  /// `movabs r11, target; call r11`, retargetable later. Clobbers r11; the caller keeps
  /// rsp ≡ 0 (mod 16) at the call.
  public func patchableCall(_ target: UnsafeRawPointer) -> PatchableCall {
    padForField(at: PatchableCall.fieldOffset, size: PatchableCall.fieldSize)
    let start = offset
    emitOpcodePlusRegister(0xB8, Assembler.scratchRegister, rexW: true)
    let field = offset
    buffer.emit64(UInt64(UInt(bitPattern: target)))
    call(Assembler.scratchRegister)
    checkSite(
      start: start, field: field, expectedFieldOffset: PatchableCall.fieldOffset,
      size: PatchableCall.fieldSize,
      length: PatchableCall.length)
    return PatchableCall(offset: start)
  }

  /// `movabs destination, value`, whose value can be rewritten later.
  public func patchableMove(_ destination: Register, _ value: UInt64) -> PatchableImmediate64 {
    precondition(destination.size == .qword, "a patchable immediate loads a 64-bit register")
    padForField(at: PatchableImmediate64.fieldOffset, size: PatchableImmediate64.fieldSize)
    let start = offset
    emitOpcodePlusRegister(0xB8, destination, rexW: true)
    let field = offset
    buffer.emit64(value)
    checkSite(
      start: start, field: field, expectedFieldOffset: PatchableImmediate64.fieldOffset,
      size: PatchableImmediate64.fieldSize, length: PatchableImmediate64.length)
    return PatchableImmediate64(offset: start, register: destination)
  }

  /// Nops so that a field `fieldOffset` bytes into the next instruction is `size`-aligned.
  private func padForField(at fieldOffset: Int, size: Int) {
    nop(length: (size - (offset + fieldOffset) % size) % size)
  }

  /// The emit-time assertions every site makes.
  private func checkSite(start: Int, field: Int, expectedFieldOffset: Int, size: Int, length: Int) {
    precondition(
      field - start == expectedFieldOffset,
      "patchable field at +\(field - start), expected +\(expectedFieldOffset)")
    precondition(field % size == 0, "patchable field at \(field) is not \(size)-aligned")
    precondition(offset - start == length, "patchable site is \(offset - start) bytes, expected \(length)")
  }
}
