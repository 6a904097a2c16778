import Testing

@testable import AdderRuntime

/// The collector, exercised directly. Serialized: the heap is one global, single-threaded.
@Suite(.serialized)
struct CollectorTests {
  init() {
    // Under the lock: suites run in parallel, and starting the runtime twice at once races.
    RuntimeTestLock.run {
      Runtime.start()
      // The conservative scan covers the stack of the thread running each test.
      Collector.start()
      Heap.stress = false
    }
  }

  /// Builds garbage in a frame of its own and returns only disguised addresses, so no word on
  /// the stack still points at the objects when the collector runs.
  @inline(never)
  static func makeCycles() -> [UInt] {
    let list = ListObject.make()
    list.append(list.ref.value)  // a list containing itself
    let first = DictObject.make()
    let second = DictObject.make()
    try! first.set(Value.str("other"), second.ref.value)
    try! second.set(Value.str("other"), first.ref.value)
    return [list.ref.value, first.ref.value, second.ref.value].map { UInt($0.raw) ^ disguise }
  }

  static let disguise: UInt = 0x5A5A_5A5A_5A5A_5A5A

  /// Overwrites the stack below the caller, where dead frames left pointers behind.
  @inline(never)
  static func scrubStack() {
    withUnsafeTemporaryAllocation(of: UInt.self, capacity: 4096) { $0.initialize(repeating: 0) }
  }

  static func isLive(_ disguised: UInt) -> Bool {
    Heap.objectContaining(disguised ^ disguise) != nil
  }

  @Test func cyclesAreCollected() {
    RuntimeTestLock.run {
      // Under the lock: the conservative scan must cover this thread (another suite may have
      // started the collector on its own thread).
      Collector.start()
      let addresses = Self.makeCycles()
      #expect(addresses.allSatisfy(Self.isLive))
      Self.scrubStack()
      Collector.collect()
      #expect(
        !addresses.contains(where: Self.isLive),
        "a list containing itself and two dicts referencing each other"
      )
    }
  }

  @Test func reachableObjectsSurvive() {
    RuntimeTestLock.run {
      // Under the lock: the conservative scan must cover this thread (another suite may have
      // started the collector on its own thread).
      Collector.start()
      let list = ListObject.make()
      list.append(list.ref.value)
      let text = Value.str("held by a Swift local")
      for _ in 0..<3 { Collector.collect() }
      #expect(ListObject(list.ref.value)[0] == list.ref.value)
      #expect(text.string == "held by a Swift local")
      keepAlive(list.ref.value)
      keepAlive(text)
    }
  }

  /// A helper that allocates twice must not lose the first object: here every allocation
  /// collects first (stress), and the first string is held only in this frame.
  @Test func valuesHeldByARunningHelperSurvive() throws {
    try RuntimeTestLock.run {
      // Under the lock: the conservative scan must cover this thread (another suite may have
      // started the collector on its own thread).
      Collector.start()
      Heap.stress = true
      defer { Heap.stress = false }
      let first = Value.str("first " + String(repeating: "x", count: 40))
      let second = Value.str("second " + String(repeating: "y", count: 40))
      let pair = Value.tuple([first, second])
      let joined = try add(first, second)
      #expect(TupleObject(pair)[0].string.hasPrefix("first "))
      #expect(TupleObject(pair)[1].string.hasPrefix("second "))
      #expect(StrObject(joined).count == 93)
      let big = try power(Value(smallInt: 3), Value(smallInt: 200))
      let bigger = try add(big, big)
      #expect(
        try reprString(bigger) == String(describing: try reprString(try multiply(big, Value(smallInt: 2)))))
    }
  }

  /// A chunk's cells are carved a page at a time: the cells past the carved ones are no objects
  /// for ambiguous roots, and carving goes on in the same chunk as cells are needed.
  @Test func chunksAreCarvedAPageAtATime() {
    RuntimeTestLock.run {
      Collector.start()
      Collector.collect()
      // 768-byte cells, 5 to a page. Free cells of other chunks would be used first: forget them
      // (the next sweep threads them again).
      Heap.freeLists[Int(Heap.classForWords[(700 + 7) >> 3])] = nil
      let first = Heap.allocate(size: 700, tag: .tuple)
      guard let index = Heap.chunkIndex[UInt(bitPattern: first.base) & ~UInt(Heap.chunkSize - 1)] else {
        Issue.record("the cell is in no chunk")
        return
      }
      let carved = Heap.chunks[index].cellCount
      #expect(carved < Heap.chunks[index].capacity, "a new chunk is not threaded whole")
      let uncarved = UInt(bitPattern: Heap.chunks[index].base) + UInt(Heap.chunks[index].capacity - 1) * 768
      #expect(Heap.objectContaining(uncarved) == nil)
      var last = first
      for _ in 0..<(carved + 3) { last = Heap.allocate(size: 700, tag: .tuple) }
      #expect(Heap.chunks[index].cellCount > carved, "carving went on in the same chunk")
      #expect(Heap.objectContaining(UInt(bitPattern: last.base)) != nil)
    }
  }

  @Test func heapStaysFlatWhileBuildingAndDroppingGarbage() {
    RuntimeTestLock.run {
      // Under the lock: the conservative scan must cover this thread (another suite may have
      // started the collector on its own thread).
      Collector.start()
      Collector.collect()
      let before = Collector.statistics
      var keep = Value.none
      for i in 0..<300_000 {
        let text = Value.str("item \(i & 1023)")
        let list = ListObject.make(capacity: 4)
        list.append(text)
        list.append(Value(smallInt: i))
        keep = list.ref.value
      }
      let after = Collector.statistics
      #expect(after.collections > before.collections, "allocation volume must trigger collections")
      #expect(after.heapBytes <= 32 * 1024 * 1024, "the heap must not grow with the garbage")
      #expect(ListObject(keep).count == 2)
    }
  }
}
