import AdderAssembler
import Foundation
import Testing

/// One instruction form: the bytes GNU `as` produced for `source`, and the assembler call that
/// must produce the same bytes (asmjit's `TEST_INSTRUCTION("4801D1", add(rcx, rdx))`).
struct EncodingRow: Sendable, CustomTestStringConvertible {
  let expected: String
  let source: String
  let emit: @Sendable (Assembler) -> Void

  init(_ expected: String, _ source: String, _ emit: @escaping @Sendable (Assembler) -> Void) {
    self.expected = expected
    self.source = source
    self.emit = emit
  }

  var testDescription: String { source }

  /// What the assembler emits for this row, as space-separated hex.
  func assembled() -> String {
    let assembler = Assembler()
    emit(assembler)
    return hexString(assembler.finalize().bytes)
  }
}

@Suite struct EncodingTableTests {
  @Test func tableCoversAtLeast250Forms() {
    #expect(EncodingRow.all.count >= 250)
    #expect(Set(EncodingRow.all.map(\.source)).count == EncodingRow.all.count, "duplicate rows")
  }

  @Test(arguments: EncodingRow.all)
  func encodesLikeGNUAs(_ row: EncodingRow) {
    #expect(row.assembled() == row.expected, "\(row.source)")
  }

  /// Re-assembles every row's source with GNU `as` and checks the committed bytes against it.
  @Test(.enabled(if: GNUBinutils.isAvailable, "GNU as and objcopy are not on PATH"))
  func committedBytesStillMatchGNUAs() throws {
    let fromAs = try GNUBinutils.assemble(EncodingRow.all.map(\.source))
    #expect(fromAs.count == EncodingRow.all.count)
    for (row, bytes) in zip(EncodingRow.all, fromAs) {
      #expect(hexString(bytes) == row.expected, "as disagrees on \(row.source)")
    }
  }

  @Test func conditionNegationFlipsTheLowBit() {
    for condition in Condition.allCases {
      #expect(condition.negated.negated == condition)
      #expect(condition.negated.rawValue == condition.rawValue ^ 1)
    }
    #expect(Condition.equal.negated == .notEqual)
    #expect(Condition.less.negated == .greaterOrEqual)
    #expect(Condition.overflow.negated == .noOverflow)
  }

  @Test func ripRelativeLabelCountsTrailingImmediate() {
    // cmp qword [rip + constant], 5: the disp32 counts from the end of the imm8.
    let assembler = Assembler()
    let constant = assembler.makeLabel()
    assembler.cmp(Memory.rip(constant), 5)
    assembler.bind(constant)
    assembler.emit(quadword: 7)
    #expect(hexString(Array(assembler.bytes.prefix(8))) == "48 83 3d 00 00 00 00 05")
  }

  @Test func forwardShortBranchesAreResolvedByFinalize() {
    let assembler = Assembler()
    let done = assembler.makeLabel()
    assembler.jump(.equal, to: done, distance: .short)
    assembler.nop(length: 5)
    assembler.bind(done)
    #expect(hexString(Array(assembler.finalize().bytes.prefix(2))) == "74 05")
    let back = assembler.makeLabel()
    assembler.bind(back)
    assembler.nop(length: 200)
    assembler.jump(to: back)  // too far for rel8: rel32
    #expect(assembler.bytes[assembler.offset - 5] == 0xE9)
  }
}

/// GNU `as` + `objcopy`, to check the table where binutils is installed.
enum GNUBinutils {
  static func find(_ tool: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(tool)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  static var isAvailable: Bool { find("as") != nil && find("objcopy") != nil }

  /// Assembles each source (Intel syntax) and returns the bytes of each, in order. Row sizes
  /// come from a second section of `.byte end - start` entries.
  static func assemble(_ sources: [String]) throws -> [[UInt8]] {
    var lines = [".intel_syntax noprefix", ".text"]
    for (index, source) in sources.enumerated() {
      lines += [".Ls\(index):", source, ".Le\(index):"]
    }
    lines.append(".section .sizes,\"a\"")
    for index in sources.indices { lines.append(".byte .Le\(index)-.Ls\(index)") }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "adder-as-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = directory.appendingPathComponent("table.s")
    let object = directory.appendingPathComponent("table.o")
    let text = directory.appendingPathComponent("text.bin")
    let sizes = directory.appendingPathComponent("sizes.bin")
    try (lines.joined(separator: "\n") + "\n").write(to: source, atomically: true, encoding: .utf8)
    try run(find("as")!, [source.path, "-o", object.path])
    try run(find("objcopy")!, ["-O", "binary", "-j", ".text", object.path, text.path])
    try run(find("objcopy")!, ["-O", "binary", "-j", ".sizes", object.path, sizes.path])
    let code = [UInt8](try Data(contentsOf: text))
    var position = 0
    return try [UInt8](Data(contentsOf: sizes)).map { size in
      defer { position += Int(size) }
      return Array(code[position..<position + Int(size)])
    }
  }

  struct ToolFailed: Error {
    let tool: String
    let status: Int32
  }

  static func run(_ tool: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ToolFailed(tool: tool, status: process.terminationStatus)
    }
  }
}

func hexString(_ bytes: [UInt8]) -> String {
  bytes.map { byte in
    let digits = String(byte, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
  }.joined(separator: " ")
}
