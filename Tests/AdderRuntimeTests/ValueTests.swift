import Testing

@testable import AdderRuntime

/// The tagged word: every encoding round-trips, and the boundaries land where Value.swift says.
struct ValueTests {
  @Test(arguments: [0, 1, -1, 42, Value.smallIntMax, Value.smallIntMin, 1 << 40, -(1 << 61)])
  func smallIntsRoundTrip(n: Int) {
    let value = Value(smallInt: n)
    #expect(value.isSmallInt)
    #expect(!value.isHeapObject)
    #expect(value.smallInt == n)
  }

  @Test(arguments: [0.0, -0.0, 1.0, -2.5, 0.1, 1e-30, 3.4e38, 1e38, 6.02e23, 1.2e-38])
  func commonFloatsAreInline(d: Double) throws {
    let value = try #require(Value.inlineFloat(d))
    #expect(value.isInlineFloat)
    #expect(value.inlineFloat.bitPattern == d.bitPattern)
  }

  @Test(arguments: [
    Double.infinity, -Double.infinity, Double.nan, 1e300, 1e-300, Double.leastNonzeroMagnitude,
  ])
  func extremeFloatsAreBoxed(d: Double) {
    RuntimeTestLock.run {
      // Under the lock: the conservative scan must cover this thread (another suite may have
      // started the collector on its own thread).
      Collector.start()
      Runtime.start()
      #expect(Value.inlineFloat(d) == nil)
      let value = Value.float(d)
      #expect(value.isObject(.float))
      #expect(value.double.bitPattern == d.bitPattern)
    }
  }

  @Test func specialsAreDistinct() {
    RuntimeTestLock.run {
      // Under the lock: the conservative scan must cover this thread (another suite may have
      // started the collector on its own thread).
      Collector.start()
      let specials: [Value] = [.none, .false, .true, .ellipsis]
      #expect(Set(specials.map(\.raw)).count == 4)
      #expect(Value.true.isBool && Value.false.isBool && !Value.none.isBool)
      #expect(specials.allSatisfy { !$0.isSmallInt && !$0.isInlineFloat && !$0.isHeapObject })
    }
  }

  @Test func smallIntAdditionOverflowsIntoBigInts() throws {
    try RuntimeTestLock.run {
      // Under the lock: the conservative scan must cover this thread (another suite may have
      // started the collector on its own thread).
      Collector.start()
      Runtime.start()
      let max = Value(smallInt: Value.smallIntMax)
      let sum = try add(max, Value(smallInt: 1))
      #expect(sum.isBigInt)
      #expect(try reprString(sum) == "4611686018427387904")
      let back = try subtract(sum, Value(smallInt: 1))
      #expect(back.isSmallInt, "a big result that fits demotes to a small int")
    }
  }

  @Test func intTrueDivisionIsCorrectlyRounded() throws {
    try RuntimeTestLock.run {
      // Under the lock: the conservative scan must cover this thread (another suite may have
      // started the collector on its own thread).
      Collector.start()
      Runtime.start()
      let big = try power(Value(smallInt: 10), Value(smallInt: 30))
      #expect(try trueDivide(big, Value(smallInt: 7)).double == 1.4285714285714286e29)
      let x = try add(try power(Value(smallInt: 2), Value(smallInt: 63)), Value(smallInt: 1))
      #expect(try trueDivide(x, Value(smallInt: 2)).double == 4.611686018427388e18)
    }
  }
}

/// `ObjectTag(byte:)` reinterprets the header byte as the enum, which is right only while the
/// cases are declared in raw-value order from 0 with no gaps.
@Test func objectTagsAreDeclaredInRawValueOrder() {
  for (index, tag) in ObjectTag.allCases.enumerated() {
    #expect(Int(tag.rawValue) == index)
    #expect(ObjectTag(byte: tag.rawValue) == tag)
  }
}
