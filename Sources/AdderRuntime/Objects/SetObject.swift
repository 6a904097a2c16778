import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A set or frozenset (the header's tag tells which): CPython 3.11's open-addressing table
/// (`Objects/setobject.c`), probed the same way, so that a set of ints, floats, bools or tuples of
/// them iterates, pops and prints in CPython's order.
///
/// ```
/// offset 8   used: active entries
/// offset 16  fill: active + dummy entries
/// offset 24  mask: table size - 1 (a power of two, at least 8)
/// offset 32  table: Entry × (mask + 1), malloc'd, freed when the set is swept
/// offset 40  finger: where the next pop starts looking
/// offset 48  hash: a frozenset's cached hash, -1 until computed
/// ```
///
/// An entry is empty (key empty, hash 0), a dummy left by a removal (key empty, hash -1: no real
/// hash is -1, so probes skip it as CPython's `dummy` key) or active.
public struct SetObject {
  public let ref: ObjectRef
  static let usedOffset = 8
  static let fillOffset = 16
  static let maskOffset = 24
  static let tableOffset = 32
  static let fingerOffset = 40
  static let hashOffset = 48
  static let size = 56
  static let minimumSize = 8
  /// CPython's LINEAR_PROBES: each probe looks at this many following entries before jumping.
  static let linearProbes = 9
  static let perturbShift = 5

  public struct Entry {
    public var key: Value
    public var hash: Int
  }

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  public var isFrozen: Bool { ref.tag == .frozenSet }
  @inline(__always) public var count: Int {
    get { ref.int(at: SetObject.usedOffset) }
    nonmutating set { ref.setInt(newValue, at: SetObject.usedOffset) }
  }
  @inline(__always) var fill: Int {
    get { ref.int(at: SetObject.fillOffset) }
    nonmutating set { ref.setInt(newValue, at: SetObject.fillOffset) }
  }
  @inline(__always) public var mask: Int {
    get { ref.int(at: SetObject.maskOffset) }
    nonmutating set { ref.setInt(newValue, at: SetObject.maskOffset) }
  }
  @inline(__always) public var table: UnsafeMutablePointer<Entry> {
    get { ref.load(SetObject.tableOffset, as: UnsafeMutablePointer<Entry>?.self).unsafelyUnwrapped }
    nonmutating set { ref.store(SetObject.tableOffset, UnsafeMutablePointer<Entry>?(newValue)) }
  }
  /// The table, or nil in the moment between the object's allocation and its first table.
  var tableIfAny: UnsafeMutablePointer<Entry>? {
    ref.load(SetObject.tableOffset, as: UnsafeMutablePointer<Entry>?.self)
  }
  var finger: Int {
    get { ref.int(at: SetObject.fingerOffset) }
    nonmutating set { ref.setInt(newValue, at: SetObject.fingerOffset) }
  }
  var cachedHash: Int {
    get { ref.int(at: SetObject.hashOffset) }
    nonmutating set { ref.setInt(newValue, at: SetObject.hashOffset) }
  }

  /// An empty set (or frozenset) with the minimum table.
  public static func make(frozen: Bool = false) -> SetObject {
    let set = SetObject(Heap.allocate(size: size, tag: frozen ? .frozenSet : .set).value)
    guard let table = allocateTable(minimumSize) else { Heap.outOfMemory() }
    set.table = table
    set.mask = minimumSize - 1
    set.cachedHash = -1
    Heap.noteExternalAllocation(minimumSize * MemoryLayout<Entry>.stride)
    return set
  }

  /// A zeroed table (every entry empty), or nil when memory is exhausted.
  static func allocateTable(_ size: Int) -> UnsafeMutablePointer<Entry>? {
    guard size <= Int.max / MemoryLayout<Entry>.stride,
      let block = adder_block_allocate(size * MemoryLayout<Entry>.stride)
    else { return nil }
    memset(block, 0, size * MemoryLayout<Entry>.stride)
    return block.assumingMemoryBound(to: Entry.self)
  }

  /// The bytes of the table.
  var tableBytes: Int { tableIfAny == nil ? 0 : (mask + 1) * MemoryLayout<Entry>.stride }

  /// Frees the table; returns its size (the collector calls this when it sweeps the set).
  func release() -> Int {
    let bytes = tableBytes
    adder_block_free(tableIfAny, bytes)
    return bytes
  }

  // MARK: Probing (set_lookkey, set_add_entry, set_insert_clean)

  /// The index of the active entry equal to `key`, or nil.
  func find(_ key: Value, hash: Int) throws(PythonError) -> Int? {
    var mask = self.mask
    var i = hash & mask
    var perturb = UInt(bitPattern: hash)
    while true {
      var j = i
      var probes = i + SetObject.linearProbes <= mask ? SetObject.linearProbes : 0
      while true {
        let entry = table[j]
        if entry.hash == 0 && entry.key.isEmpty { return nil }
        if entry.hash == hash {
          if entry.key == key { return j }
          let before = table
          let equal = try equals(entry.key, key)
          // A comparison that changed the set restarts the search, as CPython's does.
          if before != table || table[j].key != entry.key { return try find(key, hash: hash) }
          if equal { return j }
          mask = self.mask
        }
        if probes == 0 { break }
        probes -= 1
        j += 1
      }
      perturb >>= UInt(SetObject.perturbShift)
      i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
    }
  }

  /// Adds `key` unless an equal key is present (the present one stays). Reuses the last dummy
  /// entry the probe passed, and grows the table when it is 3/5 full, as CPython does.
  func add(_ key: Value, hash: Int) throws(PythonError) {
    restart: while true {
      var mask = self.mask
      var i = hash & mask
      var perturb = UInt(bitPattern: hash)
      var freeSlot: Int? = nil
      while true {
        var j = i
        var probes = i + SetObject.linearProbes <= mask ? SetObject.linearProbes : 0
        while true {
          let entry = table[j]
          if entry.hash == 0 && entry.key.isEmpty {
            if let freeSlot {
              table[freeSlot] = Entry(key: key, hash: hash)
              count += 1
              return
            }
            table[j] = Entry(key: key, hash: hash)
            fill += 1
            count += 1
            if fill * 5 < mask * 3 { return }
            try resize(minimumUsed: count > 50000 ? count * 2 : count * 4)
            return
          }
          if entry.hash == hash {
            if entry.key == key { return }
            let before = table
            if try equals(entry.key, key) { return }
            if before != table || table[j].key != entry.key { continue restart }
            mask = self.mask
          } else if entry.hash == -1 {
            freeSlot = j
          }
          if probes == 0 { break }
          probes -= 1
          j += 1
        }
        perturb >>= UInt(SetObject.perturbShift)
        i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
      }
    }
  }

  /// Puts a key known to be absent into a table with no dummies (resizing, merging into an empty
  /// set): no comparisons.
  static func insertClean(_ table: UnsafeMutablePointer<Entry>, mask: Int, _ key: Value, hash: Int) {
    var i = hash & mask
    var perturb = UInt(bitPattern: hash)
    while true {
      if table[i].key.isEmpty {
        table[i] = Entry(key: key, hash: hash)
        return
      }
      if i + linearProbes <= mask {
        for j in i + 1...i + linearProbes where table[j].key.isEmpty {
          table[j] = Entry(key: key, hash: hash)
          return
        }
      }
      perturb >>= UInt(perturbShift)
      i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
    }
  }

  /// Rebuilds the table at the smallest power of two above `minimumUsed`, dropping dummies
  /// (set_table_resize).
  func resize(minimumUsed: Int) throws(PythonError) {
    var newSize = SetObject.minimumSize
    while newSize <= minimumUsed {
      guard newSize < Int.max / (2 * MemoryLayout<Entry>.stride) else { throw raise(.memoryError) }
      newSize <<= 1
    }
    let oldMask = mask
    if newSize == SetObject.minimumSize && oldMask == newSize - 1 && fill == count { return }
    guard let newTable = SetObject.allocateTable(newSize) else { throw raise(.memoryError) }
    let oldTable = table
    for i in 0...oldMask where !oldTable[i].key.isEmpty {
      SetObject.insertClean(newTable, mask: newSize - 1, oldTable[i].key, hash: oldTable[i].hash)
    }
    adder_block_free(oldTable, (oldMask + 1) * MemoryLayout<Entry>.stride)
    Heap.noteExternalAllocation((newSize - oldMask - 1) * MemoryLayout<Entry>.stride)
    table = newTable
    mask = newSize - 1
    fill = count
  }

  /// Turns the entry at `index` into a dummy.
  func removeEntry(at index: Int) {
    table[index] = Entry(key: .empty, hash: -1)
    count -= 1
  }

  /// Removes `key` if present; whether it was.
  func discard(_ key: Value, hash: Int) throws(PythonError) -> Bool {
    guard let index = try find(key, hash: hash) else { return false }
    removeEntry(at: index)
    return true
  }

  /// Empties the set back to the minimum table (set_clear_internal; the pop finger stays).
  func removeAll() {
    guard let fresh = SetObject.allocateTable(SetObject.minimumSize) else { Heap.outOfMemory() }
    Heap.noteExternalAllocation(-release() + SetObject.minimumSize * MemoryLayout<Entry>.stride)
    table = fresh
    mask = SetObject.minimumSize - 1
    fill = 0
    count = 0
    cachedHash = -1
  }

  /// Removes and returns a key, scanning from the finger (set_pop); nil when empty.
  func pop() -> Value? {
    guard count > 0 else { return nil }
    let mask = self.mask
    var i = finger & mask
    while table[i].key.isEmpty {
      i += 1
      if i > mask { i = 0 }
    }
    let key = table[i].key
    removeEntry(at: i)
    finger = i + 1
    return key
  }

  /// The index of the first active entry at or after `index`, or nil (set_next).
  @inline(__always) func next(from index: Int) -> Int? {
    var i = index
    let mask = self.mask
    let table = self.table
    while i <= mask && table[i].key.isEmpty { i += 1 }
    return i <= mask ? i : nil
  }

  /// Takes `other`'s table and counts, giving it this set's (set_swap_bodies, for the in-place
  /// intersections: the result keeps the layout the intersection built).
  func swapBodies(with other: SetObject) {
    let (table, mask, fill, count) = (self.table, self.mask, self.fill, self.count)
    self.table = other.table
    self.mask = other.mask
    self.fill = other.fill
    self.count = other.count
    other.table = table
    other.mask = mask
    other.fill = fill
    other.count = count
    cachedHash = -1
    other.cachedHash = -1
  }

  /// A frozenset's hash (frozenset_hash): independent of the order, cached.
  public func frozenHash() -> Int {
    let cached = cachedHash
    if cached != -1 { return cached }
    func shuffle(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167 }
    var hash: UInt = 0
    for i in 0...mask { hash ^= shuffle(UInt(bitPattern: table[i].hash)) }
    // Empty entries (hash 0) and dummies (hash -1) were included: cancel an odd number of each.
    if (mask + 1 - fill) & 1 != 0 { hash ^= shuffle(0) }
    if (fill - count) & 1 != 0 { hash ^= shuffle(UInt.max) }
    hash ^= (UInt(count) &+ 1) &* 1_927_868_237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907_133_923
    if hash == UInt.max { hash = 590_923_713 }
    let result = Int(bitPattern: hash)
    cachedHash = result
    return result
  }
}

extension Value {
  /// A set or a frozenset (CPython's PyAnySet_Check).
  @inline(__always) public var isAnySet: Bool {
    isHeapObject && (objectTag == .set || objectTag == .frozenSet)
  }
}
