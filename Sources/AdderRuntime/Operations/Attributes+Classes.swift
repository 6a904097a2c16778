/// Attributes of instances, classes, bound methods, properties and `super` objects: CPython's
/// `object.__getattribute__` and `type.__getattribute__` for the subset (data descriptors are
/// properties; non-data descriptors are functions, static and class methods).
extension Classes {
  /// Interns an attribute name given at run time (`getattr(o, name)`): shapes and namespaces
  /// compare names by identity.
  static func internName(_ name: Value) -> Value { Runtime.intern(name.string) }

  /// Binds what a lookup along `cls`'s bases found for `object`: a function becomes a bound
  /// method, a static method its function, a class method a method bound to the class, a
  /// property its getter's result.
  static func bind(_ found: Value, to object: Value, cls: Value) throws(PythonError) -> Value {
    guard found.isHeapObject else { return found }
    switch found.objectTag {
    case .function: return MethodObject.make(found, object)
    case .builtinFunction:
      let builtin = BuiltinFunctionObject(found)
      if builtin.boundSelf.isEmpty, let owner = Builtins.table[builtin.index].ownerType {
        // A built-in type's method binds only to instances of that type (`f = list.append` in a
        // class body, looked up on an instance, is CPython's TypeError, not a list method run on
        // something that is not a list).
        guard typeID(of: object).isSubtype(of: owner) else {
          throw raise(
            .typeError,
            "descriptor '\(Builtins.table[builtin.index].name)' for '\(owner.name)' objects doesn't apply to a '\(typeName(object))' object"
          )
        }
        return BuiltinFunctionObject.make(index: builtin.index, boundSelf: object)
      }
      return found
    case .descriptor:
      let descriptor = DescriptorObject(found)
      switch descriptor.kind {
      case .staticMethod: return descriptor[0]
      case .classMethod: return MethodObject.make(descriptor[0], cls)
      case .property: return try getProperty(descriptor, object, nil)
      default: return found
      }
    default: return found
    }
  }

  static func getProperty(_ property: DescriptorObject, _ object: Value, _ name: Value?) throws(PythonError)
    -> Value
  {
    guard !property[0].isNone && !property[0].isEmpty else {
      guard let name else { throw raise(.attributeError, "property object has no getter") }
      throw raise(.attributeError, "property '\(name.string)' of '\(typeName(object))' object has no getter")
    }
    return try invoke(property[0], [object])
  }

  /// `object.name` for an instance or an exception made from a class.
  static func loadInstanceAttribute(_ object: Value, _ name: Value) throws(PythonError) -> Value {
    let cls = classOf(object)
    if let hook = attributeHook(cls, Names.dunderGetattribute) {
      do {
        return try invoke(hook, [object, name])
      } catch {
        guard let fallback = lookupInClasses(cls, Names.dunderGetattr),
          Builtins.swallowPending(.attributeError)
        else { throw error }
        return try invoke(fallback, [object, name])
      }
    }
    return try defaultLoadInstanceAttribute(object, name)
  }

  /// `object.__getattribute__`: CPython's generic lookup, then `__getattr__`.
  static func defaultLoadInstanceAttribute(_ object: Value, _ name: Value) throws(PythonError) -> Value {
    let cls = classOf(object)
    let found = lookup(cls, name)
    if let found, DescriptorObject.isKind(found, .property) {
      do {
        return try getProperty(DescriptorObject(found), object, name)
      } catch {
        // A getter's AttributeError hands over to __getattr__, as in CPython.
        guard let fallback = lookupInClasses(cls, Names.dunderGetattr),
          Builtins.swallowPending(.attributeError)
        else { throw error }
        return try invoke(fallback, [object, name])
      }
    }
    if object.isObject(.instance) {
      if let value = InstanceObject(object).attribute(name) { return value }
    } else if object.isObject(.exception) {
      let attributes = ExceptionObject(object).attributes
      if !attributes.isEmpty, let value = DictObject(attributes).get(str: name) { return value }
    }
    if let found { return try bind(found, to: object, cls: cls) }
    switch name.string {
    case "__dict__": return instanceDict(object)
    case "__class__": return cls
    case "__doc__", "__module__": return try loadClassAttribute(cls, name)
    default: break
    }
    if let hook = lookupInClasses(cls, Names.dunderGetattr),
      attributeHook(cls, Names.dunderGetattribute) == nil
    {
      return try invoke(hook, [object, name])
    }
    throw raise(.attributeError, "'\(typeName(object))' object has no attribute '\(name.string)'")
  }

  /// A new dict of an instance's attributes (CPython's `__dict__` is live; this is a copy).
  static func instanceDict(_ object: Value) -> Value {
    let dict = DictObject.make()
    if object.isObject(.instance) {
      let instance = InstanceObject(object)
      for (i, key) in Shapes.names(of: instance.shape).enumerated() {
        try? dict.set(key, instance.slots.unsafelyUnwrapped[i])
      }
    } else if object.isObject(.exception), !ExceptionObject(object).attributes.isEmpty {
      return ExceptionObject(object).attributes
    }
    return dict.ref.value
  }

  /// `object.name = value` for an instance or an exception made from a class.
  static func storeInstanceAttribute(_ object: Value, _ name: Value, _ value: Value) throws(PythonError) {
    if let hook = attributeHook(classOf(object), Names.dunderSetattr) {
      _ = try invoke(hook, [object, name, value])
      return
    }
    try defaultStoreInstanceAttribute(object, name, value)
  }

  /// BaseException's own slots (`args`, `__cause__`, `__context__`, `__suppress_context__`):
  /// stored with CPython's checks; false for any other name.
  static func storeExceptionSlot(_ exception: ExceptionObject, _ name: String, _ value: Value)
    throws(PythonError)
    -> Bool
  {
    switch name {
    case "args":
      // Any iterable, kept as a tuple.
      exception.args = try Sequences.toTuple(value)
    case "__cause__", "__context__":
      let which = name == "__cause__" ? "cause" : "context"
      guard value.isNone || value.isObject(.exception) else {
        throw raise(.typeError, "exception \(which) must be None or derive from BaseException")
      }
      if name == "__cause__" {
        exception.cause = value
        // Setting a cause hides the context, as `raise ... from` does.
        exception.suppressContext = true
      } else {
        exception.context = value
      }
    case "__suppress_context__":
      guard value.isBool else { throw raise(.typeError, "attribute value type must be bool") }
      exception.suppressContext = value == .true
    default:
      return false
    }
    return true
  }

  /// `object.__setattr__`: a property's setter, else the instance's own attribute.
  static func defaultStoreInstanceAttribute(_ object: Value, _ name: Value, _ value: Value)
    throws(PythonError)
  {
    let cls = classOf(object)
    if let found = lookup(cls, name), DescriptorObject.isKind(found, .property) {
      let setter = DescriptorObject(found)[1]
      guard !setter.isNone && !setter.isEmpty else {
        throw raise(
          .attributeError, "property '\(name.string)' of '\(typeName(object))' object has no setter")
      }
      _ = try invoke(setter, [object, value])
      return
    }
    if object.isObject(.exception), try storeExceptionSlot(ExceptionObject(object), name.string, value) {
      return
    }
    if name == Names.dunderClass {
      // Changing an object's class is outside the subset: refused rather than stored as an
      // attribute that type() would not see.
      throw raise(.typeError, "unsupported: assigning __class__")
    }
    if object.isObject(.instance) {
      guard ClassObject.isClass(cls) else {
        throw raise(.attributeError, "'object' object has no attribute '\(name.string)'")
      }
      InstanceObject(object).setAttribute(name, value)
      return
    }
    guard object.isObject(.exception) else {
      throw raise(.attributeError, "'\(typeName(object))' object has no attribute '\(name.string)'")
    }
    let exception = ExceptionObject(object)
    if exception.attributes.isEmpty {
      exception.attributes = Runtime.withPinned([value]) { DictObject.make().ref.value }
    }
    try DictObject(exception.attributes).set(name, value)
  }

  /// `del object.name` / `delattr(object, name)`.
  static func deleteInstanceAttribute(_ object: Value, _ name: Value) throws(PythonError) {
    if let hook = attributeHook(classOf(object), Names.dunderDelattr) {
      _ = try invoke(hook, [object, name])
      return
    }
    try defaultDeleteInstanceAttribute(object, name)
  }

  /// `object.__delattr__`.
  static func defaultDeleteInstanceAttribute(_ object: Value, _ name: Value) throws(PythonError) {
    let cls = classOf(object)
    if let found = lookup(cls, name), DescriptorObject.isKind(found, .property) {
      let deleter = DescriptorObject(found)[2]
      guard !deleter.isNone && !deleter.isEmpty else {
        throw raise(
          .attributeError, "property '\(name.string)' of '\(typeName(object))' object has no deleter")
      }
      _ = try invoke(deleter, [object])
      return
    }
    if object.isObject(.instance), InstanceObject(object).deleteAttribute(name) { return }
    if object.isObject(.exception), !ExceptionObject(object).attributes.isEmpty,
      try DictObject(ExceptionObject(object).attributes).remove(name) != nil
    {
      return
    }
    throw raise(.attributeError, "'\(typeName(object))' object has no attribute '\(name.string)'")
  }

  /// `C.name` for a class.
  static func loadClassAttribute(_ cls: Value, _ name: Value) throws(PythonError) -> Value {
    if let found = lookup(cls, name) {
      if found.isObject(.descriptor) {
        let descriptor = DescriptorObject(found)
        switch descriptor.kind {
        case .staticMethod: return descriptor[0]
        case .classMethod: return MethodObject.make(descriptor[0], cls)
        default: return found
        }
      }
      return found
    }
    let klass = ClassObject(cls)
    switch name.string {
    case "__name__": return klass.name
    case "__qualname__": return klass.qualifiedName
    case "__module__": return Names.dunderMain
    case "__doc__": return .none
    case "__class__": return Runtime.types[TypeID.type.rawValue]
    case "__base__": return klass.base
    case "__bases__": return bases(of: cls)
    case "__mro__": return mro(of: cls)
    case "__dict__":
      // A copy: CPython's is a read-only view, and writes must go through the class (which moves
      // the epoch the JIT's caches check).
      let copy = DictObject.make()
      try Dicts.update(copy.ref.value, with: klass.namespace.ref.value)
      return copy.ref.value
    default:
      throw raise(.attributeError, "type object '\(klass.name.string)' has no attribute '\(name.string)'")
    }
  }

  /// `C.name = value`: sets it in the class's namespace; machine code that cached a lookup
  /// along the bases sees the epoch move.
  static func storeClassAttribute(_ cls: Value, _ name: Value, _ value: Value) throws(PythonError) {
    noteAttributeHooks(name)
    // The names live in the class object itself (the traceback and repr read them there).
    if name == Runtime.intern("__name__") || name == Runtime.intern("__qualname__") {
      guard value.isStr else {
        throw raise(
          .typeError,
          "can only assign string to \(ClassObject(cls).name.string).\(name.string), not '\(typeName(value))'"
        )
      }
      let offset =
        name == Runtime.intern("__name__") ? TypeObject.nameOffset : ClassObject.qualifiedNameOffset
      ClassObject(cls).ref.setValue(value, at: offset)
      return
    }
    let namespace = ClassObject(cls).namespace
    let old = namespace.get(str: name)
    try namespace.set(name, value)
    // Cases cache what lookups found: functions and descriptors, and that a name is absent. A
    // plain value replaced by a plain value (`Counter.count += 1`) changes neither.
    if old == nil || bindsSpecially(old!) || bindsSpecially(value) { epoch.pointee += 1 }
  }

  /// A class attribute that an instance lookup does more with than return it.
  private static func bindsSpecially(_ value: Value) -> Bool {
    value.isObject(.function) || value.isObject(.descriptor) || value.isObject(.builtinFunction)
  }

  static func deleteClassAttribute(_ cls: Value, _ name: Value) throws(PythonError) {
    guard try ClassObject(cls).namespace.remove(name) != nil else {
      throw raise(
        .attributeError, "type object '\(ClassObject(cls).name.string)' has no attribute '\(name.string)'")
    }
    epoch.pointee += 1
  }

  /// Attributes of the objects classes are made of: bound methods, properties, static and class
  /// methods, `super` objects. Nil when `object` is none of them.
  static func loadSpecialAttribute(_ object: Value, _ name: Value) throws(PythonError) -> Value? {
    if object.isObject(.boundMethod) {
      let method = MethodObject(object)
      switch name.string {
      case "__func__": return method.function
      case "__self__": return method.receiver
      default: return try loadAttribute(method.function, name)
      }
    }
    guard object.isObject(.descriptor) else { return nil }
    let descriptor = DescriptorObject(object)
    switch (descriptor.kind, name.string) {
    case (.superType, _): return try loadSuperAttribute(descriptor, name)
    case (.property, "fget"): return descriptor[0]
    case (.property, "fset"): return descriptor[1]
    case (.property, "fdel"): return descriptor[2]
    case (.staticMethod, "__func__"), (.classMethod, "__func__"): return descriptor[0]
    default:
      if let method = Builtins.lookupMethod(object, name) {
        return BuiltinFunctionObject.make(index: BuiltinFunctionObject(method).index, boundSelf: object)
      }
      throw raise(.attributeError, "'\(typeName(object))' object has no attribute '\(name.string)'")
    }
  }

  /// `super().name`: looked up from the base of the class the method was defined in, bound to
  /// the method's `self` (or class, in a class method).
  static func loadSuperAttribute(_ superObject: DescriptorObject, _ name: Value) throws(PythonError) -> Value
  {
    let start = superObject[0]
    let object = superObject[1]
    let objectIsType = object.isObject(.type)
    let objectClass = objectIsType ? object : classOf(object)
    if let base = base(of: start), let found = lookup(base, name) {
      if objectIsType {
        if DescriptorObject.isKind(found, .classMethod) {
          return MethodObject.make(DescriptorObject(found)[0], objectClass)
        }
        if DescriptorObject.isKind(found, .staticMethod) { return DescriptorObject(found)[0] }
        return found
      }
      return try bind(found, to: object, cls: objectClass)
    }
    if name.string == "__class__" { return Runtime.types[TypeID.superType.rawValue] }
    throw raise(.attributeError, "'super' object has no attribute '\(name.string)'")
  }
}
