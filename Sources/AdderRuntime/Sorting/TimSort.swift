/// CPython 3.11's list sort, step for step (Objects/listobject.c, Objects/listsort.txt): natural
/// runs (strictly descending runs reversed), short runs extended to `minRun` by binary insertion,
/// runs merged in powersort order, merges galloping with an adaptive `minGallop`.
///
/// Why a port and not any stable sort: with comparisons that are not a total order (a NaN among
/// floats compares false with everything) the result depends on exactly which pairs are compared,
/// so only CPython's own sequence of comparisons gives CPython's order.
///
/// `keys[i]` orders `values[i]`; `values` is nil when the items are their own keys. Every buffer
/// here belongs to a list object the caller keeps alive, so the collector sees every item, also
/// one that lives only in the scratch space in the middle of a merge.
struct TimSort<Order: SortOrder> {
  /// One pending run: `length` items from index `start`, and its node depth in powersort's
  /// merge tree (set when the run after it is found).
  struct Run {
    var start: Int
    var length: Int
    var power: Int
  }

  let order: Order
  let keys: UnsafeMutablePointer<Value>
  let values: UnsafeMutablePointer<Value>?
  let count: Int
  /// Merge scratch: a list so its items are traced; `scratchSlots` items of it are in use.
  let scratch: ListObject
  var scratchSlots = 0
  var minGallop = TimSort.initialMinGallop
  var pending: [Run] = []

  /// CPython's MIN_GALLOP: galloping starts after this many wins in a row.
  static var initialMinGallop: Int { 7 }

  init(
    order: Order, keys: UnsafeMutablePointer<Value>, values: UnsafeMutablePointer<Value>?, count: Int,
    scratch: ListObject
  ) {
    self.order = order
    self.keys = keys
    self.values = values
    self.count = count
    self.scratch = scratch
    pending.reserveCapacity(64)
  }

  @inline(__always)
  func less(_ a: Value, _ b: Value) throws(PythonError) -> Bool { try order.less(a, b) }

  @inline(__always)
  func slice(at index: Int) -> SortSlice {
    SortSlice(keys: keys + index, values: values.map { $0 + index })
  }

  mutating func sort() throws(PythonError) {
    var remaining = count
    if remaining < 2 { return }
    let minRun = TimSort.minimumRun(remaining)
    var low = 0
    repeat {
      var (length, descending) = try countRun(low, low + remaining)
      if descending { slice(at: low).reverse(length) }
      if length < minRun {
        let forced = min(remaining, minRun)
        try binarySort(low, low + forced, low + length)
        length = forced
      }
      try foundNewRun(length)
      pending.append(Run(start: low, length: length, power: 0))
      low += length
      remaining -= length
    } while remaining > 0
    try forceCollapse()
  }

  /// merge_compute_minrun: n itself below 64, else a k in 32...64 with n/k just below a power of 2.
  static func minimumRun(_ count: Int) -> Int {
    var n = count
    var shiftedOff = 0
    while n >= 64 {
      shiftedOff |= n & 1
      n >>= 1
    }
    return n + shiftedOff
  }

  /// count_run: the length of the run at `low` (`hi` exclusive) and whether it is strictly
  /// descending (strict, so reversing it keeps equal items in order).
  func countRun(_ low: Int, _ hi: Int) throws(PythonError) -> (Int, Bool) {
    var i = low + 1
    if i == hi { return (1, false) }
    if try less(keys[i], keys[i - 1]) {
      i += 1
      while i < hi, try less(keys[i], keys[i - 1]) { i += 1 }
      return (i - low, true)
    }
    i += 1
    while i < hi, try !less(keys[i], keys[i - 1]) { i += 1 }
    return (i - low, false)
  }

  /// binarysort: sorts [low, hi) by binary insertion, [low, start) being sorted already. An
  /// error leaves a permutation of the items (the pivot is placed only after its search).
  func binarySort(_ low: Int, _ hi: Int, _ start: Int) throws(PythonError) {
    var next = start == low ? start + 1 : start
    while next < hi {
      var l = low
      var r = next
      let pivot = keys[r]
      repeat {
        let p = l + ((r - l) >> 1)
        if try less(pivot, keys[p]) { r = p } else { l = p + 1 }
      } while l < r
      (keys + l + 1).update(from: keys + l, count: next - l)
      keys[l] = pivot
      if let values {
        let item = values[next]
        (values + l + 1).update(from: values + l, count: next - l)
        values[l] = item
      }
      next += 1
    }
  }

  /// powerloop: the depth of the boundary between two adjacent runs in the conceptual merge tree
  /// of the whole list (the first bit where the midpoints' binary fractions of n differ).
  static func power(_ start1: Int, _ length1: Int, _ length2: Int, _ count: Int) -> Int {
    var result = 0
    var a = 2 * start1 + length1
    var b = a + length1 + length2
    while true {
      result += 1
      if a >= count {
        a -= count
        b -= count
      } else if b >= count {
        break
      }
      a <<= 1
      b <<= 1
    }
    return result
  }

  /// found_new_run: merges pending runs deeper than the boundary before a new run of `length`.
  mutating func foundNewRun(_ length: Int) throws(PythonError) {
    guard let top = pending.last else { return }
    let power = TimSort.power(top.start, top.length, length, count)
    while pending.count > 1 && pending[pending.count - 2].power > power {
      try mergeAt(pending.count - 2)
    }
    pending[pending.count - 1].power = power
  }

  /// merge_force_collapse: merges what is left, the smaller neighbour first.
  mutating func forceCollapse() throws(PythonError) {
    while pending.count > 1 {
      var n = pending.count - 2
      if n > 0 && pending[n - 1].length < pending[n + 1].length { n -= 1 }
      try mergeAt(n)
    }
  }

  /// merge_at: merges pending runs i and i + 1, skipping the prefix of A and the suffix of B that
  /// are already in place.
  mutating func mergeAt(_ i: Int) throws(PythonError) {
    var a = slice(at: pending[i].start)
    var countA = pending[i].length
    let b = slice(at: pending[i + 1].start)
    var countB = pending[i + 1].length
    pending[i].length = countA + countB
    if i == pending.count - 3 { pending[i + 1] = pending[i + 2] }
    pending.removeLast()
    let k = try gallopRight(b.keys[0], a.keys, countA, 0)
    a.advance(k)
    countA -= k
    if countA == 0 { return }
    countB = try gallopLeft(a.keys[countA - 1], b.keys, countB, countB - 1)
    if countB <= 0 { return }
    if countA <= countB {
      try mergeLow(a, countA, b, countB)
    } else {
      try mergeHigh(a, countA, b, countB)
    }
  }

  /// merge_getmem: scratch room for `need` keys (and as many values).
  mutating func scratchSlice(_ need: Int) -> SortSlice {
    let slots = values == nil ? need : 2 * need
    if slots > scratchSlots {
      scratch.reserve(slots)
      // Slots the collector traces must hold Values, never uninitialized memory.
      for i in scratch.count..<slots { scratch.items[i] = .none }
      scratch.count = slots
      scratchSlots = slots
    }
    let base = scratch.items
    return SortSlice(keys: base, values: values == nil ? nil : base + need)
  }
}

/// sortslice: keys and the values they order, moved together.
struct SortSlice {
  var keys: UnsafeMutablePointer<Value>
  var values: UnsafeMutablePointer<Value>?

  @inline(__always)
  mutating func advance(_ n: Int) {
    keys += n
    if let v = values { values = v + n }
  }

  /// self[i] = source[j].
  @inline(__always)
  func copy(_ i: Int, from source: SortSlice, _ j: Int) {
    keys[i] = source.keys[j]
    if let v = values { v[i] = source.values.unsafelyUnwrapped[j] }
  }

  /// self[i..<i+n] = source[j..<j+n]; the ranges may overlap.
  @inline(__always)
  func move(_ i: Int, from source: SortSlice, _ j: Int, count n: Int) {
    (keys + i).update(from: source.keys + j, count: n)
    if let v = values { (v + i).update(from: source.values.unsafelyUnwrapped + j, count: n) }
  }

  /// *self++ = *source++.
  @inline(__always)
  mutating func takeForward(_ source: inout SortSlice) {
    copy(0, from: source, 0)
    advance(1)
    source.advance(1)
  }

  /// *self-- = *source--.
  @inline(__always)
  mutating func takeBackward(_ source: inout SortSlice) {
    copy(0, from: source, 0)
    advance(-1)
    source.advance(-1)
  }

  func reverse(_ n: Int) {
    SortSlice.reverse(keys, n)
    if let v = values { SortSlice.reverse(v, n) }
  }

  /// reverse_slice: reverses n items in place.
  static func reverse(_ items: UnsafeMutablePointer<Value>, _ n: Int) {
    var (low, high) = (0, n - 1)
    while low < high {
      (items[low], items[high]) = (items[high], items[low])
      low += 1
      high -= 1
    }
  }
}
