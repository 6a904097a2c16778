extension Collector {
  /// Marks the Values an object holds. The one place that knows every layout's references.
  static func traceChildren(_ object: ObjectRef) {
    switch object.tag {
    case .free, .bigInt, .float, .strBuffer:
      return
    case .str:
      // A str whose bytes live in a StrBuffer keeps the buffer alive.
      if StrObject(object.value).isShared { mark(object.value(at: StrObject.bufferOffset)) }
    case .list:
      let list = ListObject(object.value)
      for i in 0..<list.count { mark(list[i]) }
    case .tuple:
      let tuple = TupleObject(object.value)
      for i in 0..<tuple.count { mark(tuple[i]) }
    case .dict:
      let dict = DictObject(object.value)
      let entries = dict.entries
      for i in 0..<dict.used {
        mark(entries[i].key)
        mark(entries[i].value)
      }
    case .function:
      for offset in stride(
        from: FunctionObject.globalsOffset, through: FunctionObject.attributesOffset, by: 8)
      {
        mark(object.value(at: offset))
      }
    case .builtinFunction:
      mark(BuiltinFunctionObject(object.value).boundSelf)
    case .boundMethod, .slice, .range, .module, .cell, .exception, .dictView:
      // Every field after the header is a Value (a range's bounds may be big ints).
      let words = fieldWords(object.tag)
      for i in 0..<words { mark(object.value(at: 8 + i * 8)) }
    case .type:
      // Built-in types are immortal and hold only their id and an interned name; classes hold
      // their base, namespace and names.
      if ClassObject.isClass(object.value) {
        for offset in ClassObject.valueFields { mark(object.value(at: offset)) }
      }
    case .instance:
      let instance = InstanceObject(object.value)
      mark(instance.cls)
      instance.markSlots(mark)
    case .descriptor:
      for i in 0..<4 { mark(object.value(at: 8 + i * 8)) }
    case .file:
      mark(FileObject(object.value).name)
      mark(FileObject(object.value).mode)
    case .set, .frozenSet:
      let set = SetObject(object.value)
      guard let table = set.tableIfAny else { return }
      for i in 0...set.mask where !table[i].key.isEmpty { mark(table[i].key) }
    case .iterator:
      let iterator = IteratorObject(object.value)
      mark(iterator.source)
      if iterator.limitIsValue { mark(iterator.limitValue) }
    }
  }

  private static func fieldWords(_ tag: ObjectTag) -> Int {
    switch tag {
    case .exception: return ExceptionObject.fieldCount
    case .slice, .range: return 3
    case .module, .boundMethod: return 2
    case .cell, .dictView: return 1
    default: return 0
    }
  }

  /// The bytes an object owns outside its cell (item buffers, tables, limbs).
  static func externalBytes(_ object: ObjectRef) -> Int {
    switch object.tag {
    case .list: return ListObject(object.value).capacity * 8
    case .instance: return InstanceObject(object.value).capacity * 8
    case .dict: return DictObject(object.value).tableBytes
    case .set, .frozenSet: return SetObject(object.value).tableBytes
    case .bigInt: return BigIntObject(object.value).externalBytes
    default: return 0
    }
  }

  /// Releases what an unreachable object owns outside its cell; returns those bytes. Inlined in
  /// the sweep: a call per dead cell was a tenth of fib(500)'s time, most of its cells big ints
  /// with their limbs inline.
  @inline(__always)
  static func finalize(_ object: ObjectRef) -> Int {
    switch object.tag {
    case .list: return ListObject(object.value).release()
    case .instance: return InstanceObject(object.value).release()
    case .dict: return DictObject(object.value).release()
    case .set, .frozenSet: return SetObject(object.value).release()
    case .bigInt: return BigIntObject(object.value).release()
    case .file:
      Files.release(FileObject(object.value))
      return 0
    default: return 0
    }
  }
}
