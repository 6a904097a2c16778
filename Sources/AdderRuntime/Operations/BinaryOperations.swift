/// The binary operators. Each public function is the complete semantics of one operator: the
/// interpreter calls it, and the JIT calls it on an inline cache's slow path. The small-int fast
/// path is inlined here; everything else is in an `@inline(never)` slow function beside it.

@inline(__always)
func isIntLike(_ v: Value) -> Bool { v.isSmallInt || v.isBool || v.isBigInt }

/// Both operands as doubles when one is a float and the other a float or an int.
@inline(__always)
func floatOperands(_ a: Value, _ b: Value) throws(PythonError) -> (Double, Double)? {
  let aFloat = a.isFloat
  let bFloat = b.isFloat
  if aFloat && bFloat { return (a.double, b.double) }
  if aFloat && isIntLike(b) { return (a.double, try IntArithmetic.toDouble(b)) }
  if bFloat && isIntLike(a) { return (try IntArithmetic.toDouble(a), b.double) }
  return nil
}

public func add(_ a: Value, _ b: Value, _ symbol: StaticString = "+") throws(PythonError) -> Value {
  if a.isSmallInt && b.isSmallInt {
    let (r, overflow) = Int64(bitPattern: a.raw).addingReportingOverflow(Int64(bitPattern: b.raw &- 1))
    if !overflow { return Value(raw: UInt64(bitPattern: r)) }
  }
  return try addSlow(a, b, symbol)
}

@inline(never)
func addSlow(_ a: Value, _ b: Value, _ symbol: StaticString) throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.add(a, b) }
  if let (x, y) = try floatOperands(a, b) { return Value.float(x + y) }
  if a.isStr {
    guard b.isStr else {
      throw raise(.typeError, "can only concatenate str (not \"\(typeName(b))\") to str")
    }
    return Strings.concatenate(a, b)
  }
  if a.isList {
    guard b.isList else {
      throw raise(.typeError, "can only concatenate list (not \"\(typeName(b))\") to list")
    }
    return Sequences.concatenateLists(a, b)
  }
  if a.isTuple {
    guard b.isTuple else {
      throw raise(.typeError, "can only concatenate tuple (not \"\(typeName(b))\") to tuple")
    }
    return Sequences.concatenateTuples(a, b)
  }
  throw unsupportedOperands(symbol, a, b)
}

public func subtract(_ a: Value, _ b: Value, _ symbol: StaticString = "-") throws(PythonError) -> Value {
  if a.isSmallInt && b.isSmallInt {
    let (r, overflow) = Int64(bitPattern: a.raw).subtractingReportingOverflow(Int64(bitPattern: b.raw &- 1))
    if !overflow { return Value(raw: UInt64(bitPattern: r)) }
  }
  return try subtractSlow(a, b, symbol)
}

@inline(never)
func subtractSlow(_ a: Value, _ b: Value, _ symbol: StaticString) throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.subtract(a, b) }
  if let (x, y) = try floatOperands(a, b) { return Value.float(x - y) }
  if let result = try Sets.binary(.difference, a, b) { return result }
  throw unsupportedOperands(symbol, a, b)
}

public func multiply(_ a: Value, _ b: Value, _ symbol: StaticString = "*") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.multiply(a, b) }
  if let (x, y) = try floatOperands(a, b) { return Value.float(x * y) }
  if isIntLike(b), let repeated = try Sequences.repeatSequence(a, count: b) { return repeated }
  if isIntLike(a), let repeated = try Sequences.repeatSequence(b, count: a) { return repeated }
  if a.isStr || a.isList || a.isTuple || b.isStr || b.isList || b.isTuple {
    let other = (a.isStr || a.isList || a.isTuple) ? b : a
    if Dunders.hasClass(other), let count = try Dunders.index(other) {
      return try multiply(other == b ? a : count, other == b ? count : b, symbol)
    }
    throw raise(.typeError, "can't multiply sequence by non-int of type '\(typeName(other))'")
  }
  throw unsupportedOperands(symbol, a, b)
}

public func trueDivide(_ a: Value, _ b: Value, _ symbol: StaticString = "/") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.trueDivide(a, b) }
  if let (x, y) = try floatOperands(a, b) { return try FloatArithmetic.trueDivide(x, y) }
  throw unsupportedOperands(symbol, a, b)
}

public func floorDivide(_ a: Value, _ b: Value, _ symbol: StaticString = "//") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.floorDivide(a, b) }
  if let (x, y) = try floatOperands(a, b) { return try FloatArithmetic.floorDivide(x, y) }
  throw unsupportedOperands(symbol, a, b)
}

public func modulo(_ a: Value, _ b: Value, _ symbol: StaticString = "%") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.modulo(a, b) }
  if let (x, y) = try floatOperands(a, b) { return try FloatArithmetic.modulo(x, y) }
  if a.isStr { return try percentFormat(a, b) }
  throw unsupportedOperands(symbol, a, b)
}

public func power(_ a: Value, _ b: Value, _ symbol: StaticString = "** or pow()") throws(PythonError) -> Value
{
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.power(a, b) }
  if let (x, y) = try floatOperands(a, b) { return try FloatArithmetic.power(x, y) }
  throw unsupportedOperands(symbol, a, b)
}

public func leftShift(_ a: Value, _ b: Value, _ symbol: StaticString = "<<") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.leftShift(a, b) }
  throw unsupportedOperands(symbol, a, b)
}

public func rightShift(_ a: Value, _ b: Value, _ symbol: StaticString = ">>") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.rightShift(a, b) }
  throw unsupportedOperands(symbol, a, b)
}

public func bitAnd(_ a: Value, _ b: Value, _ symbol: StaticString = "&") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if a.isBool && b.isBool { return Value(bool: a == .true && b == .true) }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.bitAnd(a, b) }
  if let result = try Sets.binary(.intersection, a, b) { return result }
  throw unsupportedOperands(symbol, a, b)
}

public func bitOr(_ a: Value, _ b: Value, _ symbol: StaticString = "|") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if a.isBool && b.isBool { return Value(bool: a == .true || b == .true) }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.bitOr(a, b) }
  if a.isDict && b.isDict {
    let result = try Dicts.copy(a)
    try Dicts.update(result, with: b)
    return result
  }
  if let result = try Sets.binary(.union, a, b) { return result }
  if let union = GenericAliases.union(a, b) { return union }
  throw unsupportedOperands(symbol, a, b)
}

public func bitXor(_ a: Value, _ b: Value, _ symbol: StaticString = "^") throws(PythonError) -> Value {
  if let result = try Dunders.binaryIfClass(symbol, a, b) { return result }
  if a.isBool && b.isBool { return Value(bool: (a == .true) != (b == .true)) }
  if isIntLike(a) && isIntLike(b) { return try IntArithmetic.bitXor(a, b) }
  if let result = try Sets.binary(.symmetricDifference, a, b) { return result }
  throw unsupportedOperands(symbol, a, b)
}

/// `a += b`: lists extend in place (so aliases see it); everything else is `a + b`.
public func inplaceAdd(_ a: Value, _ b: Value) throws(PythonError) -> Value {
  if a.isSmallInt && b.isSmallInt { return try add(a, b) }
  if a.isList {
    // An object with __radd__ comes first (CPython tries the number slots before the list's
    // in-place concatenation), and the list extends when that returns NotImplemented.
    if Dunders.hasClass(b), let result = try Dunders.binary("+=", a, b) { return result }
    try Sequences.extend(ListObject(a), with: b)
    return a
  }
  return try add(a, b, "+=")
}

/// `a *= b`: lists repeat in place; everything else is `a * b`.
public func inplaceMultiply(_ a: Value, _ b: Value) throws(PythonError) -> Value {
  if a.isList && isIntLike(b) {
    try Sequences.repeatInPlace(ListObject(a), count: b)
    return a
  }
  return try multiply(a, b, "*=")
}

/// `a |= b`: dicts and sets update in place.
public func inplaceBitOr(_ a: Value, _ b: Value) throws(PythonError) -> Value {
  if a.isDict && b.isDict {
    try Dicts.update(a, with: b)
    return a
  }
  if let result = try Sets.inPlace(.union, a, b) { return result }
  return try bitOr(a, b, "|=")
}

/// `a -= b`: sets update in place; everything else is `a - b`.
public func inplaceSubtract(_ a: Value, _ b: Value) throws(PythonError) -> Value {
  if a.isHeapObject, let result = try Sets.inPlace(.difference, a, b) { return result }
  return try subtract(a, b, "-=")
}

/// `a &= b`: sets update in place; everything else is `a & b`.
public func inplaceBitAnd(_ a: Value, _ b: Value) throws(PythonError) -> Value {
  if a.isHeapObject, let result = try Sets.inPlace(.intersection, a, b) { return result }
  return try bitAnd(a, b, "&=")
}

/// `a ^= b`: sets update in place; everything else is `a ^ b`.
public func inplaceBitXor(_ a: Value, _ b: Value) throws(PythonError) -> Value {
  if a.isHeapObject, let result = try Sets.inPlace(.symmetricDifference, a, b) { return result }
  return try bitXor(a, b, "^=")
}

public func negative(_ a: Value) throws(PythonError) -> Value {
  if isIntLike(a) { return IntArithmetic.negate(a) }
  if a.isFloat { return Value.float(-a.double) }
  if let result = try Dunders.unary(a, Names.dunderNeg) { return result }
  throw raise(.typeError, "bad operand type for unary -: '\(typeName(a))'")
}

public func positive(_ a: Value) throws(PythonError) -> Value {
  if a.isBool { return Value(smallInt: a == .true ? 1 : 0) }
  if isIntLike(a) || a.isFloat { return a }
  if let result = try Dunders.unary(a, Names.dunderPos) { return result }
  throw raise(.typeError, "bad operand type for unary +: '\(typeName(a))'")
}

public func invert(_ a: Value) throws(PythonError) -> Value {
  if isIntLike(a) { return IntArithmetic.invert(a) }
  if let result = try Dunders.unary(a, Names.dunderInvert) { return result }
  throw raise(.typeError, "bad operand type for unary ~: '\(typeName(a))'")
}
