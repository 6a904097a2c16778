import CAdderSupport

/// The arguments of a builtin call: positional values, then keyword values named by a tuple.
public struct Arguments {
  public let base: UnsafeMutablePointer<Value>
  public let count: Int
  public let keywordNames: Value
  /// The receiver for methods (`lst` in `lst.append(x)`), else empty.
  public let receiver: Value
  /// The builtin called, by index: its name is read only for an error message (a String here
  /// cost a retain and a release on every builtin call).
  let functionIndex: Int
  public var functionName: String {
    let builtin = Builtins.table[functionIndex]
    return builtin.qualifiedName ?? builtin.name
  }

  public var keywordCount: Int { keywordNames.isEmpty ? 0 : TupleObject(keywordNames).count }
  public var positionalCount: Int { count - keywordCount }
  public subscript(i: Int) -> Value { base[i] }

  /// The value of keyword argument `name`, if given.
  public func keyword(_ name: String) -> Value? {
    guard !keywordNames.isEmpty else { return nil }
    let names = TupleObject(keywordNames)
    for i in 0..<names.count where StrObject(names[i]).holds(name) { return base[positionalCount + i] }
    return nil
  }

  /// Positional argument `i`, or keyword `name`, or nil.
  public func argument(_ i: Int, _ name: String) -> Value? {
    i < positionalCount ? base[i] : keyword(name)
  }

  /// Raises TypeError unless the call has between `min` and `max` positional arguments and only
  /// keywords from `keywords`.
  public func expect(_ min: Int, _ max: Int, keywords: [String] = []) throws(PythonError) {
    if !keywordNames.isEmpty {
      let names = TupleObject(keywordNames)
      for i in 0..<names.count where !keywords.contains(where: { StrObject(names[i]).holds($0) }) {
        throw raise(.typeError, "\(functionName)() takes no keyword arguments")
      }
    }
    let n = positionalCount
    if n < min || n > max {
      if min == max {
        if min == 0 { throw raise(.typeError, "\(functionName)() takes no arguments (\(n) given)") }
        if min == 1 { throw raise(.typeError, "\(functionName)() takes exactly one argument (\(n) given)") }
        throw raise(.typeError, "\(functionName) expected \(min) arguments, got \(n)")
      }
      if n < min {
        throw raise(
          .typeError, "\(functionName) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
      }
      throw raise(
        .typeError, "\(functionName) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }
}

public typealias BuiltinBody = (Arguments) throws(PythonError) -> Value
/// A builtin's body for exactly one positional argument (`math.sqrt(x)`): machine code calls it
/// directly, without building `Arguments` (see `Builtins.oneArgumentFunction`).
public typealias OneArgumentBody = (Value) throws(PythonError) -> Value
/// A builtin's body for exactly two positional arguments (`isinstance(x, C)`).
public typealias TwoArgumentBody = (Value, Value) throws(PythonError) -> Value

/// A function implemented by the runtime.
public struct BuiltinFunction {
  public let name: String
  public let body: BuiltinBody
  /// For methods: the type whose instances they take as receiver (`str` for `str.lower`).
  public var ownerType: TypeID? = nil
  /// The name argument errors give, where CPython qualifies it (`math.sqrt() takes exactly one
  /// argument`); nil: `name`.
  public var qualifiedName: String? = nil
  /// For functions of one positional argument: the same body without `Arguments`.
  public var one: OneArgument? = nil
  /// For functions of two positional arguments: the same body without `Arguments`.
  public var two: TwoArguments? = nil
}

/// Holds a one-argument body. A closure kept directly in an Optional is stored at the generic
/// abstraction and was re-wrapped in a heap-allocated thunk on every call (a malloc per
/// `math.sqrt`); a class's stored property keeps its own type.
public final class OneArgument {
  public let body: OneArgumentBody
  init(_ body: @escaping OneArgumentBody) { self.body = body }
}

/// Holds a two-argument body (see `OneArgument`).
public final class TwoArguments {
  public let body: TwoArgumentBody
  init(_ body: @escaping TwoArgumentBody) { self.body = body }
}

/// Every builtin function and method, by index (BuiltinFunctionObject holds the index).
public enum Builtins {
  nonisolated(unsafe) public static var table: [BuiltinFunction] = []
  /// Per type, method name → an immortal unbound builtin (loadMethod pushes it with the receiver).
  nonisolated(unsafe) static var methods: [TypeID: [String: Value]] = [:]
  /// Constructor builtin for each callable type (`int(...)`, `ValueError(...)`).
  nonisolated(unsafe) static var constructors: [TypeID: Int] = [:]
  /// Functions reached through a type (`dict.fromkeys`).
  nonisolated(unsafe) static var classMethods: [TypeID: [String: Value]] = [:]

  @discardableResult
  static func register(_ name: String, _ body: @escaping BuiltinBody) -> Int {
    table.append(BuiltinFunction(name: name, body: body))
    return table.count - 1
  }

  /// An immortal builtin function object.
  static func function(_ name: String, _ body: @escaping BuiltinBody) -> Value {
    let value = BuiltinFunctionObject.make(index: register(name, body))
    ObjectRef(value).gcBits = ObjectHeader.immortalBit
    return value
  }

  /// A builtin function of exactly one positional argument: its generic body checks the
  /// arguments (`expect(1, 1)`) and calls `one`, which callers that know the arguments fit may
  /// call directly. `module` qualifies the name in argument errors, as CPython's one-argument
  /// functions say (`math.sqrt() takes exactly one argument (2 given)`).
  static func oneArgumentFunction(_ name: String, module: String, _ one: @escaping OneArgumentBody) -> Value {
    let value = function(name) { a throws(PythonError) in
      try a.expect(1, 1)
      return try one(a[0])
    }
    let index = BuiltinFunctionObject(value).index
    table[index].one = OneArgument(one)
    table[index].qualifiedName = "\(module).\(name)"
    return value
  }

  /// A builtin function of exactly two positional arguments: its generic body checks the
  /// arguments (`expect(2, 2)`) and calls `two`, which callers may call directly.
  static func twoArgumentFunction(_ name: String, _ two: @escaping TwoArgumentBody) -> Value {
    let value = function(name) { a throws(PythonError) in
      try a.expect(2, 2)
      return try two(a[0], a[1])
    }
    table[BuiltinFunctionObject(value).index].two = TwoArguments(two)
    return value
  }

  /// Calls builtin `index`'s two-argument body (it has one).
  public static func callTwo(_ index: Int, _ first: Value, _ second: Value) throws(PythonError) -> Value {
    try table[index].two.unsafelyUnwrapped.body(first, second)
  }

  /// Calls builtin `index`'s one-argument body (it has one).
  public static func callOne(_ index: Int, _ argument: Value) throws(PythonError) -> Value {
    try table[index].one.unsafelyUnwrapped.body(argument)
  }

  static func method(_ type: TypeID, _ name: String, _ body: @escaping BuiltinBody) {
    let value = function(name, body)
    table[BuiltinFunctionObject(value).index].ownerType = type
    methods[type, default: [:]][name] = value
  }

  static func install(into dict: DictObject) {
    func add(_ name: String, _ value: Value) { try! dict.set(Runtime.intern(name), value) }
    installFunctions(add)
    installConstructors(add)
    installIO(add)
    installClassFunctions(add)
    installIntMethods()
    installStrMethods()
    installListMethods()
    installDictMethods()
    installSets(add)
  }

  /// The method `name` of `receiver`'s type, unbound, or nil.
  public static func lookupMethod(_ receiver: Value, _ name: Value) -> Value? {
    methods[typeID(of: receiver)]?[name.string]
  }

  /// Calls builtin `index`.
  @inline(__always)
  public static func call(
    _ index: Int, receiver: Value, _ base: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value
  ) throws(PythonError) -> Value {
    if receiver.isEmpty, let owner = table[index].ownerType {
      // An unbound method called through its type: `str.lower(s)`, `key=str.lower`.
      guard count > 0, typeID(of: base[0]).isSubtype(of: owner) else {
        let name = table[index].name
        if count == 0 {
          throw raise(.typeError, "unbound method \(owner.name).\(name)() needs an argument")
        }
        throw raise(
          .typeError,
          "descriptor '\(name)' for '\(owner.name)' objects doesn't apply to a '\(typeName(base[0]))' object"
        )
      }
      return try table[index].body(
        Arguments(
          base: base + 1, count: count - 1, keywordNames: keywordNames, receiver: base[0],
          functionIndex: index))
    }
    return try table[index].body(
      Arguments(
        base: base, count: count, keywordNames: keywordNames, receiver: receiver, functionIndex: index))
  }

  static func truncate(_ d: Double) throws(PythonError) -> Value {
    if d.isNaN { throw raise(.valueError, "cannot convert float NaN to integer") }
    if d.isInfinite { throw raise(.overflowError, "cannot convert float infinity to integer") }
    let t = d.rounded(.towardZero)
    if abs(t) < 9.0e18 { return Value.int(Int(t)) }
    let big = BigIntObject.make()
    __gmpz_set_d(big.mpz, t)
    return big.normalized
  }
}
