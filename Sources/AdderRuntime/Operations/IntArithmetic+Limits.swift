import CAdderSupport

/// How big-int results are kept from killing the process. GMP has no error path: a result past
/// its size limit aborts ("gmp: overflow in mpz type") and its allocation functions must not
/// return when malloc fails. So a result's size is bounded before GMP runs (raising MemoryError,
/// as CPython does for an int it cannot allocate), and a large result runs under the allocation
/// guard of `CAdderSupport` (`adder_mpz_guarded`): a failed malloc inside it longjmps back, and
/// the runtime raises MemoryError. Small results skip the guard (its setjmp is the only cost).
enum BigIntLimits {
  /// GMP keeps an mpz's limb count in an `int`; past it GMP aborts.
  static let maximumBits = (Int(Int32.max) - 2) * 64
  /// Results of this many bits or more run under the allocation guard (8 KiB of limbs).
  static let guardedBits = 1 << 16

  /// MemoryError when a result of `bits` bits is more than GMP can hold.
  @inline(__always)
  static func check(bits: Int) throws(PythonError) {
    if bits > maximumBits { throw raise(.memoryError) }
  }

  /// The MemoryError for a guarded call that ran out of memory; `result` (its value unspecified
  /// after the abandoned call) is set to 0 so nothing reads a half-written number.
  static func memoryError(_ result: BigIntObject) -> PythonError {
    result.mpz.pointee._mp_size = 0
    return raise(.memoryError)
  }

  /// `a << count` for a count past the machine range, as CPython 3.11's `divmod_shift` decides:
  /// a shift of fewer than 2**61 - 1 of its 30-bit digits cannot be allocated (MemoryError);
  /// more is clipped to that and refused by the int constructor (OverflowError).
  static func hugeShiftError(count: Value) -> PythonError {
    let digits = withMpz(count) { c in
      var quotient = __mpz_struct()
      __gmpz_init(&quotient)
      defer { __gmpz_clear(&quotient) }
      __gmpz_fdiv_q_ui(&quotient, c, 30)
      return __gmpz_fits_slong_p(&quotient) != 0 ? __gmpz_get_si(&quotient) : Int.max
    }
    if digits >= Int.max / 4 { return raise(.overflowError, "too many digits in integer") }
    return raise(.memoryError)
  }
}
