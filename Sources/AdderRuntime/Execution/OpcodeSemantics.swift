import AdderCompiler

/// What each opcode does that is more than one runtime call, in one place for every tier: the
/// interpreter's loop and the JIT's helpers both call these (never their own copy). The
/// dispatching ones are @_transparent so that a constant opcode (the interpreter's per-opcode
/// cases) folds to the one runtime call across the module boundary: @inlinable with
/// @inline(__always) was not inlined into the interpreter's loop (measured with callgrind:
/// +8% instructions on the fib loop).
public enum OpcodeSemantics {
  /// A binary or augmented-assignment operator. Augmented forms that Python implements in place
  /// (`list +=`, `list *=`, `dict |=`) mutate `a`; the others are the plain operator.
  @_transparent
  public static func binary(_ opcode: Opcode, _ a: Value, _ b: Value) throws(PythonError) -> Value {
    switch opcode {
    case .add: return try add(a, b)
    case .subtract: return try subtract(a, b)
    case .multiply: return try multiply(a, b)
    case .trueDivide: return try trueDivide(a, b)
    case .floorDivide: return try floorDivide(a, b)
    case .modulo: return try modulo(a, b)
    case .power: return try power(a, b)
    case .leftShift: return try leftShift(a, b)
    case .rightShift: return try rightShift(a, b)
    case .bitAnd: return try bitAnd(a, b)
    case .bitOr: return try bitOr(a, b)
    case .bitXor: return try bitXor(a, b)
    // The augmented forms name their own operator in a TypeError (`for -=:`).
    case .inplaceSubtract: return try inplaceSubtract(a, b)
    case .inplaceTrueDivide: return try trueDivide(a, b, "/=")
    case .inplaceFloorDivide: return try floorDivide(a, b, "//=")
    case .inplaceModulo: return try modulo(a, b, "%=")
    case .inplacePower: return try power(a, b, "**=")
    case .inplaceLeftShift: return try leftShift(a, b, "<<=")
    case .inplaceRightShift: return try rightShift(a, b, ">>=")
    case .inplaceBitAnd: return try inplaceBitAnd(a, b)
    case .inplaceBitXor: return try inplaceBitXor(a, b)
    case .inplaceAdd: return try inplaceAdd(a, b)
    case .inplaceMultiply: return try inplaceMultiply(a, b)
    case .inplaceBitOr: return try inplaceBitOr(a, b)
    default: preconditionFailure("\(opcode) is not a binary operator")
    }
  }

  /// `-a`, `+a`, `~a`, `not a`.
  @_transparent
  public static func unary(_ opcode: Opcode, _ a: Value) throws(PythonError) -> Value {
    switch opcode {
    case .negative: return try negative(a)
    case .positive: return try positive(a)
    case .invert: return try invert(a)
    case .not: return Value(bool: try !isTruthy(a))
    default: preconditionFailure("\(opcode) is not a unary operator")
    }
  }

  /// Comparisons, identity and membership: `a op b` as a bool (or what a rich comparison gives).
  @_transparent
  public static func compare(_ opcode: Opcode, _ a: Value, _ b: Value) throws(PythonError) -> Value {
    switch opcode {
    case .compareLess: return try AdderRuntime.compare(a, b, .less)
    case .compareLessEqual: return try AdderRuntime.compare(a, b, .lessEqual)
    case .compareEqual: return try AdderRuntime.compare(a, b, .equal)
    case .compareNotEqual: return try AdderRuntime.compare(a, b, .notEqual)
    case .compareGreater: return try AdderRuntime.compare(a, b, .greater)
    case .compareGreaterEqual: return try AdderRuntime.compare(a, b, .greaterEqual)
    case .is: return Value(bool: a == b)
    case .isNot: return Value(bool: a != b)
    case .contains: return Value(bool: try AdderRuntime.contains(b, a))
    case .notContains: return Value(bool: try !AdderRuntime.contains(b, a))
    default: preconditionFailure("\(opcode) is not a comparison")
    }
  }

  // MARK: Containers: the operands are `items[0..<count]`, deepest first.

  public static func buildList(_ items: UnsafeMutablePointer<Value>, _ count: Int) -> Value {
    let list = ListObject.make(capacity: count)
    for i in 0..<count { list.append(items[i]) }
    return list.ref.value
  }

  public static func buildTuple(_ items: UnsafeMutablePointer<Value>, _ count: Int) -> Value {
    TupleObject.make(UnsafeBufferPointer(start: items, count: count))
  }

  /// `count` key/value pairs.
  public static func buildDict(_ items: UnsafeMutablePointer<Value>, _ count: Int) throws(PythonError)
    -> Value
  {
    let dict = DictObject.make(capacity: count)
    for i in 0..<count { try dict.set(items[2 * i], items[2 * i + 1]) }
    return dict.ref.value
  }

  public static func buildSlice(_ items: UnsafeMutablePointer<Value>, _ count: Int) -> Value {
    SliceObject.make(start: items[0], stop: items[1], step: count == 3 ? items[2] : .none)
  }

  /// The concatenation of `count` str values (an f-string's parts).
  public static func buildString(_ items: UnsafeMutablePointer<Value>, _ count: Int) -> Value {
    var text = ""
    for i in 0..<count { text += items[i].string }
    return Value.str(text)
  }

  public static func listToTuple(_ list: Value) -> Value {
    TupleObject.make(UnsafeBufferPointer(ListObject(list).buffer))
  }

  // MARK: Sets

  /// `{a, b, c}`: the items added in order.
  public static func buildSet(_ items: UnsafeMutablePointer<Value>, _ count: Int) throws(PythonError) -> Value
  {
    let set = SetObject.make()
    for i in 0..<count { try set.add(items[i], hash: hashValue(items[i])) }
    return set.ref.value
  }

  /// `set.add(item)` for set comprehensions.
  public static func setAdd(_ set: Value, _ item: Value) throws(PythonError) {
    try SetObject(set).add(item, hash: hashValue(item))
  }

  /// `set.update(iterable)` for `{*a, *b}`.
  public static func setUpdate(_ set: Value, _ iterable: Value) throws(PythonError) {
    try Sets.update(SetObject(set), with: iterable)
  }

  // MARK: Functions and methods

  /// The values `makeFunction` pops for `code`: defaults, keyword-only defaults, closure.
  public static func makeFunctionOperandCount(_ code: CompiledCode) -> Int {
    code.code.defaultCount + code.code.keywordOnlyDefaults.count + (code.info.pointee.freeCount > 0 ? 1 : 0)
  }

  /// `def`/`lambda`: a function of `code` in `globals` from the operands at `operands`
  /// (defaults... kwdefaults... [closure]). The operand slots keep the pieces visible to the
  /// collector while the function is allocated.
  public static func makeFunction(
    _ code: CompiledCode, globals: Value, operands: UnsafeMutablePointer<Value>
  ) -> Value {
    let defaultCount = code.code.defaultCount + code.code.keywordOnlyDefaults.count
    let closure = code.info.pointee.freeCount > 0 ? operands[defaultCount] : Value.empty
    var defaults = Value.empty
    if defaultCount > 0 {
      defaults = TupleObject.make(UnsafeBufferPointer(start: operands, count: defaultCount))
    }
    operands[0] = closure
    operands[1] = defaults
    return FunctionObject.make(code: code, globals: globals, defaults: defaults, closure: closure).ref.value
  }

  /// `o.name` for a call: (method, o) when `name` is a method of o's type (no bound method is
  /// made), else (attribute, empty).
  @_transparent
  public static func loadMethod(_ receiver: Value, _ name: Value) throws(PythonError) -> (Value, Value) {
    if receiver.isObject(.instance) { return try Classes.loadMethod(instance: receiver, name) }
    if DescriptorObject.isKind(receiver, .superType) { return try Classes.loadMethod(super: receiver, name) }
    if receiver.isObject(.exception) || receiver.isObject(.type) {
      return (try loadAttribute(receiver, name), .empty)
    }
    if let method = Builtins.lookupMethod(receiver, name) { return (method, receiver) }
    return (try loadAttribute(receiver, name), .empty)
  }

  // MARK: Strings

  /// An f-string replacement field: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`), then the spec
  /// (empty for none).
  public static func formatValue(_ value: Value, conversion: Int, spec: Value) throws(PythonError) -> Value {
    var converted = value
    switch conversion {
    case 1: converted = try str(value)
    case 2: converted = try repr(value)
    case 3: converted = Value.str(Builtins.asciiEscaped(try reprString(value)))
    default: break
    }
    return try format(converted, spec)
  }

  // MARK: Variables

  public static func storeGlobal(_ globals: Value, _ name: Value, _ value: Value) throws(PythonError) {
    try DictObject(globals).set(name, value)
  }

  public static func deleteGlobal(_ globals: Value, _ name: Value) throws(PythonError) {
    if try DictObject(globals).remove(name) == nil {
      throw raise(.nameError, "name '\(name.string)' is not defined")
    }
  }

  public static func unboundLocal(_ info: UnsafeMutablePointer<CodeInfo>, _ slot: Int) -> PythonError {
    let name = Runtime.codes[info.pointee.index].code.localNames[slot]
    return raise(
      .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
  }

  public static func unboundDeref(_ info: UnsafeMutablePointer<CodeInfo>, _ index: Int) -> PythonError {
    let code = Runtime.codes[info.pointee.index].code
    if index < code.cellNames.count {
      return raise(
        .unboundLocalError,
        "cannot access local variable '\(code.cellNames[index])' where it is not associated with a value")
    }
    let name = code.freeNames[index - code.cellNames.count]
    return raise(
      .nameError,
      "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
  }

  /// `assert` failing: AssertionError with the message when there is one.
  public static func assertionFailed(_ message: Value?) -> PythonError {
    if let message { return raise(.assertionError, argument: message) }
    return raise(.assertionError)
  }

  /// Bare `raise`: the exception being handled, or RuntimeError when there is none.
  public static func reraise() -> PythonError { Exceptions.reraiseHandled() }
}
