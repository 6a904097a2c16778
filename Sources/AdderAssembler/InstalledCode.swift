/// Code a `Patcher` has copied into executable memory: where it starts, where its labels ended
/// up, and how to call it.
///
/// Holds its `ExecutableMemory`, so the pages stay mapped while any `InstalledCode` (or a function
/// pointer taken from one, as long as the `InstalledCode` is kept) is alive.
public struct InstalledCode: @unchecked Sendable {
  public let memory: ExecutableMemory
  /// Offset of the code within `memory`.
  let memoryOffset: Int
  public let size: Int
  let labelOffsets: [Int?]

  init(memory: ExecutableMemory, memoryOffset: Int, buffer: CodeBuffer) {
    self.memory = memory
    self.memoryOffset = memoryOffset
    self.size = buffer.count
    self.labelOffsets = buffer.labelOffsets
  }

  /// The first byte, in the executable view.
  public var address: UnsafeRawPointer { memory.executableAddress(memoryOffset) }

  /// The absolute address of a byte offset of the code.
  public func address(ofOffset offset: Int) -> UnsafeRawPointer {
    precondition(offset >= 0 && offset <= size, "offset outside the installed code")
    return address + offset
  }

  /// The absolute address a label was bound to.
  public func address(of label: Label) -> UnsafeRawPointer {
    guard let offset = labelOffsets[label.id] else {
      preconditionFailure("label \(label.id) was never bound")
    }
    return address(ofOffset: offset)
  }

  /// The code at `label` (or at its start) as a callable C function:
  ///
  ///     let sum = code.function(as: (@convention(c) (Int) -> Int).self)
  public func function<Function>(as type: Function.Type, at label: Label? = nil) -> Function {
    precondition(
      MemoryLayout<Function>.size == MemoryLayout<UnsafeRawPointer>.size, "not a C function pointer type")
    let entry = label.map { address(of: $0) } ?? address
    return unsafeBitCast(entry, to: type)
  }

  /// The installed bytes, read from the executable view.
  public var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: address, count: size)) }

  /// objdump's listing of the installed code at its real addresses, or nil without objdump.
  public func disassembly() -> String? {
    Disassembly.listing(of: bytes, address: UInt64(UInt(bitPattern: address)))
  }
}
