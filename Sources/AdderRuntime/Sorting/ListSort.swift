/// `list.sort()` and `sorted()`: CPython's list_sort_impl around the port in `TimSort`.
///
/// As in CPython the list is empty while it sorts (its items move to a holder list), so a key
/// function or comparison that looks at it sees `[]`, and one that changes it is reported as
/// "list modified during sort" instead of corrupting the sort; what it added is dropped.
public enum ListSort {
  public static func sort(_ list: ListObject, key: Value?, reverse: Value?) throws(PythonError) {
    let descending = try reverseFlag(reverse)
    let items = ListObject.make()
    list.swapStorage(with: items)
    defer {
      // Whatever the outcome, the list gets its items back.
      list.swapStorage(with: items)
      keepAlive(items.ref.value)
    }
    let count = items.count
    var keys: ListObject? = nil
    if let key, !key.isNone {
      let computed = ListObject.make(capacity: count)
      keys = computed
      for i in 0..<count {
        var argument = items[i]
        computed.append(try callValue(key, &argument, 1))
      }
    }
    defer { if let keys { keepAlive(keys.ref.value) } }
    let scratch = ListObject.make()
    defer { keepAlive(scratch.ref.value) }
    if descending && count > 1 {
      // Reverse, sort stably, reverse back: equal items keep their order.
      SortSlice.reverse(items.items, count)
      if let keys { SortSlice.reverse(keys.items, count) }
    }
    var failure: PythonError? = nil
    do {
      try sortItems(items, keys: keys, scratch: scratch)
    } catch {
      failure = error
    }
    // Anything that resized the empty list in the meantime changed it.
    if failure == nil && (list.count != 0 || list.capacity != 0) {
      failure = raise(.valueError, "list modified during sort")
    }
    if descending && count > 1 { SortSlice.reverse(items.items, count) }
    if let failure { throw failure }
  }

  /// CPython's `reverse` argument: an int (or bool) that fits a C int.
  static func reverseFlag(_ reverse: Value?) throws(PythonError) -> Bool {
    guard let reverse else { return false }
    guard isIntLike(reverse) else {
      throw raise(.typeError, "'\(typeName(reverse))' object cannot be interpreted as an integer")
    }
    guard let n = IntArithmetic.small(reverse), n >= Int(Int32.min), n <= Int(Int32.max) else {
      throw raise(.overflowError, "Python int too large to convert to C int")
    }
    return n != 0
  }

  /// Picks the comparison: keys all small ints or all floats compare as machine numbers (the same
  /// answers `<` gives, NaNs included), anything else through the generic comparison.
  static func sortItems(_ items: ListObject, keys: ListObject?, scratch: ListObject) throws(PythonError) {
    let count = items.count
    if count < 2 { return }
    let keyItems = keys?.items ?? items.items
    let values = keys == nil ? nil : items.items
    var allSmallInts = true
    var allFloats = true
    for i in 0..<count {
      let k = keyItems[i]
      if !k.isSmallInt { allSmallInts = false }
      if !k.isFloat { allFloats = false }
      if !allSmallInts && !allFloats { break }
    }
    if allSmallInts {
      var sorter = TimSort(
        order: SmallIntOrder(), keys: keyItems, values: values, count: count, scratch: scratch)
      try sorter.sort()
    } else if allFloats {
      var sorter = TimSort(
        order: FloatOrder(), keys: keyItems, values: values, count: count, scratch: scratch)
      try sorter.sort()
    } else {
      var sorter = TimSort(
        order: GenericOrder(), keys: keyItems, values: values, count: count, scratch: scratch)
      try sorter.sort()
    }
  }
}

/// The `<` a sort uses.
protocol SortOrder {
  func less(_ a: Value, _ b: Value) throws(PythonError) -> Bool
}

/// Python's `a < b` (PyObject_RichCompareBool with Py_LT).
struct GenericOrder: SortOrder {
  @inline(__always)
  func less(_ a: Value, _ b: Value) throws(PythonError) -> Bool { try compare(a, b, .less) == .true }
}

/// Small ints: the tagged words order as the ints do.
struct SmallIntOrder: SortOrder {
  @inline(__always)
  func less(_ a: Value, _ b: Value) -> Bool { Int64(bitPattern: a.raw) < Int64(bitPattern: b.raw) }
}

/// Floats: IEEE `<`, false whenever a NaN is involved, as float's `<` is.
struct FloatOrder: SortOrder {
  @inline(__always)
  func less(_ a: Value, _ b: Value) -> Bool { a.double < b.double }
}
