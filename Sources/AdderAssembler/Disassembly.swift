import AdderSubprocess

#if canImport(Glibc)
  import Glibc
#endif

/// A listing of machine code for people, by binutils' objdump
/// (`objdump -D -b binary -mi386:x86-64 -M intel`). Not used by the assembler itself.
public enum Disassembly {
  /// objdump's path, when it is installed.
  public static let objdumpPath: String? = Subprocess.findExecutable("objdump")

  public static var isAvailable: Bool { objdumpPath != nil }

  /// One line per instruction, `address: bytes  mnemonic operands`, or nil without objdump.
  public static func listing(of bytes: [UInt8], address: UInt64 = 0) -> String? {
    guard let objdump = objdumpPath, !bytes.isEmpty else { return nil }
    let directory = Subprocess.scratchDirectory()
    let file = directory + "/code.bin"
    defer {
      unlink(file)
      rmdir(directory)
    }
    guard Subprocess.writeFile(file, bytes: bytes) else { return nil }
    let result = Subprocess.run([
      objdump, "-D", "-b", "binary", "-mi386:x86-64", "-M", "intel",
      "--adjust-vma=0x\(String(address, radix: 16))", file,
    ])
    guard result.status == 0 else { return nil }
    // Keep the instruction lines: "  addr:\tbytes\tinstruction".
    return result.stdout.split(separator: "\n").filter { $0.contains(":\t") }.joined(separator: "\n")
  }
}

extension CodeBuffer {
  /// objdump's listing of the buffer (offsets from 0, or from `origin`), or nil without objdump.
  public func disassembly() -> String? { Disassembly.listing(of: bytes, address: origin ?? 0) }
}

extension Assembler {
  /// objdump's listing of what has been emitted so far.
  public func disassembly() -> String? { buffer.disassembly() }
}
