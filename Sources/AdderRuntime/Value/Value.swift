/// A Python value in one 64-bit word. The low three bits are the tag:
///
/// ```
///  63                                                         3   2   1   0
/// ┌──────────────────────────────────────────────────────────────────┬───┐
/// │ signed 63-bit integer n (the word is n << 1 | 1)                 │ 1 │  small int
/// ├───────────────────────────────────────────────────────┬───┬───┬───┤
/// │ 61-bit rotated double (see below)                      │ 1 │ 0 │ 0 │  inline float
/// │ address of a heap object (8-byte aligned; 0 = none)    │ 0 │ 0 │ 0 │  heap object
/// │ special: 0 None, 1 False, 3 True, 4 Ellipsis            │ 0 │ 1 │ 0 │  immediate
/// └───────────────────────────────────────────────────────┴───┴───┴───┘
/// ```
///
/// Small ints: adding two tagged ints is `a + b - 1` with the overflow flag telling when to promote
/// to a big int, and comparing them is comparing the words, so machine code needs no untagging.
///
/// Inline floats keep 8 of the double's 11 exponent bits (Smalltalk Spur's scheme): rotate the
/// IEEE bits left by one (sign to bit 0), subtract 896 from the exponent field, shift left 3 and
/// tag. That covers every double whose biased exponent is in 897...1151 (magnitudes 1.2e-38 to
/// 6.8e38) plus both zeros; other doubles (inf, nan, huge, tiny) are boxed on the heap.
/// Decoding is shift, add, rotate: four instructions on the fast path.
///
/// The word 0 is never a Python value: helpers return it to say "an exception was raised" and
/// frames use it for unbound locals.
@frozen
public struct Value: Equatable, Hashable, Sendable {
  public var raw: UInt64

  @inline(__always) public init(raw: UInt64) { self.raw = raw }

  // MARK: Tags
  // Computed and inlinable, not stored `static let`s: other modules (the interpreter, the JIT's
  // helpers) reached a stored one through an addressor call with a once-check on every use.
  @inlinable public static var intTag: UInt64 { 0b1 }
  @inlinable public static var floatTag: UInt64 { 0b100 }
  @inlinable public static var specialTag: UInt64 { 0b010 }
  @inlinable public static var tagMask: UInt64 { 0b111 }

  @inlinable public static var none: Value { Value(raw: 0 << 3 | specialTag) }
  @inlinable public static var `false`: Value { Value(raw: 1 << 3 | specialTag) }
  @inlinable public static var `true`: Value { Value(raw: 3 << 3 | specialTag) }
  @inlinable public static var ellipsis: Value { Value(raw: 4 << 3 | specialTag) }
  /// Not a Python value: an empty slot, or "an exception is pending" from a helper.
  @inlinable public static var empty: Value { Value(raw: 0) }

  @inline(__always) public var isEmpty: Bool { raw == 0 }
  @inline(__always) public var isSmallInt: Bool { raw & 1 != 0 }
  @inline(__always) public var isInlineFloat: Bool { raw & Value.tagMask == Value.floatTag }
  @inline(__always) public var isHeapObject: Bool { raw & Value.tagMask == 0 && raw != 0 }
  @inline(__always) public var isNone: Bool { raw == Value.none.raw }
  /// False and True differ only in bit 4.
  @inline(__always) public var isBool: Bool { raw & ~(1 << 4) == Value.false.raw }

  @inline(__always) public init(bool: Bool) { self = bool ? .true : .false }

  // MARK: Small ints
  @inlinable public static var smallIntMax: Int { (1 << 62) - 1 }
  @inlinable public static var smallIntMin: Int { -(1 << 62) }

  @inline(__always) public static func fitsSmallInt(_ n: Int) -> Bool {
    n >= smallIntMin && n <= smallIntMax
  }

  /// `n` must fit (see `fitsSmallInt`); use `Value.int(_:)` for any Int.
  @inline(__always) public init(smallInt n: Int) {
    raw = UInt64(bitPattern: Int64(n) << 1) | 1
  }

  @inline(__always) public var smallInt: Int { Int(Int64(bitPattern: raw) >> 1) }

  // MARK: Inline floats
  static let floatExponentOffset: UInt64 = 896 << 53
  static let floatZeroLimit: UInt64 = 1 << 53

  /// The inline encoding of `d`, or nil when `d` needs a heap box.
  @inline(__always) public static func inlineFloat(_ d: Double) -> Value? {
    let bits = d.bitPattern
    let rotated = (bits << 1) | (bits >> 63)
    let payload = rotated &- floatExponentOffset
    if payload &- floatZeroLimit < (255 << 53) {
      return Value(raw: payload << 3 | floatTag)
    }
    if bits << 1 == 0 {  // ±0.0: payload is just the sign
      return Value(raw: (bits >> 63) << 3 | floatTag)
    }
    return nil
  }

  @inline(__always) public var inlineFloat: Double {
    let payload = raw >> 3
    if payload < Value.floatZeroLimit {
      return Double(bitPattern: payload << 63)
    }
    let rotated = payload &+ Value.floatExponentOffset
    return Double(bitPattern: (rotated >> 1) | (rotated << 63))
  }

  // MARK: Heap objects
  @inline(__always) public init(object: UnsafeMutableRawPointer) {
    raw = UInt64(UInt(bitPattern: object))
  }

  /// The object's address; only for `isHeapObject` values.
  @inline(__always) public var object: UnsafeMutableRawPointer {
    UnsafeMutableRawPointer(bitPattern: UInt(raw)).unsafelyUnwrapped
  }

  /// The heap object's type tag, one load; only for `isHeapObject` values.
  @inline(__always) public var objectTag: ObjectTag {
    ObjectTag(byte: object.load(as: UInt8.self))
  }

  @inline(__always) public func isObject(_ tag: ObjectTag) -> Bool {
    isHeapObject && object.load(as: UInt8.self) == tag.rawValue
  }
}
