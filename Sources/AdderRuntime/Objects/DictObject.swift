import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// An insertion-ordered dict, laid out like CPython's compact dict: a dense array of entries in
/// insertion order plus a sparse open-addressing index of Int32 entry numbers.
///
/// ```
/// offset 8   count: live entries
/// offset 16  used: entries written, deleted ones included
/// offset 24  entryCapacity
/// offset 32  entries: (hash: Int, key: Value, value: Value) × entryCapacity; key empty = deleted
/// offset 40  index: Int32 × indexSize; -1 = never used
/// offset 48  indexSize (a power of two, at least 8, > 1.5 × entryCapacity)
/// ```
///
/// The header's 32-bit field is the keys version: it changes whenever a key is added or removed
/// or the tables are rebuilt (entries move), not when a value is replaced. Machine code caches
/// where a global lives (dict and entry number) against it, as CPython 3.11's LOAD_GLOBAL
/// specialization caches against a dict's keys version.
public struct DictObject {
  public let ref: ObjectRef
  static let countOffset = 8
  static let usedOffset = 16
  static let capacityOffset = 24
  public static let entriesOffset = 32
  public static let keysVersionOffset = ObjectHeader.extraOffset
  public static let entryValueOffset = MemoryLayout<Entry>.offset(of: \Entry.value)!
  public static let entryStride = MemoryLayout<Entry>.stride
  static let indexOffset = 40
  static let indexSizeOffset = 48
  static let size = 56

  public struct Entry {
    public var hash: Int
    public var key: Value
    public var value: Value
  }

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  /// See the type's note: bumped when keys come or go or entries move.
  public var keysVersion: UInt32 { ref.extra }
  @inline(__always) func keysChanged() { ref.extra &+= 1 }

  /// The entry number of a str key, or nil (for caches keyed on `keysVersion`).
  public func entryIndex(str key: Value) -> Int? {
    guard let found = try? find(key, hash: StrObject(key).hash), found >= 0 else { return nil }
    return found
  }

  @inline(__always) public var count: Int {
    get { ref.int(at: DictObject.countOffset) }
    nonmutating set { ref.setInt(newValue, at: DictObject.countOffset) }
  }
  /// Entries written so far; iterate `0..<used` and skip deleted (empty-key) entries.
  @inline(__always) public var used: Int {
    get { ref.int(at: DictObject.usedOffset) }
    nonmutating set { ref.setInt(newValue, at: DictObject.usedOffset) }
  }
  @inline(__always) var capacity: Int { ref.int(at: DictObject.capacityOffset) }
  @inline(__always) public var entries: UnsafeMutablePointer<Entry> {
    ref.load(DictObject.entriesOffset, as: UnsafeMutablePointer<Entry>?.self).unsafelyUnwrapped
  }
  @inline(__always) var index: UnsafeMutablePointer<Int32> {
    ref.load(DictObject.indexOffset, as: UnsafeMutablePointer<Int32>?.self).unsafelyUnwrapped
  }
  @inline(__always) var indexMask: Int { ref.int(at: DictObject.indexSizeOffset) - 1 }

  public static func make(capacity: Int = 0) -> DictObject {
    let dict = DictObject(Heap.allocate(size: size, tag: .dict).value)
    dict.resize(entryCapacity: max(5, capacity))
    return dict
  }

  /// Rebuilds the tables for `entryCapacity` entries, dropping deleted entries.
  func resize(entryCapacity: Int) {
    var indexSize = 8
    while indexSize * 2 < entryCapacity * 3 { indexSize *= 2 }
    guard let entryBlock = adder_block_allocate(entryCapacity * MemoryLayout<Entry>.stride),
      let indexBlock = adder_block_allocate(indexSize * 4)
    else { Heap.outOfMemory() }
    let newEntries = entryBlock.assumingMemoryBound(to: Entry.self)
    let newIndex = indexBlock.assumingMemoryBound(to: Int32.self)
    newIndex.initialize(repeating: -1, count: indexSize)
    var live = 0
    if capacity > 0 {
      let old = entries
      for i in 0..<used where !old[i].key.isEmpty {
        newEntries[live] = old[i]
        var slot = old[i].hash & (indexSize - 1)
        var perturb = UInt(bitPattern: old[i].hash)
        while newIndex[slot] >= 0 {
          perturb >>= 5
          slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & (indexSize - 1)
        }
        newIndex[slot] = Int32(live)
        live += 1
      }
      Heap.noteExternalAllocation(-release())
    }
    ref.store(DictObject.entriesOffset, UnsafeMutableRawPointer(newEntries))
    ref.store(DictObject.indexOffset, UnsafeMutableRawPointer(newIndex))
    ref.setInt(entryCapacity, at: DictObject.capacityOffset)
    ref.setInt(indexSize, at: DictObject.indexSizeOffset)
    keysChanged()
    used = live
    count = live
    Heap.noteExternalAllocation(entryCapacity * MemoryLayout<Entry>.stride + indexSize * 4)
  }

  /// The bytes of the entry and index tables.
  var tableBytes: Int { capacity * MemoryLayout<Entry>.stride + (indexMask + 1) * 4 }

  /// Frees the tables; returns their size (the collector calls this when it sweeps the dict).
  func release() -> Int {
    let entryBytes = capacity * MemoryLayout<Entry>.stride
    let indexBytes = (indexMask + 1) * 4
    adder_block_free(ref.load(DictObject.entriesOffset, as: UnsafeMutableRawPointer?.self), entryBytes)
    adder_block_free(ref.load(DictObject.indexOffset, as: UnsafeMutableRawPointer?.self), indexBytes)
    return entryBytes + indexBytes
  }

  /// The entry number holding `key`, or the index slot where it would go (as -slot - 1).
  @inline(__always)
  func find(_ key: Value, hash: Int) throws(PythonError) -> Int {
    let mask = indexMask
    let table = index
    let items = entries
    var slot = hash & mask
    var perturb = UInt(bitPattern: hash)
    while true {
      let entry = Int(table[slot])
      if entry < 0 { return -slot - 1 }
      let candidate = items[entry]
      if candidate.key == key { return entry }
      if candidate.hash == hash && !candidate.key.isEmpty {
        if try keysEqual(candidate.key, key) { return entry }
      }
      perturb >>= 5
      slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
    }
  }

  public func get(_ key: Value) throws(PythonError) -> Value? {
    let hash = try hashValue(key)
    let found = try find(key, hash: hash)
    return found >= 0 ? entries[found].value : nil
  }

  /// Lookup by a str key whose hash is known (globals, keyword arguments).
  public func get(str key: Value) -> Value? {
    let hash = StrObject(key).hash
    let found = try? find(key, hash: hash)
    guard let found, found >= 0 else { return nil }
    return entries[found].value
  }

  public func set(_ key: Value, _ value: Value) throws(PythonError) {
    let hash = try hashValue(key)
    try set(key, value, hash: hash)
  }

  public func set(_ key: Value, _ value: Value, hash: Int) throws(PythonError) {
    let found = try find(key, hash: hash)
    if found >= 0 {
      entries[found].value = value
      return
    }
    if used == capacity {
      resize(entryCapacity: max(8, count * 2))
      try set(key, value, hash: hash)
      return
    }
    let n = used
    entries[n] = Entry(hash: hash, key: key, value: value)
    index[-found - 1] = Int32(n)
    used = n + 1
    count += 1
    keysChanged()
  }

  /// Removes `key`, returning its value, or nil if absent.
  public func remove(_ key: Value) throws(PythonError) -> Value? {
    let hash = try hashValue(key)
    let found = try find(key, hash: hash)
    guard found >= 0 else { return nil }
    let value = entries[found].value
    // The index keeps pointing at the dead entry, so probe chains through it stay intact.
    entries[found].key = .empty
    entries[found].value = .empty
    count -= 1
    keysChanged()
    return value
  }

  public func removeAll() {
    _ = release()
    ref.setInt(0, at: DictObject.capacityOffset)
    resize(entryCapacity: 5)
  }
}

extension Value {
  @inline(__always) public var isDict: Bool { isObject(.dict) }
}
