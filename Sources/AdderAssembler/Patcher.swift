import CAdderMemory

/// The one type that writes to code: it copies finished buffers into `ExecutableMemory` and
/// rewrites patchable sites in live code. Every write goes through `ExecutableMemory.write`, so
/// no mapping is ever writable and executable at once.
///
/// Patching protocol (see Design.md, "Patching"):
/// 1. A site's field is naturally aligned (asserted when emitted, and code is installed on a
///    64-byte boundary), so it is rewritten by one aligned store (`adder_store_release_32/64`).
///    A thread running the site sees the old or the new field, never a torn one.
/// 2. Only the field changes: the instruction's length and every other byte stay the same, so
///    return addresses into the code (a helper called from the site that patches it, another
///    frame further up) stay valid and land on the same instruction boundaries.
/// 3. x86-64 keeps instruction fetch coherent with stores, also through a second mapping of the
///    same page; no cache flush is needed. The next execution of a patched site may cost a
///    pipeline flush, so patch rarely (an inline cache patches once per state change).
///
/// One patcher for one memory; it is not itself thread-safe (the JIT patches from one thread
/// at a time, while any thread may be running the code).
public final class Patcher {
  public let memory: ExecutableMemory
  /// Patches made so far (stores into live code, not installs).
  public private(set) var patchCount = 0

  public init(memory: ExecutableMemory) {
    self.memory = memory
  }

  /// Copies `buffer` into executable memory and returns where it lives. A buffer assembled
  /// with an origin must land exactly there.
  public func install(_ buffer: CodeBuffer) throws -> InstalledCode {
    let offset = try memory.reserve(buffer.count)
    let installed = InstalledCode(memory: memory, memoryOffset: offset, buffer: buffer)
    if let origin = buffer.origin {
      precondition(
        UInt64(UInt(bitPattern: installed.address)) == origin,
        "code assembled for \(origin) would be installed elsewhere (assemble against memory.nextAddress)")
    }
    memory.write(at: offset, count: buffer.count) { destination in
      buffer.bytes.withUnsafeBytes { source in
        destination.copyMemory(from: source.baseAddress!, byteCount: source.count)
      }
    }
    return installed
  }

  /// Writes `buffer` (assembled for the region's address) over a region, nops after it to the
  /// region's end. Not atomic: only for a region no thread is executing (the site's miss handler
  /// runs from the site's own slow path, and Python code runs on one thread).
  public func write(_ buffer: CodeBuffer, over region: PatchableRegion, in code: InstalledCode) {
    precondition(code.memory === memory, "code belongs to another executable memory")
    precondition(buffer.count <= region.length, "code larger than its region")
    precondition(
      buffer.origin == UInt64(UInt(bitPattern: code.address(ofOffset: region.offset))),
      "code assembled for another address")
    var bytes = buffer.bytes
    let filler = Assembler()
    filler.nop(length: region.length - bytes.count)
    bytes += filler.finalize().bytes
    memory.write(at: code.memoryOffset + region.offset, count: bytes.count) { destination in
      bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }
    patchCount += 1
  }

  /// Writes a region's jump back over the code written there, jumping to `target`.
  /// The prefix's nops and the jump's opcode are written back, then its field: code written
  /// over the region must not call anything within those first bytes plus the field, so that a
  /// frame returning into the region (into code that called out) finds its bytes unchanged
  /// (`Assembler.firstCallEnd`).
  public func restoreJump(of region: PatchableRegion, in code: InstalledCode, to target: UnsafeRawPointer) {
    precondition(region.jump.condition == nil, "a region starts with an unconditional jump")
    let padding = Assembler()
    padding.nop(length: region.prefix)
    let bytes = padding.finalize().bytes + [0xE9]
    memory.write(at: code.memoryOffset + region.offset, count: bytes.count) { destination in
      bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }
    retarget(region.jump, in: code, to: target)
  }

  /// Points a patchable jump at `target` (anywhere within ±2 GiB of the site).
  public func retarget(_ site: PatchableJump, in code: InstalledCode, to target: UnsafeRawPointer) {
    let fieldOffset = site.offset + site.fieldOffset
    let end = code.address(ofOffset: site.offset + site.length)
    guard let displacement = Int32(exactly: target - end) else {
      preconditionFailure("jump target out of rel32 range")
    }
    store32(UInt32(bitPattern: displacement), at: fieldOffset, in: code)
  }

  /// Points a patchable jump at a label of the same code.
  public func retarget(_ site: PatchableJump, in code: InstalledCode, to label: Label) {
    retarget(site, in: code, to: code.address(of: label))
  }

  /// Points a patchable call at another C-convention function.
  public func retarget(_ site: PatchableCall, in code: InstalledCode, to target: UnsafeRawPointer) {
    store64(UInt64(UInt(bitPattern: target)), at: site.offset + PatchableCall.fieldOffset, in: code)
  }

  /// Rewrites the immediate of a patchable `movabs`.
  public func rewrite(_ site: PatchableImmediate64, in code: InstalledCode, to value: UInt64) {
    store64(value, at: site.offset + PatchableImmediate64.fieldOffset, in: code)
  }

  private func store32(_ value: UInt32, at fieldOffset: Int, in code: InstalledCode) {
    precondition(code.memory === memory, "code belongs to another executable memory")
    precondition(fieldOffset >= 0 && fieldOffset + 4 <= code.size, "field outside the code")
    let offset = code.memoryOffset + fieldOffset
    precondition(offset % 4 == 0, "misaligned 4-byte field")
    memory.write(at: offset, count: 4) { adder_store_release_32($0, value) }
    patchCount += 1
  }

  private func store64(_ value: UInt64, at fieldOffset: Int, in code: InstalledCode) {
    precondition(code.memory === memory, "code belongs to another executable memory")
    precondition(fieldOffset >= 0 && fieldOffset + 8 <= code.size, "field outside the code")
    let offset = code.memoryOffset + fieldOffset
    precondition(offset % 8 == 0, "misaligned 8-byte field")
    memory.write(at: offset, count: 8) { adder_store_release_64($0, value) }
    patchCount += 1
  }
}
