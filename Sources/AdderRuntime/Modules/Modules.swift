import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The built-in modules: math, sys, time. Imported by name; anything else is ModuleNotFoundError.
public enum Modules {
  /// SystemExit's status for the CLI, set when sys.exit runs.
  public static func importModule(_ name: Value) throws(PythonError) -> Value {
    let key = name.string
    if let module = Runtime.modules[key] { return module }
    let dict = DictObject.make()
    func add(_ name: String, _ value: Value) { try! dict.set(Runtime.intern(name), value) }
    switch key {
    case "math": installMath(add)
    case "sys": installSys(add)
    case "time": installTime(add)
    default:
      throw raise(.moduleNotFoundError, "No module named '\(key)'")
    }
    let module = ModuleObject.make(name: key, dict: dict)
    Runtime.modules[key] = module
    return module
  }

  static func double(_ v: Value, _ function: String = "") throws(PythonError) -> Double {
    if v.isFloat { return v.double }
    if isIntLike(v) { return try IntArithmetic.toDouble(v) }
    throw raise(.typeError, "must be real number, not \(typeName(v))")
  }

  /// `f` (log, log2, log10) of a positive int too large for a float, as CPython's loghelper:
  /// f(m) + f(2) * e for the int m * 2**e (m in [0.5, 1)); nil for any other value.
  static func hugeIntLogarithm(_ v: Value, _ f: (Double) -> Double) -> Double? {
    guard v.isBigInt, IntArithmetic.sign(v) > 0, __gmpz_sizeinbase(BigIntObject(v).mpz, 2) > 1024 else {
      return nil
    }
    var exponent = 0
    let m = __gmpz_get_d_2exp(&exponent, BigIntObject(v).mpz)
    return f(m) + f(2.0) * Double(exponent)
  }

  static func installMath(_ add: (String, Value) -> Void) {
    add("pi", Value.float(Double.pi))
    add("e", Value.float(M_E))
    add("tau", Value.float(2 * Double.pi))
    add("inf", Value.float(.infinity))
    add("nan", Value.float(.nan))
    func unary(
      _ name: String, _ f: @escaping (Double) -> Double, domain: @escaping (Double) -> Bool = { _ in true },
      ofHugeInts: Bool = false
    ) {
      add(
        name,
        Builtins.oneArgumentFunction(
          name, module: "math",
          { argument throws(PythonError) in
            if ofHugeInts, let r = hugeIntLogarithm(argument, f) { return Value.float(r) }
            let x = try double(argument)
            guard domain(x) else { throw raise(.valueError, "math domain error") }
            let r = f(x)
            if r.isInfinite && x.isFinite { throw raise(.overflowError, "math range error") }
            return Value.float(r)
          }))
    }
    unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 || $0.isNaN })
    unary("sin", sin, domain: { !$0.isInfinite })
    unary("cos", cos, domain: { !$0.isInfinite })
    unary("tan", tan, domain: { !$0.isInfinite })
    unary("asin", asin, domain: { abs($0) <= 1 || $0.isNaN })
    unary("acos", acos, domain: { abs($0) <= 1 || $0.isNaN })
    unary("atan", atan)
    unary("exp", exp)
    unary("fabs", fabs)
    unary("log2", log2, domain: { $0 > 0 || $0.isNaN }, ofHugeInts: true)
    unary("log10", log10, domain: { $0 > 0 || $0.isNaN }, ofHugeInts: true)
    unary("sinh", sinh)
    unary("cosh", cosh)
    unary("tanh", tanh)
    unary("degrees", { $0 * 180 / Double.pi })
    unary("radians", { $0 * Double.pi / 180 })
    add(
      "log",
      Builtins.function("log") { a throws(PythonError) in
        try a.expect(1, 2)
        func ln(_ v: Value) throws(PythonError) -> Double {
          if let r = hugeIntLogarithm(v, log) { return r }
          let x = try double(v)
          guard x > 0 else { throw raise(.valueError, "math domain error") }
          return log(x)
        }
        let value = try ln(a[0])
        if a.positionalCount == 2 {
          let base = try ln(a[1])
          if base == 0 { throw raise(.zeroDivisionError, "float division by zero") }
          return Value.float(value / base)
        }
        return Value.float(value)
      })
    add(
      "atan2",
      Builtins.function("atan2") { a throws(PythonError) in
        try a.expect(2, 2)
        return Value.float(atan2(try double(a[0]), try double(a[1])))
      })
    add(
      "hypot",
      Builtins.function("hypot") { a throws(PythonError) in
        var total = 0.0
        var values: [Double] = []
        for i in 0..<a.positionalCount { values.append(try double(a[i])) }
        if values.count == 2 { return Value.float(hypot(values[0], values[1])) }
        for v in values { total += v * v }
        return Value.float(total.squareRoot())
      })
    add(
      "pow",
      Builtins.function("pow") { a throws(PythonError) in
        try a.expect(2, 2)
        let (x, y) = (try double(a[0]), try double(a[1]))
        if x == 0 && y < 0 { throw raise(.valueError, "math domain error") }
        if x < 0 && y.isFinite && y != y.rounded() { throw raise(.valueError, "math domain error") }
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw raise(.overflowError, "math range error") }
        return Value.float(r)
      })
    add(
      "copysign",
      Builtins.function("copysign") { a throws(PythonError) in
        try a.expect(2, 2)
        return Value.float(copysign(try double(a[0]), try double(a[1])))
      })
    add(
      "fmod",
      Builtins.function("fmod") { a throws(PythonError) in
        try a.expect(2, 2)
        let (x, y) = (try double(a[0]), try double(a[1]))
        if y == 0 { throw raise(.valueError, "math domain error") }
        return Value.float(fmod(x, y))
      })
    for (name, rounding) in [
      ("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero),
    ] {
      add(
        name,
        Builtins.function(name) { a throws(PythonError) in
          try a.expect(1, 1)
          if isIntLike(a[0]) { return try positive(a[0]) }
          return try Builtins.truncate(try double(a[0]).rounded(rounding))
        })
    }
    for (name, test) in [
      ("isnan", { (d: Double) in d.isNaN }), ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite }),
    ] {
      add(
        name,
        Builtins.function(name) { a throws(PythonError) in
          try a.expect(1, 1)
          return Value(bool: test(try double(a[0])))
        })
    }
    add(
      "isqrt",
      Builtins.function("isqrt") { a throws(PythonError) in
        try a.expect(1, 1)
        guard isIntLike(a[0]) else {
          throw raise(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
        }
        if IntArithmetic.sign(a[0]) < 0 { throw raise(.valueError, "isqrt() argument must be nonnegative") }
        let result = BigIntObject.make()
        withMpz(a[0]) { x in __gmpz_sqrt(result.mpz, x) }
        return result.normalized
      })
    add(
      "gcd",
      Builtins.function("gcd") { a throws(PythonError) in
        let result = BigIntObject.make()
        for i in 0..<a.positionalCount {
          guard isIntLike(a[i]) else {
            throw raise(.typeError, "'\(typeName(a[i]))' object cannot be interpreted as an integer")
          }
          withMpz(a[i]) { x in __gmpz_gcd(result.mpz, result.mpz, x) }
        }
        return result.normalized
      })
    installIntegerFunctions(add)
    add(
      "ldexp",
      Builtins.function("ldexp") { a throws(PythonError) in
        try a.expect(2, 2)
        let x = try double(a[0])
        guard isIntLike(a[1]) else {
          throw raise(.typeError, "Expected an int as second argument to ldexp.")
        }
        // An exponent past a machine word over- or underflows like any large one.
        let exponent = IntArithmetic.small(a[1]) ?? (IntArithmetic.sign(a[1]) < 0 ? Int.min : Int.max)
        if x == 0 || !x.isFinite { return Value.float(x) }
        let r = scalbn(x, Int32(clamping: exponent))
        if r.isInfinite { throw raise(.overflowError, "math range error") }
        return Value.float(r)
      })
    add(
      "factorial",
      Builtins.function("factorial") { a throws(PythonError) in
        try a.expect(1, 1)
        guard let n = IntArithmetic.small(a[0]) else {
          if a[0].isFloat { throw raise(.typeError, "'float' object cannot be interpreted as an integer") }
          throw raise(.overflowError, "factorial() argument should not exceed 9223372036854775807")
        }
        if n < 0 { throw raise(.valueError, "factorial() not defined for negative values") }
        let result = BigIntObject.make()
        __gmpz_fac_ui(result.mpz, UInt(n))
        return result.normalized
      })
  }

  static func installSys(_ add: (String, Value) -> Void) {
    add("stdin", Files.standard(0))
    add("stdout", Files.standard(1))
    add("stderr", Files.standard(2))
    let argv = ListObject.make()
    for argument in Runtime.argv { argv.append(Value.str(argument)) }
    add("argv", argv.ref.value)
    add("maxsize", Value.int(Int.max))
    add("platform", Value.str("linux"))
    add(
      "setrecursionlimit",
      Builtins.function("setrecursionlimit") { a throws(PythonError) in
        try a.expect(1, 1)
        guard let n = IntArithmetic.small(a[0]) else {
          if a[0].isBigInt { throw raise(.overflowError, "Python int too large to convert to C int") }
          throw raise(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
        }
        guard Int32(exactly: n) != nil else {
          throw raise(.overflowError, "Python int too large to convert to C int")
        }
        if n < 1 { throw raise(.valueError, "recursion limit must be greater or equal than 1") }
        // CPython counts this builtin's own call in the depth.
        let depth = Frames.count + 1
        if depth >= n {
          throw raise(
            .recursionError,
            "cannot set the recursion limit to \(n) at the recursion depth \(depth): the limit is too low")
        }
        Runtime.requestedRecursionLimit = n
        Runtime.recursionLimit = min(n, Frames.capacity - 1)
        return .none
      })
    add(
      "getrecursionlimit",
      Builtins.function("getrecursionlimit") { _ throws(PythonError) in
        Value(smallInt: Runtime.requestedRecursionLimit)
      })
    add(
      "set_int_max_str_digits",
      Builtins.function("set_int_max_str_digits") { a throws(PythonError) in
        try a.expect(1, 1, keywords: ["maxdigits"])
        guard let n = IntArithmetic.small(a.argument(0, "maxdigits") ?? .none) else {
          throw raise(.typeError, "an integer is required")
        }
        if n != 0 && n < 640 { throw raise(.valueError, "maxdigits must be 0 or larger than 640") }
        Runtime.intMaxStrDigits = n
        return .none
      })
    add(
      "get_int_max_str_digits",
      Builtins.function("get_int_max_str_digits") { _ throws(PythonError) in
        Value(smallInt: Runtime.intMaxStrDigits)
      })
    add(
      "exit",
      Builtins.function("exit") { a throws(PythonError) in
        try a.expect(0, 1)
        let code = a.positionalCount > 0 ? a[0] : Value.none
        throw raise(.systemExit, argument: code)
      })
    add(
      "exc_info",
      Builtins.function("exc_info") { a throws(PythonError) in
        try a.expect(0, 0)
        return Exceptions.info()
      })
  }

  static func installTime(_ add: (String, Value) -> Void) {
    add(
      "perf_counter",
      Builtins.function("perf_counter") { _ throws(PythonError) in
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Value.float(Double(now.tv_sec) + Double(now.tv_nsec) / 1e9)
      })
    add(
      "monotonic",
      Builtins.function("monotonic") { a throws(PythonError) in
        try a.expect(0, 0)
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Value.float(Double(now.tv_sec) + Double(now.tv_nsec) / 1e9)
      })
    add(
      "time",
      Builtins.function("time") { _ throws(PythonError) in
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Value.float(Double(now.tv_sec) + Double(now.tv_nsec) / 1e9)
      })
    add(
      "sleep",
      Builtins.function("sleep") { a throws(PythonError) in
        try a.expect(1, 1)
        guard a[0].isFloat || isIntLike(a[0]) else {
          throw raise(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
        }
        let seconds = try double(a[0])
        guard !seconds.isNaN else { throw raise(.valueError, "Invalid value NaN (not a number)") }
        guard seconds >= 0 else { throw raise(.valueError, "sleep length must be non-negative") }
        guard seconds < 9e18 else {
          throw raise(.overflowError, "timestamp too large to convert to C _PyTime_t")
        }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
        var remaining = timespec()
        // A signal (Ctrl-C) ends the sleep early; the interrupt is raised at the next check.
        while nanosleep(&request, &remaining) != 0 && errno == EINTR {
          try Signals.check()
          request = remaining
        }
        return .none
      })
  }
}
