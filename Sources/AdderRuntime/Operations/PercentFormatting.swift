/// `format % args`: the formatting library parses and lays out; this turns values into the
/// pieces each conversion needs, with CPython's TypeErrors.
/// Parsed formats of immortal strs (the program's constants), by the str's word: a `"v%s" % i`
/// in a loop parses its format once. Other strs can be freed and their address reused.
nonisolated(unsafe) private var parsedPercentFormats: [UInt64: [PercentSegment]] = [:]

public func percentFormat(_ format: Value, _ args: Value) throws(PythonError) -> Value {
  let immortal = format.isHeapObject && ObjectRef(format).gcBits & ObjectHeader.immortalBit != 0
  let segments: [PercentSegment]
  if immortal, let parsed = parsedPercentFormats[format.raw] {
    segments = parsed
  } else {
    segments = try formatting { () throws(FormatError) in try parsePercentFormat(format.string) }
    if immortal { parsedPercentFormats[format.raw] = segments }
  }
  let positional: Value = args.isTuple ? args : Value.tuple([args])
  // CPython takes any argument with __getitem__ but a tuple or str as the mapping
  // (PyMapping_Check): %(key)s indexes it, and a format without specifiers ignores it
  // ('ab' % [] is 'ab').
  let isMapping =
    args.isDict || args.isList || args.isObject(.range)
    || (Dunders.hasClass(args) && Dunders.method(args, Names.dunderGetitem) != nil)
  let mapping: Value? = isMapping ? args : nil
  let count = TupleObject(positional).count
  var next = 0
  func nextArgument() throws(PythonError) -> Value {
    guard next < count else { throw raise(.typeError, "not enough arguments for format string") }
    next += 1
    return TupleObject(positional)[next - 1]
  }
  var out = ""
  for segment in segments {
    guard case .conversion(var conversion) = segment else {
      if case .literal(let text) = segment { out += text }
      continue
    }
    func starArgument() throws(PythonError) -> Int {
      let argument = try nextArgument()
      guard isIntLike(argument) else { throw raise(.typeError, "* wants int") }
      return IntArithmetic.small(argument) ?? 0
    }
    if conversion.width == -1 { conversion.resolveStarWidth(try starArgument()) }
    if conversion.precision == -1 { conversion.resolveStarPrecision(try starArgument()) }
    try checkFieldSize(conversion.width, conversion.precision)
    let value: Value
    if let key = conversion.mappingKey {
      guard let mapping else { throw raise(.typeError, "format requires a mapping") }
      value = try getItem(mapping, Value.str(key))
      // As CPython: after a keyed conversion no positional argument is left.
      next = count
    } else {
      value = try nextArgument()
    }
    out += try percentConvert(value, conversion)
  }
  if next < count && mapping == nil {
    throw raise(.typeError, "not all arguments converted during string formatting")
  }
  return Value.str(out)
}

private func percentConvert(_ value: Value, _ c: PercentConversion) throws(PythonError) -> String {
  switch c.type {
  case "d", "i", "u", "x", "X", "o":
    var integer = value
    if Dunders.hasClass(value), let converted = try Dunders.number(value, float: false) {
      integer = converted
    }
    if value.isFloat {
      guard c.type == "d" || c.type == "i" || c.type == "u" else {
        throw raise(.typeError, "%\(c.type) format: an integer is required, not float")
      }
      integer = try Builtins.truncate(value.double)
    } else if !isIntLike(integer) {
      let kind = (c.type == "x" || c.type == "X" || c.type == "o") ? "an integer" : "a real number"
      throw raise(.typeError, "%\(c.type) format: \(kind) is required, not \(typeName(value))")
    }
    let negative = IntArithmetic.sign(integer) < 0
    let magnitude = negative ? IntArithmetic.negate(integer) : integer
    if c.type == "d" || c.type == "i" || c.type == "u" { try checkDecimalDigitLimit(magnitude) }
    return percentFormatInteger(negative: negative, digits: { intDigits(magnitude, radix: $0) }, c)
  case "e", "E", "f", "F", "g", "G":
    var number = value
    if Dunders.hasClass(value), let converted = try Dunders.number(value, float: true) { number = converted }
    guard isNumber(number) else { throw raise(.typeError, "must be real number, not \(typeName(value))") }
    let d = number.isFloat ? number.double : try IntArithmetic.toDouble(number)
    return percentFormatFloat(d, c)
  case "c":
    if let code = IntArithmetic.small(value) {
      guard code >= 0, let scalar = Unicode.Scalar(UInt32(clamping: code)) else {
        throw raise(.overflowError, "%c arg not in range(0x110000)")
      }
      return percentFormatString(String(Character(scalar)), c)
    }
    if value.isBigInt { throw raise(.overflowError, "%c arg not in range(0x110000)") }
    if value.isStr && StrObject(value).count == 1 { return percentFormatString(value.string, c) }
    throw raise(.typeError, "%c requires int or char")
  case "r":
    return percentFormatString(try reprString(value), c)
  case "a":
    return percentFormatString(Builtins.asciiEscaped(try reprString(value)), c)
  default:
    return percentFormatString(try strString(value), c)
  }
}
