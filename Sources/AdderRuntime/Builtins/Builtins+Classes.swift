/// The builtins classes are made with: `property`, `staticmethod`, `classmethod`, `super`,
/// `NotImplemented`, `issubclass`, `getattr`/`setattr`/`hasattr`/`delattr`, `vars`, `id`, and
/// the methods of `object` and `BaseException` that `super()` reaches.
extension Builtins {
  /// NotImplemented: immortal, compared by identity.
  public static let notImplemented: Value = {
    let value = DescriptorObject.make(.notImplementedType, [])
    ObjectRef(value).gcBits = ObjectHeader.immortalBit
    return value
  }()

  static func installClassConstructors(_ constructor: (TypeID, @escaping BuiltinBody) -> Void) {
    constructor(.property) { a throws(PythonError) in
      try a.expect(0, 4, keywords: ["fget", "fset", "fdel", "doc"])
      let fields = ["fget", "fset", "fdel", "doc"].enumerated().map { a.argument($0, $1) ?? .none }
      return DescriptorObject.make(.property, fields)
    }
    constructor(.staticMethod) { a throws(PythonError) in
      try a.expect(1, 1)
      return DescriptorObject.make(.staticMethod, [a[0]])
    }
    constructor(.classMethod) { a throws(PythonError) in
      try a.expect(1, 1)
      return DescriptorObject.make(.classMethod, [a[0]])
    }
    constructor(.superType) { a throws(PythonError) in
      try a.expect(0, 2)
      guard a.positionalCount == 2 else { throw raise(.runtimeError, "super(): no arguments") }
      guard a[0].isObject(.type) else {
        throw raise(.typeError, "super() argument 1 must be a type, not \(typeName(a[0]))")
      }
      let objectClass = a[1].isObject(.type) ? a[1] : classOf(a[1])
      guard Classes.isSubclass(objectClass, a[0]) else {
        throw raise(.typeError, "super(type, obj): obj must be an instance or subtype of type")
      }
      return DescriptorObject.make(.superType, [a[0], a[1]])
    }
    constructor(.slice) { a throws(PythonError) in
      try a.expect(1, 3)
      if a.positionalCount == 1 { return SliceObject.make(start: .none, stop: a[0], step: .none) }
      return SliceObject.make(start: a[0], stop: a[1], step: a.positionalCount == 3 ? a[2] : .none)
    }
    method(.slice, "indices") { a throws(PythonError) in
      try a.expect(1, 1)
      guard let length = IntArithmetic.small(a[0]) else {
        throw raise(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
      }
      guard length >= 0 else { throw raise(.valueError, "length should not be negative") }
      let indices = try sliceIndices(a.receiver, length: length)
      let tuple = TupleObject.make(count: 3)
      tuple[0] = Value(smallInt: indices.start)
      tuple[1] = Value(smallInt: indices.stop)
      tuple[2] = Value(smallInt: indices.step)
      return tuple.ref.value
    }
    for (field, name) in ["getter", "setter", "deleter"].enumerated() {
      method(.property, name) { a throws(PythonError) in
        try a.expect(1, 1)
        let property = DescriptorObject(a.receiver)
        var fields = (0..<4).map { property[$0] }
        fields[field] = a[0]
        return DescriptorObject.make(.property, fields)
      }
    }
  }

  static func installClassFunctions(_ add: (String, Value) -> Void) {
    add("NotImplemented", notImplemented)
    add(
      "issubclass",
      function("issubclass") { a throws(PythonError) in
        try a.expect(2, 2)
        guard a[0].isObject(.type) else { throw raise(.typeError, "issubclass() arg 1 must be a class") }
        return Value(bool: try isSubclass(a[0], a[1]))
      })
    add(
      "getattr",
      function("getattr") { a throws(PythonError) in
        try a.expect(2, 3)
        let name = try attributeName(a[1], "getattr")
        guard a.positionalCount == 3 else { return try loadAttribute(a[0], name) }
        do throws(PythonError) {
          return try loadAttribute(a[0], name)
        } catch {
          guard swallowPending(.attributeError) else { throw error }
          return a[2]
        }
      })
    add(
      "hasattr",
      function("hasattr") { a throws(PythonError) in
        try a.expect(2, 2)
        let name = try attributeName(a[1], "hasattr")
        do throws(PythonError) {
          _ = try loadAttribute(a[0], name)
          return .true
        } catch {
          guard swallowPending(.attributeError) else { throw error }
          return .false
        }
      })
    add(
      "setattr",
      function("setattr") { a throws(PythonError) in
        try a.expect(3, 3)
        try storeAttribute(a[0], try attributeName(a[1], "setattr"), a[2])
        return .none
      })
    add(
      "delattr",
      function("delattr") { a throws(PythonError) in
        try a.expect(2, 2)
        try deleteAttribute(a[0], try attributeName(a[1], "delattr"))
        return .none
      })
    add(
      "vars",
      function("vars") { a throws(PythonError) in
        try a.expect(1, 1)
        // Only instances, classes and modules have a __dict__ here.
        guard
          a[0].isObject(.instance) || a[0].isObject(.type) || a[0].isObject(.module)
            || a[0].isObject(.function)
        else {
          throw raise(.typeError, "vars() argument must have __dict__ attribute")
        }
        return try loadAttribute(a[0], Runtime.intern("__dict__"))
      })
    add(
      "id",
      function("id") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value(smallInt: Int(truncatingIfNeeded: a[0].raw >> 1))
      })
    installObjectMethods()
  }

  /// The methods of `object` and `BaseException` a class reaches through `super()` or its
  /// bases when it does not define them itself.
  private static func installObjectMethods() {
    method(.object, "__init__") { _ throws(PythonError) in .none }
    method(.object, "__getattribute__") { a throws(PythonError) in
      try a.expect(1, 1)
      let name = try attributeName(a[0], "__getattribute__")
      guard a.receiver.isObject(.instance) || a.receiver.isObject(.exception) else {
        return try loadAttribute(a.receiver, name)
      }
      return try Classes.defaultLoadInstanceAttribute(a.receiver, name)
    }
    method(.object, "__setattr__") { a throws(PythonError) in
      try a.expect(2, 2)
      let name = try attributeName(a[0], "__setattr__")
      guard a.receiver.isObject(.instance) || a.receiver.isObject(.exception) else {
        try storeAttribute(a.receiver, name, a[1])
        return .none
      }
      try Classes.defaultStoreInstanceAttribute(a.receiver, name, a[1])
      return .none
    }
    method(.object, "__delattr__") { a throws(PythonError) in
      try a.expect(1, 1)
      let name = try attributeName(a[0], "__delattr__")
      guard a.receiver.isObject(.instance) || a.receiver.isObject(.exception) else {
        try deleteAttribute(a.receiver, name)
        return .none
      }
      try Classes.defaultDeleteInstanceAttribute(a.receiver, name)
      return .none
    }
    method(.object, "__repr__") { a throws(PythonError) in Value.str(defaultRepr(a.receiver)) }
    method(.object, "__str__") { a throws(PythonError) in try repr(a.receiver) }
    method(.object, "__hash__") { a throws(PythonError) in Value(smallInt: identityHash(a.receiver)) }
    method(.object, "__eq__") { a throws(PythonError) in
      try a.expect(1, 1)
      return a.receiver == a[0] ? .true : notImplemented
    }
    method(.object, "__ne__") { a throws(PythonError) in
      // The inverse of __eq__, unless that is NotImplemented.
      try a.expect(1, 1)
      let equal: Value
      if let eq = Dunders.method(a.receiver, Names.dunderEq) {
        equal = try Classes.invoke(eq, [a.receiver, a[0]])
      } else {
        equal = a.receiver == a[0] ? .true : notImplemented
      }
      return equal == notImplemented ? equal : Value(bool: !(try isTruthy(equal)))
    }
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
      method(.object, name) { a throws(PythonError) in
        try a.expect(1, 1)
        return notImplemented
      }
    }
    method(.baseException, "__init__") { a throws(PythonError) in
      try a.expect(0, Int.max)
      ExceptionObject(a.receiver).args = TupleObject.make(
        UnsafeBufferPointer(start: a.base, count: a.positionalCount))
      return .none
    }
    method(.baseException, "__str__") { a throws(PythonError) in Value.str(try exceptionText(a.receiver)) }
    method(.baseException, "add_note") { a throws(PythonError) in
      try a.expect(1, 1)
      guard a[0].isStr else { throw raise(.typeError, "note must be a str, not '\(typeName(a[0]))'") }
      let name = Runtime.intern("__notes__")
      let notes: Value
      if let existing = ExceptionObject.note(list: a.receiver) {
        notes = existing
      } else {
        notes = ListObject.make().ref.value
        try storeAttribute(a.receiver, name, notes)
      }
      guard notes.isList else { throw raise(.typeError, "Cannot add note: __notes__ is not a list") }
      ListObject(notes).append(a[0])
      return .none
    }
    method(.baseException, "with_traceback") { a throws(PythonError) in
      try a.expect(1, 1)
      // Tracebacks are (code, instruction) lists here (`e.__traceback__`): None clears it.
      guard a[0].isNone || a[0].isList else {
        throw raise(.typeError, "__traceback__ must be a traceback or None")
      }
      ExceptionObject(a.receiver).traceback = a[0].isNone ? .empty : a[0]
      return a.receiver
    }
    method(.baseException, "__repr__") { a throws(PythonError) in
      Value.str(try exceptionRepr(a.receiver))
    }
  }

  /// Clears the pending exception (and the traceback recorded for it) if it is a `type`, for
  /// builtins that answer a failed lookup (`getattr` with a default, `hasattr`).
  static func swallowPending(_ type: TypeID) -> Bool {
    let pending = Runtime.pendingException
    guard pending.isObject(.exception), ExceptionObject(pending).type.isSubtype(of: type) else {
      return false
    }
    Runtime.pendingException = .empty
    return true
  }

  static func attributeName(_ name: Value, _ function: String) throws(PythonError) -> Value {
    guard name.isStr else {
      throw raise(.typeError, "attribute name must be string, not '\(typeName(name))'")
    }
    return Classes.internName(name)
  }

  static func isSubclass(_ cls: Value, _ classInfo: Value) throws(PythonError) -> Bool {
    if classInfo.isTuple {
      let types = TupleObject(classInfo)
      for i in 0..<types.count where try isSubclass(cls, types[i]) { return true }
      return false
    }
    guard classInfo.isObject(.type) else {
      throw raise(.typeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }
    return Classes.isSubclass(cls, classInfo)
  }
}

/// `<__main__.C object at 0x7f...>`: CPython's default repr.
public func defaultRepr(_ v: Value) -> String {
  let cls = classOf(v)
  let module = ClassObject.isClass(cls) ? "__main__." : ""
  let name = ClassObject.isClass(cls) ? ClassObject(cls).qualifiedName.string : typeName(v)
  return "<\(module)\(name) object at 0x\(String(v.raw, radix: 16))>"
}

/// The identity hash of objects without `__hash__` (CPython's is the address rotated by 4).
func identityHash(_ v: Value) -> Int {
  let address = UInt(v.raw)
  return Int(bitPattern: (address >> 4) | (address << 60))
}
