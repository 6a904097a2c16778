import CAdderSupport
import Testing

@testable import AdderRuntime

/// Big ints computed by `IntArithmetic.big` keep their limbs in the cell; GMP may still grow one
/// (the allocation functions move the limbs out and leave the cell alone).
struct BigIntTests {
  @Test func arithmeticResultsKeepTheirLimbsInline() throws {
    try RuntimeTestLock.run { () throws in
      Collector.start()
      Runtime.start()
      let a = try #require(Value.bigInt(parsing: "123456789012345678901234567890123456789"))
      let b = try #require(Value.bigInt(parsing: "-98765432109876543210987654321"))
      let sum = try IntArithmetic.add(a, b)
      #expect(BigIntObject(sum).hasInlineLimbs)
      #expect(BigIntObject(sum).externalBytes == 0)
      #expect(try reprString(sum) == "123456788913580246791358024679135802468")
      let product = try IntArithmetic.multiply(a, b)
      #expect(BigIntObject(product).hasInlineLimbs)
      #expect(
        try reprString(product) == "-12193263113702179522618503273374485596336229233322374638011112635269")
      // A result that fits a small int again is one.
      #expect(try IntArithmetic.subtract(sum, sum) == Value(smallInt: 0))
      let overflow = try IntArithmetic.add(Value(smallInt: Value.smallIntMax), Value(smallInt: 1))
      #expect(BigIntObject(overflow).hasInlineLimbs)
      #expect(try reprString(overflow) == String(Value.smallIntMax + 1))
    }
  }

  /// `normalized` decides by the limbs: a result in the small-int range is a small int, down to
  /// the edges (-2**62 fits, 2**62 does not).
  /// Same-sign sums go through `adder_limbs_add` (a carry loop up to 16 limbs, mpn_add past
  /// that) into an uncleared cell: carries run through every limb, operands of different lengths
  /// in either order, both signs, and the GMP path agrees.
  @Test(arguments: [(2, 1), (1, 3), (6, 6), (7, 2), (16, 16), (17, 3), (40, 40)])
  func sameSignSumsCarryThroughEveryLimb(limbs: (Int, Int)) throws {
    try RuntimeTestLock.run { () throws in
      Collector.start()
      Runtime.start()
      // 2^(64k) - 1: every limb all ones, so adding 1 carries into a new limb.
      let ones = { (k: Int) in String(repeating: "f", count: 16 * k) }
      let a = try #require(Value.bigInt(parsing: "0x" + ones(limbs.0)))
      let b = try #require(Value.bigInt(parsing: "0x" + ones(limbs.1)))
      for (x, y) in [(a, b), (b, a)] {
        let sum = try #require(IntArithmetic.sameSignSum(x, y))
        let expected = try reprString(IntArithmetic.big(x, y, bits: IntArithmetic.sumBits, __gmpz_add))
        #expect(try reprString(sum) == expected)
        let negative = try #require(
          IntArithmetic.sameSignSum(IntArithmetic.negate(x), IntArithmetic.negate(y)))
        #expect(try reprString(negative) == "-" + expected)
      }
    }
  }

  @Test(arguments: [
    "0", "1", "-1", "4611686018427387903", "-4611686018427387904", "4611686018427387904",
    "-4611686018427387905", "18446744073709551615", "-18446744073709551616",
  ])
  func normalizedIsSmallExactlyInRange(text: String) throws {
    try RuntimeTestLock.run { () throws in
      Collector.start()
      Runtime.start()
      let big = BigIntObject.make(limbs: 2)
      _ = text.withCString { __gmpz_set_str(big.mpz, $0, 10) }
      let value = big.normalized
      let n = Int(text)
      let fits = n.map { $0 >= Value.smallIntMin && $0 <= Value.smallIntMax } ?? false
      #expect(value.isSmallInt == fits)
      if fits { #expect(value.smallInt == n) }
      #expect(try reprString(value) == text)
    }
  }

  @Test func gmpGrowingInlineLimbsMovesThemOut() throws {
    try RuntimeTestLock.run { () throws in
      Collector.start()
      Runtime.start()
      let big = BigIntObject.make(limbs: 2)
      #expect(big.hasInlineLimbs)
      __gmpz_ui_pow_ui(big.mpz, 3, 400)  // 634 bits: GMP reallocates the two inline limbs
      #expect(!big.hasInlineLimbs)
      #expect(big.externalBytes >= 80)
      var expected = __mpz_struct()
      __gmpz_init(&expected)
      __gmpz_ui_pow_ui(&expected, 3, 400)
      #expect(__gmpz_cmp(big.mpz, &expected) == 0)
      __gmpz_clear(&expected)
      #expect(big.release() >= 80)
      // The limbs are freed: the cell must point at its own (empty) limbs again, or the collector
      // would free the block a second time when the cell dies, and a block on a free list twice
      // is handed out twice (BlockAllocatorTests saw its blocks overwritten).
      let inline = (big.ref.base + BigIntObject.inlineLimbsOffset).assumingMemoryBound(to: mp_limb_t.self)
      big.mpz.pointee = __mpz_struct(_mp_alloc: 2, _mp_size: 0, _mp_d: inline)
      #expect(big.hasInlineLimbs)
    }
  }
}
