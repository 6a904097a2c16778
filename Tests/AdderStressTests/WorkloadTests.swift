import AdderSubprocess
import Testing

@testable import AdderStress

@Suite struct WorkloadTests {
  @Test func sameSeedSameProgram() {
    let a = AddSchedule.workload(seed: 7, round: 3, sites: 6, kinds: OperandKind.addKinds)
    let b = AddSchedule.workload(seed: 7, round: 3, sites: 6, kinds: OperandKind.addKinds)
    let c = AddSchedule.workload(seed: 7, round: 4, sites: 6, kinds: OperandKind.addKinds)
    #expect(a == b)
    #expect(a.pythonSource == b.pythonSource)
    #expect(a != c)
  }
}

@Suite struct ScheduleTests {
  @Test func pairsFollowPythonsRules() {
    let valid = AddSchedule.validPairs(OperandKind.addKinds, augmented: false)
    #expect(valid.contains { $0 == (.int, .float) })
    #expect(valid.contains { $0 == (.str, .str) })
    #expect(!valid.contains { $0 == (.huge, .float) })
    #expect(!valid.contains { $0 == (.list, .tuple) })
    #expect(AddSchedule.validPairs(OperandKind.addKinds, augmented: true).contains { $0 == (.list, .tuple) })
    let raising = AddSchedule.raisingPairs(OperandKind.addKinds, augmented: false)
    #expect(raising.contains { $0 == (.none, .int) })
    #expect(raising.contains { $0 == (.float, .huge) })
  }

  @Test func runningTotalsAreNumbersOnly() {
    for round in 0..<20 {
      let workload = AddSchedule.workload(seed: 2, round: round, sites: 8, kinds: OperandKind.addKinds)
      for site in workload.sites where site.form == .accumulate {
        for phase in site.phases {
          #expect((phase.left + phase.right).allSatisfy { OperandKind.numeric.contains($0.kind) })
        }
      }
    }
  }

  @Test func onlyTheKindsAskedFor() {
    let kinds: [OperandKind] = [.str, .list]
    let workload = AddSchedule.workload(seed: 9, round: 0, sites: 6, kinds: kinds)
    for site in workload.sites {
      for phase in site.phases { #expect((phase.left + phase.right).allSatisfy { kinds.contains($0.kind) }) }
    }
  }

  @Test func operandRunsAreCompact() {
    let operands =
      (0..<5).map { Operand(.int, 10 + $0) } + [Operand(.str, 3), Operand(.str, 9), Operand(.str, 15)]
      + [Operand(.str, 16), Operand(.int, 4), Operand(.int, 2)]
    #expect(
      Workload.runs(operands) == "[(0, 10, 5, 1), (8, 3, 3, 6), (8, 16, 1, 1), (0, 4, 1, 1), (0, 2, 1, 1)]")
  }
}

@Suite struct ShrinkerTests {
  /// A stand-in for a tier bug: the workload "fails" while any site still adds a none.
  @Test func shrinksToTheOneOperationThatFails() {
    var workload = AddSchedule.workload(seed: 4, round: 1, sites: 5, kinds: [.int, .float])
    let phase = Phase(
      left: [Operand(.int, 1), Operand(.none, 2), Operand(.int, 3)], right: (0..<3).map { Operand(.int, $0) })
    workload.sites[2].phases.append(phase)
    var shrinker = Shrinker(budget: 500) { candidate in
      candidate.sites.contains { $0.phases.contains { $0.left.contains { $0.kind == .none } } }
    }
    let reduced = shrinker.shrink(workload)
    #expect(reduced.sites.count == 1)
    #expect(reduced.sites[0].phases.map(\.count).reduce(0, +) == 1)
    #expect(reduced.sites[0].phases.flatMap(\.left) == [Operand(.none, 2)])
    #expect(shrinker.checks <= 500)
  }

  @Test func respectsItsBudget() {
    let workload = AddSchedule.workload(seed: 4, round: 1, sites: 5, kinds: [.int, .float])
    var shrinker = Shrinker(budget: 10) { _ in false }
    _ = shrinker.shrink(workload)
    #expect(shrinker.checks == 10)
  }
}

@Suite struct ReportingTests {
  @Test func parsesTheICStatisticsJSON() throws {
    let text = """
      {"sites": [
        {"file": "p.py", "line": 3, "column": 12, "function": "site_0", "op": "+", "state": "polymorphic",
         "hits": 90, "misses": 10, "missReasons": {"type": 4, "overflow": 6},
         "transitions": [{"from": "uninitialized", "to": "monomorphic", "reason": "type", "execution": 1},
                         {"from": "monomorphic", "to": "polymorphic", "reason": "type", "execution": 50}],
         "patches": 2, "bytesPatched": 120},
        {"file": "p.py", "line": 9, "column": 1, "function": "build", "op": "+", "state": "megamorphic",
         "hits": 5, "misses": 5, "missReasons": {}, "transitions": [], "patches": 0, "bytesPatched": 0},
        {"file": "p.py", "line": 4, "column": 5, "function": "site_1", "op": "[]", "state": "monomorphic",
         "hits": 1, "misses": 1, "missReasons": {}, "transitions": [], "patches": 1, "bytesPatched": 9}
      ], "summary": {"sites": 3, "hitRate": 0.5, "name": "a \\"q\\" \\u00e9"}}
      """
    let report = try #require(JSONValue.parse(text))
    #expect(report["summary"]?["name"]?.string == "a \"q\" é")
    var census = SiteCensus()
    census.add(report: report, operations: ["+", "+="])
    #expect(census.sites == 1)
    #expect(census.states == ["polymorphic": 1])
    #expect(census.missReasons == ["type": 4, "overflow": 6])
    #expect(census.transitions == ["uninitialized -> monomorphic": 1, "monomorphic -> polymorphic": 1])
    #expect(census.patches == 2 && census.bytesPatched == 120)
    #expect(census.hitRate == 0.9)
    #expect(JSONValue.parse("{\"a\": [1, 2,]}") == nil)
  }

  @Test func numbersReadWell() {
    #expect(grouped(1_234_567) == "1,234,567")
    #expect(grouped(999) == "999")
    #expect(grouped(-1000) == "-1,000")
    #expect(fixed(3.14159, 2) == "3.14")
    #expect(fixed(0.05, 1) == "0.1")
    #expect(fixed(12, 1) == "12.0")
  }

  @Test func comparisonNamesTheFirstDifference() {
    let a = ProcessResult(stdout: "1\n2\n3\n", stderr: "", status: 0, seconds: 0)
    var b = a
    b.stdout = "1\n2\n4\n"
    #expect(
      Differential.compare(a, "jit", b, "interpreter", wholeStderr: true)?.contains("at line 3") == true)
    #expect(Differential.compare(a, "jit", a, "interpreter", wholeStderr: true) == nil)
    var c = a
    c.status = 1
    c.stderr = "Traceback (most recent call last):\n  ...\nTypeError: x\n"
    var d = c
    d.stderr = "Traceback (most recent call last):\n  other frames\nTypeError: x\n"
    #expect(Differential.compare(c, "jit", d, "python3", wholeStderr: false) == nil)
    #expect(Differential.compare(c, "jit", d, "interpreter", wholeStderr: true) != nil)
    #expect(
      Differential.compare(a, "jit", c, "interpreter", wholeStderr: true)?.hasPrefix("exit status") == true)
  }
}

@Suite struct FuzzGeneratorTests {
  @Test func deterministicAndVaried() {
    #expect(FuzzGenerator.workload(seed: 3, index: 8) == FuzzGenerator.workload(seed: 3, index: 8))
    var forms: Set<SiteForm> = []
    var labels: Set<String> = []
    for index in 0..<300 {
      for site in FuzzGenerator.workload(seed: 3, index: index).sites {
        forms.insert(site.form)
        labels.insert(site.label)
      }
    }
    // Every form and every operation of the table turns up within a few hundred programs.
    #expect(forms == Set(SiteForm.allCases))
    let expected: Set<String> = [
      "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", ">", ">=", "==", "!=",
      "unary -",
      "~", "not", "if", "[]", "[]=", "len", "for", "call", "+=", "-=",
    ]
    #expect(expected.isSubset(of: labels), "missing: \(expected.subtracting(labels))")
  }

  /// Risky pairs come only as the finale: the phases use the operation's valid pairs.
  @Test func phasesUseValidPairs() {
    for index in 0..<100 {
      let workload = FuzzGenerator.workload(seed: 4, index: index)
      for site in workload.sites {
        let operation = FuzzGenerator.operations.first {
          $0.forms.contains(site.form) && ($0.op == site.op || ($0.op == "if" && site.form == .truth))
        }
        guard let operation else {
          Issue.record("no operation for \(site.op) \(site.form)")
          continue
        }
        for phase in site.phases {
          for (a, b) in zip(phase.left, phase.right) {
            #expect(
              operation.pairs.contains { $0 == (a.kind, b.kind) }
                || FuzzGenerator.operations.contains { op in
                  op.op == site.op && op.forms.contains(site.form)
                    && op.pairs.contains { $0 == (a.kind, b.kind) }
                })
          }
        }
      }
    }
  }
}
