/// Keys and items views are set-like (CPython 3.11's `dictviews_*` in `Objects/dictobject.c`):
/// `|`, `&`, `-`, `^` with any iterable on either side build a set, and they compare with sets
/// and with each other by containment. Values views are not set-like.
enum DictViewSets {
  static func isSetLike(_ v: Value) -> Bool {
    v.isObject(.dictView) && DictViewObject(v).kind != .dictValues
  }

  /// dictviews_to_set: a keys view is built from its dict, with the dict's stored hashes.
  static func toSet(_ v: Value) throws(PythonError) -> SetObject {
    var source = v
    if v.isObject(.dictView) && DictViewObject(v).kind == .dictKeys {
      source = DictViewObject(v).dict.ref.value
    }
    return SetObject(try Sets.make(frozen: false, from: source))
  }

  /// `key in view` (dictkeys_contains, dictitems_contains).
  static func contains(_ view: Value, _ item: Value) throws(PythonError) -> Bool {
    let view = DictViewObject(view)
    if view.kind == .dictKeys { return try view.dict.get(item) != nil }
    guard item.isTuple, TupleObject(item).count == 2 else { return false }
    guard let found = try view.dict.get(TupleObject(item)[0]) else { return false }
    return try keysEqual(found, TupleObject(item)[1])
  }

  /// `a op b` when one operand is a keys or items view (and no other rule took the pair); else nil.
  static func binary(_ op: Sets.SetOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
    guard isSetLike(a) || isSetLike(b) else { return nil }
    switch op {
    case .intersection: return try intersection(a, b)
    case .symmetricDifference where isItems(a) && isItems(b): return try itemsSymmetricDifference(a, b)
    default: break
    }
    let result = try toSet(a)
    switch op {
    case .union: try Sets.update(result, with: b)
    case .difference: try Sets.differenceUpdate(result, b)
    default: try Sets.symmetricDifferenceUpdate(result, b)
    }
    return result.ref.value
  }

  static func isItems(_ v: Value) -> Bool { v.isObject(.dictView) && DictViewObject(v).kind == .dictItems }

  /// _PyDictView_Intersect: a larger plain set does the work; otherwise the smaller operand is
  /// iterated and tested against the view.
  static func intersection(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    var (view, other) = isSetLike(a) ? (a, b) : (b, a)
    let viewCount = DictViewObject(view).dict.count
    if other.isObject(.set) && viewCount <= SetObject(other).count {
      return try Sets.intersection(other, view)
    }
    if isSetLike(other) && DictViewObject(other).dict.count > viewCount { swap(&view, &other) }
    let result = SetObject.make()
    let iterator = try getIterator(other)
    while let key = try iteratorNext(iterator) {
      if try contains(view, key) { try result.add(key, hash: hashValue(key)) }
    }
    keepAlive(iterator)
    return result.ref.value
  }

  /// dictitems_xor: the pairs of `b` whose key `a` lacks or maps to another value, then the pairs
  /// of `a` whose key `b` lacks or maps to another value.
  static func itemsSymmetricDifference(_ a: Value, _ b: Value) throws(PythonError) -> Value {
    let remaining = DictObject(try Dicts.copy(DictViewObject(a).dict.ref.value))
    let result = SetObject.make()
    let source = DictViewObject(b).dict
    var i = 0
    while i < source.used {
      let entry = source.entries[i]
      i += 1
      if entry.key.isEmpty { continue }
      let index = try remaining.find(entry.key, hash: entry.hash)
      if index >= 0, try keysEqual(remaining.entries[index].value, entry.value) {
        _ = try remaining.remove(entry.key)
      } else {
        let pair = Value.tuple([entry.key, entry.value])
        try result.add(pair, hash: hashValue(pair))
      }
    }
    try Sets.update(result, with: DictViewObject.make(remaining.ref.value, kind: .dictItems))
    keepAlive(remaining.ref.value)
    return result.ref.value
  }

  /// view.isdisjoint(other) (dictviews_isdisjoint): iterates the smaller when both are sized sets.
  static func isDisjoint(_ view: Value, _ other: Value) throws(PythonError) -> Bool {
    if view == other { return DictViewObject(view).dict.count == 0 }
    var (container, items) = (view, other)
    if other.isAnySet || isSetLike(other), try Builtins.length(other) > DictViewObject(view).dict.count {
      (container, items) = (other, view)
    }
    let iterator = try getIterator(items)
    while let item = try iteratorNext(iterator) {
      if try AdderRuntime.contains(container, item) { return false }
    }
    keepAlive(iterator)
    return true
  }

  // MARK: Comparisons (dictview_richcompare)

  /// `a == b` when one is a keys or items view and the other a set or such a view; else nil.
  static func equal(_ a: Value, _ b: Value) throws(PythonError) -> Bool? {
    try compare(a, b, .equal)
  }

  static func compare(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PythonError) -> Bool? {
    guard (isSetLike(a) && (b.isAnySet || isSetLike(b))) || (isSetLike(b) && a.isAnySet) else { return nil }
    // Python tries the set's comparison first, which declines a view: the view's runs reflected.
    if !isSetLike(a) { return try compare(b, a, op.reflected) }
    let (countA, countB) = (try Builtins.length(a), try Builtins.length(b))
    switch op {
    case .equal: return countA == countB ? try allContained(a, in: b) : false
    case .notEqual: return countA == countB ? try !allContained(a, in: b) : true
    case .less: return countA < countB ? try allContained(a, in: b) : false
    case .lessEqual: return countA <= countB ? try allContained(a, in: b) : false
    case .greater: return countA > countB ? try allContained(b, in: a) : false
    case .greaterEqual: return countA >= countB ? try allContained(b, in: a) : false
    }
  }

  /// all_contained_in: every item of `a` is in `b`.
  static func allContained(_ a: Value, in b: Value) throws(PythonError) -> Bool {
    let iterator = try getIterator(a)
    while let item = try iteratorNext(iterator) {
      if try !AdderRuntime.contains(b, item) { return false }
    }
    keepAlive(iterator)
    return true
  }
}

extension ComparisonOperator {
  /// The operator with its operands swapped (`a < b` is `b > a`).
  var reflected: ComparisonOperator {
    switch self {
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    case .equal, .notEqual: return self
    }
  }
}
