/// `iter(x)` and `next(it)` for every iterable in the subset.

public func getIterator(_ v: Value) throws(PythonError) -> Value {
  guard v.isHeapObject else {
    throw raise(.typeError, "'\(typeName(v))' object is not iterable")
  }
  switch v.objectTag {
  case .list: return IteratorObject.make(.listIterator, source: v).ref.value
  case .tuple: return IteratorObject.make(.tupleIterator, source: v).ref.value
  case .str: return IteratorObject.make(.strIterator, source: v).ref.value
  case .range:
    let range = RangeObject(v)
    if let small = range.small {
      let iterator = IteratorObject.make(
        .rangeIterator, source: .none, position: small.start, limit: small.stop, step: small.step)
      // Every value it yields lies between start and stop: small ints when both are.
      if Value.fitsSmallInt(small.start) && Value.fitsSmallInt(small.stop) {
        iterator.ref.extra |=
          small.step > 0 ? IteratorObject.smallUpwardRange : IteratorObject.smallDownwardRange
      }
      return iterator.ref.value
    }
    // Big bounds: the iterator keeps the range and the next index as an int Value.
    let iterator = IteratorObject.make(.rangeIterator, source: v)
    iterator.limitValue = Value(smallInt: 0)
    return iterator.ref.value
  case .dict: return dictIterator(.dictKeyIterator, DictObject(v))
  case .dictView:
    let view = DictViewObject(v)
    let kind: TypeID =
      view.kind == .dictKeys
      ? .dictKeyIterator : (view.kind == .dictValues ? .dictValueIterator : .dictItemIterator)
    return dictIterator(kind, view.dict)
  case .set, .frozenSet:
    // The limit is the size when iteration started: a change raises, as in CPython.
    return IteratorObject.make(.setIterator, source: v, limit: SetObject(v).count).ref.value
  case .iterator: return v
  case .instance, .exception: return try Dunders.iterator(v)
  case .file:
    // A file is its own iterator, over its lines.
    try FileObject(v).checkOpen()
    return v
  default:
    throw raise(.typeError, "'\(typeName(v))' object is not iterable")
  }
}

/// The next item, or nil when the iterator is exhausted.
public func iteratorNext(_ v: Value) throws(PythonError) -> Value? {
  if v.objectTag == .instance { return try Dunders.next(v) }
  if v.objectTag == .file {
    let line = try FileObject(v).readLine()
    return StrObject(line).byteCount == 0 ? nil : line
  }
  let it = IteratorObject(v)
  switch it.kind {
  case .sequenceIterator: return try Dunders.nextItem(it)
  case .rangeIterator where it.source.isHeapObject:
    let range = RangeObject(it.source)
    let index = it.limitValue
    if IntArithmetic.compare(index, try range.length()) >= 0 { return nil }
    it.limitValue = try IntArithmetic.add(index, Value(smallInt: 1))
    return try range.item(index)
  case .rangeIterator:
    let current = it.position
    if it.step > 0 ? current >= it.limit : current <= it.limit { return nil }
    it.position = current &+ it.step
    return Value.int(current)
  case .listIterator:
    let list = ListObject(it.source)
    let i = it.position
    if i >= list.count { return nil }
    it.position = i + 1
    return list[i]
  case .tupleIterator:
    let tuple = TupleObject(it.source)
    let i = it.position
    if i >= tuple.count { return nil }
    it.position = i + 1
    return tuple[i]
  case .strIterator:
    let str = StrObject(it.source)
    let offset = it.position
    if offset >= str.byteCount { return nil }
    let length = Strings.utf8Length(leadByte: str.bytes[offset])
    it.position = offset + length
    return Value.str(utf8: UnsafeBufferPointer(start: str.bytes + offset, count: length))
  case .dictKeyIterator, .dictValueIterator, .dictItemIterator:
    let dict = DictObject(it.source)
    // As CPython: a change of size raises (for good: the count kept becomes -1), and finding
    // more entries than there were (a key removed and added back) raises too.
    if dict.count != it.limit {
      it.limit = -1
      throw raise(.runtimeError, "dictionary changed size during iteration")
    }
    var i = it.position
    while i < dict.used && dict.entries[i].key.isEmpty { i += 1 }
    if i >= dict.used { return nil }
    if it.step == 0 { throw raise(.runtimeError, "dictionary keys changed during iteration") }
    it.step -= 1
    it.position = i + 1
    let entry = dict.entries[i]
    if it.kind == .dictKeyIterator { return entry.key }
    if it.kind == .dictValueIterator { return entry.value }
    let pair = TupleObject.make(count: 2)
    pair[0] = dict.entries[i].key
    pair[1] = dict.entries[i].value
    return pair.ref.value
  case .setIterator:
    return try setIteratorNext(it)
  case .callableIterator:
    // Exhausted for good once the sentinel came back (the callable is dropped).
    let callable = it.source
    if callable.isNone { return nil }
    var none = Value.none
    let result = try callValue(callable, &none, 0)
    if try equals(result, it.limitValue) {
      it.ref.setValue(.none, at: IteratorObject.sourceOffset)
      return nil
    }
    return result
  case .enumerate:
    guard let item = try iteratorNext(it.source) else { return nil }
    let count = it.limitValue
    let pair = TupleObject.make(count: 2)
    pair[0] = count
    pair[1] = item
    it.limitValue = try add(count, Value(smallInt: 1))
    return pair.ref.value
  case .zip:
    let iterators = TupleObject(it.source)
    if iterators.count == 0 { return nil }
    let result = TupleObject.make(count: iterators.count)
    for i in 0..<iterators.count { result[i] = .none }
    for i in 0..<iterators.count {
      guard let item = try iteratorNext(iterators[i]) else {
        if it.step == 0 { return nil }
        // strict=True: every argument must end here (CPython's zip_next).
        func lengths(_ j: Int, _ relation: String) -> PythonError {
          raise(
            .valueError, "zip() argument \(j + 1) is \(relation) than argument\(j == 1 ? " " : "s 1-")\(j)")
        }
        if i > 0 { throw lengths(i, "shorter") }
        for j in 1..<max(iterators.count, 1) where try iteratorNext(iterators[j]) != nil {
          throw lengths(j, "longer")
        }
        return nil
      }
      result[i] = item
    }
    return result.ref.value
  case .reversed:
    let i = it.position - 1
    if i < 0 { return nil }
    it.position = i
    let source = it.source
    if source.isList {
      let list = ListObject(source)
      return i < list.count ? list[i] : nil
    }
    return try getItem(source, Value(smallInt: i))
  case .map:
    guard let item = try iteratorNext(it.source) else { return nil }
    if it.step == 1 {
      // Several iterables: the item is a tuple of arguments.
      let arguments = TupleObject(item)
      let result = try callValue(it.limitValue, arguments.items, arguments.count)
      keepAlive(item)
      return result
    }
    var argument = item
    return try callValue(it.limitValue, &argument, 1)
  case .filter:
    while let item = try iteratorNext(it.source) {
      var argument = item
      let keep = it.limitValue.isNone ? item : try callValue(it.limitValue, &argument, 1)
      if try isTruthy(keep) { return item }
    }
    return nil
  default:
    throw raise(.typeError, "'\(typeName(v))' object is not an iterator")
  }
}

/// Calls any callable through the interpreter's hook (builtins calling Python functions).
public func callValue(
  _ callable: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value = .empty
) throws(PythonError) -> Value {
  guard let hook = Runtime.callHook else { fatalError("adder: no interpreter installed") }
  return try hook(callable, arguments, count, keywordNames)
}

/// A set iterator's next key (setiter_iternext). The limit field holds the set's size when
/// iteration began; -1 after a size change (the error repeats) and `Int.min` once exhausted.
public func setIteratorNext(_ it: IteratorObject) throws(PythonError) -> Value? {
  let expected = it.limit
  if expected == Int.min { return nil }
  let set = SetObject(it.source)
  guard expected == set.count else {
    it.ref.setInt(-1, at: IteratorObject.limitOffset)
    throw raise(.runtimeError, "Set changed size during iteration")
  }
  guard let index = set.next(from: it.position) else {
    it.ref.setInt(Int.min, at: IteratorObject.limitOffset)
    return nil
  }
  it.position = index + 1
  return set.table[index].key
}

/// An iterator over a dict's keys, values or items: its limit is the dict's size when iteration
/// started (CPython's `di_used`), its step the entries it may still produce (`len`).
func dictIterator(_ kind: TypeID, _ dict: DictObject) -> Value {
  IteratorObject.make(kind, source: dict.ref.value, limit: dict.count, step: dict.count).ref.value
}
