/// `set(...)`, `frozenset(...)` and their methods; the semantics are in `Sets`.
extension Builtins {
  static func installSets(_ add: (String, Value) -> Void) {
    for type in [TypeID.set, .frozenset] {
      constructors[type] = register(type.name) { a throws(PythonError) in
        try a.expect(0, 1)
        let iterable = a.positionalCount == 1 ? a[0] : nil
        // frozenset(f) is f itself.
        if type == .frozenset, let iterable, iterable.isObject(.frozenSet) { return iterable }
        return try Sets.make(frozen: type == .frozenset, from: iterable)
      }
      add(type.name, Runtime.types[type.rawValue])
    }
    installSetQueries()
    installSetUpdates()
    for type in [TypeID.dictKeys, .dictItems] {
      method(type, "isdisjoint") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value(bool: try DictViewSets.isDisjoint(a.receiver, a[0]))
      }
    }
  }

  /// The methods both kinds have: they read the receiver and return a new set or a bool.
  private static func installSetQueries() {
    for type in [TypeID.set, .frozenset] {
      method(type, "copy") { a throws(PythonError) in
        try a.expect(0, 0)
        if a.receiver.isObject(.frozenSet) { return a.receiver }
        return try Sets.copy(a.receiver).ref.value
      }
      method(type, "union") { a throws(PythonError) in
        try a.expect(0, Int.max)
        let result = try Sets.copy(a.receiver)
        for i in 0..<a.count where a[i] != a.receiver { try Sets.update(result, with: a[i]) }
        return result.ref.value
      }
      method(type, "intersection") { a throws(PythonError) in
        try a.expect(0, Int.max)
        return try Sets.intersection(a.receiver, a)
      }
      method(type, "difference") { a throws(PythonError) in
        try a.expect(0, Int.max)
        return try Sets.difference(a.receiver, a)
      }
      method(type, "symmetric_difference") { a throws(PythonError) in
        try a.expect(1, 1)
        return try Sets.symmetricDifference(a.receiver, a[0])
      }
      method(type, "issubset") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value(bool: try Sets.isSubset(a.receiver, a[0]))
      }
      method(type, "issuperset") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value(bool: try Sets.isSuperset(a.receiver, a[0]))
      }
      method(type, "isdisjoint") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value(bool: try Sets.isDisjoint(a.receiver, a[0]))
      }
    }
  }

  /// The methods only `set` has: they change the receiver.
  private static func installSetUpdates() {
    method(.set, "add") { a throws(PythonError) in
      try a.expect(1, 1)
      try SetObject(a.receiver).add(a[0], hash: hashValue(a[0]))
      return .none
    }
    method(.set, "remove") { a throws(PythonError) in
      try a.expect(1, 1)
      if try !Sets.discard(a.receiver, a[0]) { throw raise(.keyError, argument: a[0]) }
      return .none
    }
    method(.set, "discard") { a throws(PythonError) in
      try a.expect(1, 1)
      _ = try Sets.discard(a.receiver, a[0])
      return .none
    }
    method(.set, "pop") { a throws(PythonError) in
      try a.expect(0, 0)
      guard let key = SetObject(a.receiver).pop() else { throw raise(.keyError, "pop from an empty set") }
      return key
    }
    method(.set, "clear") { a throws(PythonError) in
      try a.expect(0, 0)
      SetObject(a.receiver).removeAll()
      return .none
    }
    method(.set, "update") { a throws(PythonError) in
      try a.expect(0, Int.max)
      for i in 0..<a.count { try Sets.update(SetObject(a.receiver), with: a[i]) }
      return .none
    }
    method(.set, "intersection_update") { a throws(PythonError) in
      try a.expect(0, Int.max)
      let result = try Sets.intersection(a.receiver, a)
      SetObject(a.receiver).swapBodies(with: SetObject(result))
      return .none
    }
    method(.set, "difference_update") { a throws(PythonError) in
      try a.expect(0, Int.max)
      for i in 0..<a.count { try Sets.differenceUpdate(SetObject(a.receiver), a[i]) }
      return .none
    }
    method(.set, "symmetric_difference_update") { a throws(PythonError) in
      try a.expect(1, 1)
      try Sets.symmetricDifferenceUpdate(SetObject(a.receiver), a[0])
      return .none
    }
  }
}
