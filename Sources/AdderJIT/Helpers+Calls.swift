import AdderCompiler
import AdderRuntime

// Calls and frames. A Python function is entered in two steps so that machine code calls
// machine code directly: the call site's handler binds the arguments through the shared binder
// (`Calls.enterFunction`, which pushes the callee's frame record, its locals placed on the
// arguments), and returns the frame; the site then calls the frame's `entry`. Builtins and
// types are called right here. Result encoding `.frame`: 0 raised, 1 done (the result is in
// the callee's slot), anything else the `Frame*` to run.

typealias FramePointer = UnsafeMutableRawPointer

@inline(__always)
func prepareCall(
  _ callee: Value, arguments: UnsafeMutablePointer<Value>, count: Int, keywordNames: Value,
  result: UnsafeMutablePointer<Value>
) -> UInt {
  do {
    if callee.isObject(.function) {
      let function = FunctionObject(callee)
      if function.info.pointee.entry == nil { JIT.compile(function.info) }
      try JIT.checkNativeStack()
      try Calls.enterFunction(
        function, arguments: arguments, count: count, keywordNames: keywordNames, resultSlot: result,
        returnsToNative: false)
      return UInt(bitPattern: Frames.top)
    }
    result[0] = try Calls.callNative(callee, arguments, count, keywordNames: keywordNames)
    return 1
  } catch {
    return 0
  }
}

/// `f(a1..an)`, with keyword names or 0: the callee at `base[0]`, its arguments after it.
@c(adder_site_call)
func entrySiteCall(
  _ baseRaw: UnsafeMutableRawPointer, _ count: Int, _ keywordNames: UInt64, _ site: SitePointer
) -> UInt {
  let base = slots(baseRaw)
  JIT.miss(site, base[0], .empty)
  return prepareCall(
    base[0], arguments: base + 1, count: count, keywordNames: value(keywordNames), result: base)
}

/// `o.m(a1..an)` after loadMethod: `base[0]` the method, `base[1]` self or empty, then arguments.
@c(adder_site_call_method)
func entrySiteCallMethod(
  _ baseRaw: UnsafeMutableRawPointer, _ count: Int, _ keywordNames: UInt64, _ site: SitePointer
) -> UInt {
  let base = slots(baseRaw)
  JIT.miss(site, base[0], base[1])
  return performCallMethod(base, count, keywordNames)
}

@inline(__always) func performCallMethod(
  _ base: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: UInt64
) -> UInt {
  if base[1].isEmpty {
    return prepareCall(
      base[0], arguments: base + 2, count: count, keywordNames: value(keywordNames), result: base)
  }
  if base[0].isObject(.function) {
    // A method found on an instance's class: self is its first argument.
    return prepareCall(
      base[0], arguments: base + 1, count: count + 1, keywordNames: value(keywordNames), result: base)
  }
  do {
    base[0] = try Builtins.call(
      BuiltinFunctionObject(base[0]).index, receiver: base[1], base + 2, count,
      keywordNames: value(keywordNames))
    return 1
  } catch {
    return 0
  }
}

/// `f(*args)` / `f(*args, **kwargs)`: `base[0]` the callee, `base[1]` args, `base[2]` kwargs.
@c(adder_site_call_unpacked)
func entrySiteCallUnpacked(_ baseRaw: UnsafeMutableRawPointer, _ hasKeywords: Int, _ site: SitePointer)
  -> UInt
{
  let base = slots(baseRaw)
  JIT.miss(site, base[0], .empty)
  do {
    let kwargs = hasKeywords != 0 ? base[2] : Value.empty
    let (count, names) = try Calls.spreadArguments(base[1], kwargs, at: base + 1, callee: base[0])
    return prepareCall(base[0], arguments: base + 1, count: count, keywordNames: names, result: base)
  } catch {
    return 0
  }
}

/// A call case for any callee the stub has checked (builtins, types): the generic preparation
/// without the miss bookkeeping.
@c(adder_case_call)
func entryCaseCall(_ baseRaw: UnsafeMutableRawPointer, _ count: Int) -> UInt {
  let base = slots(baseRaw)
  return prepareCall(base[0], arguments: base + 1, count: count, keywordNames: .empty, result: base)
}

@c(adder_case_call_method)
func entryCaseCallMethod(_ baseRaw: UnsafeMutableRawPointer, _ count: Int) -> UInt {
  performCallMethod(slots(baseRaw), count, 0)
}

/// A call case for a Python function of known code taking exactly the arguments passed (no
/// keywords, defaults, cells): pushes its frame (the locals are the arguments) and returns it
/// for the stub to call the callee's machine code directly. 0 when the recursion limit is hit.
@c(adder_case_enter_exact)
func entryCaseEnterExact(_ argumentsRaw: UnsafeMutableRawPointer, _ function: UInt64) -> UInt {
  let arguments = slots(argumentsRaw)
  let callee = FunctionObject(value(function))
  let info = callee.info
  do {
    try JIT.checkNativeStack()
    try Frames.push(
      info: info, function: callee.ref.value, globals: callee.globals, locals: arguments,
      resultSlot: arguments - 1, returnsToNative: false)
  } catch {
    return 0
  }
  Frames.clearSlots(arguments, from: info.pointee.parameterCount, count: info.pointee.localCount)
  return UInt(bitPattern: Frames.top)
}

/// A call case for a Python function of known code that needs argument binding (defaults,
/// `*args`, cells, free variables): the shared binder pushes its frame, which the stub then enters
/// directly. 0 when binding raised.
@c(adder_case_enter_bound)
func entryCaseEnterBound(_ argumentsRaw: UnsafeMutableRawPointer, _ function: UInt64, _ count: Int) -> UInt {
  let arguments = slots(argumentsRaw)
  do {
    try JIT.checkNativeStack()
    try Calls.enterFunction(
      FunctionObject(value(function)), arguments: arguments, count: count, keywordNames: .empty,
      resultSlot: arguments - 1, returnsToNative: false)
  } catch {
    return 0
  }
  return UInt(bitPattern: Frames.top)
}

/// The error path of every frame: records the frame's traceback entry at the instruction that
/// raised; when the code's exception table has a handler for it, stores the exception in the
/// handler's operand slot (the depth is static, so the slot is fixed) and returns the handler's
/// machine-code address to jump to. Otherwise pops the frame's record and returns 0 (the frame's
/// result: "raised").
@c(adder_unwind)
func entryUnwind(_ instructionIndex: Int, _ frame: FramePointer) -> UInt64 {
  let record = frameRecord(frame)
  Frames.recordTraceback(record.pointee, instructionIndex: instructionIndex)
  let info = record.pointee.info
  if let handler = Runtime.codes[info.pointee.index].code.handler(at: instructionIndex),
    let address = JIT.handlerAddresses[info.pointee.index]?[handler.handler]
  {
    let stackBase = info.pointee.localCount + info.pointee.cellCount + info.pointee.freeCount
    record.pointee.locals[stackBase + handler.depth] = Runtime.pendingException
    Runtime.pendingException = .empty
    return UInt64(UInt(bitPattern: address))
  }
  Frames.count -= 1
  return 0
}

/// A call case instantiating a class the plain way: the new instance, before its `__init__`
/// runs (the stub calls that itself).
@c(adder_case_new_instance)
func entryCaseNewInstance(_ cls: UInt64) -> UInt64 {
  Classes.newInstance(value(cls)).raw
}

/// An `__init__` called by a call case returned `result`, not None: raises the TypeError. Always 0.
@c(adder_case_init_returned)
func entryCaseInitReturned(_ result: UInt64) -> UInt64 {
  _ = Classes.initializerReturned(value(result))
  return 0
}
