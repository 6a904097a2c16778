import Testing

/// The statcheck reader itself: a check that does not hold must be reported.
struct StatCheckTests {
  let statistics: [String: Any] = [
    "sites": [
      [
        "line": 3, "column": 12, "op": "+", "state": "polymorphic", "hits": 90, "misses": 10,
        "missReasons": ["type": 2, "overflow": 8, "condition": 0],
        "transitions": [["to": "monomorphic"], ["to": "polymorphic"], ["to": "polymorphic"]],
      ]
    ]
  ]

  @Test func holdingChecksReportNothing() {
    let checks = StatCheck.parse(
      "# statcheck: 3:12 + state=polymorphic hits>=90 misses<=10 misses.overflow>=8 transitions=0,1,P hitrate>=90"
    )
    #expect(checks.count == 1)
    #expect(checks[0].problems(in: statistics).isEmpty)
  }

  @Test func failingChecksAreReported() {
    let checks = StatCheck.parse("# statcheck: 3:12 + state=monomorphic hitrate>=99.9 misses.type<=1")
    #expect(checks[0].problems(in: statistics).count == 3)
    let missing = StatCheck.parse("# statcheck: 4:1 + hits>=1")
    #expect(missing[0].problems(in: statistics).first?.contains("no site") == true)
  }
}
