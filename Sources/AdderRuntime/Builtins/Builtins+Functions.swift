import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

extension Builtins {
  static func installFunctions(_ define: (String, Value) -> Void) {
    let add = define
    add("print", function("print", printBuiltin))
    add(
      "len",
      function("len") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value.int(try length(a[0]))
      })
    add(
      "repr",
      function("repr") { a throws(PythonError) in
        try a.expect(1, 1)
        return try repr(a[0])
      })
    add(
      "ascii",
      function("ascii") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value.str(asciiEscaped(try reprString(a[0])))
      })
    add(
      "abs",
      function("abs") { a throws(PythonError) in
        try a.expect(1, 1)
        let v = a[0]
        if isIntLike(v) { return IntArithmetic.sign(v) < 0 ? IntArithmetic.negate(v) : try positive(v) }
        if v.isFloat { return Value.float(abs(v.double)) }
        if let result = try Dunders.unary(v, Names.dunderAbs) { return result }
        throw raise(.typeError, "bad operand type for abs(): '\(typeName(v))'")
      })
    add(
      "chr",
      function("chr") { a throws(PythonError) in
        try a.expect(1, 1)
        guard let code = IntArithmetic.small(a[0]) else {
          throw raise(.typeError, "an integer is required (got type \(typeName(a[0])))")
        }
        guard code >= 0, code < 0x110000, let scalar = Unicode.Scalar(UInt32(code)) else {
          if code >= 0xD800 && code < 0xE000 {
            throw raise(.valueError, "unsupported: surrogate code points")
          }
          throw raise(.valueError, "chr() arg not in range(0x110000)")
        }
        return Value.str(String(Character(scalar)))
      })
    add(
      "ord",
      function("ord") { a throws(PythonError) in
        try a.expect(1, 1)
        guard a[0].isStr, StrObject(a[0]).count == 1 else {
          if a[0].isStr {
            throw raise(
              .typeError, "ord() expected a character, but string of length \(StrObject(a[0]).count) found")
          }
          throw raise(.typeError, "ord() expected string of length 1, but \(typeName(a[0])) found")
        }
        return Value(smallInt: Int(a[0].string.unicodeScalars.first!.value))
      })
    add(
      "hash",
      function("hash") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value.int(try hashValue(a[0]))
      })
    add("hex", function("hex") { a throws(PythonError) in try radixString(a, 16, "0x") })
    add("oct", function("oct") { a throws(PythonError) in try radixString(a, 8, "0o") })
    add("bin", function("bin") { a throws(PythonError) in try radixString(a, 2, "0b") })
    add(
      "divmod",
      function("divmod") { a throws(PythonError) in
        try a.expect(2, 2)
        let (x, y) = (a[0], a[1])
        if Dunders.hasClass(x) || Dunders.hasClass(y),
          let result = try Dunders.reflectedPair(
            x, y, Runtime.intern("__divmod__"), Runtime.intern("__rdivmod__"))
        {
          return result
        }
        if let (p, q) = try floatOperands(x, y) {
          if q == 0 { throw raise(.zeroDivisionError, "float divmod()") }
          let (d, m) = FloatArithmetic.divmod(p, q)
          return Value.tuple([Value.float(d), Value.float(m)])
        }
        let quotient = try floorDivide(x, y)
        let remainder = try modulo(x, y)
        return Value.tuple([quotient, remainder])
      })
    add(
      "pow",
      function("pow") { a throws(PythonError) in
        try a.expect(0, 3, keywords: ["base", "exp", "mod"])
        guard let base = a.argument(0, "base") else {
          throw raise(.typeError, "pow() missing required argument 'base' (pos 1)")
        }
        guard let exponent = a.argument(1, "exp") else {
          throw raise(.typeError, "pow() missing required argument 'exp' (pos 2)")
        }
        if let modulus = a.argument(2, "mod"), !modulus.isNone {
          if Dunders.hasClass(base), let method = Dunders.method(base, Runtime.intern("__pow__")) {
            let result = try Classes.invoke(method, [base, exponent, modulus])
            if result != notImplemented { return result }
          }
          guard isIntLike(base) && isIntLike(exponent) && isIntLike(modulus) else {
            throw raise(.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
          }
          return try IntArithmetic.powerModulo(base, exponent, modulus)
        }
        return try power(base, exponent)
      })
    add("round", function("round", roundBuiltin))
    add(
      "isinstance",
      twoArgumentFunction("isinstance") { object, classes throws(PythonError) in
        Value(bool: try isInstance(object, classes))
      })
    add(
      "callable",
      function("callable") { a throws(PythonError) in
        try a.expect(1, 1)
        return Value(bool: isCallable(a[0]))
      })
    add(
      "iter",
      function("iter") { a throws(PythonError) in
        try a.expect(1, 2)
        guard a.positionalCount == 2 else { return try getIterator(a[0]) }
        // iter(callable, sentinel): the callable is kept in the source, the sentinel in the limit.
        guard isCallable(a[0]) else {
          throw raise(.typeError, "iter(v, w): v must be callable")
        }
        let iterator = IteratorObject.make(.callableIterator, source: a[0])
        iterator.limitValue = a[1]
        return iterator.ref.value
      })
    add(
      "next",
      function("next") { a throws(PythonError) in
        try a.expect(1, 2)
        guard a[0].isObject(.iterator) || a[0].isObject(.instance) else {
          throw raise(.typeError, "'\(typeName(a[0]))' object is not an iterator")
        }
        if let item = try iteratorNext(a[0]) { return item }
        if a.positionalCount == 2 { return a[1] }
        throw raise(.stopIteration)
      })
    add(
      "format",
      function("format") { a throws(PythonError) in
        try a.expect(1, 2)
        return try format(a[0], a.positionalCount > 1 ? a[1] : .empty)
      })
    installSequenceFunctions(define)
  }

  static func printBuiltin(_ a: Arguments) throws(PythonError) -> Value {
    try a.expect(0, Int.max, keywords: ["sep", "end", "file", "flush"])
    let sep = a.keyword("sep").flatMap { $0.isNone ? nil : $0 }
    let end = a.keyword("end").flatMap { $0.isNone ? nil : $0 }
    if let sep, !sep.isStr { throw raise(.typeError, "sep must be None or a string, not \(typeName(sep))") }
    if let end, !end.isStr { throw raise(.typeError, "end must be None or a string, not \(typeName(end))") }
    var line = ""
    for i in 0..<a.positionalCount {
      if i > 0 { line += sep?.string ?? " " }
      line += try strString(a[i])
    }
    line += end?.string ?? "\n"
    if let file = a.keyword("file"), !file.isNone {
      guard file.isFile else {
        throw raise(.attributeError, "'\(typeName(file))' object has no attribute 'write'")
      }
      _ = try FileObject(file).write(Value.str(line))
      return .none
    }
    Output.write(line)
    if let flush = a.keyword("flush"), try isTruthy(flush) { Output.flush() }
    try Output.check()
    return .none
  }

  /// len(x).
  public static func length(_ v: Value) throws(PythonError) -> Int {
    if v.isHeapObject {
      switch v.objectTag {
      case .str: return StrObject(v).count
      case .list: return ListObject(v).count
      case .tuple: return TupleObject(v).count
      case .dict: return DictObject(v).count
      case .range: return try RangeObject(v).machineLength()
      case .dictView: return DictViewObject(v).dict.count
      case .instance, .exception: return try Dunders.length(v)
      case .set, .frozenSet: return SetObject(v).count
      default: break
      }
    }
    throw raise(.typeError, "object of type '\(typeName(v))' has no len()")
  }

  static func radixString(_ a: Arguments, _ radix: Int, _ prefix: String) throws(PythonError) -> Value {
    try a.expect(1, 1)
    var number = a[0]
    if Dunders.hasClass(number), let index = try Dunders.index(number) { number = index }
    guard isIntLike(number) else {
      throw raise(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
    }
    let digits = intDigits(number, radix: radix)
    if digits.hasPrefix("-") { return Value.str("-" + prefix + digits.dropFirst()) }
    return Value.str(prefix + digits)
  }

  static func roundBuiltin(_ a: Arguments) throws(PythonError) -> Value {
    try a.expect(0, 2, keywords: ["number", "ndigits"])
    guard let v = a.argument(0, "number") else {
      throw raise(.typeError, "round() missing required argument 'number' (pos 1)")
    }
    if Dunders.hasClass(v), let method = Dunders.method(v, Runtime.intern("__round__")) {
      guard let ndigits = a.argument(1, "ndigits") else { return try Classes.invoke(method, [v]) }
      return try Classes.invoke(method, [v, ndigits])
    }
    let digits = a.argument(1, "ndigits").flatMap { $0.isNone ? nil : $0 }
    func checkDigits() throws(PythonError) {
      guard let digits, !isIntLike(digits) else { return }
      throw raise(.typeError, "'\(typeName(digits))' object cannot be interpreted as an integer")
    }
    if isIntLike(v) {
      try checkDigits()
      guard let digits, IntArithmetic.sign(digits) < 0 else { return try positive(v) }
      // 10**-ndigits past 2**62 digits: every int is nearer 0 than half of it (CPython sets out
      // to compute that power and never answers).
      guard let n = IntArithmetic.small(digits) else { return Value(smallInt: 0) }
      // Round to a multiple of 10**-n, halves to even.
      let scale = try IntArithmetic.power(Value(smallInt: 10), Value.int(-n))
      let half = try IntArithmetic.floorDivide(scale, Value(smallInt: 2))
      let remainder = try IntArithmetic.modulo(v, scale)
      var base = try IntArithmetic.subtract(v, remainder)
      let c = IntArithmetic.compare(remainder, half)
      let quotientOdd = IntArithmetic.isOdd(try IntArithmetic.floorDivide(base, scale))
      if c > 0 || (c == 0 && quotientOdd) { base = try IntArithmetic.add(base, scale) }
      return base
    }
    guard v.isFloat else { throw raise(.typeError, "type \(typeName(v)) doesn't define __round__ method") }
    try checkDigits()
    let d = v.double
    guard let digits else {
      if d.isNaN { throw raise(.valueError, "cannot convert float NaN to integer") }
      if d.isInfinite { throw raise(.overflowError, "cannot convert float infinity to integer") }
      return try truncate(d.rounded(.toNearestOrEven))
    }
    // ndigits past a machine word clamps, as CPython's PyNumber_AsSsize_t(ndigits, NULL) does: the
    // float keeps its value or becomes a signed zero.
    let n = IntArithmetic.small(digits) ?? (IntArithmetic.sign(digits) < 0 ? Int.min : Int.max)
    let rounded = roundFloat(d, digits: n)
    // A finite value rounded past the largest double (roundFloat's contract).
    if rounded.isInfinite && d.isFinite {
      throw raise(.overflowError, "rounded value too large to represent")
    }
    return Value.float(rounded)
  }

  public static func isInstance(_ v: Value, _ classInfo: Value) throws(PythonError) -> Bool {
    if classInfo.isTuple {
      let types = TupleObject(classInfo)
      for i in 0..<types.count where try isInstance(v, types[i]) { return true }
      return false
    }
    if GenericAliases.isUnion(classInfo) {
      let members = GenericAliases.unionMembers(classInfo)
      for i in 0..<members.count where try isInstance(v, members[i]) { return true }
      return false
    }
    if GenericAliases.isAlias(classInfo) {
      throw raise(.typeError, "isinstance() argument 2 cannot be a parameterized generic")
    }
    guard classInfo.isObject(.type) else {
      throw raise(.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
    let target = TypeObject(classInfo).id
    if ClassObject.isClass(classInfo) || v.isObject(.instance) || v.isObject(.exception) {
      return Classes.isInstance(v, classInfo)
    }
    return target == .object || typeID(of: v).isSubtype(of: target)
  }

  /// `callable(v)`.
  static func isCallable(_ v: Value) -> Bool {
    if v.isObject(.instance) { return Dunders.method(v, Names.dunderCall) != nil }
    return v.isObject(.function) || v.isObject(.builtinFunction) || v.isObject(.type)
      || v.isObject(.boundMethod) || DescriptorObject.isKind(v, .staticMethod)
  }
}
