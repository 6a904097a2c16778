import AdderCompiler

/// The dunder protocol: where a runtime operation meets an instance of a class, it calls the
/// method the class defines (`__add__`, `__eq__`, `__len__` ...) with CPython's rules for
/// reflected operands, NotImplemented and the errors that end the search. Each operation's own
/// function (`add`, `compare`, `getItem` ...) calls in here, so both tiers get the same.
public enum Dunders {
  /// True for the values whose type may define dunders: instances of classes (and exceptions
  /// made from classes, for `__str__`/`__repr__`).
  @inline(__always) static func hasClass(_ v: Value) -> Bool {
    v.isObject(.instance) || (v.isObject(.exception) && ClassObject.isClass(ExceptionObject(v).typeObject))
  }

  /// The function `name` defined by `v`'s class or one of its class bases, if `v` has a class.
  @inline(__always) static func method(_ v: Value, _ name: Value) -> Value? {
    guard v.isObject(.instance) || v.isObject(.exception) else { return nil }
    return Classes.lookupInClasses(classOf(v), name)
  }

  @inline(__always) static func isNotImplemented(_ v: Value) -> Bool { v == Builtins.notImplemented }

  /// `__str__`/`__repr__` when the class defines it: its result, which must be a str.
  static func text(_ v: Value, _ dunder: Value) throws(PythonError) -> String? {
    guard let function = method(v, dunder) else { return nil }
    let result = try Classes.invoke(function, [v])
    guard result.isStr else {
      throw raise(.typeError, "\(dunder.string) returned non-string (type \(typeName(result)))")
    }
    return result.string
  }

  // MARK: Operators

  /// The dunders of each operator symbol (as the operator functions name them in errors):
  /// forward, reflected, in-place.
  private static let binaryNames: [String: (Value, Value, Value?)] = {
    let operators: [(String, String)] = [
      ("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("//", "floordiv"), ("%", "mod"),
      ("** or pow()", "pow"), ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("|", "or"), ("^", "xor"),
    ]
    var table: [String: (Value, Value, Value?)] = [:]
    for (symbol, stem) in operators {
      let (forward, reflected) = (Runtime.intern("__\(stem)__"), Runtime.intern("__r\(stem)__"))
      table[symbol] = (forward, reflected, nil)
      let augmented = symbol == "** or pow()" ? "**=" : symbol + "="
      table[augmented] = (forward, reflected, Runtime.intern("__i\(stem)__"))
    }
    return table
  }()

  /// The first step of every binary operator: when an operand has a class, its methods (nil when
  /// neither operand has one, or none applies; the operator then goes on with its own rules).
  @inline(__always)
  public static func binaryIfClass(_ symbol: StaticString, _ a: Value, _ b: Value) throws(PythonError)
    -> Value?
  {
    guard hasClass(a) || hasClass(b) else { return nil }
    return try binary(symbol, a, b)
  }

  /// `a op b` (or `a op= b`) where an operand has a class: `__iop__`, then `__op__` of the left
  /// operand and `__rop__` of the right (the right's first when its class is a subclass of the
  /// left's), skipping NotImplemented; nil when nothing applies (the operator then goes on with
  /// the built-in types' rules and their errors).
  public static func binary(_ symbol: StaticString, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
    guard let (forward, reflected, inplace) = binaryNames[symbol.description] else { return nil }
    if let inplace, let function = method(a, inplace) {
      let result = try Classes.invoke(function, [a, b])
      if !isNotImplemented(result) { return result }
    }
    return try reflectedPair(a, b, forward, reflected)
  }

  /// int(v), float(v), `%d`, `%f` of an instance: `__int__`/`__float__`, then `__index__`, whose
  /// result must be an int (a float for `__float__`); nil when the class defines neither.
  static func number(_ v: Value, float: Bool) throws(PythonError) -> Value? {
    let dunder = float ? "__float__" : "__int__"
    if let function = method(v, float ? Names.dunderFloat : Names.dunderInt) {
      let result = try Classes.invoke(function, [v])
      guard float ? result.isFloat : isIntLike(result) else {
        // CPython names the class for __float__ only.
        let owner = float ? "\(typeName(v))." : ""
        throw raise(
          .typeError,
          "\(owner)\(dunder) returned non-\(float ? "float" : "int") (type \(typeName(result)))")
      }
      return result
    }
    return try index(v)
  }

  /// `__index__` of an instance, whose result must be an int; nil when not defined.
  static func index(_ v: Value) throws(PythonError) -> Value? {
    guard let function = method(v, Names.dunderIndex) else { return nil }
    let result = try Classes.invoke(function, [v])
    guard isIntLike(result) else {
      throw raise(.typeError, "__index__ returned non-int (type \(typeName(result)))")
    }
    return result
  }

  /// `a op b` through the method `a`'s class defines, already looked up (a cached operator case):
  /// when it returns NotImplemented, nothing else applies (the case is only made when `b` is of
  /// `a`'s class or a type with no method for `a`), so the operator's TypeError.
  public static func callForward(_ method: Value, _ a: Value, _ b: Value, _ opcode: Opcode)
    throws(PythonError)
    -> Value
  {
    let result = try Classes.invoke(method, [a, b])
    if !isNotImplemented(result) { return result }
    let symbols: [Opcode: StaticString] = [
      .add: "+", .subtract: "-", .multiply: "*", .trueDivide: "/", .floorDivide: "//", .modulo: "%",
      .power: "** or pow()", .leftShift: "<<", .rightShift: ">>", .bitAnd: "&", .bitOr: "|", .bitXor: "^",
    ]
    throw unsupportedOperands(symbols[opcode] ?? "?", a, b)
  }

  /// Tries `a.forward(b)` and `b.reflected(a)` in CPython's order; nil when neither applies.
  /// Also a binary builtin's pair of methods (`divmod`: `__divmod__`, `__rdivmod__`).
  /// Arithmetic skips the reflected method when both operands have the same class; comparisons
  /// (`reflectSameClass`) try it anyway, as CPython's do_richcompare does.
  static func reflectedPair(
    _ a: Value, _ b: Value, _ forward: Value, _ reflected: Value, reflectSameClass: Bool = false
  ) throws(PythonError) -> Value? {
    let left = method(a, forward)
    let sameClass = classOf(a) == classOf(b)
    let right = sameClass && !reflectSameClass ? nil : method(b, reflected)
    // The right operand's method first when its class is a subclass of the left's: for arithmetic
    // only when the subclass overrides it (CPython's method_is_overloaded), for comparisons always
    // (do_richcompare).
    if let right, !sameClass, hasClass(b), Classes.isSubclass(classOf(b), classOf(a)),
      reflectSameClass || right != method(a, reflected)
    {
      let result = try Classes.invoke(right, [b, a])
      if !isNotImplemented(result) { return result }
      if let left {
        let result = try Classes.invoke(left, [a, b])
        if !isNotImplemented(result) { return result }
      }
      return nil
    }
    if let left {
      let result = try Classes.invoke(left, [a, b])
      if !isNotImplemented(result) { return result }
    }
    if let right {
      let result = try Classes.invoke(right, [b, a])
      if !isNotImplemented(result) { return result }
    }
    return nil
  }

  /// `-a`, `+a`, `~a`, `abs(a)` for an instance; nil when its class does not define it.
  static func unary(_ a: Value, _ dunder: Value) throws(PythonError) -> Value? {
    guard let function = method(a, dunder) else { return nil }
    return try Classes.invoke(function, [a])
  }

  // MARK: Comparisons

  private static let comparisonNames: [(Value, Value)] = {
    let (lt, le, eq) = (Runtime.intern("__lt__"), Runtime.intern("__le__"), Names.dunderEq)
    let (ne, gt, ge) = (Runtime.intern("__ne__"), Runtime.intern("__gt__"), Runtime.intern("__ge__"))
    // Indexed by ComparisonOperator's raw value: less, lessEqual, equal, notEqual, greater, greaterEqual.
    return [(lt, gt), (le, ge), (eq, eq), (ne, ne), (gt, lt), (ge, le)]
  }()

  /// `a op b` where an operand has a class: the rich comparison methods with reflection; `==`
  /// and `!=` fall back to identity, `!=` to the inverse of `__eq__`; the others raise.
  static func compare(_ a: Value, _ b: Value, _ op: ComparisonOperator) throws(PythonError) -> Value {
    let (forward, reflected) = comparisonNames[op.rawValue]
    if let result = try reflectedPair(a, b, forward, reflected, reflectSameClass: true) {
      return result
    }
    switch op {
    case .equal: return Value(bool: a == b)
    case .notEqual:
      // object.__ne__: the inverse of __eq__ unless that is NotImplemented.
      if let result = try reflectedPair(a, b, Names.dunderEq, Names.dunderEq, reflectSameClass: true) {
        return Value(bool: !(try isTruthy(result)))
      }
      return Value(bool: a != b)
    default:
      throw raise(
        .typeError,
        "'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }
  }

  // MARK: Protocols

  /// hash(v) for an instance: `__hash__`, None when the class made it unhashable, else identity.
  static func hash(_ v: Value) throws(PythonError) -> Int {
    guard let function = method(v, Names.dunderHash) else { return identityHash(v) }
    if function.isNone { throw raise(.typeError, "unhashable type: '\(typeName(v))'") }
    let result = try Classes.invoke(function, [v])
    guard isIntLike(result) else { throw raise(.typeError, "__hash__ method should return an integer") }
    return try hashValue(result)
  }

  /// Truth of an instance: `__bool__`, else `__len__`, else true.
  static func truth(_ v: Value) throws(PythonError) -> Bool {
    if let function = method(v, Names.dunderBool) {
      let result = try Classes.invoke(function, [v])
      guard result.isBool else {
        throw raise(.typeError, "__bool__ should return bool, returned \(typeName(result))")
      }
      return result == .true
    }
    if method(v, Names.dunderLen) != nil { return try length(v) != 0 }
    return true
  }

  /// len(v) for an instance.
  static func length(_ v: Value) throws(PythonError) -> Int {
    guard let function = method(v, Names.dunderLen) else {
      throw raise(.typeError, "object of type '\(typeName(v))' has no len()")
    }
    let result = try Classes.invoke(function, [v])
    guard isIntLike(result) else {
      throw raise(.typeError, "'\(typeName(result))' object cannot be interpreted as an integer")
    }
    guard IntArithmetic.sign(result) >= 0 else { throw raise(.valueError, "__len__() should return >= 0") }
    guard let n = IntArithmetic.small(result) else {
      throw raise(.overflowError, "cannot fit 'int' into an index-sized integer")
    }
    return n
  }

  static func getItem(_ container: Value, _ key: Value) throws(PythonError) -> Value {
    guard let function = method(container, Names.dunderGetitem) else {
      throw raise(.typeError, "'\(typeName(container))' object is not subscriptable")
    }
    return try Classes.invoke(function, [container, key])
  }

  static func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PythonError) {
    guard let function = method(container, Names.dunderSetitem) else {
      throw raise(.typeError, "'\(typeName(container))' object does not support item assignment")
    }
    _ = try Classes.invoke(function, [container, key, value])
  }

  static func deleteItem(_ container: Value, _ key: Value) throws(PythonError) {
    guard let function = method(container, Names.dunderDelitem) else {
      throw raise(.typeError, "'\(typeName(container))' object doesn't support item deletion")
    }
    _ = try Classes.invoke(function, [container, key])
  }

  /// `item in container`: `__contains__`, else iteration (`__iter__` or `__getitem__`).
  static func contains(_ container: Value, _ item: Value) throws(PythonError) -> Bool? {
    guard let function = method(container, Names.dunderContains) else { return nil }
    return try isTruthy(try Classes.invoke(function, [container, item]))
  }

  /// iter(v): `__iter__`, whose result must be an iterator.
  static func iterator(_ v: Value) throws(PythonError) -> Value {
    // `__iter__ = None` marks a class as not iterable (CPython), whatever else it defines.
    if let function = method(v, Names.dunderIter), function.isNone {
      throw raise(.typeError, "'\(typeName(v))' object is not iterable")
    }
    guard let function = method(v, Names.dunderIter) else {
      // The old protocol: items 0, 1, 2 ... until IndexError.
      if method(v, Names.dunderGetitem) != nil {
        return IteratorObject.make(.sequenceIterator, source: v).ref.value
      }
      throw raise(.typeError, "'\(typeName(v))' object is not iterable")
    }
    let result = try Classes.invoke(function, [v])
    guard result.isObject(.iterator) || result.isObject(.file) || method(result, Names.dunderNext) != nil
    else {
      throw raise(.typeError, "iter() returned non-iterator of type '\(typeName(result))'")
    }
    return result
  }

  /// next(v) for an instance: `__next__`; nil when it raises StopIteration.
  static func next(_ v: Value) throws(PythonError) -> Value? {
    guard let function = method(v, Names.dunderNext) else {
      throw raise(.typeError, "'\(typeName(v))' object is not an iterator")
    }
    do {
      return try Classes.invoke(function, [v])
    } catch {
      let pending = Runtime.pendingException
      guard pending.isObject(.exception), ExceptionObject(pending).type.isSubtype(of: .stopIteration) else {
        throw error
      }
      Runtime.pendingException = .empty
      return nil
    }
  }

  /// The next item of a `__getitem__` iterator; nil at IndexError or StopIteration.
  static func nextItem(_ iterator: IteratorObject) throws(PythonError) -> Value? {
    let index = iterator.position
    do {
      let item = try getItem(iterator.source, Value(smallInt: index))
      iterator.position = index + 1
      return item
    } catch {
      let pending = Runtime.pendingException
      guard pending.isObject(.exception),
        ExceptionObject(pending).type.isSubtype(of: .indexError)
          || ExceptionObject(pending).type.isSubtype(of: .stopIteration)
      else { throw error }
      Runtime.pendingException = .empty
      return nil
    }
  }

  /// format(v, spec) for an instance: `__format__` if defined, else str(v) for an empty spec.
  static func format(_ v: Value, _ spec: Value) throws(PythonError) -> Value? {
    if let function = method(v, Names.dunderFormat) {
      return try Classes.invoke(function, [v, spec.isEmpty ? Value.str("") : spec])
    }
    guard spec.isEmpty || spec.string.isEmpty else {
      throw raise(.typeError, "unsupported format string passed to \(typeName(v)).__format__")
    }
    return nil
  }
}
