import CAdderSupport

/// Comparison, equality, hashing and truth: the semantics behind `< <= == != > >=`, `in`, dict
/// keys and every `if`.
public enum ComparisonOperator: Int, Sendable {
  case less, lessEqual, equal, notEqual, greater, greaterEqual

  var symbol: String {
    switch self {
    case .less: return "<"
    case .lessEqual: return "<="
    case .equal: return "=="
    case .notEqual: return "!="
    case .greater: return ">"
    case .greaterEqual: return ">="
    }
  }

  /// Whether a three-way result (-1, 0, 1) satisfies the operator.
  @inline(__always)
  func holds(_ order: Int) -> Bool {
    switch self {
    case .less: return order < 0
    case .lessEqual: return order <= 0
    case .equal: return order == 0
    case .notEqual: return order != 0
    case .greater: return order > 0
    case .greaterEqual: return order >= 0
    }
  }
}

/// `a op b` as a Python bool.
public func compare(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PythonError) -> Value {
  if a.isSmallInt && b.isSmallInt {
    let x = Int64(bitPattern: a.raw)
    let y = Int64(bitPattern: b.raw)
    return Value(bool: op.holds(x < y ? -1 : (x == y ? 0 : 1)))
  }
  if Dunders.hasClass(a) || Dunders.hasClass(b) { return try Dunders.compare(a, b, op) }
  return Value(bool: try compareSlow(a, b, op))
}

@inline(never)
func compareSlow(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PythonError) -> Bool {
  if Dunders.hasClass(a) || Dunders.hasClass(b) { return try isTruthy(try Dunders.compare(a, b, op)) }
  if op == .equal { return try equals(a, b) }
  if op == .notEqual { return try !equals(a, b) }
  if (a.isList && b.isList) || (a.isTuple && b.isTuple) {
    try NativeRecursion.enter(" in comparison")
    defer { NativeRecursion.leave() }
    return try Sequences.lexicographic(a, b, op)
  }
  if a.isAnySet && b.isAnySet { return try Sets.compare(a, b, op) }
  if let result = try DictViewSets.compare(a, b, op) { return result }
  if let order = try order(a, b) { return op.holds(order) }
  // A NaN compares false with everything.
  if (a.isFloat && a.double.isNaN) || (b.isFloat && b.double.isNaN) {
    if isNumber(a) && isNumber(b) { return false }
  }
  throw raise(
    .typeError,
    "'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
}

@inline(__always)
func isNumber(_ v: Value) -> Bool { isIntLike(v) || v.isFloat }

/// Three-way order for orderable pairs; nil when the types do not order (or a NaN is involved).
func order(_ a: Value, _ b: Value) throws(PythonError) -> Int? {
  if isIntLike(a) && isIntLike(b) { return IntArithmetic.compare(a, b) }
  if a.isFloat && b.isFloat {
    let (x, y) = (a.double, b.double)
    if x.isNaN || y.isNaN { return nil }
    return x < y ? -1 : (x == y ? 0 : 1)
  }
  if a.isFloat && isIntLike(b) { return compareIntFloat(b, a.double).map { -$0 } }
  if isIntLike(a) && b.isFloat { return compareIntFloat(a, b.double) }
  if a.isStr && b.isStr { return Strings.compare(a, b) }
  return nil
}

/// Exact comparison of an int with a double (no rounding of the int); nil for NaN.
func compareIntFloat(_ i: Value, _ d: Double) -> Int? {
  if d.isNaN { return nil }
  if let x = IntArithmetic.small(i), abs(x) <= 1 << 53 {
    let y = Double(x)
    return y < d ? -1 : (y == d ? 0 : 1)
  }
  if d.isInfinite { return d > 0 ? -1 : 1 }
  return withMpz(i) { z in Int(__gmpz_cmp_d(z, d).signum()) }
}

/// `a == b` as Python decides it (never raises for mismatched types).
public func equals(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
  if a == b {
    // The same object is equal to itself, except a float NaN.
    return !(a.isFloat && a.double.isNaN)
  }
  if isNumber(a) && isNumber(b) { return try order(a, b) == 0 }
  if Dunders.hasClass(a) || Dunders.hasClass(b) { return try isTruthy(try Dunders.compare(a, b, .equal)) }
  guard a.isHeapObject && b.isHeapObject else { return false }
  // A set equals a frozenset with the same keys.
  if a.isAnySet && b.isAnySet { return try Sets.equal(a, b) }
  let tag = a.objectTag
  guard tag == b.objectTag else {
    // A keys or items view equals a set of its keys or items.
    if tag == .dictView || b.objectTag == .dictView { return try DictViewSets.equal(a, b) ?? false }
    return false
  }
  switch tag {
  case .str: return StrObject.equal(StrObject(a), StrObject(b))
  case .list, .tuple, .dict:
    try NativeRecursion.enter(" in comparison")
    defer { NativeRecursion.leave() }
    return tag == .dict ? try Dicts.equal(a, b) : try Sequences.equal(a, b)
  case .range:
    // Ranges are equal when they hold the same items.
    let (x, y) = (RangeObject(a), RangeObject(b))
    let count = try x.length()
    if IntArithmetic.compare(count, try y.length()) != 0 { return false }
    if IntArithmetic.sign(count) == 0 { return true }
    if IntArithmetic.compare(x.start, y.start) != 0 { return false }
    return IntArithmetic.compare(count, Value(smallInt: 1)) == 0 || IntArithmetic.compare(x.step, y.step) == 0
  case .boundMethod:
    // Bound methods are equal when they bind the same object to equal functions (CPython 3.8+).
    let (x, y) = (MethodObject(a), MethodObject(b))
    return x.receiver == y.receiver && x.function == y.function
  case .dictView:
    // Keys and items views compare as sets; values views only by identity.
    return try DictViewSets.equal(a, b) ?? false
  default: return false
  }
}

/// Dict-key equality: identity first (as CPython), then `==`.
@inline(__always)
func keysEqual(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
  if a == b { return true }
  return try equals(a, b)
}

let hashModulus = (1 << 61) - 1

/// Python's hash(): equal numbers hash equally across int, float and bool.
public func hashValue(_ v: Value) throws(PythonError) -> Int {
  if v.isSmallInt {
    let n = v.smallInt
    var h = abs(n) % hashModulus
    if n < 0 { h = -h }
    return h == -1 ? -2 : h
  }
  if v.isStr { return StrObject(v).hash }
  if v.isBool { return v == .true ? 1 : 0 }
  if v.isFloat { return hashDouble(v.double) }
  if v.isBigInt {
    let mpz = BigIntObject(v).mpz
    var h = Int(__gmpz_tdiv_ui(mpz, UInt(hashModulus)))
    if adder_mpz_sgn(mpz) < 0 { h = -h }
    return h == -1 ? -2 : h
  }
  if v.isTuple {
    // CPython's xxHash-based tuple hash.
    let tuple = TupleObject(v)
    var acc: UInt = 2_870_177_450_012_600_261
    for i in 0..<tuple.count {
      let lane = UInt(bitPattern: try hashValue(tuple[i]))
      acc = acc &+ lane &* 14_029_467_366_897_019_727
      acc = (acc << 31) | (acc >> 33)
      acc = acc &* 11_400_714_785_074_694_791
    }
    acc = acc &+ (UInt(tuple.count) ^ (2_870_177_450_012_600_261 ^ 3_527_539))
    let h = Int(bitPattern: acc)
    return h == -1 ? 1_546_275_796 : h
  }
  if v.isHeapObject {
    switch v.objectTag {
    case .list, .dict, .dictView, .slice, .set:
      throw raise(.typeError, "unhashable type: '\(typeName(v))'")
    case .instance, .exception: return try Dunders.hash(v)
    case .boundMethod:
      let method = MethodObject(v)
      return identityHash(method.receiver) ^ identityHash(method.function)
    case .frozenSet: return SetObject(v).frozenHash()
    default: break
    }
  }
  // Identity hash for None, functions, types, modules ...
  return Int(bitPattern: UInt(v.raw >> 3))
}

func hashDouble(_ value: Double) -> Int {
  if !value.isFinite {
    if value.isInfinite { return value > 0 ? 314_159 : -314_159 }
    return 0
  }
  let bits = 61
  let modulus = UInt(hashModulus)
  let parts = value.significandAndExponent
  var m = parts.0
  var e = parts.1
  var sign = 1
  if m < 0 {
    sign = -1
    m = -m
  }
  var x: UInt = 0
  while m != 0 {
    x = ((x << 28) & modulus) | x >> (bits - 28)
    m *= 268_435_456.0
    e -= 28
    let y = UInt(m)
    m -= Double(y)
    x += y
    if x >= modulus { x -= modulus }
  }
  e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
  x = ((x << e) & modulus) | x >> (bits - e)
  var h = Int(bitPattern: x) * sign
  if h == -1 { h = -2 }
  return h
}

extension Double {
  /// frexp: (m, e) with value = m * 2**e and 0.5 <= |m| < 1.
  var significandAndExponent: (Double, Int) {
    if self == 0 { return (self, 0) }
    let e = Int(exponent) + 1
    return (self / Double(sign: .plus, exponent: e, significand: 1), e)
  }
}

/// Python truthiness.
@inline(__always)
public func isTruthy(_ v: Value) throws(PythonError) -> Bool {
  if v == .true { return true }
  if v == .false || v == .none { return false }
  if v.isSmallInt { return v.raw != 1 }
  return try isTruthySlow(v)
}

@inline(never)
func isTruthySlow(_ v: Value) throws(PythonError) -> Bool {
  if v.isInlineFloat { return v.inlineFloat != 0 }
  guard v.isHeapObject else { return true }
  switch v.objectTag {
  case .bigInt: return true
  case .float: return FloatObject(v).double != 0
  case .str: return StrObject(v).byteCount != 0
  case .list: return ListObject(v).count != 0
  case .tuple: return TupleObject(v).count != 0
  case .dict: return DictObject(v).count != 0
  case .range: return IntArithmetic.sign(try RangeObject(v).length()) != 0
  case .dictView: return DictViewObject(v).dict.count != 0
  case .instance, .exception: return try Dunders.truth(v)
  case .set, .frozenSet: return SetObject(v).count != 0
  default: return true
  }
}

/// `item in container`.
public func contains(_ container: Value, _ item: Value) throws(PythonError) -> Bool {
  guard container.isHeapObject else {
    throw raise(.typeError, "argument of type '\(typeName(container))' is not iterable")
  }
  switch container.objectTag {
  case .str:
    guard item.isStr else {
      throw raise(.typeError, "'in <string>' requires string as left operand, not \(typeName(item))")
    }
    return Strings.find(container, item, start: 0, end: Int.max) >= 0
  case .list:
    let list = ListObject(container)
    var i = 0
    while i < list.count {
      if try keysEqual(list[i], item) { return true }
      i += 1
    }
    return false
  case .tuple:
    let tuple = TupleObject(container)
    for i in 0..<tuple.count where try keysEqual(tuple[i], item) { return true }
    return false
  case .dict:
    return try DictObject(container).get(item) != nil
  case .set, .frozenSet:
    return try Sets.contains(container, item)
  case .dictView:
    if DictViewSets.isSetLike(container) { return try DictViewSets.contains(container, item) }
    fallthrough
  default:
    if Dunders.hasClass(container) {
      if let found = try Dunders.contains(container, item) { return found }
      let iter = Dunders.method(container, Names.dunderIter)
      if iter?.isNone ?? false || iter == nil && Dunders.method(container, Names.dunderGetitem) == nil {
        throw raise(.typeError, "argument of type '\(typeName(container))' is not iterable")
      }
    }
    if container.isObject(.range), isIntLike(item) {
      return try RangeObject(container).contains(item)
    }
    // What `iter` refuses (a big int, a float, a function ...): `in`'s own message.
    let iterable: Set<ObjectTag> = [.range, .dictView, .iterator, .instance, .exception, .file]
    guard iterable.contains(container.objectTag) else {
      throw raise(.typeError, "argument of type '\(typeName(container))' is not iterable")
    }
    let iterator = try getIterator(container)
    while let next = try iteratorNext(iterator) {
      if try keysEqual(next, item) { return true }
    }
    return false
  }
}
