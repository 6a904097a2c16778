import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The runtime's own allocator: segregated size classes carved out of 256 KiB chunks, each chunk
/// holding cells of one size, with a free list per class. Objects larger than the biggest class
/// are malloc'd one by one ("large objects"). Cells never move, so a Value's address is stable and
/// the collector may find objects from ambiguous words (see `Collector`).
///
/// Variable-size payloads (list items, dict tables, GMP limbs) live in malloc'd side buffers owned
/// by their object and freed when the collector sweeps it; their bytes count as allocation volume.
public enum Heap {
  public static let chunkSize = 256 * 1024
  /// Cell sizes in bytes, multiples of 8 (every object is 8-byte aligned, keeping tag bits 0).
  public static let sizeClasses: [Int] = [
    16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 256, 320, 384, 512, 768, 1024,
  ]
  public static let largestCell = 1024

  // The allocation path reads these three tables. They are optionals set by `initialize()`:
  // a global with a non-constant initializer is initialized lazily, which costs a `swift_once`
  // check on every access.
  /// Size class index by (size + 7) / 8, for sizes up to `largestCell`.
  nonisolated(unsafe) static var classForWordsTable: UnsafeMutablePointer<UInt8>? = nil
  /// Cell size in bytes per size class (`sizeClasses` as raw memory).
  nonisolated(unsafe) static var cellSizesTable: UnsafeMutablePointer<Int>? = nil
  nonisolated(unsafe) static var freeListsTable: UnsafeMutablePointer<UnsafeMutableRawPointer?>? = nil

  @inline(__always) static var classForWords: UnsafeMutablePointer<UInt8> {
    classForWordsTable.unsafelyUnwrapped
  }
  @inline(__always) static var cellSizes: UnsafeMutablePointer<Int> { cellSizesTable.unsafelyUnwrapped }
  @inline(__always) static var freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?> {
    freeListsTable.unsafelyUnwrapped
  }
  nonisolated(unsafe) static var chunks: [Chunk] = []
  /// Empty chunks kept for reuse instead of going back to the system at once: a program that
  /// builds and drops garbage empties and refills the same chunks every collection, and each
  /// round trip through `free`/`posix_memalign` was an munmap, an mmap and 64 page faults.
  nonisolated(unsafe) static var spareChunks: [UnsafeMutableRawPointer] = []
  static let maximumSpareChunks = 16
  /// Chunk base address → index in `chunks`, to test ambiguous words quickly.
  nonisolated(unsafe) static var chunkIndex: [UInt: Int] = [:]
  nonisolated(unsafe) static var largeObjects: [UInt: Int] = [:]

  /// Bytes handed out since the last collection (cells, large objects, side buffers).
  nonisolated(unsafe) public static var allocatedSinceCollection = 0
  /// When `allocatedSinceCollection` passes this, the next allocation collects first.
  nonisolated(unsafe) public static var collectionThreshold = Collector.minimumThreshold
  /// Collect before every allocation (`--gc-stress`): finds missing roots.
  nonisolated(unsafe) public static var stress = false
  /// Collection is off until the runtime has registered its roots.
  nonisolated(unsafe) public static var enabled = false
  nonisolated(unsafe) static var initialized = false

  struct Chunk {
    var base: UnsafeMutableRawPointer
    var cellSize: Int
    var sizeClass: Int
    /// Cells carved so far (threaded onto the free list at least once): the only ones the sweep
    /// and ambiguous roots look at.
    var cellCount: Int
    /// Cells the chunk holds.
    var capacity: Int
  }

  /// Per size class, the chunk whose cells are still being carved (its base), if any. A chunk's
  /// cells are threaded onto the free list a page at a time as they are needed, not all at once:
  /// threading a whole 256 KiB chunk touched 64 pages per size class at start-up, most of them
  /// never used by a short program (a tenth of the start-up time was page faults).
  nonisolated(unsafe) static var carving: [UnsafeMutableRawPointer?] = Array(
    repeating: nil, count: sizeClasses.count)

  static func initialize() {
    guard !initialized else { return }
    initialized = true
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: largestCell / 8 + 1)
    var sizeClass = 0
    for words in 0...(largestCell / 8) {
      while sizeClasses[sizeClass] < words * 8 { sizeClass += 1 }
      table[words] = UInt8(sizeClass)
    }
    classForWordsTable = table
    cellSizesTable = UnsafeMutablePointer<Int>.allocate(capacity: sizeClasses.count)
    cellSizesTable!.initialize(from: sizeClasses, count: sizeClasses.count)
    freeListsTable = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: sizeClasses.count)
    freeListsTable!.initialize(repeating: nil, count: sizeClasses.count)
  }

  /// A zeroed object of `size` bytes with `tag` in its header.
  @inline(__always)
  public static func allocate(size: Int, tag: ObjectTag) -> ObjectRef {
    if let (cell, words) = takeFreeCell(size: size) {
      let wordsPointer = cell.assumingMemoryBound(to: UInt64.self)
      wordsPointer[1] = 0
      for i in 2..<words { wordsPointer[i] = 0 }
      wordsPointer[0] = UInt64(tag.rawValue)
      return ObjectRef(cell)
    }
    return allocateSlow(size: size, tag: tag)
  }

  /// `allocate` for an object whose every byte past the header the caller writes before anything
  /// reads it (a big int's limbs): a free cell's words are not cleared.
  static func allocateUncleared(size: Int, tag: ObjectTag) -> ObjectRef {
    if let (cell, _) = takeFreeCell(size: size) {
      cell.storeBytes(of: UInt64(tag.rawValue), as: UInt64.self)
      return ObjectRef(cell)
    }
    return allocateSlow(size: size, tag: tag)
  }

  /// The fast path of both: a cell of `size`'s class off its free list, counted, and its size in
  /// words; nil when the slow path must run (no free cell, a collection due, stress, a large size).
  @inline(__always)
  private static func takeFreeCell(size: Int) -> (cell: UnsafeMutableRawPointer, words: Int)? {
    guard size <= largestCell && !stress else { return nil }
    let sizeClass = Int(classForWords[(size + 7) >> 3])
    guard let cell = freeLists[sizeClass], allocatedSinceCollection < collectionThreshold else { return nil }
    freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
    allocatedSinceCollection &+= cellSizes[sizeClass]
    return (cell, cellSizes[sizeClass] >> 3)
  }

  @inline(never)
  static func allocateSlow(size: Int, tag: ObjectTag) -> ObjectRef {
    if enabled && (stress || allocatedSinceCollection >= collectionThreshold) {
      Collector.collect()
    }
    let base: UnsafeMutableRawPointer
    if size > largestCell {
      guard let memory = calloc(1, size) else { outOfMemory() }
      largeObjects[UInt(bitPattern: memory)] = size
      allocatedSinceCollection &+= size
      base = memory
    } else {
      let sizeClass = Int(classForWords[(size + 7) >> 3])
      if freeLists[sizeClass] == nil && !carve(sizeClass: sizeClass) { addChunk(sizeClass: sizeClass) }
      let cell = freeLists[sizeClass]!
      freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
      memset(cell, 0, sizeClasses[sizeClass])
      allocatedSinceCollection &+= sizeClasses[sizeClass]
      base = cell
    }
    base.storeBytes(of: tag.rawValue, as: UInt8.self)
    return ObjectRef(base)
  }

  /// A zeroed object of `size` bytes, where the size comes from the program (a repeat count, a
  /// width): MemoryError when it cannot be had, where `allocate` would end the process.
  public static func allocateChecked(size: Int, tag: ObjectTag) throws(PythonError) -> ObjectRef {
    if size <= largestCell { return allocate(size: size, tag: tag) }
    if enabled && (stress || allocatedSinceCollection >= collectionThreshold) {
      Collector.collect()
    }
    // calloc leaves a large block's pages untouched until written (mmap'd memory is zero).
    guard let base = calloc(1, size) else { throw raise(.memoryError) }
    largeObjects[UInt(bitPattern: base)] = size
    allocatedSinceCollection &+= size
    base.storeBytes(of: tag.rawValue, as: UInt8.self)
    return ObjectRef(base)
  }

  /// Whether `bytes` more could be allocated now: a probe (malloc, then free) for results built
  /// outside the heap (padding a formatted field) before Swift code, which traps on a failed
  /// allocation, builds them.
  public static func canAllocate(bytes: Int) -> Bool {
    bytes < 1 << 20 || adder_can_allocate(bytes) != 0
  }

  /// Where an allocation with no way to raise fails (the runtime's own tables, a cell chunk):
  /// end as CPython does when it cannot even make the MemoryError, with a message, not a trap.
  static func outOfMemory() -> Never {
    Output.flush()
    writeStandardError("MemoryError\n")
    exit(1)
  }

  static func addChunk(sizeClass: Int) {
    var memory: UnsafeMutableRawPointer? = spareChunks.popLast()
    if memory == nil, posix_memalign(&memory, chunkSize, chunkSize) != 0 { memory = nil }
    guard let base = memory else { outOfMemory() }
    let cellSize = sizeClasses[sizeClass]
    chunkIndex[UInt(bitPattern: base)] = chunks.count
    chunks.append(
      Chunk(
        base: base, cellSize: cellSize, sizeClass: sizeClass, cellCount: 0, capacity: chunkSize / cellSize))
    carving[sizeClass] = base
    _ = carve(sizeClass: sizeClass)
    Collector.statistics.heapBytes += chunkSize
    Collector.statistics.peakHeapBytes = max(
      Collector.statistics.peakHeapBytes, Collector.statistics.heapBytes)
  }

  /// Threads about a page of the carving chunk's next cells onto the size class's free list,
  /// lowest address first; false when the class has no chunk with cells left to carve (the
  /// sweep may have returned it, or given its address to another class).
  static func carve(sizeClass: Int) -> Bool {
    guard let base = carving[sizeClass], let index = chunkIndex[UInt(bitPattern: base)],
      chunks[index].sizeClass == sizeClass, chunks[index].cellCount < chunks[index].capacity
    else {
      carving[sizeClass] = nil
      return false
    }
    let chunk = chunks[index]
    let cellSize = chunk.cellSize
    let end = min(chunk.capacity, chunk.cellCount + max(1, 4096 / cellSize))
    var next = freeLists[sizeClass]
    for i in stride(from: end - 1, through: chunk.cellCount, by: -1) {
      let cell = base + i * cellSize
      cell.storeBytes(of: 0, as: UInt64.self)
      cell.storeBytes(of: next, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
      next = cell
    }
    freeLists[sizeClass] = next
    chunks[index].cellCount = end
    return true
  }

  /// Records side-buffer bytes (list items, dict tables, limbs) toward the collection trigger.
  @inline(__always)
  public static func noteExternalAllocation(_ bytes: Int) {
    allocatedSinceCollection &+= bytes
  }

  /// The allocated object that `address` points into (at its start or inside it), if any.
  /// Used for ambiguous roots: a word that merely looks like a pointer is ignored, and an interior
  /// pointer (a field or string-bytes address an optimized helper kept instead of the object)
  /// still keeps its object alive. Large objects are recognized by their start address only.
  static func objectContaining(_ address: UInt) -> UnsafeMutableRawPointer? {
    guard address != 0 else { return nil }
    let chunkBase = address & ~UInt(chunkSize - 1)
    if let index = chunkIndex[chunkBase] {
      let chunk = chunks[index]
      let cellNumber = Int(address - chunkBase) / chunk.cellSize
      guard cellNumber < chunk.cellCount else { return nil }
      let cell = chunk.base + cellNumber * chunk.cellSize
      return cell.load(as: UInt8.self) == ObjectTag.free.rawValue ? nil : cell
    }
    if address & 7 == 0, largeObjects[address] != nil {
      return UnsafeMutableRawPointer(bitPattern: address)
    }
    return nil
  }
}
