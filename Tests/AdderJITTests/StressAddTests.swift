import Foundation
import Testing

/// `adder stress add` end to end, through the binary: a bounded run finds no mismatch and reports
/// every part; a deliberately different "python" is caught, shrunk and saved as a reproducer.
@Suite(.serialized) struct StressAddTests {
  static func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "adder-stress-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  static var python: String? {
    ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @Test func boundedRunAgreesEverywhere() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    var arguments = ["stress", "add", "--seed", "11", "--rounds", "4", "--sites", "8", "--json"]
    if let python = Self.python { arguments += ["--against", python] }
    let result = try AdderProcess.execute(arguments, in: directory)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(report["mismatches"] as? Int == 0)
    #expect(report["rounds"] as? Int == 4)
    #expect((report["additions"] as? Int ?? 0) > 10_000)
    #expect(report["sites"] as? Int == 32)
    // The schedules aim sites at every state; four rounds reach each of them.
    let states = try #require(report["states"] as? [String: Int])
    for state in ["monomorphic", "polymorphic", "megamorphic"] {
      #expect((states[state] ?? 0) > 0, "no \(state) site: \(states)")
    }
    #expect((report["patches"] as? Int ?? 0) > 32)
    let reasons = try #require(report["missReasons"] as? [String: Int])
    #expect((reasons["overflow"] ?? 0) > 0, "the edge ints overflow: \(reasons)")
    let rows = try #require(report["throughput"] as? [[String: Any]])
    #expect(rows.map { $0["state"] as? String } == ["monomorphic", "polymorphic", "megamorphic"])
    for row in rows {
      #expect(row["observedState"] as? String == row["state"] as? String)
      #expect((row["jitPerSecond"] as? Double ?? 0) > 0)
    }
  }

  /// The same seed gives the same programs, so the same IC history (patch bytes aside: an
  /// immediate's encoding depends on where the heap and code were mapped).
  @Test func sameSeedSameCensus() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let arguments = [
      "stress", "add", "--seed", "5", "--rounds", "2", "--sites", "4", "--no-throughput", "--json",
    ]
    var reports: [[String: Any]] = []
    for _ in 0..<2 {
      let result = try AdderProcess.execute(arguments, in: directory)
      #expect(result.status == 0)
      reports.append(
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]))
    }
    for key in ["additions", "hits", "misses", "patches", "sites"] {
      #expect(reports[0][key] as? Int == reports[1][key] as? Int, "\(key)")
    }
    for key in ["states", "transitions", "missReasons"] {
      #expect(reports[0][key] as? [String: Int] == reports[1][key] as? [String: Int], "\(key)")
    }
    let table = try AdderProcess.execute(Array(arguments.dropLast()), in: directory)
    #expect(table.stdout.contains("IC states of the `+` sites at exit (8 sites)"))
  }

  /// A "python3" that prints `INF` for `inf` stands in for a runtime with a wrong fast path: the
  /// run must stop with exit 1 and save a reproducer cut down to the one operation that differs.
  @Test func mismatchIsShrunkToAReproducer() throws {
    let python = try #require(Self.python, "needs python3")
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fake = directory.appendingPathComponent("fake-python")
    try "#!/bin/sh\n\(python) \"$@\" | sed 's/inf/INF/g'\n".write(to: fake, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    let result = try AdderProcess.execute(
      [
        "stress", "add", "--seed", "3", "--rounds", "3", "--sites", "3", "--types", "float,special",
        "--against", fake.path, "--repro-dir", directory.path, "--no-throughput",
      ], in: directory)
    #expect(result.status == 1)
    #expect(result.stdout.contains("MISMATCH: stdout differs (jit vs python3)"))
    let saved = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
      $0.hasPrefix("adder-stress-repro-seed3-round")
    }
    let name = try #require(saved.first)
    let reproducer = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    #expect(!reproducer.contains("def site_1"))
    // One print of one phase, whose operand lists are one run each of a single element.
    let prints = reproducer.split(separator: "\n").filter { $0.hasPrefix("print(") }
    #expect(prints.count == 1)
    #expect(reproducer.contains(", 1, 1)])\nB = build([("))
  }
}
