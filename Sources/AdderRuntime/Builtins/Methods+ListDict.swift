/// dict semantics shared by operators, constructors and methods.
enum Dicts {
  static func copy(_ v: Value) throws(PythonError) -> Value {
    let source = DictObject(v)
    let result = DictObject.make(capacity: source.count)
    for i in 0..<source.used where !source.entries[i].key.isEmpty {
      let entry = source.entries[i]
      try result.set(entry.key, entry.value, hash: entry.hash)
    }
    return result.ref.value
  }

  /// dict.update(other): a dict, or an iterable of pairs.
  static func update(_ target: Value, with other: Value) throws(PythonError) {
    let dict = DictObject(target)
    if other.isDict {
      let source = DictObject(other)
      var i = 0
      while i < source.used {
        let entry = source.entries[i]
        if !entry.key.isEmpty { try dict.set(entry.key, entry.value, hash: entry.hash) }
        i += 1
      }
      return
    }
    let iterator = try getIterator(other)
    var index = 0
    while let pair = try iteratorNext(iterator) {
      let items = try Sequences.toList(pair)
      guard items.count == 2 else {
        throw raise(
          .valueError,
          "dictionary update sequence element #\(index) has length \(items.count); 2 is required")
      }
      try dict.set(items[0], items[1])
      index += 1
    }
  }

  static func equal(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
    let (x, y) = (DictObject(a), DictObject(b))
    guard x.count == y.count else { return false }
    var i = 0
    while i < x.used {
      let entry = x.entries[i]
      i += 1
      if entry.key.isEmpty { continue }
      guard let other = try y.get(entry.key), try keysEqual(entry.value, other) else { return false }
    }
    return true
  }
}

extension Builtins {
  static func installListMethods() {
    method(.list, "append") { a throws(PythonError) in
      try a.expect(1, 1)
      ListObject(a.receiver).append(a[0])
      return .none
    }
    method(.list, "extend") { a throws(PythonError) in
      try a.expect(1, 1)
      try Sequences.extend(ListObject(a.receiver), with: a[0])
      return .none
    }
    method(.list, "insert") { a throws(PythonError) in
      try a.expect(2, 2)
      let list = ListObject(a.receiver)
      var i = try indexValue(a[0], "list")
      if i < 0 { i = max(i + list.count, 0) }
      list.insert(a[1], at: min(i, list.count))
      return .none
    }
    method(.list, "pop") { a throws(PythonError) in
      try a.expect(0, 1)
      let list = ListObject(a.receiver)
      if list.count == 0 { throw raise(.indexError, "pop from empty list") }
      let index = a.positionalCount == 0 ? -1 : try indexValue(a[0], "list")
      guard let i = normalizedIndex(index, list.count) else {
        throw raise(.indexError, "pop index out of range")
      }
      return list.remove(at: i)
    }
    method(.list, "remove") { a throws(PythonError) in
      try a.expect(1, 1)
      let list = ListObject(a.receiver)
      var i = 0
      while i < list.count {
        if try keysEqual(list[i], a[0]) {
          _ = list.remove(at: i)
          return .none
        }
        i += 1
      }
      throw raise(.valueError, "list.remove(x): x not in list")
    }
    method(.list, "index") { a throws(PythonError) in
      try a.expect(1, 3)
      let list = ListObject(a.receiver)
      let (start, end) = try searchBounds(a, count: list.count)
      var i = start
      while i < min(end, list.count) {
        if try keysEqual(list[i], a[0]) { return Value(smallInt: i) }
        i += 1
      }
      throw raise(.valueError, "\(try reprString(a[0])) is not in list")
    }
    method(.list, "count") { a throws(PythonError) in
      try a.expect(1, 1)
      let list = ListObject(a.receiver)
      var n = 0
      var i = 0
      while i < list.count {
        if try keysEqual(list[i], a[0]) { n += 1 }
        i += 1
      }
      return Value(smallInt: n)
    }
    method(.list, "reverse") { a throws(PythonError) in
      try a.expect(0, 0)
      var items = ListObject(a.receiver).buffer
      items.reverse()
      return .none
    }
    method(.list, "sort") { a throws(PythonError) in
      try a.expect(0, 0, keywords: ["key", "reverse"])
      try ListSort.sort(ListObject(a.receiver), key: a.keyword("key"), reverse: a.keyword("reverse"))
      return .none
    }
    method(.list, "copy") { a throws(PythonError) in
      try a.expect(0, 0)
      return try Sequences.toList(a.receiver).ref.value
    }
    method(.list, "clear") { a throws(PythonError) in
      try a.expect(0, 0)
      ListObject(a.receiver).count = 0
      return .none
    }
    method(.range, "index") { a throws(PythonError) in
      try a.expect(1, 1)
      let range = RangeObject(a.receiver)
      guard isIntLike(a[0]), try range.contains(a[0]) else {
        throw raise(.valueError, "\(try reprString(a[0])) is not in range")
      }
      return try IntArithmetic.floorDivide(IntArithmetic.subtract(a[0], range.start), range.step)
    }
    method(.range, "count") { a throws(PythonError) in
      try a.expect(1, 1)
      guard isIntLike(a[0]) else { return Value(smallInt: 0) }
      return Value(smallInt: try RangeObject(a.receiver).contains(a[0]) ? 1 : 0)
    }
    method(.tuple, "index") { a throws(PythonError) in
      try a.expect(1, 3)
      let tuple = TupleObject(a.receiver)
      let (start, end) = try searchBounds(a, count: tuple.count)
      for i in start..<max(start, min(end, tuple.count)) where try keysEqual(tuple[i], a[0]) {
        return Value(smallInt: i)
      }
      throw raise(.valueError, "tuple.index(x): x not in tuple")
    }
    method(.tuple, "count") { a throws(PythonError) in
      try a.expect(1, 1)
      let tuple = TupleObject(a.receiver)
      var n = 0
      for i in 0..<tuple.count where try keysEqual(tuple[i], a[0]) { n += 1 }
      return Value(smallInt: n)
    }
  }

  /// The optional start and end arguments of index-like methods, resolved against `count`.
  static func searchBounds(_ a: Arguments, count: Int, first: Int = 1) throws(PythonError) -> (Int, Int) {
    func resolve(_ v: Value?, _ fallback: Int) throws(PythonError) -> Int {
      guard let v, !v.isNone else { return fallback }
      let n = try indexValue(v, "slice")
      return n < 0 ? max(n + count, 0) : min(n, count)
    }
    let start = try resolve(a.positionalCount > first ? a[first] : nil, 0)
    let end = try resolve(a.positionalCount > first + 1 ? a[first + 1] : nil, count)
    return (start, end)
  }

  static func installDictMethods() {
    classMethods[.dict, default: [:]]["fromkeys"] = function("fromkeys") { a throws(PythonError) in
      try a.expect(1, 2)
      let dict = DictObject.make()
      let value = a.positionalCount > 1 ? a[1] : Value.none
      let iterator = try getIterator(a[0])
      while let key = try iteratorNext(iterator) { try dict.set(key, value) }
      return dict.ref.value
    }
    method(.dict, "get") { a throws(PythonError) in
      try a.expect(1, 2)
      return try DictObject(a.receiver).get(a[0]) ?? (a.positionalCount > 1 ? a[1] : .none)
    }
    method(.dict, "keys") { a throws(PythonError) in
      try a.expect(0, 0)
      return DictViewObject.make(a.receiver, kind: .dictKeys)
    }
    method(.dict, "values") { a throws(PythonError) in
      try a.expect(0, 0)
      return DictViewObject.make(a.receiver, kind: .dictValues)
    }
    method(.dict, "items") { a throws(PythonError) in
      try a.expect(0, 0)
      return DictViewObject.make(a.receiver, kind: .dictItems)
    }
    method(.dict, "pop") { a throws(PythonError) in
      try a.expect(1, 2)
      if let value = try DictObject(a.receiver).remove(a[0]) { return value }
      if a.positionalCount > 1 { return a[1] }
      throw raise(.keyError, argument: a[0])
    }
    method(.dict, "popitem") { a throws(PythonError) in
      try a.expect(0, 0)
      let dict = DictObject(a.receiver)
      var i = dict.used - 1
      while i >= 0 && dict.entries[i].key.isEmpty { i -= 1 }
      if i < 0 { throw raise(.keyError, "popitem(): dictionary is empty") }
      let pair = Value.tuple([dict.entries[i].key, dict.entries[i].value])
      _ = try dict.remove(dict.entries[i].key)
      return pair
    }
    method(.dict, "setdefault") { a throws(PythonError) in
      try a.expect(1, 2)
      let dict = DictObject(a.receiver)
      if let value = try dict.get(a[0]) { return value }
      let value = a.positionalCount > 1 ? a[1] : Value.none
      try dict.set(a[0], value)
      return value
    }
    method(.dict, "update") { a throws(PythonError) in
      try a.expect(0, 1, keywords: keywordList(a))
      if a.positionalCount == 1 { try Dicts.update(a.receiver, with: a[0]) }
      for i in 0..<a.keywordCount {
        try DictObject(a.receiver).set(TupleObject(a.keywordNames)[i], a[a.positionalCount + i])
      }
      return .none
    }
    method(.dict, "copy") { a throws(PythonError) in
      try a.expect(0, 0)
      return try Dicts.copy(a.receiver)
    }
    method(.dict, "clear") { a throws(PythonError) in
      try a.expect(0, 0)
      DictObject(a.receiver).removeAll()
      return .none
    }
  }

  static func keywordList(_ a: Arguments) -> [String] {
    guard !a.keywordNames.isEmpty else { return [] }
    let names = TupleObject(a.keywordNames)
    return (0..<names.count).map { names[$0].string }
  }
}
