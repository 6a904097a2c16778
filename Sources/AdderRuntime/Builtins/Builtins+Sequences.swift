/// Builtins that consume or produce sequences: range, min, max, sum, sorted, reversed, enumerate,
/// zip, any, all, map, filter.
extension Builtins {
  static func installSequenceFunctions(_ define: (String, Value) -> Void) {
    define("min", function("min") { a throws(PythonError) in try extreme(a, wantMax: false) })
    define("max", function("max") { a throws(PythonError) in try extreme(a, wantMax: true) })
    define(
      "sum",
      function("sum") { a throws(PythonError) in
        try a.expect(1, 2, keywords: ["start"])
        var total = a.argument(1, "start") ?? Value(smallInt: 0)
        if total.isStr { throw raise(.typeError, "sum() can't sum strings [use ''.join(seq) instead]") }
        let iterator = try getIterator(a[0])
        while let item = try iteratorNext(iterator) { total = try add(total, item) }
        return total
      })
    define(
      "sorted",
      function("sorted") { a throws(PythonError) in
        try a.expect(1, 1, keywords: ["key", "reverse"])
        let list = try Sequences.toList(a[0])
        try ListSort.sort(list, key: a.keyword("key"), reverse: a.keyword("reverse"))
        return list.ref.value
      })
    define(
      "reversed",
      function("reversed") { a throws(PythonError) in
        try a.expect(1, 1)
        let v = a[0]
        if v.isObject(.range) { return try RangeObject(v).reversedIterator() }
        if v.isList || v.isTuple || v.isStr {
          return IteratorObject.make(.reversed, source: v, position: try length(v)).ref.value
        }
        if v.isDict || v.isObject(.dictView) {
          let items = try Sequences.toList(v)
          return IteratorObject.make(.reversed, source: items.ref.value, position: items.count).ref.value
        }
        if Dunders.hasClass(v) {
          if let result = try Dunders.unary(v, Runtime.intern("__reversed__")) { return result }
          // The sequence protocol: __len__ and __getitem__, last index first.
          if Dunders.method(v, Names.dunderLen) != nil && Dunders.method(v, Names.dunderGetitem) != nil {
            let items = ListObject.make()
            var i = try Dunders.length(v) - 1
            while i >= 0 {
              items.append(try Dunders.getItem(v, Value(smallInt: i)))
              i -= 1
            }
            return IteratorObject.make(.listIterator, source: items.ref.value).ref.value
          }
        }
        throw raise(.typeError, "'\(typeName(v))' object is not reversible")
      })
    define(
      "enumerate",
      function("enumerate") { a throws(PythonError) in
        try a.expect(1, 2, keywords: ["start"])
        let start = a.argument(1, "start") ?? Value(smallInt: 0)
        guard start.isSmallInt || start.isBigInt || start.isBool else {
          throw raise(.typeError, "'\(typeName(start))' object cannot be interpreted as an integer")
        }
        let iterator = IteratorObject.make(.enumerate, source: try getIterator(a[0]))
        iterator.limitValue = start
        return iterator.ref.value
      })
    define(
      "zip",
      function("zip") { a throws(PythonError) in
        try a.expect(0, Int.max, keywords: ["strict"])
        let strict = try a.keyword("strict").map { v throws(PythonError) in try isTruthy(v) } ?? false
        return try zipIterator(a, from: 0, strict: strict)
      })
    define(
      "map",
      function("map") { a throws(PythonError) in
        try a.expect(2, Int.max)
        if a.positionalCount > 2 {
          // map(f, a, b, ...) is f applied over zip(a, b, ...).
          let iterator = IteratorObject.make(.map, source: try zipIterator(a, from: 1), step: 1)
          iterator.limitValue = a[0]
          return iterator.ref.value
        }
        let iterator = IteratorObject.make(.map, source: try getIterator(a[1]))
        iterator.limitValue = a[0]
        return iterator.ref.value
      })
    define(
      "filter",
      function("filter") { a throws(PythonError) in
        try a.expect(2, 2)
        let iterator = IteratorObject.make(.filter, source: try getIterator(a[1]))
        iterator.limitValue = a[0]
        return iterator.ref.value
      })
    define(
      "any",
      function("any") { a throws(PythonError) in
        try a.expect(1, 1)
        let iterator = try getIterator(a[0])
        while let item = try iteratorNext(iterator) {
          if try isTruthy(item) { return .true }
        }
        return .false
      })
    define(
      "all",
      function("all") { a throws(PythonError) in
        try a.expect(1, 1)
        let iterator = try getIterator(a[0])
        while let item = try iteratorNext(iterator) {
          if try !isTruthy(item) { return .false }
        }
        return .true
      })
  }

  /// zip over the positional arguments from `first` on.
  /// A zip iterator over the positional arguments from `first`; `strict` (the step field) makes
  /// arguments of different lengths a ValueError, as `zip(..., strict=True)`.
  static func zipIterator(_ a: Arguments, from first: Int, strict: Bool = false) throws(PythonError) -> Value
  {
    let count = a.positionalCount - first
    let iterators = TupleObject.make(count: count)
    for i in 0..<count { iterators[i] = .none }
    for i in 0..<count { iterators[i] = try getIterator(a[first + i]) }
    return IteratorObject.make(.zip, source: iterators.ref.value, step: strict ? 1 : 0).ref.value
  }

  /// min() and max(): one iterable or several arguments, with key= and default=.
  static func extreme(_ a: Arguments, wantMax: Bool) throws(PythonError) -> Value {
    let name = wantMax ? "max" : "min"
    try a.expect(1, Int.max, keywords: ["key", "default"])
    let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
    let iterable: Value
    if a.positionalCount == 1 {
      iterable = a[0]
    } else {
      if a.keyword("default") != nil {
        throw raise(.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
      }
      iterable = TupleObject.make(UnsafeBufferPointer(start: a.base, count: a.positionalCount))
    }
    let iterator = try getIterator(iterable)
    var best: Value = .empty
    var bestKey: Value = .empty
    while let item = try iteratorNext(iterator) {
      var argument = item
      let itemKey = try key.map { k throws(PythonError) in try callValue(k, &argument, 1) } ?? item
      if best.isEmpty {
        best = item
        bestKey = itemKey
        continue
      }
      let better = try compare(itemKey, bestKey, wantMax ? .greater : .less)
      if better == .true {
        best = item
        bestKey = itemKey
      }
    }
    if best.isEmpty {
      if let fallback = a.keyword("default") { return fallback }
      throw raise(.valueError, "\(name)() arg is an empty sequence")
    }
    return best
  }
}
