import AdderCompiler

/// Exception handling shared by both tiers: matching `except` clauses, the handled-exception
/// stack (CPython's exc_info), chaining (`__context__`, `__cause__`), the traceback entries each
/// exception carries, and the context-manager protocol of `with`.
public enum Exceptions {
  /// The exception an `except` or `finally` body is running for (empty when none): bare `raise`
  /// re-raises it and a new exception takes it as `__context__`. Handlers save the previous one
  /// on their operand stack (`pushExceptionInfo`) and restore it on every way out (`popExcept`),
  /// so this one variable is the top of a stack that lives in the frames.
  nonisolated(unsafe) public static var handled: Value = .empty

  // MARK: Matching

  /// Whether the class `type` is `base` or derives from it: the one subclass rule `except`,
  /// `isinstance` of exceptions and `raise` use, over built-in types and classes alike.
  public static func isSubclass(_ type: Value, of base: Value) -> Bool {
    guard type.isObject(.type), base.isObject(.type) else { return false }
    return Classes.isSubclass(type, base)
  }

  /// Whether `value` is BaseException or a class deriving from it.
  public static func isExceptionClass(_ value: Value) -> Bool {
    isSubclass(value, of: Runtime.types[TypeID.baseException.rawValue])
  }

  /// `except type:` for the exception `exception`: `type` is an exception class or a tuple of
  /// them; anything else is CPython's TypeError, raised whether or not it would have matched.
  public static func matches(_ exception: Value, _ type: Value) throws(PythonError) -> Bool {
    let notAllowed = "catching classes that do not inherit from BaseException is not allowed"
    let exceptionType = ExceptionObject(exception).typeObject
    if type.isTuple {
      let types = TupleObject(type)
      for i in 0..<types.count where !isExceptionClass(types[i]) { throw raise(.typeError, notAllowed) }
      for i in 0..<types.count where isSubclass(exceptionType, of: types[i]) { return true }
      return false
    }
    guard isExceptionClass(type) else { throw raise(.typeError, notAllowed) }
    return isSubclass(exceptionType, of: type)
  }

  // MARK: Raising

  /// Makes `exception` pending as a new raise does: the exception being handled becomes its
  /// `__context__` (unless it is that exception), and a context chain that would lead back to it
  /// is cut first, so chains never form a cycle (CPython's `_PyErr_SetObject`).
  public static func setPending(_ exception: Value) {
    let current = handled
    if !current.isEmpty, current != exception, exception.isObject(.exception), current.isObject(.exception) {
      var link = current
      var steps = 0
      while steps < 1_000_000 {
        let context = ExceptionObject(link).context
        guard context.isObject(.exception) else { break }
        if context == exception {
          ExceptionObject(link).context = .none
          break
        }
        link = context
        steps += 1
      }
      ExceptionObject(exception).context = current
    }
    Runtime.pendingException = exception
  }

  /// `raise value`: an exception instance, or an exception class called with no arguments.
  public static func raiseValue(_ value: Value) throws(PythonError) -> PythonError {
    raise(exception: try instance(value, "exceptions must derive from BaseException"))
  }

  /// `raise value from cause`: sets `__cause__` (None allowed) and `__suppress_context__`.
  public static func raiseFrom(_ value: Value, cause: Value) throws(PythonError) -> PythonError {
    let exception = try instance(value, "exceptions must derive from BaseException")
    var causeValue = Value.none
    if !cause.isNone {
      causeValue = try instance(cause, "exception causes must derive from BaseException")
    }
    ExceptionObject(exception).cause = causeValue
    ExceptionObject(exception).suppressContext = true
    return raise(exception: exception)
  }

  /// Bare `raise`: the exception being handled, again, with no new context.
  public static func reraiseHandled() -> PythonError {
    guard !handled.isEmpty else { return raise(.runtimeError, "No active exception to reraise") }
    Runtime.pendingException = handled
    return PythonError()
  }

  /// The exception `raise value` raises: an instance as it is, a class called with no arguments.
  private static func instance(_ value: Value, _ message: String) throws(PythonError) -> Value {
    if value.isObject(.exception) { return value }
    guard isExceptionClass(value) else { throw raise(.typeError, message) }
    var none = Value.none
    let made = try callValue(value, &none, 0)
    guard made.isObject(.exception) else {
      throw raise(
        .typeError,
        "calling \(TypeObject(value).id.name) should have returned an instance of BaseException, not \(typeName(made))"
      )
    }
    return made
  }

  // MARK: The handled-exception stack

  /// At a handler's start: `exception` becomes the handled one; returns the previous one (None
  /// when there was none), which the handler keeps on its operand stack.
  public static func pushHandled(_ exception: Value) -> Value {
    let previous = handled.isEmpty ? Value.none : handled
    handled = exception
    return previous
  }

  /// On the way out of a handler: the exception handled before it is handled again.
  public static func popHandled(_ previous: Value) {
    handled = previous.isNone ? .empty : previous
  }

  /// `sys.exc_info()`: (type, exception, traceback) of the handled exception, or three Nones.
  public static func info() -> Value {
    let tuple = TupleObject.make(count: 3)
    let exception = handled
    if exception.isObject(.exception) {
      let object = ExceptionObject(exception)
      tuple[0] = object.typeObject
      tuple[1] = exception
      tuple[2] = object.traceback.isEmpty ? .none : object.traceback
    } else {
      for i in 0..<3 { tuple[i] = .none }
    }
    return tuple.ref.value
  }

  // MARK: with

  /// `with manager:` starts: `slots[0]` holds the manager and receives its bound `__exit__`
  /// (stored before `__enter__` runs, so the collector sees it), `slots[1]` receives what
  /// `__enter__` returns. Both are looked up through the generic attribute path.
  public static func beforeWith(_ slots: UnsafeMutablePointer<Value>) throws(PythonError) {
    let manager = slots[0]
    let protocolError = "'\(typeName(manager))' object does not support the context manager protocol"
    let enterName = Runtime.intern("__enter__")
    let exitName = Runtime.intern("__exit__")
    if Dunders.hasClass(manager) {
      // Looked up on the class only, as every special method (an instance attribute does not count).
      let cls = classOf(manager)
      guard let enterFound = Classes.lookup(cls, enterName) else { throw raise(.typeError, protocolError) }
      guard let exitFound = Classes.lookup(cls, exitName) else {
        throw raise(.typeError, protocolError + " (missed __exit__ method)")
      }
      slots[1] = try Classes.bind(enterFound, to: manager, cls: cls)
      slots[0] = try Classes.bind(exitFound, to: manager, cls: cls)
      var none = Value.none
      slots[1] = try callValue(slots[1], &none, 0)
      return
    }
    let enter: (Value, Value)
    do {
      enter = try OpcodeSemantics.loadMethod(manager, enterName)
    } catch {
      throw raise(.typeError, protocolError)
    }
    slots[1] = enter.0
    do {
      slots[0] = try loadAttribute(manager, exitName)
    } catch {
      throw raise(.typeError, protocolError + " (missed __exit__ method)")
    }
    if enter.1.isEmpty {
      var none = Value.none
      slots[1] = try callValue(slots[1], &none, 0)
    } else {
      var receiver = enter.1
      slots[1] = try callValue(slots[1], &receiver, 1)
    }
  }

  /// An exception left a `with` body: `exit(type(exc), exc, traceback)`; a true result
  /// suppresses it.
  public static func withExceptStart(_ exit: Value, _ exception: Value) throws(PythonError) -> Value {
    let object = ExceptionObject(exception)
    var arguments = (object.typeObject, exception, object.traceback.isEmpty ? Value.none : object.traceback)
    return try withUnsafeMutableBytes(of: &arguments) { raw throws(PythonError) -> Value in
      try callValue(exit, raw.baseAddress!.assumingMemoryBound(to: Value.self), 3)
    }
  }
}
