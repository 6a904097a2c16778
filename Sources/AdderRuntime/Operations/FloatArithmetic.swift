#if canImport(Glibc)
  import Glibc
#endif

/// Float semantics as CPython's floatobject.c: floor division and modulo take the divisor's sign,
/// and each operation names itself in its ZeroDivisionError.
enum FloatArithmetic {
  static func trueDivide(_ x: Double, _ y: Double) throws(PythonError) -> Value {
    if y == 0 { throw raise(.zeroDivisionError, "float division by zero") }
    return Value.float(x / y)
  }

  /// Python's (x // y, x % y) for floats.
  static func divmod(_ x: Double, _ y: Double) -> (Double, Double) {
    var mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 {
      if (y < 0) != (mod < 0) {
        mod += y
        div -= 1
      }
    } else {
      mod = copysign(0, y)
    }
    var floordiv: Double
    if div != 0 {
      floordiv = floor(div)
      if div - floordiv > 0.5 { floordiv += 1 }
    } else {
      floordiv = copysign(0, x / y)
    }
    return (floordiv, mod)
  }

  static func floorDivide(_ x: Double, _ y: Double) throws(PythonError) -> Value {
    if y == 0 { throw raise(.zeroDivisionError, "float floor division by zero") }
    return Value.float(divmod(x, y).0)
  }

  static func modulo(_ x: Double, _ y: Double) throws(PythonError) -> Value {
    if y == 0 { throw raise(.zeroDivisionError, "float modulo") }
    return Value.float(divmod(x, y).1)
  }

  static func power(_ x: Double, _ y: Double) throws(PythonError) -> Value {
    // 0.0 ** -inf is inf (C99 pow, which CPython follows): only finite exponents divide by zero.
    if x == 0 && y < 0 && y.isFinite {
      throw raise(.zeroDivisionError, "0.0 cannot be raised to a negative power")
    }
    // A negative finite base with a fractional exponent; an infinite base is C99's case.
    if x < 0 && x.isFinite && y != y.rounded() && y.isFinite {
      throw raise(.valueError, "unsupported: complex result of a float power")
    }
    let result = pow(x, y)
    if result.isInfinite && x.isFinite && y.isFinite {
      throw raise(.overflowError, "(34, 'Numerical result out of range')")
    }
    return Value.float(result)
  }
}
