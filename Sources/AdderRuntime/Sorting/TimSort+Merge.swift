/// Galloping searches and the two merges (gallop_left, gallop_right, merge_lo, merge_hi).
extension TimSort {
  /// gallop_left: the k in 0...n with a[k-1] < key <= a[k] (a sorted, n > 0), searching out
  /// from `hint` in steps 1, 3, 7, ... and then by bisection.
  func gallopLeft(_ key: Value, _ a: UnsafeMutablePointer<Value>, _ n: Int, _ hint: Int) throws(PythonError)
    -> Int
  {
    var lastOffset = 0
    var offset = 1
    if try less(a[hint], key) {
      // a[hint] < key: gallop right until a[hint + lastOffset] < key <= a[hint + offset].
      let maxOffset = n - hint
      while offset < maxOffset {
        guard try less(a[hint + offset], key) else { break }
        lastOffset = offset
        offset = (offset << 1) + 1
      }
      offset = min(offset, maxOffset)
      lastOffset += hint
      offset += hint
    } else {
      // key <= a[hint]: gallop left until a[hint - offset] < key <= a[hint - lastOffset].
      let maxOffset = hint + 1
      while offset < maxOffset {
        if try less(a[hint - offset], key) { break }
        lastOffset = offset
        offset = (offset << 1) + 1
      }
      offset = min(offset, maxOffset)
      (lastOffset, offset) = (hint - offset, hint - lastOffset)
    }
    // a[lastOffset] < key <= a[offset]: bisect in between.
    lastOffset += 1
    while lastOffset < offset {
      let m = lastOffset + ((offset - lastOffset) >> 1)
      if try less(a[m], key) { lastOffset = m + 1 } else { offset = m }
    }
    return offset
  }

  /// gallop_right: as gallopLeft, but the k with a[k-1] <= key < a[k] (after equal items).
  func gallopRight(_ key: Value, _ a: UnsafeMutablePointer<Value>, _ n: Int, _ hint: Int) throws(PythonError)
    -> Int
  {
    var lastOffset = 0
    var offset = 1
    if try less(key, a[hint]) {
      // key < a[hint]: gallop left until a[hint - offset] <= key < a[hint - lastOffset].
      let maxOffset = hint + 1
      while offset < maxOffset {
        guard try less(key, a[hint - offset]) else { break }
        lastOffset = offset
        offset = (offset << 1) + 1
      }
      offset = min(offset, maxOffset)
      (lastOffset, offset) = (hint - offset, hint - lastOffset)
    } else {
      // a[hint] <= key: gallop right until a[hint + lastOffset] <= key < a[hint + offset].
      let maxOffset = n - hint
      while offset < maxOffset {
        if try less(key, a[hint + offset]) { break }
        lastOffset = offset
        offset = (offset << 1) + 1
      }
      offset = min(offset, maxOffset)
      lastOffset += hint
      offset += hint
    }
    lastOffset += 1
    while lastOffset < offset {
      let m = lastOffset + ((offset - lastOffset) >> 1)
      if try less(key, a[m]) { offset = m } else { lastOffset = m + 1 }
    }
    return offset
  }
}

/// Where a merge stands: the next free destination slot and the next (merge_lo) or last
/// (merge_hi) unmerged item of each run, with the counts left.
struct MergeCursor {
  var destination: SortSlice
  var a: SortSlice
  var b: SortSlice
  var countA: Int
  var countB: Int
}

/// How a merge loop ended: everything placed but the rest of the scratch copy, or (CopyB /
/// CopyA) one item of the copied run left that belongs at the far end.
enum MergeEnd {
  case done
  case lastOfCopiedRun
}

extension TimSort {
  /// merge_lo: merges A (countA items, A's last belongs at the end) with the B that follows it,
  /// countA <= countB: A goes to scratch and the merge fills from the left.
  mutating func mergeLow(_ a: SortSlice, _ countA: Int, _ b: SortSlice, _ countB: Int) throws(PythonError) {
    let copy = scratchSlice(countA)
    copy.move(0, from: a, 0, count: countA)
    var cursor = MergeCursor(destination: a, a: copy, b: b, countA: countA, countB: countB)
    let end: MergeEnd
    do {
      end = try mergeLowLoop(&cursor)
    } catch {
      // Put back what is left of A so the list stays a permutation of its items.
      if cursor.countA > 0 { cursor.destination.move(0, from: cursor.a, 0, count: cursor.countA) }
      throw error
    }
    switch end {
    case .done:
      if cursor.countA > 0 { cursor.destination.move(0, from: cursor.a, 0, count: cursor.countA) }
    case .lastOfCopiedRun:
      cursor.destination.move(0, from: cursor.b, 0, count: cursor.countB)
      cursor.destination.copy(cursor.countB, from: cursor.a, 0)
    }
  }

  private mutating func mergeLowLoop(_ s: inout MergeCursor) throws(PythonError) -> MergeEnd {
    s.destination.takeForward(&s.b)
    s.countB -= 1
    if s.countB == 0 { return .done }
    if s.countA == 1 { return .lastOfCopiedRun }
    var gallopAfter = minGallop
    while true {
      var winsA = 0
      var winsB = 0
      // One item at a time until one run wins gallopAfter times in a row.
      while true {
        if try less(s.b.keys[0], s.a.keys[0]) {
          s.destination.takeForward(&s.b)
          winsB += 1
          winsA = 0
          s.countB -= 1
          if s.countB == 0 { return .done }
          if winsB >= gallopAfter { break }
        } else {
          s.destination.takeForward(&s.a)
          winsA += 1
          winsB = 0
          s.countA -= 1
          if s.countA == 1 { return .lastOfCopiedRun }
          if winsA >= gallopAfter { break }
        }
      }
      // Gallop while either run keeps winning long stretches.
      gallopAfter += 1
      repeat {
        gallopAfter -= gallopAfter > 1 ? 1 : 0
        minGallop = gallopAfter
        var k = try gallopRight(s.b.keys[0], s.a.keys, s.countA, 0)
        winsA = k
        if k > 0 {
          s.destination.move(0, from: s.a, 0, count: k)
          s.destination.advance(k)
          s.a.advance(k)
          s.countA -= k
          if s.countA == 1 { return .lastOfCopiedRun }
          // Impossible with a consistent order, but the order may not be.
          if s.countA == 0 { return .done }
        }
        s.destination.takeForward(&s.b)
        s.countB -= 1
        if s.countB == 0 { return .done }
        k = try gallopLeft(s.a.keys[0], s.b.keys, s.countB, 0)
        winsB = k
        if k > 0 {
          s.destination.move(0, from: s.b, 0, count: k)
          s.destination.advance(k)
          s.b.advance(k)
          s.countB -= k
          if s.countB == 0 { return .done }
        }
        s.destination.takeForward(&s.a)
        s.countA -= 1
        if s.countA == 1 { return .lastOfCopiedRun }
      } while winsA >= TimSort.initialMinGallop || winsB >= TimSort.initialMinGallop
      gallopAfter += 1  // leaving galloping mode costs
      minGallop = gallopAfter
    }
  }

  /// merge_hi: as mergeLow with countA >= countB: B goes to scratch and the merge fills from the
  /// right.
  mutating func mergeHigh(_ a: SortSlice, _ countA: Int, _ b: SortSlice, _ countB: Int) throws(PythonError) {
    let copy = scratchSlice(countB)
    copy.move(0, from: b, 0, count: countB)
    var destination = b
    destination.advance(countB - 1)
    var lastA = a
    lastA.advance(countA - 1)
    var lastB = copy
    lastB.advance(countB - 1)
    var cursor = MergeCursor(destination: destination, a: lastA, b: lastB, countA: countA, countB: countB)
    let end: MergeEnd
    do {
      end = try mergeHighLoop(&cursor, firstA: a, firstB: copy)
    } catch {
      if cursor.countB > 0 {
        cursor.destination.move(-(cursor.countB - 1), from: copy, 0, count: cursor.countB)
      }
      throw error
    }
    switch end {
    case .done:
      if cursor.countB > 0 {
        cursor.destination.move(-(cursor.countB - 1), from: copy, 0, count: cursor.countB)
      }
    case .lastOfCopiedRun:
      let n = cursor.countA
      cursor.destination.move(1 - n, from: cursor.a, 1 - n, count: n)
      cursor.destination.advance(-n)
      cursor.a.advance(-n)
      cursor.destination.copy(0, from: cursor.b, 0)
    }
  }

  private mutating func mergeHighLoop(_ s: inout MergeCursor, firstA: SortSlice, firstB: SortSlice)
    throws(PythonError) -> MergeEnd
  {
    s.destination.takeBackward(&s.a)
    s.countA -= 1
    if s.countA == 0 { return .done }
    if s.countB == 1 { return .lastOfCopiedRun }
    var gallopAfter = minGallop
    while true {
      var winsA = 0
      var winsB = 0
      while true {
        if try less(s.b.keys[0], s.a.keys[0]) {
          s.destination.takeBackward(&s.a)
          winsA += 1
          winsB = 0
          s.countA -= 1
          if s.countA == 0 { return .done }
          if winsA >= gallopAfter { break }
        } else {
          s.destination.takeBackward(&s.b)
          winsB += 1
          winsA = 0
          s.countB -= 1
          if s.countB == 1 { return .lastOfCopiedRun }
          if winsB >= gallopAfter { break }
        }
      }
      gallopAfter += 1
      repeat {
        gallopAfter -= gallopAfter > 1 ? 1 : 0
        minGallop = gallopAfter
        var k = s.countA - (try gallopRight(s.b.keys[0], firstA.keys, s.countA, s.countA - 1))
        winsA = k
        if k > 0 {
          s.destination.advance(-k)
          s.a.advance(-k)
          s.destination.move(1, from: s.a, 1, count: k)
          s.countA -= k
          if s.countA == 0 { return .done }
        }
        s.destination.takeBackward(&s.b)
        s.countB -= 1
        if s.countB == 1 { return .lastOfCopiedRun }
        k = s.countB - (try gallopLeft(s.a.keys[0], firstB.keys, s.countB, s.countB - 1))
        winsB = k
        if k > 0 {
          s.destination.advance(-k)
          s.b.advance(-k)
          s.destination.move(1, from: s.b, 1, count: k)
          s.countB -= k
          if s.countB == 1 { return .lastOfCopiedRun }
          // Impossible with a consistent order, but the order may not be.
          if s.countB == 0 { return .done }
        }
        s.destination.takeBackward(&s.a)
        s.countA -= 1
        if s.countA == 0 { return .done }
      } while winsA >= TimSort.initialMinGallop || winsB >= TimSort.initialMinGallop
      gallopAfter += 1
      minGallop = gallopAfter
    }
  }
}
