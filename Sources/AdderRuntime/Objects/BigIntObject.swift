import CAdderSupport

/// An int outside the small-int range: a GMP `mpz_t` embedded in the object.
///
/// ```
/// offset 8   __mpz_struct (alloc: Int32, size: Int32, limbs: pointer)
/// offset 24  with inline limbs: adder_inline_limbs_marker, then the limbs from offset 32
/// ```
/// The limbs are either GMP's own block (`make()`, for results computed in place of unknown
/// size) or inline in the cell (`make(limbs:)`, for an arithmetic result whose size is bounded
/// before GMP runs): one allocation and nothing to free when the int dies, as CPython's ints.
/// GMP never grows an inline result (its size was bounded), and if it did, the allocation
/// functions recognize the marker and move the limbs out instead of freeing the cell.
/// Every big int the runtime hands out is normalized: a result that fits in a small int is
/// returned as one, so "is it big" is exactly "is it a heap int".
public struct BigIntObject {
  public let ref: ObjectRef
  static let mpzOffset = 8
  static let size = 24
  static let inlineLimbsOffset = 32
  /// The most limbs kept inline: the cell stays within the heap's 528-byte size class.
  static let maximumInlineLimbs = 62

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }

  @inline(__always) public var mpz: UnsafeMutablePointer<__mpz_struct> {
    (ref.base + BigIntObject.mpzOffset).assumingMemoryBound(to: __mpz_struct.self)
  }

  /// A new big int holding 0 (to be computed into).
  public static func make() -> BigIntObject {
    let object = BigIntObject(Heap.allocate(size: size, tag: .bigInt).value)
    __gmpz_init(object.mpz)
    return object
  }

  /// A new big int holding 0 with room for `limbs` limbs, inline in the cell when they fit.
  static func make(limbs: Int, cleared: Bool = true) -> BigIntObject {
    guard limbs <= maximumInlineLimbs else {
      let object = BigIntObject(Heap.allocate(size: size, tag: .bigInt).value)
      __gmpz_init2(object.mpz, mp_bitcnt_t(limbs * 64))
      return object
    }
    let cellSize = inlineLimbsOffset + limbs * 8
    // Uncleared limbs are fine for a caller that writes them all: the collector never reads them.
    let cell =
      cleared
      ? Heap.allocate(size: cellSize, tag: .bigInt) : Heap.allocateUncleared(size: cellSize, tag: .bigInt)
    let object = BigIntObject(cell.value)
    object.ref.store(inlineLimbsOffset - 8, adder_inline_limbs_marker)
    let limbPointer = (object.ref.base + inlineLimbsOffset).assumingMemoryBound(to: mp_limb_t.self)
    object.mpz.pointee = __mpz_struct(_mp_alloc: Int32(limbs), _mp_size: 0, _mp_d: limbPointer)
    return object
  }

  /// Whether the limbs are in the cell (nothing to free, no external bytes).
  @inline(__always) var hasInlineLimbs: Bool {
    UnsafeMutableRawPointer(mpz.pointee._mp_d) == ref.base + BigIntObject.inlineLimbsOffset
  }

  /// The bytes of limbs outside the cell.
  var externalBytes: Int { hasInlineLimbs ? 0 : Int(mpz.pointee._mp_alloc) * 8 }

  /// The value as a normalized int: small if it fits.
  public var normalized: Value {
    // The limb count decides without calling GMP: two or more limbs never fit 63 bits.
    let size = mpz.pointee._mp_size
    if size == 0 { return Value(smallInt: 0) }
    if size == 1 || size == -1, let magnitude = Int(exactly: mpz.pointee._mp_d[0]) {
      let n = size > 0 ? magnitude : -magnitude
      if Value.fitsSmallInt(n) { return Value(smallInt: n) }
    }
    // Limbs outside the cell count toward the collection trigger, or a program making big ints
    // (pidigits) grows its heap by gigabytes between collections.
    Heap.noteExternalAllocation(externalBytes)
    return ref.value
  }

  /// The value as a machine word when it fits one (CPython's `Py_ssize_t` range).
  public var wordValue: Int? {
    __gmpz_fits_slong_p(mpz) != 0 ? __gmpz_get_si(mpz) : nil
  }

  @inline(__always) func release() -> Int {
    if hasInlineLimbs { return 0 }
    return releaseLimbs()
  }

  @inline(never) private func releaseLimbs() -> Int {
    let bytes = Int(mpz.pointee._mp_alloc) * 8
    __gmpz_clear(mpz)
    return bytes
  }
}

/// Runs `body` with an mpz holding the int `value` (small, bool or big) without allocating.
@inline(__always)
func withMpz<R, E: Error>(_ value: Value, _ body: (UnsafePointer<__mpz_struct>) throws(E) -> R)
  throws(E) -> R
{
  if value.isHeapObject {
    // The mpz pointer is inside the object: an interior pointer, which the collector honours.
    return try body(BigIntObject(value).mpz)
  }
  var temporary = __mpz_struct()
  __gmpz_init_set_si(&temporary, value.isSmallInt ? value.smallInt : (value == .true ? 1 : 0))
  defer { __gmpz_clear(&temporary) }
  return try body(&temporary)
}

extension Value {
  @inline(__always) public var isBigInt: Bool { isObject(.bigInt) }
  /// int (small or big), not bool.
  @inline(__always) public var isInt: Bool { isSmallInt || isBigInt }

  /// Any Swift Int as a Python int.
  @inline(__always) public static func int(_ n: Int) -> Value {
    if fitsSmallInt(n) { return Value(smallInt: n) }
    let big = BigIntObject.make(limbs: 1)
    __gmpz_set_si(big.mpz, n)
    return big.ref.value
  }

  /// Parses decimal digits (or 0x/0o/0b-prefixed), with an optional leading "-".
  public static func bigInt(parsing text: String) -> Value? {
    var digits = Substring(text)
    var negative = false
    if digits.hasPrefix("-") {
      negative = true
      digits = digits.dropFirst()
    }
    var base: Int32 = 10
    let lower = digits.lowercased()
    if lower.hasPrefix("0x") {
      base = 16
    } else if lower.hasPrefix("0o") {
      base = 8
    } else if lower.hasPrefix("0b") {
      base = 2
    }
    if base != 10 { digits = digits.dropFirst(2) }
    let big = BigIntObject.make()
    let status = String(digits).withCString { __gmpz_set_str(big.mpz, $0, base) }
    guard status == 0 else { return nil }
    if negative { __gmpz_neg(big.mpz, big.mpz) }
    return big.normalized
  }
}

extension Value {
  /// The machine value of a small int or bool; nil for anything else (big ints included).
  public var smallIntValue: Int? { IntArithmetic.small(self) }
}
