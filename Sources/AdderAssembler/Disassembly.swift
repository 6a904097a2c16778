import Foundation

/// A listing of machine code for people, by binutils' objdump
/// (`objdump -D -b binary -mi386:x86-64 -M intel`). Not used by the assembler itself.
public enum Disassembly {
  /// objdump's path, when it is installed.
  public static let objdumpPath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let candidates = path.split(separator: ":").map { "\($0)/objdump" } + ["/usr/bin/objdump"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  public static var isAvailable: Bool { objdumpPath != nil }

  /// One line per instruction, `address: bytes  mnemonic operands`, or nil without objdump.
  public static func listing(of bytes: [UInt8], address: UInt64 = 0) -> String? {
    guard let objdump = objdumpPath, !bytes.isEmpty else { return nil }
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "adder-disassembly-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max)).bin"
      )
    defer { try? FileManager.default.removeItem(at: file) }
    do {
      try Data(bytes).write(to: file)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: objdump)
      process.arguments = [
        "-D", "-b", "binary", "-mi386:x86-64", "-M", "intel", "--adjust-vma=0x\(String(address, radix: 16))",
        file.path,
      ]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else { return nil }
      let text = String(decoding: data, as: UTF8.self)
      // Keep the instruction lines: "  addr:\tbytes\tinstruction".
      let lines = text.split(separator: "\n").filter { $0.contains(":\t") }
      return lines.joined(separator: "\n")
    } catch {
      return nil
    }
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
