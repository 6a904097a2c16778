import CAdderSupport

/// math's functions of integers computed with GMP: comb and lcm.
extension Modules {
  static func integerArgument(_ v: Value) throws(PythonError) -> Value {
    guard isIntLike(v) else {
      throw raise(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }
    return v
  }

  static func installIntegerFunctions(_ add: (String, Value) -> Void) {
    add(
      "comb",
      Builtins.function("comb") { a throws(PythonError) in
        try a.expect(2, 2)
        let n = try integerArgument(a[0])
        let k = try integerArgument(a[1])
        if IntArithmetic.sign(n) < 0 { throw raise(.valueError, "n must be a non-negative integer") }
        if IntArithmetic.sign(k) < 0 { throw raise(.valueError, "k must be a non-negative integer") }
        if IntArithmetic.compare(k, n) > 0 { return Value(smallInt: 0) }
        // C(n, k) == C(n, n - k): the smaller one must fit a machine word, as in CPython.
        let rest = try IntArithmetic.subtract(n, k)
        let smaller = IntArithmetic.compare(rest, k) < 0 ? rest : k
        guard let count = IntArithmetic.small(smaller) else {
          throw raise(.overflowError, "min(n - k, k) must not exceed 9223372036854775807")
        }
        // The result has at most count * bits(n) bits.
        let (bits, overflow) = count.multipliedReportingOverflow(by: IntArithmetic.bitLength(n))
        return try IntArithmetic.bigUnsigned(n, UInt(count), bits: overflow ? Int.max : bits, __gmpz_bin_ui)
      })
    add(
      "lcm",
      Builtins.function("lcm") { a throws(PythonError) in
        try a.expect(0, Int.max)
        var result = Value(smallInt: 1)
        for i in 0..<a.positionalCount {
          let v = try integerArgument(a[i])
          result = try IntArithmetic.big(result, v, bits: { $0 &+ $1 }, __gmpz_lcm)
        }
        return result
      })
  }
}
