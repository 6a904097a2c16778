import CAdderSupport

/// A class made by a `class` statement. It is a type object (tag `.type`, so `type(x)`,
/// `isinstance` and the header test treat it as one) with header flag bit 0 set and more fields:
///
/// ```
/// offset 8   TypeID of the nearest built-in base (`object`, or an exception type)
/// offset 16  __name__: str
/// offset 24  base: the base class (a ClassObject or a built-in TypeObject)
/// offset 32  namespace: dict (the class body's names, then attributes set on the class)
/// offset 40  __qualname__: str
/// offset 48  root shape id (raw Int): every instance starts with it; shapes never cross classes
/// offset 56  class id (raw Int): never reused, so machine code may compare it
/// ```
/// Unlike built-in types, classes are collected when unreachable; machine code only ever
/// compares shape ids and class ids, never a class's address.
public struct ClassObject {
  public let ref: ObjectRef
  public static let baseOffset = 24
  public static let namespaceOffset = 32
  static let qualifiedNameOffset = 40
  static let rootShapeOffset = 48
  public static let classIDOffset = 56
  static let size = 64
  /// Header flags bit 0: this type object is a class.
  public static let classFlag: UInt16 = 1
  /// The Value fields after the header, for the collector (offsets 16 through 40).
  static let valueFields = [16, 24, 32, 40]

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  /// True for a class made by a `class` statement (not a built-in type).
  @inline(__always) public static func isClass(_ value: Value) -> Bool {
    value.isObject(.type) && ObjectRef(value).flags & classFlag != 0
  }

  public var name: Value { ref.value(at: TypeObject.nameOffset) }
  public var qualifiedName: Value { ref.value(at: ClassObject.qualifiedNameOffset) }
  public var base: Value { ref.value(at: ClassObject.baseOffset) }
  public var namespace: DictObject { DictObject(ref.value(at: ClassObject.namespaceOffset)) }
  public var rootShape: Int { ref.int(at: ClassObject.rootShapeOffset) }
  public var classID: Int { ref.int(at: ClassObject.classIDOffset) }
  /// The built-in type at the root of the class's bases.
  public var builtinBase: TypeID { TypeObject(ref.value).id }

  nonisolated(unsafe) static var nextClassID = 1

  static func make(name: Value, qualifiedName: Value, base: Value, namespace: Value) -> ClassObject {
    let object = Heap.allocate(size: size, tag: .type)
    object.flags = classFlag
    let builtin = ClassObject.isClass(base) ? ClassObject(base).builtinBase : TypeObject(base).id
    object.setInt(builtin.rawValue, at: TypeObject.idOffset)
    object.setValue(name, at: TypeObject.nameOffset)
    object.setValue(base, at: baseOffset)
    object.setValue(namespace, at: namespaceOffset)
    object.setValue(qualifiedName, at: qualifiedNameOffset)
    object.setInt(nextClassID, at: classIDOffset)
    nextClassID += 1
    let cls = ClassObject(object.value)
    object.setInt(Shapes.makeRoot(classID: cls.classID), at: rootShapeOffset)
    return cls
  }
}

/// An instance of a class (not derived from an exception type). Attributes live in slots whose
/// names and order the instance's shape (hidden class, `Shapes`) gives, so instances built the
/// same way share a shape and an attribute load is a shape check and one indexed load.
///
/// ```
/// bytes 4-7  shape id (the header's per-type field)
/// offset 8   class: ClassObject
/// offset 16  slots: UnsafeMutablePointer<Value> (an `adder_block_allocate` block, freed when the
///            instance is swept)
/// offset 24  slot capacity (raw Int)
/// ```
public struct InstanceObject {
  public let ref: ObjectRef
  public static let classOffset = 8
  public static let slotsOffset = 16
  public static let capacityOffset = 24
  static let size = 32

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  @inline(__always) public var cls: Value { ref.value(at: InstanceObject.classOffset) }
  @inline(__always) public var shape: Int { Int(ref.extra) }
  @inline(__always) var slots: UnsafeMutablePointer<Value>? {
    ref.load(InstanceObject.slotsOffset, as: UnsafeMutablePointer<Value>?.self)
  }
  var capacity: Int { ref.int(at: InstanceObject.capacityOffset) }

  static func make(_ cls: ClassObject) -> InstanceObject {
    let object = Heap.allocate(size: size, tag: .instance)
    object.setValue(cls.ref.value, at: classOffset)
    object.store(slotsOffset, UnsafeMutablePointer<Value>?.none)
    object.setInt(0, at: capacityOffset)
    object.extra = UInt32(cls.rootShape)
    let instance = InstanceObject(object.value)
    let expected = Shapes.expectedSlots(of: cls.classID)
    if expected > 0 { instance.grow(to: expected) }
    return instance
  }

  /// `object()`: an instance of `object` itself, with the empty shape 0 (which no class has).
  static func makePlain() -> InstanceObject {
    let object = Heap.allocate(size: size, tag: .instance)
    object.setValue(Runtime.types[TypeID.object.rawValue], at: classOffset)
    object.store(slotsOffset, UnsafeMutablePointer<Value>?.none)
    object.setInt(0, at: capacityOffset)
    object.extra = 0
    return InstanceObject(object.value)
  }

  /// The value of attribute `name` held by the instance itself, if any.
  func attribute(_ name: Value) -> Value? {
    guard let index = Shapes.index(of: name, in: shape) else { return nil }
    return slots.unsafelyUnwrapped[index]
  }

  /// Sets attribute `name`, moving the instance to the next shape when the name is new.
  func setAttribute(_ name: Value, _ value: Value) {
    if let index = Shapes.index(of: name, in: shape) {
      slots.unsafelyUnwrapped[index] = value
      return
    }
    let next = Shapes.transition(from: shape, adding: name)
    let index = Shapes.count(of: next) - 1
    if index >= capacity { grow(to: max(4, capacity * 2)) }
    slots.unsafelyUnwrapped[index] = value
    ref.extra = UInt32(next)
  }

  /// Removes attribute `name`; false when the instance does not hold it. The instance gets the
  /// shape its remaining attributes would have had if added in the same order.
  func deleteAttribute(_ name: Value) -> Bool {
    guard let removed = Shapes.index(of: name, in: shape) else { return false }
    let names = Shapes.names(of: shape)
    let buffer = slots.unsafelyUnwrapped
    var shape = Shapes.root(of: self.shape)
    var write = 0
    for (i, key) in names.enumerated() where i != removed {
      buffer[write] = buffer[i]
      shape = Shapes.transition(from: shape, adding: key)
      write += 1
    }
    buffer[write] = .empty
    ref.extra = UInt32(shape)
    return true
  }

  func grow(to newCapacity: Int) {
    let old = slots
    guard let block = adder_block_allocate(newCapacity * 8) else { Heap.outOfMemory() }
    let buffer = block.assumingMemoryBound(to: Value.self)
    buffer.initialize(repeating: .empty, count: newCapacity)
    if let old {
      buffer.update(from: old, count: capacity)
      adder_block_free(old, capacity * 8)
    }
    Heap.noteExternalAllocation((newCapacity - capacity) * 8)
    ref.store(InstanceObject.slotsOffset, Optional(buffer))
    ref.setInt(newCapacity, at: InstanceObject.capacityOffset)
  }

  /// The values the collector must mark: the slots the shape uses.
  func markSlots(_ mark: (Value) -> Void) {
    guard let slots else { return }
    for i in 0..<Shapes.count(of: shape) { mark(slots[i]) }
  }

  /// Frees the slot buffer (the collector's finalizer); returns the bytes released.
  func release() -> Int {
    guard let slots else { return 0 }
    adder_block_free(slots, capacity * 8)
    return capacity * 8
  }
}

/// The small objects classes are made of: bound methods aside, each is a `.descriptor` object
/// whose kind (a TypeID) is in the header's per-type field and whose four fields are Values.
///
/// | kind | field 8 | field 16 | field 24 | field 32 |
/// |---|---|---|---|---|
/// | property | fget | fset | fdel | __doc__ |
/// | staticmethod, classmethod | the function | | | |
/// | super | the class it was called in | the object (or class) | | |
/// | NotImplementedType | | | | |
public struct DescriptorObject {
  public let ref: ObjectRef
  static let size = 40

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  @inline(__always) public var kind: TypeID { TypeID(rawValue: Int(ref.extra)).unsafelyUnwrapped }
  public subscript(field: Int) -> Value { ref.value(at: 8 + field * 8) }

  static func make(_ kind: TypeID, _ fields: [Value]) -> Value {
    let object = Heap.allocate(size: size, tag: .descriptor)
    object.extra = UInt32(kind.rawValue)
    for i in 0..<4 { object.setValue(i < fields.count ? fields[i] : .empty, at: 8 + i * 8) }
    return object.value
  }

  /// A value is of descriptor kind `kind`.
  @inline(__always) public static func isKind(_ value: Value, _ kind: TypeID) -> Bool {
    value.isObject(.descriptor) && DescriptorObject(value).kind == kind
  }
}

/// A Python function bound to the object it was looked up on (`obj.method`), tag `.boundMethod`.
///
/// ```
/// offset 8   __func__
/// offset 16  __self__
/// ```
public struct MethodObject {
  public let ref: ObjectRef
  static let size = 24

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  public var function: Value { ref.value(at: 8) }
  public var receiver: Value { ref.value(at: 16) }

  static func make(_ function: Value, _ receiver: Value) -> Value {
    let object = Heap.allocate(size: size, tag: .boundMethod)
    object.setValue(function, at: 8)
    object.setValue(receiver, at: 16)
    return object.value
  }
}
