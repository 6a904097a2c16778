/// The type tag in byte 0 of every heap object. Machine code tests a heap value's type with one
/// byte load and a compare against these numbers, so they never change meaning.
public enum ObjectTag: UInt8, CaseIterable, Sendable {
  /// A free cell in the allocator (never seen by a program).
  case free = 0
  case bigInt = 1
  case float = 2  // a double outside the inline range
  case str = 3
  case list = 4
  case tuple = 5
  case dict = 6
  case range = 7
  case function = 8
  case builtinFunction = 9
  case boundMethod = 10
  case type = 11
  case module = 12
  case cell = 13
  case slice = 14
  case exception = 15
  case iterator = 16
  case dictView = 17
  /// The byte store of strs built by concatenation (`StrBuffer`); never a program's value.
  case strBuffer = 18
  case file = 19
  /// An instance of a class (`InstanceObject`); classes themselves are `.type` objects.
  case instance = 20
  // Sets (`SetObject`).
  case set = 21
  case frozenSet = 22
  /// Properties, static and class methods, `super` objects, NotImplemented (`DescriptorObject`).
  case descriptor = 23

  /// The tag whose raw value is `byte`, which must be one (read from a live object's header).
  /// The cases are declared in raw-value order from 0 with no gaps, so the byte is already the
  /// enum's representation (`init(rawValue:)` is an out-of-line switch, hot in the sweep).
  @inline(__always)
  public init(byte: UInt8) {
    assert(Int(byte) < ObjectTag.allCases.count, "not an object tag")
    self = unsafeBitCast(byte, to: ObjectTag.self)
  }
}

/// Every heap object starts with this 8-byte header:
///
/// ```
/// byte 0      byte 1     bytes 2-3        bytes 4-7
/// ┌─────────┬──────────┬────────────────┬─────────────────────────┐
/// │ tag     │ GC bits  │ per-type flags │ per-type 32-bit field   │
/// └─────────┴──────────┴────────────────┴─────────────────────────┘
/// ```
/// then the type's own fields, each at a fixed offset documented with the type.
public enum ObjectHeader {
  public static let size = 8
  public static let tagOffset = 0
  public static let gcOffset = 1
  public static let flagsOffset = 2
  public static let extraOffset = 4

  /// GC bit 0: marked in the current collection.
  public static let markBit: UInt8 = 1
  /// GC bit 1: never collected (interned strings, singletons, types).
  public static let immortalBit: UInt8 = 2
}

/// Typed access to one heap object's fields. All pointer arithmetic on objects goes through here.
@frozen
public struct ObjectRef {
  public let base: UnsafeMutableRawPointer

  @inline(__always) public init(_ base: UnsafeMutableRawPointer) { self.base = base }
  @inline(__always) public init(_ value: Value) { self.base = value.object }

  @inline(__always) public var value: Value { Value(object: base) }
  @inline(__always) public var tag: ObjectTag {
    ObjectTag(byte: base.load(as: UInt8.self))
  }
  @inline(__always) public var gcBits: UInt8 {
    get { base.load(fromByteOffset: ObjectHeader.gcOffset, as: UInt8.self) }
    nonmutating set { base.storeBytes(of: newValue, toByteOffset: ObjectHeader.gcOffset, as: UInt8.self) }
  }
  @inline(__always) public var flags: UInt16 {
    get { base.load(fromByteOffset: ObjectHeader.flagsOffset, as: UInt16.self) }
    nonmutating set {
      base.storeBytes(of: newValue, toByteOffset: ObjectHeader.flagsOffset, as: UInt16.self)
    }
  }
  @inline(__always) public var extra: UInt32 {
    get { base.load(fromByteOffset: ObjectHeader.extraOffset, as: UInt32.self) }
    nonmutating set {
      base.storeBytes(of: newValue, toByteOffset: ObjectHeader.extraOffset, as: UInt32.self)
    }
  }

  @inline(__always) public func load<T>(_ offset: Int, as type: T.Type) -> T {
    base.load(fromByteOffset: offset, as: type)
  }
  @inline(__always) public func store<T>(_ offset: Int, _ value: T) {
    base.storeBytes(of: value, toByteOffset: offset, as: T.self)
  }
  @inline(__always) public func value(at offset: Int) -> Value {
    Value(raw: base.load(fromByteOffset: offset, as: UInt64.self))
  }
  @inline(__always) public func setValue(_ value: Value, at offset: Int) {
    base.storeBytes(of: value.raw, toByteOffset: offset, as: UInt64.self)
  }
  @inline(__always) public func int(at offset: Int) -> Int { base.load(fromByteOffset: offset, as: Int.self) }
  @inline(__always) public func setInt(_ n: Int, at offset: Int) {
    base.storeBytes(of: n, toByteOffset: offset, as: Int.self)
  }
}
