import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Int semantics exactly as Python's: small ints compute in machine words and fall back to GMP on
/// overflow; every big result is normalized back to a small int when it fits. Operands here are
/// ints or bools (bools are 0 and 1).
public enum IntArithmetic {
  /// The machine value of a small int or bool operand, nil for a big int.
  @inline(__always)
  static func small(_ v: Value) -> Int? {
    if v.isSmallInt { return v.smallInt }
    if v.isBool { return v == .true ? 1 : 0 }
    return nil
  }

  /// The int as a machine word (a C ssize_t), nil when it needs more than 64 bits.
  static func machineInt(_ v: Value) -> Int? {
    if let x = small(v) { return x }
    let mpz = BigIntObject(v).mpz
    return __gmpz_fits_slong_p(mpz) != 0 ? __gmpz_get_si(mpz) : nil
  }

  /// A GMP function of two mpz operands, called through the allocation guard when large.
  typealias BinaryMpzFunction =
    @convention(c) (
      UnsafeMutablePointer<__mpz_struct>?, UnsafePointer<__mpz_struct>?, UnsafePointer<__mpz_struct>?
    ) -> Void

  /// Applies a GMP binary function to two int operands and normalizes. `bits` bounds the
  /// result's size (`BigIntLimits`): past GMP's limit it raises MemoryError before GMP runs, and
  /// a large result runs under the allocation guard so a failed malloc raises MemoryError too.
  @inline(__always)
  static func big(_ a: Value, _ b: Value, bits: (Int, Int) -> Int, _ operation: BinaryMpzFunction)
    throws(PythonError) -> Value
  {
    let resultBits = bits(bitBound(a), bitBound(b))
    if resultBits < BigIntLimits.guardedBits {
      let result = BigIntObject.make(limbs: resultBits / 64 + 1)
      withMpz(a) { x in withMpz(b) { y in operation(result.mpz, x, y) } }
      return result.normalized
    }
    try BigIntLimits.check(bits: resultBits)
    let result = BigIntObject.make()
    let failed = withMpz(a) { x in withMpz(b) { y in adder_mpz_guarded(operation, result.mpz, x, y) } }
    if failed != 0 { throw BigIntLimits.memoryError(result) }
    return result.normalized
  }

  /// The bit length of an int operand's magnitude (`int.bit_length()`).
  static func bitLength(_ v: Value) -> Int {
    if let x = small(v) { return Int.bitWidth - x.magnitude.leadingZeroBitCount }
    return Int(__gmpz_sizeinbase(BigIntObject(v).mpz, 2))
  }

  /// An upper bound of an int operand's bit length, cheaper than `bitLength` (limbs × 64).
  @inline(__always)
  static func bitBound(_ v: Value) -> Int {
    if !v.isHeapObject { return Int.bitWidth }
    return Int(BigIntObject(v).mpz.pointee._mp_size.magnitude) * 64
  }

  /// Bounds for a result no larger than the larger operand plus a carry.
  static func sumBits(_ a: Int, _ b: Int) -> Int { max(a, b) + 1 }
  /// Bounds for a result no larger than the larger operand.
  static func widerBits(_ a: Int, _ b: Int) -> Int { max(a, b) }

  public static func add(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if let x = small(a), let y = small(b) {
      let (r, overflow) = x.addingReportingOverflow(y)
      if !overflow { return Value.int(r) }
    }
    if a.isHeapObject, b.isHeapObject, let sum = sameSignSum(a, b) { return sum }
    return try big(a, b, bits: sumBits, __gmpz_add)
  }

  /// Two big ints of the same sign (fib(500)'s additions): the sum of their magnitudes by
  /// mpn_add straight into inline limbs, without mpz_add's sign dispatch and the operand
  /// wrappers; nil for mixed signs and for sums past the inline size.
  public static func sameSignSum(_ a: Value, _ b: Value) -> Value? {
    let sizeA = Int(BigIntObject(a).mpz.pointee._mp_size)
    let sizeB = Int(BigIntObject(b).mpz.pointee._mp_size)
    guard (sizeA ^ sizeB) >= 0 else { return nil }
    let (longer, shorter) = abs(sizeA) >= abs(sizeB) ? (a, b) : (b, a)
    let n = max(abs(sizeA), abs(sizeB))
    let m = min(abs(sizeA), abs(sizeB))
    guard n < BigIntObject.maximumInlineLimbs else { return nil }
    // Allocate first, then read the operands' limbs (they stay alive in the caller's slots).
    // The limbs are all written below: the cell is not cleared first.
    let result = BigIntObject.make(limbs: n + 1, cleared: false)
    let limbs = result.mpz.pointee._mp_d!
    let carry = adder_limbs_add(
      limbs, BigIntObject(longer).mpz.pointee._mp_d, n, BigIntObject(shorter).mpz.pointee._mp_d, m)
    limbs[n] = carry
    let size = n + Int(carry)
    result.mpz.pointee._mp_size = Int32(sizeA < 0 ? -size : size)
    // Two limbs or more never fit a small int, and inline limbs are no external bytes.
    return size >= 2 ? result.ref.value : result.normalized
  }

  public static func subtract(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if let x = small(a), let y = small(b) {
      let (r, overflow) = x.subtractingReportingOverflow(y)
      if !overflow { return Value.int(r) }
    }
    return try big(a, b, bits: sumBits, __gmpz_sub)
  }

  public static func multiply(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if let x = small(a), let y = small(b) {
      let (r, overflow) = x.multipliedReportingOverflow(by: y)
      if !overflow { return Value.int(r) }
    }
    return try big(a, b, bits: { $0 &+ $1 }, __gmpz_mul)
  }

  static func isZero(_ v: Value) -> Bool {
    if let x = small(v) { return x == 0 }
    return false
  }

  static func floorDivide(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if isZero(b) { throw raise(.zeroDivisionError, "integer division or modulo by zero") }
    if let x = small(a), let y = small(b), !(x == Int.min && y == -1) {
      var q = x / y
      if x % y != 0 && ((x < 0) != (y < 0)) { q -= 1 }
      return Value.int(q)
    }
    return try big(a, b, bits: widerBits, __gmpz_fdiv_q)
  }

  static func modulo(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if isZero(b) { throw raise(.zeroDivisionError, "integer modulo by zero") }
    if let x = small(a), let y = small(b), !(x == Int.min && y == -1) {
      var r = x % y
      if r != 0 && ((r < 0) != (y < 0)) { r += y }
      return Value.int(r)
    }
    return try big(a, b, bits: widerBits, __gmpz_fdiv_r)
  }

  /// int / int, correctly rounded as CPython does (not via two lossy conversions).
  static func trueDivide(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if isZero(b) { throw raise(.zeroDivisionError, "division by zero") }
    let limit = 1 << 53
    if let x = small(a), let y = small(b), abs(x) <= limit, abs(y) <= limit {
      return Value.float(Double(x) / Double(y))
    }
    var negative = false
    let quotient = withMpz(a) { x in
      withMpz(b) { y in
        negative = (__gmpz_sgn_shim(x) < 0) != (__gmpz_sgn_shim(y) < 0)
        return dividePositive(x, y)
      }
    }
    guard let quotient else {
      throw raise(.overflowError, "integer division result too large for a float")
    }
    return Value.float(negative ? -quotient : quotient)
  }

  /// |x| / |y| rounded half-even to a double; nil on overflow.
  private static func dividePositive(_ x: UnsafePointer<__mpz_struct>, _ y: UnsafePointer<__mpz_struct>)
    -> Double?
  {
    let scratch = UnsafeMutablePointer<__mpz_struct>.allocate(capacity: 4)
    let (n, d, q, r) = (scratch, scratch + 1, scratch + 2, scratch + 3)
    for i in 0..<4 { __gmpz_init(scratch + i) }
    defer {
      for i in 0..<4 { __gmpz_clear(scratch + i) }
      scratch.deallocate()
    }
    __gmpz_abs(n, x)
    __gmpz_abs(d, y)
    if adder_mpz_sgn(n) == 0 { return 0 }
    // Scale so the quotient has 55 or 56 bits: 53 kept, the rest plus the remainder round.
    let shift = 55 - (Int(__gmpz_sizeinbase(n, 2)) - Int(__gmpz_sizeinbase(d, 2)))
    if shift >= 0 {
      __gmpz_mul_2exp(n, n, UInt(shift))
    } else {
      __gmpz_mul_2exp(d, d, UInt(-shift))
    }
    __gmpz_tdiv_qr(q, r, n, d)
    let extra = Int(__gmpz_sizeinbase(q, 2)) - 53
    let qWord = UInt64(__gmpz_get_ui(q))
    var mantissa = qWord >> UInt64(extra)
    let dropped = qWord & ((1 << UInt64(extra)) - 1)
    let half = UInt64(1) << UInt64(extra - 1)
    let sticky = adder_mpz_sgn(r) != 0
    if dropped > half || (dropped == half && (sticky || mantissa & 1 == 1)) { mantissa += 1 }
    let result = scalbn(Double(mantissa), Int32(extra - shift))
    return result.isInfinite ? nil : result
  }

  static func power(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    let exponentSign = small(b).map { $0.signum() } ?? Int(adder_mpz_sgn(BigIntObject(b).mpz))
    if exponentSign < 0 {
      // A negative exponent gives a float, as in Python.
      return try FloatArithmetic.power(toDouble(a), toDouble(b))
    }
    if let x = small(a) {
      if x == 0 || x == 1 { return exponentSign == 0 ? Value(smallInt: 1) : Value.int(x) }
      if x == -1 { return Value(smallInt: isOdd(b) ? -1 : 1) }
    }
    guard let exponent = small(b) else {
      throw raise(.overflowError, "exponent too large")
    }
    if let x = small(a) {
      var result = 1
      var overflow = false
      for _ in 0..<min(exponent, 64) {
        let (r, o) = result.multipliedReportingOverflow(by: x)
        if o { overflow = true; break }
        result = r
      }
      if !overflow && exponent <= 64 { return Value.int(result) }
    }
    // |a| >= 2 here, so the result has at least `exponent` bits: bound it before GMP runs.
    let (bits, overflow) = (bitLength(a) - 1).multipliedReportingOverflow(by: exponent)
    return try bigUnsigned(a, UInt(exponent), bits: overflow ? Int.max : bits + 1, __gmpz_pow_ui)
  }

  /// A GMP function of an mpz and an unsigned long (shifts, powers).
  typealias UnsignedMpzFunction =
    @convention(c) (UnsafeMutablePointer<__mpz_struct>?, UnsafePointer<__mpz_struct>?, UInt) -> Void

  /// `big` for an mpz and an unsigned long; `bits` bounds the result's size.
  static func bigUnsigned(_ a: Value, _ n: UInt, bits: Int, _ operation: UnsignedMpzFunction)
    throws(PythonError) -> Value
  {
    try BigIntLimits.check(bits: bits)
    let result = BigIntObject.make()
    if bits < BigIntLimits.guardedBits {
      withMpz(a) { x in operation(result.mpz, x, n) }
    } else {
      let failed = withMpz(a) { x in adder_mpz_guarded_ui(operation, result.mpz, x, n) }
      if failed != 0 { throw BigIntLimits.memoryError(result) }
    }
    return result.normalized
  }

  static func isOdd(_ v: Value) -> Bool {
    if let x = small(v) { return x & 1 != 0 }
    return adder_mpz_odd_p(BigIntObject(v).mpz) != 0
  }

  static func powerModulo(_ a: Value, _ b: Value, _ m: Value) throws(PythonError) -> Value {
    if isZero(m) { throw raise(.valueError, "pow() 3rd argument cannot be 0") }
    let result = BigIntObject.make()
    var invertible = true
    withMpz(a) { x in
      withMpz(b) { e in
        withMpz(m) { n in
          var modulus = __mpz_struct()
          __gmpz_init(&modulus)
          __gmpz_abs(&modulus, n)
          if adder_mpz_sgn(e) < 0 {
            var inverse = __mpz_struct()
            __gmpz_init(&inverse)
            if __gmpz_invert(&inverse, x, &modulus) == 0 {
              invertible = false
            } else {
              var positive = __mpz_struct()
              __gmpz_init(&positive)
              __gmpz_neg(&positive, e)
              __gmpz_powm(result.mpz, &inverse, &positive, &modulus)
              __gmpz_clear(&positive)
            }
            __gmpz_clear(&inverse)
          } else {
            __gmpz_powm(result.mpz, x, e, &modulus)
          }
          // Python's result takes the modulus's sign.
          if adder_mpz_sgn(n) < 0 && adder_mpz_sgn(result.mpz) != 0 {
            __gmpz_add(result.mpz, result.mpz, n)
          }
          __gmpz_clear(&modulus)
        }
      }
    }
    if !invertible { throw raise(.valueError, "base is not invertible for the given modulus") }
    return result.normalized
  }

  static func leftShift(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    guard let count = small(b) else {
      if sign(b) < 0 { throw raise(.valueError, "negative shift count") }
      if sign(a) == 0 { return Value(smallInt: 0) }
      throw BigIntLimits.hugeShiftError(count: b)
    }
    if count < 0 { throw raise(.valueError, "negative shift count") }
    // CPython's order: the count's sign, then a zero operand (0 << (2**62 - 1) is 0), then size.
    if sign(a) == 0 { return Value(smallInt: 0) }
    if let x = small(a) {
      if count < 62 {
        let shifted = x << count
        if shifted >> count == x { return Value.int(shifted) }
      }
    }
    let (bits, overflow) = bitLength(a).addingReportingOverflow(count)
    return try bigUnsigned(a, UInt(count), bits: overflow ? Int.max : bits, __gmpz_mul_2exp)
  }

  static func rightShift(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    guard let count = small(b) else {
      if adder_mpz_sgn(BigIntObject(b).mpz) < 0 { throw raise(.valueError, "negative shift count") }
      return Value(smallInt: sign(a) < 0 ? -1 : 0)
    }
    if count < 0 { throw raise(.valueError, "negative shift count") }
    if let x = small(a) { return Value.int(x >> min(count, 63)) }
    let result = BigIntObject.make()
    withMpz(a) { x in __gmpz_fdiv_q_2exp(result.mpz, x, UInt(count)) }
    return result.normalized
  }

  static func bitAnd(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if let x = small(a), let y = small(b) { return Value.int(x & y) }
    return try big(a, b, bits: sumBits, __gmpz_and)
  }

  static func bitOr(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if let x = small(a), let y = small(b) { return Value.int(x | y) }
    return try big(a, b, bits: sumBits, __gmpz_ior)
  }

  static func bitXor(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    if let x = small(a), let y = small(b) { return Value.int(x ^ y) }
    return try big(a, b, bits: sumBits, __gmpz_xor)
  }

  static func negate(_ a: Value) -> Value {
    if let x = small(a), x != Int.min { return Value.int(-x) }
    let result = BigIntObject.make()
    withMpz(a) { x in __gmpz_neg(result.mpz, x) }
    return result.normalized
  }

  static func invert(_ a: Value) -> Value {
    if let x = small(a) { return Value.int(~x) }
    let result = BigIntObject.make()
    withMpz(a) { x in __gmpz_com(result.mpz, x) }
    return result.normalized
  }

  static func sign(_ a: Value) -> Int {
    if let x = small(a) { return x.signum() }
    return Int(adder_mpz_sgn(BigIntObject(a).mpz))
  }

  /// -1, 0 or 1 as a compares to b.
  static func compare(_ a: Value, _ b: Value) -> Int {
    if let x = small(a), let y = small(b) { return x < y ? -1 : (x == y ? 0 : 1) }
    return withMpz(a) { x in withMpz(b) { y in Int(__gmpz_cmp(x, y).signum()) } }
  }

  /// The nearest double, or OverflowError as Python's float(int).
  static func toDouble(_ a: Value) throws(PythonError) -> Double {
    if let x = small(a) { return Double(x) }
    let mpz = BigIntObject(a).mpz
    if __gmpz_sizeinbase(mpz, 2) > 1024 {
      throw raise(.overflowError, "int too large to convert to float")
    }
    // mpz_get_d truncates; round half-even through the exact division path instead.
    var one = __mpz_struct()
    __gmpz_init_set_si(&one, 1)
    defer { __gmpz_clear(&one) }
    guard let magnitude = dividePositive(mpz, &one) else {
      throw raise(.overflowError, "int too large to convert to float")
    }
    return adder_mpz_sgn(mpz) < 0 ? -magnitude : magnitude
  }
}

@inline(__always)
func __gmpz_sgn_shim(_ z: UnsafePointer<__mpz_struct>) -> Int32 { adder_mpz_sgn(z) }
