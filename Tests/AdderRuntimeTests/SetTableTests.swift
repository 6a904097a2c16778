import Testing

@testable import AdderRuntime

/// The set table, exercised directly: CPython 3.11's probing, resize and pop rules, checked
/// against orders and hashes CPython printed (`list(s)`, `hash(frozenset(...))`).
@Suite(.serialized)
struct SetTableTests {
  init() {
    // Under the lock: suites run in parallel, and starting the runtime twice at once races.
    RuntimeTestLock.run {
      Runtime.start()
      Heap.stress = false
    }
  }

  static func set(_ items: [Int]) -> SetObject {
    let set = SetObject.make()
    for item in items { try! set.add(Value(smallInt: item), hash: hashValue(Value(smallInt: item))) }
    return set
  }

  static func keys(_ set: SetObject) -> [Int] {
    var result: [Int] = []
    var i = 0
    while let index = set.next(from: i) {
      i = index + 1
      result.append(set.table[index].key.smallInt)
    }
    return result
  }

  @Test func collisionsProbeAsCPython() {
    RuntimeTestLock.run {
      // 1, 9, 17 and 25 all start at slot 1 of the 8-slot table; a table that small has no
      // linear probes, so each collision jumps (i * 5 + 1 + perturb) & mask.
      #expect(Self.keys(Self.set([1, 9, 17, 25])) == [1, 25, 9, 17])
    }
  }

  @Test func growsFourTimesAtThreeFifthsFull() {
    RuntimeTestLock.run {
      let set = Self.set([0, 1, 2, 3])
      #expect(set.mask == 7)
      try! set.add(Value(smallInt: 4), hash: 4)
      // fill 5: 5 * 5 >= 7 * 3, so the table is resized for 4 * 5 = 20 used: 32 slots.
      #expect(set.mask == 31)
      #expect(Self.keys(set) == [0, 1, 2, 3, 4])
    }
  }

  @Test func removalLeavesADummyThatALaterAddReuses() {
    RuntimeTestLock.run {
      let set = Self.set([1, 9])
      #expect(try! set.discard(Value(smallInt: 1), hash: 1))
      #expect(set.count == 1 && set.fill == 2)
      try! set.add(Value(smallInt: 17), hash: 17)
      #expect(Self.keys(set) == [17, 9])
      #expect(set.fill == 2)
    }
  }

  @Test func popScansFromTheFinger() {
    RuntimeTestLock.run {
      let set = Self.set(Array(0..<10))
      #expect((0..<3).map { _ in set.pop()!.smallInt } == [0, 1, 2])
      try! set.add(Value(smallInt: 0), hash: 0)
      #expect(set.pop()?.smallInt == 3)
      let empty = SetObject.make()
      #expect(empty.pop() == nil)
    }
  }

  @Test func frozensetHashMatchesCPython() {
    RuntimeTestLock.run {
      let frozen = SetObject.make(frozen: true)
      for item in [3, 1, 2] { try! frozen.add(Value(smallInt: item), hash: item) }
      #expect(frozen.frozenHash() == -272_375_401_224_217_160)
      #expect(SetObject.make(frozen: true).frozenHash() == 133_146_708_735_736)
      // Dummies do not change it.
      let other = SetObject.make(frozen: true)
      for item in [1, 2, 3, 4] { try! other.add(Value(smallInt: item), hash: item) }
      _ = try! other.discard(Value(smallInt: 4), hash: 4)
      #expect(other.frozenHash() == frozen.frozenHash())
    }
  }

  @Test func clearReturnsToTheMinimumTable() {
    RuntimeTestLock.run {
      let set = Self.set(Array(0..<100))
      #expect(set.mask > 7)
      set.removeAll()
      #expect(set.mask == 7 && set.count == 0 && set.fill == 0)
      #expect(Self.keys(set).isEmpty)
    }
  }

  @Test func collectorKeepsKeysOfALiveSet() {
    RuntimeTestLock.run {
      Collector.start()
      let set = SetObject.make()
      for i in 0..<50 {
        let key = Value.str("key \(i)")
        try! set.add(key, hash: hashValue(key))
      }
      Collector.collect()
      var i = 0
      var texts: [String] = []
      while let index = set.next(from: i) {
        i = index + 1
        texts.append(set.table[index].key.string)
      }
      #expect(texts.sorted() == (0..<50).map { "key \($0)" }.sorted())
      keepAlive(set.ref.value)
    }
  }
}
