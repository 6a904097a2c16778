/// set and frozenset semantics shared by operators, constructors and methods, following
/// CPython 3.11's `Objects/setobject.c` step for step where the order of the result depends on it
/// (which table is walked, which keys are added to which set, when a table is resized).
public enum Sets {
  /// The operators sets define: `|`, `&`, `-`, `^` and their augmented forms.
  enum SetOperator { case union, intersection, difference, symmetricDifference }

  /// A new empty set of `like`'s kind (make_new_set_basetype).
  static func empty(like value: Value) -> SetObject { SetObject.make(frozen: value.objectTag == .frozenSet) }

  /// `set(iterable)` / `frozenset(iterable)` (make_new_set).
  public static func make(frozen: Bool, from iterable: Value?) throws(PythonError) -> Value {
    let set = SetObject.make(frozen: frozen)
    if let iterable { try update(set, with: iterable) }
    return set.ref.value
  }

  /// A set display of more than two constants: CPython folds them into a frozenset constant
  /// (`foldedConstant`) and merges that into a new set, whose layout can differ from adding the
  /// items one by one.
  public static func fromConstants(_ tuple: Value) -> Value {
    let constant = foldedConstant(tuple)
    let set = SetObject.make()
    try? merge(set, constant)
    keepAlive(constant.ref.value)
    return set.ref.value
  }

  /// The frozensets of `frozenSetConstant`, by the address of their (immortal) constant tuple.
  nonisolated(unsafe) static var constantFrozenSets: [UInt64: Value] = [:]

  /// A set display of constants that is iterated (`for`, a comprehension) or tested with `in`:
  /// CPython's AST optimizer makes it a frozenset constant, iterated in that frozenset's own
  /// order. Made once per constant tuple and immortal, like the constants it holds.
  public static func frozenSetConstant(_ tuple: Value) -> Value {
    if let cached = constantFrozenSets[tuple.raw] { return cached }
    let frozen = foldedConstant(tuple)
    frozen.ref.gcBits = ObjectHeader.immortalBit
    constantFrozenSets[tuple.raw] = frozen.ref.value
    return frozen.ref.value
  }

  /// The frozenset constant CPython's compiler makes of constant items: built from the items,
  /// then again from the first frozenset's iteration order when it merges its constants.
  static func foldedConstant(_ tuple: Value) -> SetObject {
    let first = SetObject.make(frozen: true)
    let items = TupleObject(tuple)
    // Constants are hashable and compare without raising.
    for i in 0..<items.count { try? first.add(items[i], hash: hashValue(items[i])) }
    let constant = SetObject.make(frozen: true)
    var i = 0
    while let index = first.next(from: i) {
      i = index + 1
      try? constant.add(first.table[index].key, hash: first.table[index].hash)
    }
    keepAlive(first.ref.value)
    return constant
  }

  /// The hash of a set element, or of a set used as one after CPython's retry as a frozenset
  /// (`{1} in s`, `s.remove({1})`).
  static func elementHash(_ key: inout Value) throws(PythonError) -> Int {
    if key.isObject(.set) {
      key = try make(frozen: true, from: key)
    }
    return try hashValue(key)
  }

  /// set_update_internal: another set is merged table to table, a dict adds its keys with their
  /// stored hashes, anything else is iterated.
  public static func update(_ set: SetObject, with other: Value) throws(PythonError) {
    if other.isAnySet { return try merge(set, SetObject(other)) }
    if other.isDict {
      let dict = DictObject(other)
      if (set.fill + dict.count) * 5 >= set.mask * 3 {
        try set.resize(minimumUsed: (set.count + dict.count) * 2)
      }
      var i = 0
      while i < dict.used {
        let entry = dict.entries[i]
        i += 1
        if !entry.key.isEmpty { try set.add(entry.key, hash: entry.hash) }
      }
      return
    }
    let iterator = try getIterator(other)
    while let key = try iteratorNext(iterator) { try set.add(key, hash: hashValue(key)) }
    keepAlive(iterator)
  }

  /// set_merge: one resize up front, then a slot-for-slot copy, clean inserts or plain adds.
  static func merge(_ set: SetObject, _ other: SetObject) throws(PythonError) {
    if other.ref.base == set.ref.base || other.count == 0 { return }
    if (set.fill + other.count) * 5 >= set.mask * 3 {
      try set.resize(minimumUsed: (set.count + other.count) * 2)
    }
    let (source, sourceMask) = (other.table, other.mask)
    if set.fill == 0 && set.mask == sourceMask && other.fill == other.count {
      let target = set.table
      for i in 0...sourceMask where !source[i].key.isEmpty { target[i] = source[i] }
      set.fill = other.fill
      set.count = other.count
      return
    }
    if set.fill == 0 {
      let (target, mask) = (set.table, set.mask)
      for i in 0...sourceMask where !source[i].key.isEmpty {
        SetObject.insertClean(target, mask: mask, source[i].key, hash: source[i].hash)
      }
      set.fill = other.count
      set.count = other.count
      return
    }
    var i = 0
    while i <= other.mask {
      let entry = other.table[i]
      i += 1
      if !entry.key.isEmpty { try set.add(entry.key, hash: entry.hash) }
    }
  }

  /// A copy of the same kind (set_copy).
  public static func copy(_ value: Value) throws(PythonError) -> SetObject {
    let result = empty(like: value)
    try merge(result, SetObject(value))
    return result
  }

  // MARK: Membership

  public static func contains(_ set: Value, _ item: Value) throws(PythonError) -> Bool {
    var key = item
    let hash = try elementHash(&key)
    let found = try SetObject(set).find(key, hash: hash) != nil
    keepAlive(key)
    return found
  }

  /// set.discard / set.remove: whether the key was there.
  static func discard(_ set: Value, _ item: Value) throws(PythonError) -> Bool {
    var key = item
    let hash = try elementHash(&key)
    let found = try SetObject(set).discard(key, hash: hash)
    keepAlive(key)
    return found
  }

  // MARK: Algebra

  /// set_intersection: walks the smaller set and adds the keys the larger one has.
  static func intersection(_ so: Value, _ other: Value) throws(PythonError) -> Value {
    if so == other { return try copy(so).ref.value }
    let result = empty(like: so)
    if other.isAnySet {
      var (large, small) = (SetObject(so), SetObject(other))
      if small.count > large.count { swap(&large, &small) }
      var i = 0
      while let index = small.next(from: i) {
        i = index + 1
        let entry = small.table[index]
        if try large.find(entry.key, hash: entry.hash) != nil { try result.add(entry.key, hash: entry.hash) }
      }
      return result.ref.value
    }
    let target = SetObject(so)
    let iterator = try getIterator(other)
    while let key = try iteratorNext(iterator) {
      let hash = try hashValue(key)
      if try target.find(key, hash: hash) != nil {
        try result.add(key, hash: hash)
        if result.count >= target.count { break }
      }
    }
    keepAlive(iterator)
    return result.ref.value
  }

  /// intersection(*others): the first argument's intersection, then each next one's with it.
  static func intersection(_ so: Value, _ others: Arguments) throws(PythonError) -> Value {
    if others.count == 0 { return try copy(so).ref.value }
    var result = so
    for i in 0..<others.count { result = try intersection(result, others[i]) }
    return result
  }

  /// set_difference_update_internal.
  static func differenceUpdate(_ set: SetObject, _ other: Value) throws(PythonError) {
    if other == set.ref.value { return set.removeAll() }
    if other.isAnySet {
      var source = other
      // Removing a much larger set: remove only the intersection.
      if SetObject(other).count >> 3 > set.count { source = try intersection(set.ref.value, other) }
      let keys = SetObject(source)
      var i = 0
      while let index = keys.next(from: i) {
        i = index + 1
        _ = try set.discard(keys.table[index].key, hash: keys.table[index].hash)
      }
      keepAlive(source)
    } else {
      let iterator = try getIterator(other)
      while let key = try iteratorNext(iterator) { _ = try set.discard(key, hash: hashValue(key)) }
      keepAlive(iterator)
    }
    // More than a quarter dummies: rebuild.
    if set.fill - set.count <= set.mask / 4 { return }
    try set.resize(minimumUsed: set.count > 50000 ? set.count * 2 : set.count * 4)
  }

  /// set_difference: a copy with the other's keys removed, or the keys of `so` not in other.
  static func difference(_ so: Value, _ other: Value) throws(PythonError) -> Value {
    let source = SetObject(so)
    let otherSize: Int
    if other.isAnySet {
      otherSize = SetObject(other).count
    } else if other.isDict {
      otherSize = DictObject(other).count
    } else {
      return try copyAndDifference(so, other)
    }
    if source.count >> 2 > otherSize { return try copyAndDifference(so, other) }
    let result = empty(like: so)
    var i = 0
    while let index = source.next(from: i) {
      i = index + 1
      let entry = source.table[index]
      let present =
        other.isDict
        ? try DictObject(other).find(entry.key, hash: entry.hash) >= 0
        : try SetObject(other).find(entry.key, hash: entry.hash) != nil
      if !present { try result.add(entry.key, hash: entry.hash) }
    }
    return result.ref.value
  }

  static func copyAndDifference(_ so: Value, _ other: Value) throws(PythonError) -> Value {
    let result = try copy(so)
    try differenceUpdate(result, other)
    return result.ref.value
  }

  /// difference(*others).
  static func difference(_ so: Value, _ others: Arguments) throws(PythonError) -> Value {
    if others.count == 0 { return try copy(so).ref.value }
    let result = try difference(so, others[0])
    for i in 1..<others.count { try differenceUpdate(SetObject(result), others[i]) }
    return result
  }

  /// set_symmetric_difference_update: each key of the other is removed if present, else added.
  static func symmetricDifferenceUpdate(_ set: SetObject, _ other: Value) throws(PythonError) {
    if other == set.ref.value { return set.removeAll() }
    if other.isDict {
      let dict = DictObject(other)
      var i = 0
      while i < dict.used {
        let entry = dict.entries[i]
        i += 1
        if entry.key.isEmpty { continue }
        if try !set.discard(entry.key, hash: entry.hash) { try set.add(entry.key, hash: entry.hash) }
      }
      return
    }
    let keys = other.isAnySet ? SetObject(other) : SetObject(try make(frozen: set.isFrozen, from: other))
    var i = 0
    while let index = keys.next(from: i) {
      i = index + 1
      let entry = keys.table[index]
      if try !set.discard(entry.key, hash: entry.hash) { try set.add(entry.key, hash: entry.hash) }
    }
    keepAlive(keys.ref.value)
  }

  /// set_symmetric_difference: a set of `so`'s kind built from the other, updated with `so`.
  static func symmetricDifference(_ so: Value, _ other: Value) throws(PythonError) -> Value {
    let result = SetObject(try make(frozen: so.objectTag == .frozenSet, from: other))
    try symmetricDifferenceUpdate(result, so)
    return result.ref.value
  }

  /// set_issubset.
  static func isSubset(_ so: Value, _ other: Value) throws(PythonError) -> Bool {
    let set = SetObject(so)
    guard other.isAnySet else {
      return SetObject(try intersection(so, other)).count == set.count
    }
    let container = SetObject(other)
    if set.count > container.count { return false }
    var i = 0
    while let index = set.next(from: i) {
      i = index + 1
      if try container.find(set.table[index].key, hash: set.table[index].hash) == nil { return false }
    }
    return true
  }

  /// set_issuperset.
  static func isSuperset(_ so: Value, _ other: Value) throws(PythonError) -> Bool {
    if other.isAnySet { return try isSubset(other, so) }
    let set = SetObject(so)
    let iterator = try getIterator(other)
    while let key = try iteratorNext(iterator) {
      if try set.find(key, hash: hashValue(key)) == nil { return false }
    }
    keepAlive(iterator)
    return true
  }

  /// set_isdisjoint.
  static func isDisjoint(_ so: Value, _ other: Value) throws(PythonError) -> Bool {
    if so == other { return SetObject(so).count == 0 }
    if other.isAnySet {
      var (large, small) = (SetObject(so), SetObject(other))
      if small.count > large.count { swap(&large, &small) }
      var i = 0
      while let index = small.next(from: i) {
        i = index + 1
        if try large.find(small.table[index].key, hash: small.table[index].hash) != nil { return false }
      }
      return true
    }
    let set = SetObject(so)
    let iterator = try getIterator(other)
    while let key = try iteratorNext(iterator) {
      if try set.find(key, hash: hashValue(key)) != nil { return false }
    }
    keepAlive(iterator)
    return true
  }

  // MARK: Comparisons (set_richcompare; both operands are sets)

  static func equal(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
    let (x, y) = (SetObject(a), SetObject(b))
    if x.count != y.count { return false }
    if x.cachedHash != -1 && y.cachedHash != -1 && x.cachedHash != y.cachedHash { return false }
    return try isSubset(a, b)
  }

  static func compare(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PythonError) -> Bool {
    let (x, y) = (SetObject(a), SetObject(b))
    switch op {
    case .equal: return try equal(a, b)
    case .notEqual: return try !equal(a, b)
    case .lessEqual: return try isSubset(a, b)
    case .greaterEqual: return try isSuperset(a, b)
    case .less: return x.count < y.count ? try isSubset(a, b) : false
    case .greater: return x.count > y.count ? try isSuperset(a, b) : false
    }
  }

  // MARK: Operators (both operands sets; `a` mutable for the in-place forms)

  /// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (or a dict view and an iterable), or nil
  /// for other operand types.
  static func binary(_ op: SetOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
    guard a.isAnySet && b.isAnySet else { return try DictViewSets.binary(op, a, b) }
    switch op {
    case .union:
      let result = try copy(a)
      if a != b { try update(result, with: b) }
      return result.ref.value
    case .intersection: return try intersection(a, b)
    case .difference: return try difference(a, b)
    case .symmetricDifference: return try symmetricDifference(a, b)
    }
  }

  /// `a |= b` and friends on a mutable set: in place, returning `a`; nil when they do not apply.
  static func inPlace(_ op: SetOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
    guard a.isObject(.set) && b.isAnySet else { return nil }
    let set = SetObject(a)
    switch op {
    case .union: try update(set, with: b)
    case .intersection: set.swapBodies(with: SetObject(try intersection(a, b)))
    case .difference: try differenceUpdate(set, b)
    case .symmetricDifference: try symmetricDifferenceUpdate(set, b)
    }
    return a
  }

  // MARK: Text

  /// repr: `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`.
  static func repr(_ value: Value) throws(PythonError) -> String {
    let set = SetObject(value)
    let name = value.objectTag == .frozenSet ? "frozenset" : "set"
    if set.count == 0 { return "\(name)()" }
    // Only an element whose repr reaches the set again gets here (CPython's Py_ReprEnter).
    if reprInProgress.contains(value.raw) { return "\(name)(...)" }
    try NativeRecursion.enter(" while getting the repr of an object")
    reprInProgress.insert(value.raw)
    defer {
      reprInProgress.remove(value.raw)
      NativeRecursion.leave()
    }
    var out = "{"
    var i = 0
    var first = true
    while let index = set.next(from: i) {
      i = index + 1
      if !first { out += ", " }
      first = false
      out += try reprString(set.table[index].key)
    }
    out += "}"
    return value.objectTag == .frozenSet ? "frozenset(\(out))" : out
  }
}
