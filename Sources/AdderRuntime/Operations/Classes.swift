/// Classes: building them from a class body, looking names up along their bases, making
/// instances, and the subclass relation (`isinstance`, `issubclass`, `except`).
public enum Classes {
  /// Bumped whenever a class's namespace changes after the class was built (a method assigned,
  /// an attribute deleted). Machine code caching what a lookup along a class's bases found
  /// checks that this has not moved. One counter for every class: classes change rarely once
  /// built, and a per-class version would have to be bumped on every subclass too.
  nonisolated(unsafe) public static let epoch: UnsafeMutablePointer<Int> = {
    let pointer = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return pointer
  }()

  /// Set once any class namespace holds `__getattribute__`, `__setattr__` or `__delattr__`:
  /// until then attribute access skips looking for them (a walk along the bases per access).
  nonisolated(unsafe) public static var attributeHooksSeen = false

  static func noteAttributeHooks(_ name: Value) {
    if name == Names.dunderGetattribute || name == Names.dunderSetattr || name == Names.dunderDelattr {
      attributeHooksSeen = true
    }
  }

  /// `hook` (one of the three) along `cls`'s class bases, if any class has ever defined one.
  @inline(__always) public static func attributeHook(_ cls: Value, _ hook: Value) -> Value? {
    attributeHooksSeen ? lookupInClasses(cls, hook) : nil
  }

  // MARK: Building

  /// `class name(bases): body`: runs the body (a function returning its namespace) and makes
  /// the class.
  public static func build(_ body: Value, _ name: Value, _ bases: UnsafeMutablePointer<Value>, _ count: Int)
    throws(PythonError) -> Value
  {
    let base = count == 0 ? Runtime.types[TypeID.object.rawValue] : bases[0]
    guard base.isObject(.type) else {
      throw raise(.typeError, "bases must be types")
    }
    if !ClassObject.isClass(base) {
      let id = TypeObject(base).id
      guard id == .object || id.isException else {
        throw raise(.typeError, "unsupported: subclassing the built-in type '\(id.name)'")
      }
    }
    var none = Value.none
    let namespace = try callValue(body, &none, 0)
    return Runtime.withPinned([namespace]) { () -> Value in
      let dict = DictObject(namespace)
      if dict.get(str: Names.dunderModule) == nil { try? dict.set(Names.dunderModule, Names.dunderMain) }
      for hook in [Names.dunderGetattribute, Names.dunderSetattr, Names.dunderDelattr]
      where dict.get(str: hook) != nil {
        attributeHooksSeen = true
      }
      let cls = ClassObject.make(
        name: name, qualifiedName: FunctionObject(body).qualifiedName, base: base, namespace: namespace)
      let cellName = Names.dunderClasscell
      if let cell = dict.get(str: cellName) {
        CellObject(cell).contents = cls.ref.value
        _ = try? dict.remove(cellName)
      }
      // A class that defines __eq__ and not __hash__ has unhashable instances, as in CPython.
      if dict.get(str: Names.dunderEq) != nil && dict.get(str: Names.dunderHash) == nil {
        try? dict.set(Names.dunderHash, .none)
      }
      return cls.ref.value
    }
  }

  // MARK: Lookup

  /// The base of a type object: a class's base, a built-in type's base, nil for `object`.
  public static func base(of type: Value) -> Value? {
    if ClassObject.isClass(type) { return ClassObject(type).base }
    guard let base = TypeObject(type).id.base else { return nil }
    return Runtime.types[base.rawValue]
  }

  /// `__bases__` of a class or built-in type: its one base, none for `object`.
  static func bases(of type: Value) -> Value { Value.tuple(base(of: type).map { [$0] } ?? []) }

  /// `__mro__` of a class or built-in type: the type and its bases up to `object`.
  static func mro(of type: Value) -> Value {
    var chain: [Value] = []
    var current: Value? = type
    while let next = current {
      chain.append(next)
      current = base(of: next)
    }
    return Value.tuple(chain)
  }

  /// `name` in the namespaces of `cls` and its bases that are classes (not built-in types),
  /// nearest first. Dunder dispatch uses this: built-in types define no Python-level dunders
  /// that the runtime does not already apply itself.
  @inline(__always)
  public static func lookupInClasses(_ cls: Value, _ name: Value) -> Value? {
    var current = cls
    while ClassObject.isClass(current) {
      let klass = ClassObject(current)
      if let value = klass.namespace.get(str: name) { return value }
      current = klass.base
    }
    return nil
  }

  /// Where `lookupInClasses` finds `name`: the namespace dict, its entry number, and how many
  /// bases up from `cls` the class holding it is.
  public static func locate(_ cls: Value, _ name: Value) -> (DictObject, Int, Int)? {
    var current = cls
    var depth = 0
    while ClassObject.isClass(current) {
      let klass = ClassObject(current)
      if let index = klass.namespace.entryIndex(str: name) { return (klass.namespace, index, depth) }
      current = klass.base
      depth += 1
    }
    return nil
  }

  /// `name` along the whole chain of bases: classes first, then the built-in types' methods.
  public static func lookup(_ cls: Value, _ name: Value) -> Value? {
    if let found = lookupInClasses(cls, name) { return found }
    var id: TypeID? = TypeObject(cls).id
    while let type = id {
      if let method = builtinMethods(of: type)[name.raw] { return method }
      id = type.base
    }
    return nil
  }

  /// The built-in methods of a type keyed by the interned name's word, made once per type, so a
  /// lookup that reaches `object` costs a hash of one word, not of a string.
  nonisolated(unsafe) private static var builtinMethodTables: [[UInt64: Value]?] = []

  private static func builtinMethods(of type: TypeID) -> [UInt64: Value] {
    if builtinMethodTables.isEmpty {
      builtinMethodTables = Array(repeating: nil, count: TypeID.allCases.count)
    }
    if let table = builtinMethodTables[type.rawValue] { return table }
    var table: [UInt64: Value] = [:]
    for (name, method) in Builtins.methods[type] ?? [:] { table[Runtime.intern(name).raw] = method }
    builtinMethodTables[type.rawValue] = table
    return table
  }

  /// `issubclass(a, b)` for type objects.
  public static func isSubclass(_ a: Value, _ b: Value) -> Bool {
    var current: Value? = a
    while let type = current {
      if type == b { return true }
      current = base(of: type)
    }
    return false
  }

  /// `isinstance(v, cls)` for one type object.
  public static func isInstance(_ v: Value, _ cls: Value) -> Bool {
    if !ClassObject.isClass(cls) && !(v.isHeapObject && (v.isObject(.instance) || v.isObject(.exception))) {
      return typeID(of: v).isSubtype(of: TypeObject(cls).id)
    }
    return isSubclass(classOf(v), cls)
  }

  // MARK: Instances

  /// `instance.name` about to be called: a function found on the class and not shadowed by the
  /// instance is returned unbound with self, so the call binds self without making a bound
  /// method (CPython's LOAD_METHOD); anything else is the attribute, with no self.
  public static func loadMethod(instance receiver: Value, _ name: Value) throws(PythonError) -> (Value, Value)
  {
    let instance = InstanceObject(receiver)
    if let found = lookupInClasses(instance.cls, name), found.isObject(.function),
      instance.attribute(name) == nil, attributeHook(instance.cls, Names.dunderGetattribute) == nil
    {
      return (found, receiver)
    }
    return (try loadAttribute(receiver, name), .empty)
  }

  /// `super().name` about to be called: a function found from the base of super's class is
  /// returned unbound with the object as self, like `loadMethod(instance:)`.
  public static func loadMethod(super receiver: Value, _ name: Value) throws(PythonError) -> (Value, Value) {
    let superObject = DescriptorObject(receiver)
    let object = superObject[1]
    if !object.isObject(.type), let base = base(of: superObject[0]), let found = lookup(base, name),
      found.isObject(.function)
    {
      return (found, object)
    }
    return (try loadAttribute(receiver, name), .empty)
  }

  /// Calls a class: makes the instance and runs `__init__` on it.
  static func instantiate(
    _ cls: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value
  ) throws(PythonError) -> Value {
    let klass = ClassObject(cls)
    let keywordCount = keywordNames.isEmpty ? 0 : TupleObject(keywordNames).count
    let instance: Value
    if klass.builtinBase.isException {
      // BaseException.__new__ keeps the positional arguments as `args`, whatever __init__ does.
      let args = TupleObject.make(UnsafeBufferPointer(start: arguments, count: count - keywordCount))
      instance = ExceptionObject.make(cls: cls, args: args)
    } else {
      instance = InstanceObject.make(klass).ref.value
    }
    guard let initializer = lookupInClasses(cls, Names.dunderInit) else {
      if klass.builtinBase.isException {
        if keywordCount > 0 { throw raise(.typeError, "\(klass.name.string)() takes no keyword arguments") }
      } else if count > 0 {
        throw raise(.typeError, "\(klass.name.string)() takes no arguments")
      }
      return instance
    }
    // Nothing allocates before the instance is the first value of the argument buffer, which is
    // on the native stack the collector scans (pinning it cost an array and a malloc per object).
    let result = try withArguments(instance, arguments, count) { (buffer) throws(PythonError) -> Value in
      try callValue(initializer, buffer, count + 1, keywordNames: keywordNames)
    }
    guard result.isNone else { throw initializerReturned(result) }
    return instance
  }

  /// How machine code may instantiate `cls` called with `count` positional arguments without
  /// `instantiate`: nil when it may not (an exception class, a built-in base, an `__init__` that
  /// is not a Python function, arguments without an `__init__`); `.some(nil)` when there is no
  /// `__init__` and nothing to pass (the new instance is the result); else the `__init__` to call
  /// with the new instance and the arguments, whose result must be None.
  public static func directInitializer(_ cls: Value, positional count: Int) -> Value?? {
    guard ClassObject.isClass(cls), ClassObject(cls).builtinBase == .object else { return nil }
    guard let initializer = lookupInClasses(cls, Names.dunderInit) else {
      return count == 0 ? .some(nil) : nil
    }
    guard initializer.isObject(.function) else { return nil }
    return .some(initializer)
  }

  /// A new instance of a class `directInitializer` accepted, before its `__init__` runs.
  public static func newInstance(_ cls: Value) -> Value { InstanceObject.make(ClassObject(cls)).ref.value }

  /// The TypeError of an `__init__` that returned something other than None.
  public static func initializerReturned(_ result: Value) -> PythonError {
    raise(.typeError, "__init__() should return None, not '\(typeName(result))'")
  }

  /// Calls `function` with `arguments`, copied into a buffer on the native stack, which the
  /// collector scans, for the call (pinning them cost two arrays per dunder call).
  public static func invoke(_ function: Value, _ arguments: [Value]) throws(PythonError) -> Value {
    try withUnsafeTemporaryAllocation(of: Value.self, capacity: arguments.count) {
      (buffer) throws(PythonError) -> Value in
      for (i, argument) in arguments.enumerated() { buffer[i] = argument }
      let result = try callValue(function, buffer.baseAddress!, arguments.count)
      keepAlive(function)
      return result
    }
  }

  /// Runs `body` with `first` followed by the `count` values at `arguments` in one buffer (a call
  /// with self prepended). The buffer is on the native stack, which the collector scans.
  public static func withArguments(
    _ first: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int,
    _ body: (UnsafeMutablePointer<Value>) throws(PythonError) -> Value
  ) throws(PythonError) -> Value {
    try withUnsafeTemporaryAllocation(of: Value.self, capacity: count + 1) {
      (buffer) throws(PythonError) -> Value in
      buffer[0] = first
      for i in 0..<count { buffer[1 + i] = arguments[i] }
      let result = try body(buffer.baseAddress!)
      keepAlive(first)
      return result
    }
  }
}
