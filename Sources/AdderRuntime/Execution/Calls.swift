import AdderCompiler

/// Calls shared by both tiers: pushing a Python function's frame and binding its arguments (the
/// one binder: defaults, keywords, *args, **kwargs, cells), calling builtins and types, and
/// spreading `f(*args, **kwargs)` onto the value stack.
public enum Calls {
  /// A builtin calling back into a Python function (`sorted`'s key, `map`): copies the callee and
  /// its arguments above the running frame and pushes the callee's frame there, for a tier to
  /// run (the interpreter's loop, or machine code). The arguments may live in a Swift buffer.
  public static func enterFromNative(
    _ function: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value
  ) throws(PythonError) {
    let base = Frames.freeBase
    guard base + count + 2 < Frames.valueStackEnd else {
      throw raise(.recursionError, "maximum recursion depth exceeded")
    }
    base[0] = function
    for i in 0..<count { base[1 + i] = arguments[i] }
    try enterFunction(
      FunctionObject(function), arguments: base + 1, count: count, keywordNames: keywordNames,
      resultSlot: base, returnsToNative: true)
  }

  /// Pushes a frame for `function` whose arguments sit at `arguments` in the value stack (the
  /// frame's locals start there, so simple calls copy nothing).
  @inlinable
  public static func enterFunction(
    _ function: FunctionObject, arguments: UnsafeMutablePointer<Value>, count: Int, keywordNames: Value,
    resultSlot: UnsafeMutablePointer<Value>, returnsToNative: Bool
  ) throws(PythonError) {
    let info = function.ref.load(FunctionObject.codeOffset, as: UnsafeMutablePointer<CodeInfo>.self)
    try Frames.push(
      info: info, function: function.ref.value, globals: function.globals, locals: arguments,
      resultSlot: resultSlot,
      returnsToNative: returnsToNative)
    if info.pointee.isSimple && keywordNames.isEmpty && count == info.pointee.parameterCount {
      Frames.clearSlots(arguments, from: count, count: info.pointee.localCount)
      return
    }
    do {
      try bindArguments(function, info: info, arguments, count, keywordNames)
    } catch {
      Frames.count -= 1
      throw error
    }
  }

  /// The general case: defaults, keywords, *args, **kwargs, cells and free variables.
  public static func bindArguments(
    _ function: FunctionObject, info: UnsafeMutablePointer<CodeInfo>, _ locals: UnsafeMutablePointer<Value>,
    _ count: Int, _ keywordNames: Value
  ) throws(PythonError) {
    let code = Runtime.codes[info.pointee.index].code
    let name = code.qualifiedName
    let keywordCount = keywordNames.isEmpty ? 0 : TupleObject(keywordNames).count
    let positional = count - keywordCount
    let passed = Array(UnsafeBufferPointer(start: locals, count: count))
    try Runtime.withPinned(passed) { () throws(PythonError) in
      let slots = info.pointee.localCount + info.pointee.cellCount + info.pointee.freeCount
      Frames.clearSlots(locals, from: 0, count: slots)
      let parameters = code.parameterCount
      let named = parameters + code.keywordOnlyCount
      if positional > parameters && code.varArgsSlot == nil {
        let required = parameters - code.defaultCount
        let takes = code.defaultCount > 0 ? "from \(required) to \(parameters)" : "\(parameters)"
        let plural = parameters == 1 && code.defaultCount == 0 ? "" : "s"
        throw raise(
          .typeError,
          "\(name)() takes \(takes) positional argument\(plural) but \(positional) \(positional == 1 ? "was" : "were") given"
        )
      }
      for i in 0..<min(positional, parameters) { locals[i] = passed[i] }
      if let slot = code.varArgsSlot {
        let extra = max(positional - parameters, 0)
        let tuple = TupleObject.make(count: extra)
        for i in 0..<extra { tuple[i] = passed[parameters + i] }
        locals[slot] = tuple.ref.value
      }
      if let slot = code.varKeywordsSlot { locals[slot] = DictObject.make().ref.value }
      for k in 0..<keywordCount {
        let keyword = TupleObject(keywordNames)[k]
        let keywordName = keyword.string
        // By code point: a keyword from `**mapping` may be any str, and String == would match a
        // canonically equivalent spelling.
        if let index = code.localNames[0..<named].firstIndex(where: { StrObject(keyword).holds($0) }) {
          if !locals[index].isEmpty {
            throw raise(.typeError, "\(name)() got multiple values for argument '\(keywordName)'")
          }
          locals[index] = passed[positional + k]
        } else if let slot = code.varKeywordsSlot {
          try DictObject(locals[slot]).set(keyword, passed[positional + k])
        } else {
          throw raise(.typeError, "\(name)() got an unexpected keyword argument '\(keywordName)'")
        }
      }
      let defaults = function.defaults
      let firstDefault = parameters - code.defaultCount
      for i in firstDefault..<parameters where locals[i].isEmpty {
        locals[i] = TupleObject(defaults)[i - firstDefault]
      }
      for (k, keywordIndex) in code.keywordOnlyDefaults.enumerated()
      where locals[parameters + keywordIndex].isEmpty {
        locals[parameters + keywordIndex] = TupleObject(defaults)[code.defaultCount + k]
      }
      let missing = (0..<parameters).filter { locals[$0].isEmpty }.map { "'\(code.localNames[$0])'" }
      if !missing.isEmpty {
        throw raise(
          .typeError,
          "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(englishList(missing))"
        )
      }
      let missingKeywords = (parameters..<named).filter { locals[$0].isEmpty }.map {
        "'\(code.localNames[$0])'"
      }
      if !missingKeywords.isEmpty {
        throw raise(
          .typeError,
          "\(name)() missing \(missingKeywords.count) required keyword-only argument\(missingKeywords.count == 1 ? "" : "s"): \(englishList(missingKeywords))"
        )
      }
      let cellBase = locals + info.pointee.localCount
      for (i, slot) in code.cellParameterSlots.enumerated() {
        cellBase[i] = CellObject.make(slot.map { locals[$0] } ?? .empty)
      }
      if info.pointee.freeCount > 0 {
        let closure = TupleObject(function.closure)
        for i in 0..<info.pointee.freeCount { cellBase[info.pointee.cellCount + i] = closure[i] }
      }
    }
  }

  public static func englishList(_ items: [String]) -> String {
    if items.count == 1 { return items[0] }
    if items.count == 2 { return "\(items[0]) and \(items[1])" }
    return items.dropLast().joined(separator: ", ") + ", and " + items.last!
  }

  /// Calls anything that is not a Python function: builtins, bound builtin methods, types.
  public static func callNative(
    _ callable: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int, keywordNames: Value
  ) throws(PythonError) -> Value {
    if callable.isObject(.builtinFunction) {
      let builtin = BuiltinFunctionObject(callable)
      return try Builtins.call(
        builtin.index, receiver: builtin.boundSelf, arguments, count, keywordNames: keywordNames)
    }
    if callable.isObject(.type) {
      if ClassObject.isClass(callable) {
        return try Classes.instantiate(callable, arguments, count, keywordNames: keywordNames)
      }
      return try Builtins.construct(callable, arguments, count, keywordNames: keywordNames)
    }
    if callable.isObject(.boundMethod) {
      let method = MethodObject(callable)
      return try Classes.withArguments(method.receiver, arguments, count) { (buffer) throws(PythonError) in
        try callValue(method.function, buffer, count + 1, keywordNames: keywordNames)
      }
    }
    if callable.isObject(.descriptor) && DescriptorObject(callable).kind == .staticMethod {
      return try callValue(DescriptorObject(callable)[0], arguments, count, keywordNames: keywordNames)
    }
    if callable.isObject(.instance) || callable.isObject(.exception),
      let call = Classes.lookupInClasses(classOf(callable), Names.dunderCall)
    {
      return try Classes.withArguments(callable, arguments, count) { (buffer) throws(PythonError) in
        try callValue(call, buffer, count + 1, keywordNames: keywordNames)
      }
    }
    throw raise(.typeError, "'\(typeName(callable))' object is not callable")
  }

  /// Unpacks `f(*args, **kwargs)` onto the value stack at `base` (after the callee) and returns
  /// the argument count and keyword names tuple.
  public static func spreadArguments(
    _ args: Value, _ kwargs: Value, at base: UnsafeMutablePointer<Value>, callee: Value
  )
    throws(PythonError) -> (Int, Value)
  {
    guard isStarIterable(args) else {
      throw raise(
        .typeError, "\(calleeDescription(callee)) argument after * must be an iterable, not \(typeName(args))"
      )
    }
    let positional = args.isTuple ? args : try Sequences.toTuple(args)
    let tuple = TupleObject(positional)
    var count = tuple.count
    guard base + count + 16 < Frames.valueStackEnd else {
      throw raise(.recursionError, "maximum recursion depth exceeded")
    }
    for i in 0..<tuple.count { base[i] = tuple[i] }
    guard !kwargs.isEmpty else { return (count, .empty) }
    guard kwargs.isDict else {
      throw raise(
        .typeError,
        "\(calleeDescription(callee)) argument after ** must be a mapping, not \(typeName(kwargs))")
    }
    let dict = DictObject(kwargs)
    let names = TupleObject.make(count: dict.count)
    var k = 0
    for i in 0..<dict.used where !dict.entries[i].key.isEmpty {
      guard dict.entries[i].key.isStr else { throw raise(.typeError, "keywords must be strings") }
      names[k] = dict.entries[i].key
      base[count] = dict.entries[i].value
      count += 1
      k += 1
    }
    return (count, names.ref.value)
  }
}
