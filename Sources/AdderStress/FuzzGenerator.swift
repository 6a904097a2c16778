/// Programs for `adder fuzz`: sites of every kind the JIT caches (arithmetic, bitwise and
/// augmented operators, comparisons as values and fused with branches, truth tests, unary
/// operators, subscript loads and stores, `len`, `for` loops, calls), each flipping between the
/// operand types its operator accepts over phases like the stress schedules. A program may end
/// with a risky operation (one that may raise), so exceptions are compared too.
public enum FuzzGenerator {
  public struct Operation: Sendable {
    public var op: String
    public var forms: [SiteForm]
    public var pairs: [(OperandKind, OperandKind)]
    /// Pairs that raise (or may): only ever the program's last operation.
    public var risky: [(OperandKind, OperandKind)]
  }

  static func all(_ left: [OperandKind], _ right: [OperandKind]) -> [(OperandKind, OperandKind)] {
    left.flatMap { a in right.map { b in (a, b) } }
  }

  static let numbers: [OperandKind] = [.int, .edge, .big, .float, .special, .round, .bool]
  static let integers: [OperandKind] = [.int, .edge, .big, .bool, .nonzero]
  static let divisors: [OperandKind] = [.nonzero, .positiveFloat, .big, .edge, .round]
  static let anything: [OperandKind] = [
    .int, .big, .float, .special, .bool, .str, .list, .tuple, .none, .list3, .tuple3, .dictStr, .range,
  ]
  static let containers: [OperandKind] = [.list3, .tuple3, .str3, .dictStr, .dictInt, .range, .str, .list]
  static let typeErrors: [(OperandKind, OperandKind)] = [
    (.none, .int), (.int, .none), (.str, .int), (.int, .str), (.list, .float), (.float, .tuple),
  ]

  static let arithmeticForms: [SiteForm] = [.expression, .augmented, .loop, .comprehension, .loopAugmented]

  /// A negative float to a fractional power is complex in CPython, which the subset leaves out
  /// (Adder raises "unsupported"), so `**` never pairs a float that can be negative with a float.
  public static let operations: [Operation] = {
    let add = AddSchedule.validPairs(OperandKind.addKinds, augmented: false)
    var table: [Operation] = [
      Operation(
        op: "+", forms: arithmeticForms + [.accumulate], pairs: add,
        risky: AddSchedule.raisingPairs(OperandKind.addKinds, augmented: false)),
      Operation(
        op: "-", forms: arithmeticForms + [.accumulate],
        pairs: all(numbers + [.huge], numbers).filter { $0.0 != .huge || !$0.1.isFloat },
        risky: typeErrors + [(.huge, .float)]),
      Operation(
        op: "*", forms: arithmeticForms,
        pairs: all(numbers, numbers) + all([.str, .list, .tuple, .str3], [.small, .bool])
          + all([.small], [.str, .tuple]),
        risky: typeErrors + [(.str, .str), (.list, .float), (.huge, .float)]),
      Operation(
        op: "/", forms: arithmeticForms, pairs: all(numbers, divisors),
        risky: typeErrors + [(.int, .bool), (.huge, .nonzero)]),
      Operation(
        op: "//", forms: arithmeticForms, pairs: all(numbers, divisors),
        risky: typeErrors + [(.float, .bool), (.int, .bool)]),
      Operation(
        op: "%", forms: arithmeticForms, pairs: all(numbers, divisors),
        risky: typeErrors + [(.int, .bool), (.special, .bool), (.str, .int)]),
      Operation(
        op: "**", forms: [.expression, .augmented, .loop],
        pairs: all([.int, .bool, .positiveFloat, .nonzero, .float], [.small]),
        risky: typeErrors + [(.positiveFloat, .float), (.int, .negativeIndex), (.index, .negativeIndex)]),
      Operation(
        op: "<<", forms: arithmeticForms, pairs: all(integers, [.small]),
        risky: typeErrors + [(.int, .negativeIndex), (.float, .small)]),
      Operation(
        op: ">>", forms: arithmeticForms, pairs: all(integers, [.small, .index]),
        risky: typeErrors + [(.int, .negativeIndex)]),
    ]
    for op in ["&", "|", "^"] {
      table.append(
        Operation(
          op: op, forms: arithmeticForms, pairs: all(integers, integers), risky: typeErrors + [(.float, .int)]
        ))
    }
    let orderable =
      all(numbers + [.huge], numbers + [.huge]) + [
        (.str, .str), (.str3, .str), (.list, .list), (.list3, .list3), (.tuple3, .tuple3),
      ]
    for op in ["<", "<=", ">", ">="] {
      table.append(
        Operation(
          op: op, forms: [.expression, .branch, .loop], pairs: orderable,
          risky: [
            (.int, .str), (.str, .int), (.list, .int), (.none, .none), (.tuple, .list), (.float, .none),
          ]))
    }
    for op in ["==", "!="] {
      table.append(
        Operation(op: op, forms: [.expression, .branch, .loop], pairs: all(anything, anything), risky: []))
    }
    table += [
      Operation(
        op: "-", forms: [.unary], pairs: all(numbers + [.huge], [.int]),
        risky: [(.str, .int), (.none, .int), (.list, .int)]),
      Operation(
        op: "~", forms: [.unary], pairs: all(integers, [.int]), risky: [(.float, .int), (.str, .int)]),
      Operation(op: "not", forms: [.unary], pairs: all(anything, [.int]), risky: []),
      Operation(
        op: "if", forms: [.truth], pairs: all(anything + [.special, .str3, .dictInt], [.int]), risky: []),
      Operation(
        op: "[]", forms: [.subscript],
        pairs: all([.list3, .tuple3, .str3], [.index, .negativeIndex, .bool]) + [
          (.dictStr, .key), (.dictInt, .index),
        ],
        risky: [
          (.list3, .key), (.dictStr, .index), (.list3, .big), (.str3, .float), (.int, .index),
          (.none, .index), (.list, .index),
        ]),
      Operation(
        op: "[]=", forms: [.store],
        pairs: [
          (.list3, .index), (.list3, .negativeIndex), (.dictStr, .key), (.dictInt, .index),
          (.dictStr, .index),
        ],
        risky: [(.tuple3, .index), (.str3, .index), (.list3, .key), (.list, .index), (.none, .index)]),
      Operation(
        op: "len", forms: [.length], pairs: all(containers, [.int]),
        risky: [(.int, .int), (.none, .int), (.float, .int)]),
      Operation(
        op: "for", forms: [.iterate], pairs: all(containers, [.int]), risky: [(.int, .int), (.none, .int)]),
      Operation(
        op: "call", forms: [.invoke], pairs: all([.callable], [.int, .edge, .big, .float, .bool, .round]),
        risky: [(.int, .int), (.none, .int), (.callable, .str), (.callable, .none)]),
    ]
    return table
  }()

  /// Program `index` of `seed`.
  public static func workload(seed: UInt64, index: Int) -> Workload {
    var random = SeededRandom(seed: seed, stream: UInt64(index) &+ 0x5EED)
    var sites: [Site] = []
    var risky: [(site: Int, pairs: [(OperandKind, OperandKind)])] = []
    for _ in 0..<random.int(3...8) {
      let operation = random.pick(operations)
      let form = random.pick(operation.forms)
      var pairs = operation.pairs
      if form == .accumulate {
        pairs = pairs.filter { OperandKind.totals.contains($0.0) && OperandKind.totals.contains($0.1) }
      }
      if pairs.isEmpty { continue }
      let op = operation.op == "if" ? "" : operation.op
      sites.append(Site(op: op, form: form, phases: phases(pairs, &random)))
      if !operation.risky.isEmpty { risky.append((sites.count - 1, operation.risky)) }
    }
    var finale: Finale? = nil
    if !risky.isEmpty, random.chance(0.5) {
      let (site, pairs) = random.pick(risky)
      let (a, b) = random.pick(pairs)
      finale = Finale(site: site, left: Operand(a, random.int(0...99)), right: Operand(b, random.int(0...99)))
    }
    return Workload(
      title: "adder fuzz: seed \(seed), program \(index) (a generated program)", sites: sites, finale: finale)
  }

  /// Shorter than the stress schedules (a fuzz program should take milliseconds): one pair, then
  /// more, then the first again.
  static func phases(_ pairs: [(OperandKind, OperandKind)], _ random: inout SeededRandom) -> [Phase] {
    let distinct = random.pick([1, 2, 3, 4, 5, 7])
    var chosen: [(OperandKind, OperandKind)] = []
    for pair in pairs.shuffled(using: &random) where chosen.count < distinct { chosen.append(pair) }
    var next = random.int(0...5_000)
    func phase(_ pool: [(OperandKind, OperandKind)], _ count: Int, _ random: inout SeededRandom) -> Phase {
      Phase.drawn(from: pool, count: count, next: &next, stride: 7, &random)
    }
    var phases = [phase([chosen[0]], random.int(30...150), &random)]
    if chosen.count > 1 {
      phases.append(phase(chosen, random.int(20...120), &random))
      phases.append(phase([chosen[0]], random.int(10...60), &random))
    }
    return phases
  }
}
