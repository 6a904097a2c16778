/// An x86-64 assembler in the style of asmjit: methods named after mnemonics and overloaded by
/// operand kind, registers as values, labels made with `makeLabel()` and placed with `bind(_:)`.
///
///     let asm = Assembler()
///     let done = asm.makeLabel()
///     asm.mov(.rax, .rdi)
///     asm.add(.rax, .rsi)
///     asm.jump(.overflow, to: slow)
///     asm.bind(done)
///     asm.ret()
///
/// Encoding lives in `Assembler+Encoding.swift` (prefixes, REX, ModRM, SIB); each instruction
/// family has its own file. Finished code goes to a `Patcher`, which installs it into
/// `ExecutableMemory`.
public final class Assembler {
  var buffer: CodeBuffer
  /// References to labels that were not bound when emitted, resolved by `finalize()` (one flat
  /// list: a JIT makes a label per branch target, and an array per label cost more than the
  /// instructions it emits).
  var pendingUses: [LabelUse] = []
  /// Where the first call instruction emitted ends, if any: the earliest return address into
  /// this code (see `Patcher.restoreJump`).
  public internal(set) var firstCallEnd: Int? = nil

  /// A reference from emitted code to a label that was not bound yet.
  struct LabelUse {
    let label: Label
    /// Where the 1- or 4-byte field starts.
    let fieldOffset: Int
    let width: Int
    /// The offset the field is relative to: the end of its instruction.
    let relativeTo: Int
    let addend: Int
  }

  /// - Parameter origin: the address the code will be installed at, when the emitter knows it
  ///   (`ExecutableMemory.nextAddress`): absolute calls and jumps then use rel32 when in range.
  ///   Code assembled with an origin must be installed at exactly that address.
  public init(origin: UInt64? = nil) {
    buffer = CodeBuffer(origin: origin)
  }

  /// Bytes emitted so far.
  public var offset: Int { buffer.count }
  public var bytes: [UInt8] { buffer.bytes }

  /// A new, unbound label.
  public func makeLabel() -> Label {
    buffer.addLabel()
  }

  /// Places `label` at the current offset; earlier references to it are resolved by `finalize()`.
  public func bind(_ label: Label) {
    buffer.bindLabel(label, at: buffer.count)
  }

  /// Whether `label` has been bound.
  public func isBound(_ label: Label) -> Bool { buffer.labelOffsets[label.id] != nil }

  /// The finished code. Every label used must be bound.
  public func finalize() -> CodeBuffer {
    for use in pendingUses {
      guard let target = buffer.labelOffsets[use.label.id] else {
        preconditionFailure("label \(use.label.id) is used but never bound")
      }
      resolve(use, target: target)
    }
    pendingUses = []
    return buffer
  }

  /// Records a reference to `label` from a field just emitted (or resolves it at once when the
  /// label is bound).
  func use(_ label: Label, fieldOffset: Int, width: Int, relativeTo: Int, addend: Int = 0) {
    let use = LabelUse(
      label: label, fieldOffset: fieldOffset, width: width, relativeTo: relativeTo, addend: addend)
    if let target = buffer.labelOffsets[label.id] {
      resolve(use, target: target)
    } else {
      pendingUses.append(use)
    }
  }

  private func resolve(_ use: LabelUse, target: Int) {
    let distance = target + use.addend - use.relativeTo
    if use.width == 1 {
      precondition(Int8(exactly: distance) != nil, "short branch out of range (\(distance) bytes)")
    } else {
      precondition(Int32(exactly: distance) != nil, "rel32 out of range")
    }
    buffer.overwrite(at: use.fieldOffset, littleEndian: UInt64(bitPattern: Int64(distance)), width: use.width)
  }

  // MARK: Data and alignment

  /// Raw bytes in the instruction stream (constants after the code, jump tables).
  public func emit(bytes: [UInt8]) {
    for byte in bytes { buffer.emit8(byte) }
  }

  /// A 64-bit constant, little-endian.
  public func emit(quadword value: UInt64) { buffer.emit64(value) }

  /// A double constant, for `movsd xmm, [rip + label]`.
  public func emit(double value: Double) { buffer.emit64(value.bitPattern) }

  /// Pads with multi-byte nops until the offset is a multiple of `alignment`.
  public func align(_ alignment: Int) {
    precondition(alignment > 0 && alignment & (alignment - 1) == 0, "alignment must be a power of two")
    let padding = (alignment - buffer.count % alignment) % alignment
    nop(length: padding)
  }
}
