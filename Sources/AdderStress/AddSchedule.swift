/// `adder stress add`'s work: K `+` sites in the forms Python code has (`a + b` in a function,
/// `+=` on a local, `+` in a loop, in a comprehension, a running total), each fed a schedule of
/// operand pairs over phases: a long monomorphic stretch, a second type mixed in, many types, and
/// back to the first. A site is aimed at ending monomorphic, polymorphic or megamorphic, so a
/// round sees every state.
public enum AddSchedule {
  public static let forms: [SiteForm] = [
    .expression, .augmented, .loop, .comprehension, .loopAugmented, .accumulate,
  ]

  /// The pairs `a + b` (or `a += b` when `augmented`) accepts, among `kinds`.
  public static func validPairs(_ kinds: [OperandKind], augmented: Bool) -> [(OperandKind, OperandKind)] {
    var pairs: [(OperandKind, OperandKind)] = []
    for a in kinds {
      for b in kinds where adds(a, b, augmented: augmented) { pairs.append((a, b)) }
    }
    return pairs
  }

  /// The pairs among `kinds` that raise (TypeError, or OverflowError for a huge int and a float).
  public static func raisingPairs(_ kinds: [OperandKind], augmented: Bool) -> [(OperandKind, OperandKind)] {
    var pairs: [(OperandKind, OperandKind)] = []
    for a in kinds {
      for b in kinds where !adds(a, b, augmented: augmented) { pairs.append((a, b)) }
    }
    return pairs
  }

  static func adds(_ a: OperandKind, _ b: OperandKind, augmented: Bool) -> Bool {
    let numeric = OperandKind.numeric
    if numeric.contains(a) && numeric.contains(b) {
      return !((a == .huge && b.isFloat) || (b == .huge && a.isFloat))
    }
    if a == .money || b == .money {
      let other = a == .money ? b : a
      return other == .money || OperandKind.integers.contains(other)
    }
    // Tag defines only __radd__, for a str on its left.
    if b == .tag { return a == .str }
    if a == b { return [.str, .list, .tuple].contains(a) }
    // `list += iterable` extends the list.
    return augmented && a == .list && (b == .tuple || b == .str)
  }

  /// Round `round` of `seed`: `sites` sites over `kinds`.
  public static func workload(seed: UInt64, round: Int, sites: Int, kinds: [OperandKind]) -> Workload {
    var random = SeededRandom(seed: seed, stream: UInt64(round))
    var generated: [Site] = []
    for _ in 0..<sites {
      var form = random.pick(forms)
      let augmented = form == .augmented || form == .loopAugmented || form == .accumulate
      var pairs = validPairs(kinds, augmented: augmented)
      if form == .accumulate {
        // A running total of strings or lists grows quadratically in the output, and one that
        // mixes pairs must never meet huge with a float: numbers other than huge only.
        let numeric = pairs.filter {
          OperandKind.totals.contains($0.0) && OperandKind.totals.contains($0.1)
        }
        if numeric.isEmpty { form = .loopAugmented } else { pairs = numeric }
      }
      if pairs.isEmpty { continue }
      generated.append(Site(op: "+", form: form, phases: phases(pairs, &random)))
    }
    var finale: Finale? = nil
    if !generated.isEmpty, random.chance(0.4) {
      let site = random.int(0...generated.count - 1)
      let form = generated[site].form
      let augmented = form == .augmented || form == .loopAugmented || form == .accumulate
      let raising = raisingPairs(kinds, augmented: augmented)
      if !raising.isEmpty {
        let (a, b) = random.pick(raising)
        finale = Finale(
          site: site, left: Operand(a, random.int(0...999)), right: Operand(b, random.int(0...999)))
      }
    }
    return Workload(
      title: "adder stress add: seed \(seed), round \(round) (a generated program)", sites: generated,
      finale: finale)
  }

  /// A long monomorphic stretch, then (for sites aimed at polymorphic or megamorphic) a second
  /// pair mixed in and more pairs, then the first pair again.
  static func phases(_ pairs: [(OperandKind, OperandKind)], _ random: inout SeededRandom) -> [Phase] {
    let aim = random.int(0...99)
    let distinct = aim < 25 ? 1 : aim < 55 ? random.int(2...4) : random.int(5...8)
    var chosen: [(OperandKind, OperandKind)] = []
    for pair in pairs.shuffled(using: &random) where chosen.count < distinct { chosen.append(pair) }
    var next = random.int(0...10_000)
    func phase(_ pool: [(OperandKind, OperandKind)], _ count: Int, _ random: inout SeededRandom) -> Phase {
      Phase.drawn(from: pool, count: count, next: &next, stride: 3, &random)
    }
    var phases = [phase([chosen[0]], random.int(300...1200), &random)]
    if chosen.count >= 2 {
      // Mostly the first pair: the second type arrives now and then.
      phases.append(phase([chosen[0], chosen[0], chosen[1]], random.int(100...300), &random))
    }
    if chosen.count >= 3 { phases.append(phase(chosen, random.int(150...400), &random)) }
    if chosen.count >= 2 { phases.append(phase([chosen[0]], random.int(200...500), &random)) }
    return phases
  }
}
