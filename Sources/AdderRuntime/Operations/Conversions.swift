import CAdderSupport

/// str(), repr() and format() of every value, as CPython prints them.

/// Containers whose repr is being built (a list containing itself prints as `[...]`), by their
/// words: a set, so that nesting n deep costs n lookups, not n² compares.
nonisolated(unsafe) var reprInProgress = Set<UInt64>()

/// The decimal digits of an int, with CPython 3.11's limit on huge conversions.
public func intToDecimal(_ v: Value) throws(PythonError) -> String {
  if let n = IntArithmetic.small(v) { return String(n) }
  let text = intDigits(v, radix: 10)
  let digits = text.hasPrefix("-") ? text.utf8.count - 1 : text.utf8.count
  if Runtime.intMaxStrDigits > 0 && digits > Runtime.intMaxStrDigits {
    throw raise(
      .valueError,
      "Exceeds the limit (\(Runtime.intMaxStrDigits) digits) for integer string conversion; "
        + "use sys.set_int_max_str_digits() to increase the limit")
  }
  return text
}

/// Raises CPython 3.11's ValueError when writing `v` in decimal would pass the digit limit
/// (`%d`, `format(v, ",")`, f-string specs convert through this check as `str` does).
func checkDecimalDigitLimit(_ v: Value) throws(PythonError) {
  guard v.isBigInt, Runtime.intMaxStrDigits > 0 else { return }
  // GMP's size in base 10 is exact or one too many: only that last case converts to count.
  let estimate = Int(__gmpz_sizeinbase(BigIntObject(v).mpz, 10))
  if estimate > Runtime.intMaxStrDigits { _ = try intToDecimal(v) }
}

/// The digits of an int in `radix` (2...36), with "-" if negative; no prefix, no limit.
func intDigits(_ v: Value, radix: Int) -> String {
  if let n = IntArithmetic.small(v) { return String(n, radix: radix) }
  let mpz = BigIntObject(v).mpz
  let size = Int(__gmpz_sizeinbase(mpz, Int32(radix))) + 2
  let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: size + 1)
  defer { buffer.deallocate() }
  __gmpz_get_str(buffer, Int32(radix), mpz)
  return String(cString: buffer)
}

public func str(_ v: Value) throws(PythonError) -> Value {
  if v.isStr { return v }
  return Value.str(try strString(v))
}

public func repr(_ v: Value) throws(PythonError) -> Value {
  Value.str(try reprString(v))
}

/// str(v) as a Swift string.
public func strString(_ v: Value) throws(PythonError) -> String {
  if v.isStr { return v.string }
  if v.isObject(.instance) || v.isObject(.exception) {
    if let text = try Dunders.text(v, Names.dunderStr) { return text }
    if v.isObject(.exception) { return try exceptionText(v) }
  }
  return try reprString(v)
}

/// str() of an exception as BaseException.__str__ makes it from `args`.
func exceptionText(_ v: Value) throws(PythonError) -> String {
  let args = TupleObject(ExceptionObject(v).args)
  if args.count == 0 { return "" }
  if args.count == 1 {
    return ExceptionObject(v).type == .keyError ? try reprString(args[0]) : try strString(args[0])
  }
  return try reprString(args.ref.value)
}

/// repr() of an exception as BaseException.__repr__ makes it: the class name and `args`.
func exceptionRepr(_ v: Value) throws(PythonError) -> String {
  let args = TupleObject(ExceptionObject(v).args)
  if args.count == 1 { return "\(typeName(v))(\(try reprString(args[0])))" }
  return "\(typeName(v))\(try reprString(args.ref.value))"
}

/// repr(v) as a Swift string.
public func reprString(_ v: Value) throws(PythonError) -> String {
  if v.isSmallInt { return String(v.smallInt) }
  if v.isInlineFloat { return formatFloatRepr(v.inlineFloat) }
  if !v.isHeapObject {
    switch v {
    case .none: return "None"
    case .true: return "True"
    case .false: return "False"
    default: return "Ellipsis"
    }
  }
  switch v.objectTag {
  case .bigInt: return try intToDecimal(v)
  case .float: return formatFloatRepr(v.double)
  case .str: return formatStringRepr(v.string)
  case .list, .tuple, .dict, .dictView: return try containerRepr(v)
  case .set, .frozenSet: return try Sets.repr(v)
  case .range:
    let r = RangeObject(v)
    let bounds = "\(try reprString(r.start)), \(try reprString(r.stop))"
    return r.step == Value(smallInt: 1) ? "range(\(bounds))" : "range(\(bounds), \(try reprString(r.step)))"
  case .function:
    let f = FunctionObject(v)
    let address = String(v.raw, radix: 16)
    return "<function \(f.qualifiedName.string) at 0x\(address.leftPadded(12))>"
  case .builtinFunction:
    let b = BuiltinFunctionObject(v)
    let name = Builtins.table[b.index].name
    if !b.boundSelf.isEmpty {
      return
        "<built-in method \(name) of \(typeName(b.boundSelf)) object at 0x\(String(b.boundSelf.raw, radix: 16))>"
    }
    return "<built-in function \(name)>"
  case .type:
    if ClassObject.isClass(v) { return "<class '__main__.\(ClassObject(v).qualifiedName.string)'>" }
    return "<class '\(TypeObject(v).id.name)'>"
  case .module: return "<module '\(ModuleObject(v).name.string)' (built-in)>"
  case .cell: return "<cell at 0x\(String(v.raw, radix: 16))>"
  case .slice:
    let s = SliceObject(v)
    return "slice(\(try reprString(s.start)), \(try reprString(s.stop)), \(try reprString(s.step)))"
  case .exception:
    if let text = try Dunders.text(v, Names.dunderRepr) { return text }
    return try exceptionRepr(v)
  case .instance:
    // CPython's repr() enters a recursion level of its own before a class's __repr__ runs, so a
    // __repr__ that recurses ends with its message.
    try NativeRecursion.enter(" while getting the repr of an object")
    defer { NativeRecursion.leave() }
    if let text = try Dunders.text(v, Names.dunderRepr) { return text }
    return defaultRepr(v)
  case .boundMethod:
    let method = MethodObject(v)
    let name = try strString(try loadAttribute(method.function, Names.dunderQualname))
    return "<bound method \(name) of \(try reprString(method.receiver))>"
  case .descriptor:
    let descriptor = DescriptorObject(v)
    switch descriptor.kind {
    case .notImplementedType: return "NotImplemented"
    case .genericAlias, .unionType: return try GenericAliases.repr(v)
    case .staticMethod, .classMethod:
      return "<\(descriptor.kind.name)(\(try reprString(descriptor[0])))>"
    case .superType:
      return
        "<super: \(try reprString(classOf(descriptor[0]) == descriptor[0] ? descriptor[0] : descriptor[0])), \(descriptor[1].isObject(.type) ? try reprString(descriptor[1]) : "<\(typeName(descriptor[1])) object>")>"
    default: return "<\(descriptor.kind.name) object at 0x\(String(v.raw, radix: 16))>"
    }
  case .iterator:
    return "<\(typeName(v)) object at 0x\(String(v.raw, radix: 16))>"
  case .file:
    let file = FileObject(v)
    let encoding = file.slot < 3 ? "utf-8" : "UTF-8"
    return
      "<_io.TextIOWrapper name=\(try reprString(file.name)) mode=\(try reprString(file.mode)) encoding='\(encoding)'>"
  case .free, .strBuffer: return "<\(v.objectTag)>"
  }
}

private func containerRepr(_ v: Value) throws(PythonError) -> String {
  if reprInProgress.contains(v.raw) {
    return v.isList ? "[...]" : (v.isDict ? "{...}" : "(...)")
  }
  try NativeRecursion.enter(" while getting the repr of an object")
  reprInProgress.insert(v.raw)
  defer {
    reprInProgress.remove(v.raw)
    NativeRecursion.leave()
  }
  var out = ""
  if v.isList || v.isTuple {
    let isList = v.isList
    out += isList ? "[" : "("
    var i = 0
    while i < Sequences.items(v).count {
      if i > 0 { out += ", " }
      out += try reprString(Sequences.items(v)[i])
      i += 1
    }
    if !isList && i == 1 { out += "," }
    out += isList ? "]" : ")"
    return out
  }
  if v.isDict {
    let dict = DictObject(v)
    out = "{"
    var first = true
    var i = 0
    while i < dict.used {
      let entry = dict.entries[i]
      i += 1
      if entry.key.isEmpty { continue }
      if !first { out += ", " }
      first = false
      out += try reprString(entry.key)
      out += ": "
      out += try reprString(entry.value)
    }
    return out + "}"
  }
  let view = DictViewObject(v)
  let items = try Sequences.toList(v)
  return "\(view.kind.name)(\(try reprString(items.ref.value)))"
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}

/// Raises the Python exception a formatting error describes.
func raise(_ error: FormatError) -> PythonError {
  let type: TypeID
  switch error.exceptionType {
  case "TypeError": type = .typeError
  case "OverflowError": type = .overflowError
  default: type = .valueError
  }
  return raise(type, error.message)
}

/// format(value, spec), the engine of f-strings and str.format.
public func format(_ v: Value, _ specValue: Value) throws(PythonError) -> Value {
  if Dunders.hasClass(v), let formatted = try Dunders.format(v, specValue) { return formatted }
  let specText = specValue.isEmpty ? "" : specValue.string
  if specText.isEmpty { return try str(v) }
  let spec = try formatting { () throws(FormatError) in try FormatSpec.parse(specText, typeName: typeName(v))
  }
  try checkFieldSize(spec.width, v.isStr ? nil : spec.precision)
  if isIntLike(v) {
    if spec.isFloatType {
      let d = try IntArithmetic.toDouble(v)
      return Value.str(try formatting { () throws(FormatError) in try formatFloat(d, spec, typeName: "int") })
    }
    let negative = IntArithmetic.sign(v) < 0
    let magnitude = negative ? IntArithmetic.negate(v) : v
    if spec.type == nil || spec.type == "d" || spec.type == "n" { try checkDecimalDigitLimit(magnitude) }
    return Value.str(
      try formatting { () throws(FormatError) in
        try formatInteger(
          negative: negative, digits: { intDigits(magnitude, radix: $0) }, spec, typeName: "int")
      })
  }
  if v.isFloat {
    return Value.str(try formatting { () throws(FormatError) in try formatFloat(v.double, spec) })
  }
  if v.isStr {
    return Value.str(try formatting { () throws(FormatError) in try formatString(v.string, spec) })
  }
  throw raise(.typeError, "unsupported format string passed to \(typeName(v)).__format__")
}

/// MemoryError for a field width (or zero-padding precision) too large to build: the formatting
/// code pads with Swift strings, which trap when an allocation fails (`'{:2000000000000}'`).
/// A field takes up to 4 bytes a code point, built once as a Swift string and once as a str.
func checkFieldSize(_ width: Int?, _ precision: Int?) throws(PythonError) {
  // A precision past a C int is the formatter's ValueError ("precision too big"), not memory.
  let digits = precision.map { $0 > Int(Int32.max) ? 0 : $0 } ?? 0
  let size = max(width ?? 0, digits)
  let (bytes, overflow) = size.multipliedReportingOverflow(by: 8)
  if overflow || !Heap.canAllocate(bytes: bytes) { throw raise(.memoryError) }
}

/// Runs a formatting-library call, turning its error into the Python exception.
func formatting<R>(_ body: () throws(FormatError) -> R) throws(PythonError) -> R {
  do {
    return try body()
  } catch {
    throw raise(error)
  }
}
