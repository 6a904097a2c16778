import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A non-moving mark-sweep collector.
///
/// Roots are found two ways:
/// - precisely: every registered root (globals, the module table, interned names, code
///   constants, the pending exception) and the interpreter's value stack, through `rootScanners`;
/// - conservatively: every word of the native stack (with callee-saved registers spilled) that is
///   the exact address of an allocated object. This is what keeps a value alive while a runtime
///   helper or, later, machine code holds it only in a register or a Swift local.
///
/// Objects never move, so an ambiguous word can at worst keep garbage alive; it can never be
/// updated wrongly.
/// Keeps `value` visible to the collector until this point. `withExtendedLifetime` cannot do this
/// for a Value (a trivial struct): the optimizer may keep only a derived pointer (a list's item
/// buffer) and drop the Value, and the collector would then free the object under it.
@inline(__always)
public func keepAlive(_ value: Value) { adder_keep_alive(value.raw) }

public enum Collector {
  public struct Statistics: Sendable {
    public var collections = 0
    public var bytesAllocated = 0
    public var bytesFreed = 0
    /// Bytes in chunks held from the system (cells, free or not).
    public var heapBytes = 0
    /// Bytes in live cells and their side buffers after the last collection.
    public var liveBytes = 0
    public var peakHeapBytes = 0
    public var totalPauseNanoseconds: UInt64 = 0
    public var longestPauseNanoseconds: UInt64 = 0
  }

  nonisolated(unsafe) public static var statistics = Statistics()
  /// Callbacks that mark the values a subsystem holds (the interpreter registers its stack).
  nonisolated(unsafe) public static var rootScanners: [() -> Void] = []
  nonisolated(unsafe) static var markStack: [UnsafeMutableRawPointer] = []
  nonisolated(unsafe) static var stackBase: UInt = 0
  /// The smallest allocation volume between two collections. Measured (release, static
  /// runtime) against CPython's peak RSS: 4 MiB gave binary-trees 21.1 MB vs 21.8 and 10^7
  /// temporaries 16.8 MB vs 13.5; 2 MiB gives 21.0 and 14.3 at 3% more time than 4 MiB; 1 MiB
  /// gives 20.8 and 13.1 but 15-40% more time in allocation-heavy programs.
  public static let minimumThreshold = 2 * 1024 * 1024

  /// Remembers the current thread's stack base: the conservative scan runs from the collecting
  /// frame up to here. Call on the thread that runs the program.
  public static func start(threadStackBase: UnsafeMutableRawPointer? = nil) {
    Heap.initialize()
    stackBase = UInt(bitPattern: threadStackBase ?? adder_stack_base())
    markStack.reserveCapacity(4096)
    Heap.enabled = true
  }

  @inline(__always)
  public static func mark(_ value: Value) {
    guard value.isHeapObject else { return }
    let object = ObjectRef(value)
    if object.gcBits & ObjectHeader.markBit != 0 { return }
    object.gcBits |= ObjectHeader.markBit
    markStack.append(object.base)
  }

  /// Marks every object that a word in `start..<end` points into.
  public static func markAmbiguous(_ start: UnsafeRawPointer, _ end: UnsafeRawPointer) {
    var word = UnsafeRawPointer(bitPattern: (UInt(bitPattern: start) + 7) & ~7)!
    while word < end {
      let candidate = word.load(as: UInt.self)
      if let object = Heap.objectContaining(candidate) {
        mark(Value(object: object))
      }
      word += 8
    }
  }

  public static func collect() {
    let started = monotonicNanoseconds()
    statistics.collections += 1
    // Mark.
    for scan in rootScanners { scan() }
    adder_with_registers_spilled(
      { _, low in
        guard let low, Collector.stackBase != 0 else { return }
        Collector.markAmbiguous(UnsafeRawPointer(low), UnsafeRawPointer(bitPattern: Collector.stackBase)!)
      }, nil)
    while let object = markStack.popLast() { traceChildren(ObjectRef(object)) }
    // Sweep.
    let freed = sweep()
    statistics.bytesAllocated += Heap.allocatedSinceCollection
    statistics.bytesFreed += freed
    statistics.peakHeapBytes = max(statistics.peakHeapBytes, statistics.heapBytes)
    // Collect again after allocating as much as survived (the heap stays within about twice the
    // live data, as CPython's footprint does), but not more often than every few MiB.
    Heap.collectionThreshold = max(minimumThreshold, statistics.liveBytes)
    Heap.allocatedSinceCollection = 0
    let pause = monotonicNanoseconds() - started
    statistics.totalPauseNanoseconds += pause
    statistics.longestPauseNanoseconds = max(statistics.longestPauseNanoseconds, pause)
  }

  /// Frees every unmarked cell, clears marks, and returns whole empty chunks to the system.
  static func sweep() -> Int {
    var freed = 0
    var live = 0
    for i in 0..<Heap.sizeClasses.count { Heap.freeLists[i] = nil }
    var keptChunks: [Heap.Chunk] = []
    keptChunks.reserveCapacity(Heap.chunks.count)
    Heap.chunkIndex.removeAll(keepingCapacity: true)
    for chunk in Heap.chunks {
      var chunkFree: UnsafeMutableRawPointer? = nil
      var chunkFreeTail: UnsafeMutableRawPointer? = nil
      var liveCells = 0
      for i in 0..<chunk.cellCount {
        let cell = chunk.base + i * chunk.cellSize
        let object = ObjectRef(cell)
        if object.tag != .free {
          let bits = object.gcBits
          if bits & (ObjectHeader.markBit | ObjectHeader.immortalBit) != 0 {
            object.gcBits = bits & ~ObjectHeader.markBit
            liveCells += 1
            live += chunk.cellSize + externalBytes(object)
            continue
          }
          freed += chunk.cellSize + finalize(object)
          cell.storeBytes(of: 0, as: UInt64.self)
        }
        cell.storeBytes(of: chunkFree, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
        if chunkFreeTail == nil { chunkFreeTail = cell }
        chunkFree = cell
      }
      if liveCells == 0 {
        if Heap.spareChunks.count < Heap.maximumSpareChunks {
          Heap.spareChunks.append(chunk.base)
        } else {
          free(chunk.base)
        }
        statistics.heapBytes -= Heap.chunkSize
        continue
      }
      if let tail = chunkFreeTail {
        tail.storeBytes(
          of: Heap.freeLists[chunk.sizeClass], toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
        Heap.freeLists[chunk.sizeClass] = chunkFree
      }
      Heap.chunkIndex[UInt(bitPattern: chunk.base)] = keptChunks.count
      keptChunks.append(chunk)
    }
    Heap.chunks = keptChunks
    for (address, size) in Heap.largeObjects {
      let object = ObjectRef(UnsafeMutableRawPointer(bitPattern: address)!)
      let bits = object.gcBits
      if bits & (ObjectHeader.markBit | ObjectHeader.immortalBit) != 0 {
        object.gcBits = bits & ~ObjectHeader.markBit
        live += size + externalBytes(object)
      } else {
        freed += size + finalize(object)
        Heap.largeObjects[address] = nil
        free(object.base)
      }
    }
    statistics.liveBytes = live
    return freed
  }

  static func monotonicNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
  }
}
