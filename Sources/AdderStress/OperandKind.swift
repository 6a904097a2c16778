/// One kind of operand the generators feed to a site: a name for `--types`, and the Python
/// expression (of the element's index `i`) that makes its values. Programs compute operands at run
/// time from these expressions, so a generated program stays small however long its phases are,
/// and every runtime sees the same values.
public struct OperandKind: Hashable, Sendable {
  public let name: String
  /// The body of `lambda i: ...`.
  public let python: String
  /// A class the values are instances of, defined before the `MAKE` table when the kind is used.
  public let definition: String?

  public init(name: String, python: String, definition: String? = nil) {
    self.name = name
    self.python = python
    self.definition = definition
  }
}

extension OperandKind {
  /// Small ints (both signs).
  public static let int = OperandKind(name: "int", python: "i * 7919 % 2000003 - 1000001")
  /// Ints at the ±2**62 boundary of the tagged small int: sums overflow into GMP big ints.
  public static let edge = OperandKind(
    name: "edge", python: "4611686018427387903 - i % 4 if i % 2 else -4611686018427387904 + i % 4")
  /// Big ints: just past the boundary (a sum with a small negative shrinks back to a small int)
  /// and far past it.
  public static let big = OperandKind(
    name: "big",
    python:
      "(4611686018427387904 + i % 5, -4611686018427387905 - i % 3, 10 ** 40 + i, -(10 ** 25) - 1000003 * i)[i % 4]"
  )
  /// Floats stored inline in the value word.
  public static let float = OperandKind(name: "float", python: "i * 0.37 - 11.5")
  /// Floats at the edges: infinities, nan, huge, subnormal, negative zero.
  public static let special = OperandKind(
    name: "special",
    python:
      "(float('inf'), float('-inf'), float('nan'), 1e300, 5e-324, -0.0, 1.7976931348623157e308, 2.5e-310)[i % 8]"
  )
  /// Ints a float cannot hold exactly (past 2**53; small and big): int + float must round
  /// correctly (half to even).
  public static let round = OperandKind(
    name: "round", python: "9007199254740993 + 2 * i if i % 2 else 1208925819614629174706177 + i * 134217728")
  /// An int too large for a float: int + float raises OverflowError.
  public static let huge = OperandKind(name: "huge", python: "10 ** 400 + i")
  public static let bool = OperandKind(name: "bool", python: "i % 3 == 0")
  public static let str = OperandKind(name: "str", python: "'ab' * (i % 3) + chr(97 + i % 26)")
  public static let list = OperandKind(name: "list", python: "[i, 'x'] * (i % 2)")
  public static let tuple = OperandKind(name: "tuple", python: "(i,) * (i % 3)")
  public static let none = OperandKind(name: "none", python: "None")
  /// Instances of a class with `__add__` and `__radd__` for ints (bools included) and its own
  /// kind, NotImplemented otherwise: `+` sites see user objects on either side.
  public static let money = OperandKind(
    name: "money", python: "Money(i % 101 - 50)",
    definition: """
      class Money:
          def __init__(self, cents):
              self.cents = cents
          def __add__(self, other):
              if isinstance(other, Money):
                  return Money(self.cents + other.cents)
              if isinstance(other, int):
                  return Money(self.cents + other)
              return NotImplemented
          def __radd__(self, other):
              if isinstance(other, int):
                  return Money(other + self.cents)
              return NotImplemented
          def __repr__(self):
              return 'Money(%d)' % self.cents
      """)
  /// Instances of a class with only `__radd__`, for strs: `s + tag` works, `tag + s` raises.
  public static let tag = OperandKind(
    name: "tag", python: "Tag(chr(97 + i % 26))",
    definition: """
      class Tag:
          def __init__(self, text):
              self.text = text
          def __radd__(self, other):
              if isinstance(other, str):
                  return other + '<' + self.text + '>'
              return NotImplemented
          def __repr__(self):
              return 'Tag(%r)' % self.text
      """)

  // Kinds the fuzzer adds for other operators.
  /// Small non-negative ints: shift counts, exponents, repeat counts.
  public static let small = OperandKind(name: "small", python: "i % 9")
  /// Non-zero divisors.
  public static let nonzero = OperandKind(name: "nonzero", python: "(i % 13 + 1) * (1 - 2 * (i % 2))")
  public static let positiveFloat = OperandKind(name: "pfloat", python: "i * 0.5 + 0.25")
  public static let list3 = OperandKind(name: "list3", python: "[i, i + 1, 'z', i * 0.5]")
  public static let tuple3 = OperandKind(name: "tuple3", python: "(i, 'y', -i)")
  public static let str3 = OperandKind(name: "str3", python: "'pqr' + str(i % 10)")
  public static let dictStr = OperandKind(name: "dictstr", python: "{'k0': i, 'k1': 'v', 'k2': 2.5}")
  public static let dictInt = OperandKind(name: "dictint", python: "{0: i, 1: 'a', 2: None, -1: 7}")
  public static let index = OperandKind(name: "index", python: "i % 3")
  public static let negativeIndex = OperandKind(name: "negindex", python: "-(i % 3) - 1")
  public static let key = OperandKind(name: "key", python: "'k' + str(i % 3)")
  public static let range = OperandKind(name: "range", python: "range(i % 7)")
  public static let callable = OperandKind(
    name: "callable", python: "(abs, lambda x: x * 2, repr, str, bool, lambda x: [x, x])[i % 6]")

  /// The kinds `adder stress add --types` accepts, in the order the table lists them.
  public static let addKinds: [OperandKind] = [
    .int, .edge, .big, .float, .special, .round, .huge, .bool, .str, .list, .tuple, .none, .money, .tag,
  ]

  /// Every kind any generator uses: the `MAKE` table of a program is this list, so a kind's
  /// number is the same in every program.
  public static let all: [OperandKind] =
    addKinds + [
      .small, .nonzero, .positiveFloat, .list3, .tuple3, .str3, .dictStr, .dictInt, .index,
      .negativeIndex, .key, .range, .callable,
    ]

  public var number: Int { OperandKind.all.firstIndex(of: self)! }

  /// The numeric kinds: any two of them add (except huge with a float).
  public static let numeric: [OperandKind] = [.int, .edge, .big, .float, .special, .round, .huge, .bool]

  /// Kinds a running total (`acc += y` over mixed pairs) can hold without raising: the numbers
  /// except huge, which cannot meet a float.
  public static let totals: [OperandKind] = [.int, .edge, .big, .float, .special, .round, .bool]

  /// The int kinds (bools included): what Money adds.
  public static let integers: [OperandKind] = [.int, .edge, .big, .round, .huge, .bool]

  public var isFloat: Bool { self == .float || self == .special || self == .positiveFloat }
}
