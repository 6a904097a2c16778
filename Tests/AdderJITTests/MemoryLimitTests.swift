import Foundation
import Testing

/// Huge values end in a Python exception, never a crash: each program runs under `ulimit -v`
/// (4 GB of address space, as a small machine would have) in both tiers, and must print a
/// traceback ending in the exception CPython 3.11 raises, with exit status 1.
struct MemoryLimitTests {
  static let cases: [(source: String, error: String)] = [
    ("s = 'a' * 10**11", "MemoryError"),
    ("x = [0] * 2**59", "MemoryError"),
    ("t = (0,) * 2**60", "MemoryError"),
    ("x = 1 << 2**61", "MemoryError"),
    ("x = 2 ** (2**40)", "MemoryError"),
    ("s = '{:2000000000000}'.format(1)", "MemoryError"),
    ("s = f'{1:{2**62}}'", "MemoryError"),
    ("s = '%2000000000000d' % 1", "MemoryError"),
    ("x = list(range(2**62))", "MemoryError"),
    // Operands that fit, a product that does not: GMP's allocation fails inside the guard.
    ("x = 1 << 2**33\ny = x * x", "MemoryError"),
    ("x = [0] * 2**63", "OverflowError: cannot fit 'int' into an index-sized integer"),
    ("s = 'ab' * 2**62", "OverflowError: repeated string is too long"),
  ]

  @Test(arguments: 0..<cases.count)
  func raisesInBothTiers(_ index: Int) throws {
    let (source, error) = Self.cases[index]
    let program = "print('start')\n" + source + "\nprint('not reached')\n"
    let compiled = try Self.runLimited(program, flags: [])
    let interpreted = try Self.runLimited(program, flags: ["--no-jit"])
    for result in [compiled, interpreted] {
      #expect(result.status == 1, "\(source): \(result.stderr)")
      #expect(result.stdout == "start\n", "\(source)")
      #expect(result.stderr.hasPrefix("Traceback (most recent call last):\n"), "\(source): \(result.stderr)")
      #expect(result.stderr.hasSuffix("\n\(error)\n"), "\(source): \(result.stderr)")
    }
    #expect(compiled == interpreted)
  }

  /// Runs `adder run FLAGS FILE` under `bash -c 'ulimit -v 4000000; exec ...'`.
  static func runLimited(_ source: String, flags: [String]) throws -> AdderProcess.Result {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "adder-memory-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try source.write(to: directory.appendingPathComponent("huge.py"), atomically: true, encoding: .utf8)
    let command = "ulimit -v 4000000; exec \"$0\" run \"$@\" huge.py"
    let result = try AdderProcess.execute(
      ["-c", command, AdderProcess.binary] + flags, in: directory, executable: "/bin/bash")
    return AdderProcess.withoutDirectory(result, directory)
  }
}
