import AdderSubprocess

/// A generated program as data: sites (one function each, one operation site inside), the
/// phases of operands each site sees, and an optional last operation that raises. Generators build
/// it, `pythonSource` prints it, and the shrinker cuts it down while a mismatch persists; data
/// rather than text is what makes the reproducer minimal.
public struct Workload: Sendable, Equatable {
  public var title: String
  public var sites: [Site]
  /// One more operation after every phase, at a site that has warmed up: a pair that raises, so
  /// the exception's type and message are compared too (the subset has no `try`).
  public var finale: Finale?

  public init(title: String, sites: [Site], finale: Finale? = nil) {
    self.title = title
    self.sites = sites
    self.finale = finale
  }

  /// Whether a run of the program raised before its finale: the phases use pairs that must not
  /// raise, so that is a fault of the generator (the runtimes agreed, or it would be a mismatch),
  /// and the program checked less than it claims.
  public func raisedEarly(_ result: ProcessResult) -> Bool {
    result.status != 0 && !result.timedOut && !result.stderr.contains("print('finale', site_")
  }

  /// The operations the program runs (every element of every phase, and the finale).
  public var operations: Int {
    sites.reduce(0) { $0 + $1.phases.reduce(0) { $0 + $1.count } } + (finale == nil ? 0 : 1)
  }
}

/// An operand: the kind's value at an index (`MAKE[kind](index)` in the program).
public struct Operand: Hashable, Sendable {
  public var kind: OperandKind
  public var index: Int

  public init(_ kind: OperandKind, _ index: Int) {
    self.kind = kind
    self.index = index
  }
}

/// A stretch of executions of one site: element `i` applies the operation to `left[i]` and
/// `right[i]`.
public struct Phase: Sendable, Equatable {
  public var left: [Operand]
  public var right: [Operand]

  public init(left: [Operand], right: [Operand]) {
    precondition(left.count == right.count)
    self.left = left
    self.right = right
  }

  public var count: Int { left.count }

  /// `count` elements, each a pair drawn from `pool`; operand indices count up from `next`
  /// (the right operand's index strided, so the two sides see different values).
  public static func drawn(
    from pool: [(OperandKind, OperandKind)], count: Int, next: inout Int, stride: Int,
    _ random: inout SeededRandom
  ) -> Phase {
    var left: [Operand] = []
    var right: [Operand] = []
    for _ in 0..<count {
      let (a, b) = random.pick(pool)
      left.append(Operand(a, next))
      right.append(Operand(b, next * stride + 1))
      next += 1
    }
    return Phase(left: left, right: right)
  }

  /// The elements in `range` only.
  public func slice(_ range: Range<Int>) -> Phase {
    Phase(left: Array(left[range]), right: Array(right[range]))
  }
}

public struct Finale: Sendable, Equatable {
  public var site: Int
  public var left: Operand
  public var right: Operand

  public init(site: Int, left: Operand, right: Operand) {
    self.site = site
    self.left = left
    self.right = right
  }
}

/// How a site's operation appears in its function; the forms that take lists run the operation
/// in a loop inside the function (the site then runs many times per call).
public enum SiteForm: String, Sendable, CaseIterable {
  /// `return a OP b`
  case expression
  /// `x = a; x OP= b`
  case augmented
  /// `out.append(xs[i] OP ys[i])` in a `for` loop.
  case loop
  /// `[x OP y for x, y in zip(xs, ys)]`
  case comprehension
  /// `t = xs[i]; t OP= ys[i]` in a `for` loop.
  case loopAugmented
  /// `acc OP= y` for each `y`, starting from `xs[0]`: a running total that can overflow.
  case accumulate
  /// `if a OP b:` (a comparison fused with its branch).
  case branch
  /// `return OP a`
  case unary
  /// `if a:` (a truth test).
  case truth
  /// `return a[b]`
  case `subscript`
  /// `a[b] = 'w'`
  case store
  /// `return len(a)`
  case length
  /// `for x in a:`
  case iterate
  /// `return a(b)`
  case invoke

  /// Whether the site's function takes the whole operand lists (and loops itself).
  public var takesLists: Bool {
    switch self {
    case .loop, .comprehension, .loopAugmented, .accumulate: true
    default: false
    }
  }
}

public struct Site: Sendable, Equatable {
  /// The operator as Python spells it (`+`, `<`, `-` for unary minus, ...); unused by forms
  /// that fix their operation (truth, subscript, store, length, iterate, invoke).
  public var op: String
  public var form: SiteForm
  public var phases: [Phase]

  public init(op: String, form: SiteForm, phases: [Phase]) {
    self.op = op
    self.form = form
    self.phases = phases
  }
}
