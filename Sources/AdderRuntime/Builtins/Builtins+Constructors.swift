import CAdderSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The types as callables: int(), float(), str(), ..., and the exception classes.
extension Builtins {
  static func installConstructors(_ add: (String, Value) -> Void) {
    func constructor(_ type: TypeID, _ body: @escaping BuiltinBody) {
      constructors[type] = register(type.name, body)
      add(type.name, Runtime.types[type.rawValue])
    }
    constructor(.int, intConstructor)
    constructor(.float) { a throws(PythonError) in
      try a.expect(0, 1)
      if a.positionalCount == 1, Dunders.hasClass(a[0]), let converted = try Dunders.number(a[0], float: true)
      {
        return converted.isFloat ? converted : Value.float(try IntArithmetic.toDouble(converted))
      }
      return a.positionalCount == 0 ? Value.float(0) : try toFloat(a[0])
    }
    constructor(.str) { a throws(PythonError) in
      try a.expect(0, 1)
      return a.positionalCount == 0 ? Runtime.emptyString : try str(a[0])
    }
    constructor(.bool) { a throws(PythonError) in
      try a.expect(0, 1)
      return a.positionalCount == 0 ? .false : Value(bool: try isTruthy(a[0]))
    }
    constructor(.list) { a throws(PythonError) in
      try a.expect(0, 1)
      return a.positionalCount == 0 ? ListObject.make().ref.value : try Sequences.toList(a[0]).ref.value
    }
    constructor(.tuple) { a throws(PythonError) in
      try a.expect(0, 1)
      return a.positionalCount == 0 ? Runtime.emptyTuple : try Sequences.toTuple(a[0])
    }
    constructor(.dict) { a throws(PythonError) in
      try a.expect(0, 1, keywords: Array(repeating: "", count: 0) + keywordNamesOf(a))
      let dict = DictObject.make()
      if a.positionalCount == 1 { try Dicts.update(dict.ref.value, with: a[0]) }
      for i in 0..<a.keywordCount {
        try dict.set(TupleObject(a.keywordNames)[i], a[a.positionalCount + i])
      }
      return dict.ref.value
    }
    constructor(.range) { a throws(PythonError) in
      try a.expect(1, 3)
      var bounds = [Value(smallInt: 0), Value(smallInt: 0), Value(smallInt: 1)]
      for i in 0..<a.positionalCount {
        var bound = a[i]
        if Dunders.hasClass(bound), let index = try Dunders.index(bound) { bound = index }
        guard isIntLike(bound) else {
          throw raise(.typeError, "'\(typeName(a[i]))' object cannot be interpreted as an integer")
        }
        // Bools count as 0 and 1; ints of any size are kept as they are.
        bounds[a.positionalCount == 1 ? 1 : i] =
          bound.isBool ? Value(smallInt: bound == .true ? 1 : 0) : bound
      }
      if IntArithmetic.sign(bounds[2]) == 0 { throw raise(.valueError, "range() arg 3 must not be zero") }
      return RangeObject.make(start: bounds[0], stop: bounds[1], step: bounds[2])
    }
    constructor(.type) { a throws(PythonError) in
      try a.expect(1, 1)
      return classOf(a[0])
    }
    constructor(.object) { a throws(PythonError) in
      // A featureless instance (sentinels): shape 0, no attributes can be set on it.
      guard a.count == 0 else { throw raise(.typeError, "object() takes no arguments") }
      return InstanceObject.makePlain().ref.value
    }
    installClassConstructors(constructor)
    for type in TypeID.allCases where type.isException {
      constructor(type) { a throws(PythonError) in
        try a.expect(0, Int.max)
        let args = TupleObject.make(UnsafeBufferPointer(start: a.base, count: a.positionalCount))
        return ExceptionObject.make(type, args: args)
      }
    }
  }

  private static func keywordNamesOf(_ a: Arguments) -> [String] {
    guard !a.keywordNames.isEmpty else { return [] }
    let names = TupleObject(a.keywordNames)
    return (0..<names.count).map { names[$0].string }
  }

  /// Calls a type object as a constructor.
  public static func construct(
    _ type: Value, _ base: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value
  )
    throws(PythonError) -> Value
  {
    let id = TypeObject(type).id
    if id == .noneType {
      // NoneType() is None, as in CPython.
      guard count == 0 else { throw raise(.typeError, "NoneType takes no arguments") }
      return .none
    }
    guard let index = constructors[id] else {
      throw raise(.typeError, "cannot create '\(id.name)' instances")
    }
    return try call(index, receiver: .empty, base, count, keywordNames: keywordNames)
  }

  static func intConstructor(_ a: Arguments) throws(PythonError) -> Value {
    try a.expect(0, 2, keywords: ["base"])
    guard let v = a.argument(0, "x") else { return Value(smallInt: 0) }
    if let baseValue = a.argument(1, "base") {
      guard v.isStr else { throw raise(.typeError, "int() can't convert non-string with explicit base") }
      guard let base = IntArithmetic.small(baseValue), base == 0 || (2...36).contains(base) else {
        throw raise(.valueError, "int() base must be >= 2 and <= 36, or 0")
      }
      return try parseInt(v, base: base)
    }
    if v.isBool { return Value(smallInt: v == .true ? 1 : 0) }
    if isIntLike(v) { return v }
    if Dunders.hasClass(v), let converted = try Dunders.number(v, float: false) { return converted }
    if v.isFloat { return try truncate(v.double) }
    if v.isStr { return try parseInt(v, base: 10) }
    throw raise(
      .typeError,
      "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(v))'")
  }

  /// int(text, base) with Python's rules: whitespace, sign, underscores between digits, prefixes
  /// for base 0 or a matching base, and the 4300-digit limit for non-power-of-two bases.
  static func parseInt(_ v: Value, base: Int) throws(PythonError) -> Value {
    let original = v.string
    func invalid() -> PythonError {
      raise(.valueError, "invalid literal for int() with base \(base): \(formatStringRepr(original))")
    }
    var text = Substring(original.trimmingPythonWhitespace())
    var negative = false
    if let first = text.first, first == "+" || first == "-" {
      negative = first == "-"
      text = text.dropFirst()
    }
    var radix = base
    let lower = text.lowercased()
    let prefixes: [(String, Int)] = [("0x", 16), ("0o", 8), ("0b", 2)]
    for (prefix, prefixRadix) in prefixes where lower.hasPrefix(prefix) && (base == 0 || base == prefixRadix)
    {
      radix = prefixRadix
      text = text.dropFirst(2)
      if text.first == "_" { text = text.dropFirst() }
      break
    }
    if radix == 0 {
      radix = 10
      if text.count > 1 && text.first == "0" && text.contains(where: { $0 != "0" && $0 != "_" }) {
        throw invalid()
      }
    }
    var digits = ""
    var previousUnderscore = true
    for character in text {
      if character == "_" {
        if previousUnderscore { throw invalid() }
        previousUnderscore = true
        continue
      }
      guard let digit = character.pythonDigitValue, digit < radix else { throw invalid() }
      // Digits of other scripts ('１', '٣') are written as ASCII for the conversion.
      digits.append(Character(Unicode.Scalar(UInt8(digit < 10 ? 48 + digit : 87 + digit))))
      previousUnderscore = false
    }
    if digits.isEmpty || previousUnderscore { throw invalid() }
    if radix & (radix - 1) != 0 && Runtime.intMaxStrDigits > 0 && digits.count > Runtime.intMaxStrDigits {
      throw raise(
        .valueError,
        "Exceeds the limit (\(Runtime.intMaxStrDigits) digits) for integer string conversion: value has "
          + "\(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    if digits.count <= 18, let n = Int(digits, radix: radix) { return Value.int(negative ? -n : n) }
    let big = BigIntObject.make()
    _ = digits.withCString { __gmpz_set_str(big.mpz, $0, Int32(radix)) }
    if negative { __gmpz_neg(big.mpz, big.mpz) }
    return big.normalized
  }

  /// float(x).
  static func toFloat(_ v: Value) throws(PythonError) -> Value {
    if v.isFloat { return v }
    if isIntLike(v) { return Value.float(try IntArithmetic.toDouble(v)) }
    guard v.isStr else {
      throw raise(.typeError, "float() argument must be a string or a real number, not '\(typeName(v))'")
    }
    let text = v.string.trimmingPythonWhitespace().replacingUnderscoresBetweenDigits()
    let lower = text.lowercased()
    let unsigned = lower.hasPrefix("-") || lower.hasPrefix("+") ? String(lower.dropFirst()) : lower
    let sign: Double = lower.hasPrefix("-") ? -1 : 1
    if unsigned == "inf" || unsigned == "infinity" { return Value.float(sign * .infinity) }
    if unsigned == "nan" { return Value.float(sign < 0 ? -Double.nan : .nan) }
    let allowed = unsigned.allSatisfy {
      $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "+" || $0 == "-")
    }
    guard allowed, !unsigned.isEmpty, unsigned.first != "e", let d = Double(text) else {
      throw raise(.valueError, "could not convert string to float: \(formatStringRepr(v.string))")
    }
    return Value.float(d)
  }
}

extension Character {
  /// Digit value of a letter in bases above 16 (g = 16 ... z = 35).
  var letterDigitValue: Int? {
    guard isASCII, let ascii = asciiValue else { return nil }
    let lower = ascii | 0x20
    return lower >= 97 && lower <= 122 ? Int(lower) - 87 : nil
  }

  /// A digit as int() reads it: ASCII 0-9 and letters, and any Unicode decimal digit (category
  /// Nd: '１', '٣'), as CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`. Full-width letters
  /// are not digits there.
  var pythonDigitValue: Int? {
    if isASCII {
      return asciiValue.flatMap { Character(Unicode.Scalar($0)).hexDigitValue } ?? letterDigitValue
    }
    guard unicodeScalars.count == 1, let scalar = unicodeScalars.first,
      scalar.properties.generalCategory == .decimalNumber, let value = scalar.properties.numericValue
    else { return nil }
    return Int(value)
  }
}

extension String {
  /// Strips the whitespace Python's str.strip() removes by default.
  func trimmingPythonWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[first...last])
  }

  /// "1_000.5" → "1000.5" (only underscores between digits, as float() accepts).
  func replacingUnderscoresBetweenDigits() -> String {
    var out = ""
    let characters = Array(self)
    for (i, c) in characters.enumerated() {
      if c == "_", i > 0, i + 1 < characters.count, characters[i - 1].isNumber, characters[i + 1].isNumber {
        continue
      }
      out.append(c)
    }
    return out
  }
}
