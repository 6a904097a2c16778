import Foundation
import Testing

/// `adder fuzz` as CI runs it: a bounded batch of generated programs agrees on the JIT, the
/// interpreter and CPython (when the machine has it; the tiers alone otherwise).
struct FuzzTests {
  @Test func twoHundredProgramsAgree() throws {
    let directory = try StressAddTests.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let against = StressAddTests.python ?? "none"
    let result = try AdderProcess.execute(
      ["fuzz", "--seed", "2026", "--programs", "200", "--against", against, "--repro-dir", directory.path],
      in: directory)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("200 programs"))
    #expect(result.stdout.contains(" 0 mismatches"), "\(result.stdout)")
    // Only a program's last operation may raise; earlier ones use pairs that must not.
    #expect(result.stdout.contains("(0 before their last operation)"), "\(result.stdout)")
    if against == "none" { print("FuzzTests: no python3 on this machine; compared the two tiers only") }
  }

  @Test func showPrintsTheProgram() throws {
    let directory = try StressAddTests.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let shown = try AdderProcess.execute(["fuzz", "--seed", "9", "--show", "4"], in: directory)
    #expect(shown.status == 0)
    #expect(shown.stdout.hasPrefix("# adder fuzz: seed 9, program 4"))
    let again = try AdderProcess.execute(["fuzz", "--seed", "9", "--show", "4"], in: directory)
    #expect(again.stdout == shown.stdout)
  }
}
