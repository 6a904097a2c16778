import AdderCompiler
import AdderRuntime

// Miss handlers of IC sites, and the helpers of their cases. The out-of-line slow path of every
// site calls its miss handler (`adder_site_*`) with the site's descriptor: the handler lets the
// site's cache observe the operands (which may patch a case in: `SiteCache.miss`), then runs the
// operation through the one runtime function for it. A case that is not inline machine code calls
// the same operation through `adder_case_*`, which skips the miss bookkeeping. Values travel as
// raw words; 0 in a Value result means "an exception is pending" (see `EntryPoint.Result`).

typealias SitePointer = UnsafeMutableRawPointer

/// C entry points take raw pointers (a pointer to a Swift struct is not C-representable).
@inline(__always) func descriptor(_ site: SitePointer) -> UnsafeMutablePointer<SiteDescriptor> {
  site.assumingMemoryBound(to: SiteDescriptor.self)
}

@inline(__always) func slots(_ pointer: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
  pointer.assumingMemoryBound(to: Value.self)
}

@inline(__always) func frameRecord(_ pointer: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Frame> {
  pointer.assumingMemoryBound(to: Frame.self)
}

@inline(__always) func value(_ raw: UInt64) -> Value { Value(raw: raw) }

/// Runs `body`, turning a raised exception into the word 0.
@inline(__always) func catching(_ body: () throws(PythonError) -> Value) -> UInt64 {
  do { return try body().raw } catch { return 0 }
}

// MARK: Operations (each once)

@inline(__always) func performBinary(_ a: UInt64, _ b: UInt64, _ opcode: Opcode) -> UInt64 {
  catching { () throws(PythonError) in
    switch opcode {
    case .loadSubscript: return try getItem(value(a), value(b))
    case .compareLess, .compareLessEqual, .compareEqual, .compareNotEqual, .compareGreater,
      .compareGreaterEqual, .contains, .notContains:
      return try OpcodeSemantics.compare(opcode, value(a), value(b))
    default: return try OpcodeSemantics.binary(opcode, value(a), value(b))
    }
  }
}

@inline(__always) func performCompareBranch(_ a: UInt64, _ b: UInt64, _ opcode: Opcode) -> UInt64 {
  do {
    let result = try OpcodeSemantics.compare(opcode, value(a), value(b))
    return try isTruthy(result) ? 2 : 1
  } catch {
    return 0
  }
}

@inline(__always) func performUnary(_ a: UInt64, _ opcode: Opcode) -> UInt64 {
  catching { () throws(PythonError) in
    opcode == .getIterator ? try getIterator(value(a)) : try OpcodeSemantics.unary(opcode, value(a))
  }
}

@inline(__always) func performTruth(_ a: UInt64) -> UInt64 {
  do { return try isTruthy(value(a)) ? 2 : 1 } catch { return 0 }
}

@inline(__always) func performStoreSubscript(_ v: UInt64, _ container: UInt64, _ key: UInt64) -> UInt64 {
  do {
    try setItem(value(container), value(key), value(v))
    return 1
  } catch {
    return 0
  }
}

@inline(__always) func performMethod(_ pair: UnsafeMutableRawPointer, _ name: UInt64) -> UInt64 {
  do {
    let slots = slots(pair)
    (slots[0], slots[1]) = try OpcodeSemantics.loadMethod(slots[0], value(name))
    return 1
  } catch {
    return 0
  }
}

@inline(__always) func performNext(_ iterator: UInt64, _ slot: UnsafeMutableRawPointer) -> UInt64 {
  do {
    guard let next = try iteratorNext(value(iterator)) else { return 1 }
    slots(slot)[0] = next
    return 2
  } catch {
    return 0
  }
}

// MARK: Miss handlers

/// Binary and augmented operators, comparisons (unfused), membership, `container[key]`.
@c(adder_site_binary)
func entrySiteBinary(_ a: UInt64, _ b: UInt64, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, value(a), value(b))
  return performBinary(a, b, descriptor(site).pointee.opcode)
}

/// A comparison fused with the branch after it: 0 raised, 1 false, 2 true.
@c(adder_site_compare_branch)
func entrySiteCompareBranch(_ a: UInt64, _ b: UInt64, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, value(a), value(b))
  return performCompareBranch(a, b, descriptor(site).pointee.opcode)
}

/// `-a`, `+a`, `~a`, `not a` (for a non-bool), `iter(a)`.
@c(adder_site_unary)
func entrySiteUnary(_ a: UInt64, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, value(a), .empty)
  return performUnary(a, descriptor(site).pointee.opcode)
}

/// The truth of a value that is not True, False or None (those are tested inline): 0 raised,
/// 1 false, 2 true.
@c(adder_site_truth)
func entrySiteTruth(_ a: UInt64, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, value(a), .empty)
  return performTruth(a)
}

/// `container[key] = v`: 1 done, 0 raised.
@c(adder_site_store_subscript)
func entrySiteStoreSubscript(_ v: UInt64, _ container: UInt64, _ key: UInt64, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, value(container), value(key))
  return performStoreSubscript(v, container, key)
}

/// A global (or builtin) by name.
@c(adder_site_global)
func entrySiteGlobal(_ globals: UInt64, _ name: UInt64, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, value(globals), .empty)
  return catching { () throws(PythonError) in try loadGlobal(value(globals), value(name)) }
}

/// `o.name`.
@c(adder_site_attribute)
func entrySiteAttribute(_ object: UInt64, _ name: UInt64, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, value(object), .empty)
  return catching { () throws(PythonError) in try loadAttribute(value(object), value(name)) }
}

/// `o.name = v`; 1 done, 0 raised.
@c(adder_site_store_attribute)
func entrySiteStoreAttribute(_ object: UInt64, _ name: UInt64, _ item: UInt64, _ site: SitePointer) -> UInt64
{
  JIT.miss(site, value(object), .empty)
  return status { () throws(PythonError) in try storeAttribute(value(object), value(name), value(item)) }
}

/// `o.name` for a call: writes (method, self-or-empty) to `slots[0]`, `slots[1]`; 1 done, 0 raised.
@c(adder_site_method)
func entrySiteMethod(_ pair: UnsafeMutableRawPointer, _ name: UInt64, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, slots(pair)[0], .empty)
  return performMethod(pair, name)
}

/// One step of a for loop: writes the next item to `slot`; 0 raised, 1 exhausted, 2 produced.
@c(adder_site_next)
func entrySiteNext(_ iterator: UInt64, _ slot: UnsafeMutableRawPointer, _ site: SitePointer) -> UInt64 {
  JIT.miss(site, value(iterator), .empty)
  return performNext(iterator, slot)
}

// MARK: Case helpers: the operation for a case whose types the stub has checked

@c(adder_case_binary)
func entryCaseBinary(_ a: UInt64, _ b: UInt64, _ opcode: Int) -> UInt64 {
  performBinary(a, b, Opcode(byte: UInt8(opcode)))
}

/// `a op b` through the method of `a`'s class the case looked up.
@c(adder_case_dunder)
func entryCaseDunder(_ a: UInt64, _ b: UInt64, _ method: UInt64, _ opcode: Int) -> UInt64 {
  catching { () throws(PythonError) in
    try Dunders.callForward(
      value(method), value(a), value(b), Opcode(byte: UInt8(opcode)))
  }
}

/// int op int for `+`, `-`, `*` and their in-place forms (the stub checked both operands are
/// ints, small or big): the int arithmetic itself, skipping the generic operator dispatch.
@c(adder_case_int)
func entryCaseInt(_ a: UInt64, _ b: UInt64, _ opcode: Int) -> UInt64 {
  // Two big ints of one sign (fib(500)'s sums) cannot raise: no closure for `catching`.
  if opcode == Int(Opcode.add.rawValue) || opcode == Int(Opcode.inplaceAdd.rawValue),
    value(a).isHeapObject, value(b).isHeapObject, let sum = IntArithmetic.sameSignSum(value(a), value(b))
  {
    return sum.raw
  }
  return catching { () throws(PythonError) in
    switch Opcode(byte: UInt8(opcode)) {
    case .add, .inplaceAdd: return try IntArithmetic.add(value(a), value(b))
    case .subtract, .inplaceSubtract: return try IntArithmetic.subtract(value(a), value(b))
    default: return try IntArithmetic.multiply(value(a), value(b))
    }
  }
}

/// A builtin of one positional argument called with one (the stub checked the callee and that
/// it is not bound): its one-argument body, without building `Arguments`.
@c(adder_case_builtin_one)
func entryCaseBuiltinOne(_ argument: UInt64, _ index: Int) -> UInt64 {
  catching { () throws(PythonError) in try Builtins.callOne(index, value(argument)) }
}

/// A builtin of two positional arguments called with two (see `adder_case_builtin_one`).
@c(adder_case_builtin_two)
func entryCaseBuiltinTwo(_ first: UInt64, _ second: UInt64, _ index: Int) -> UInt64 {
  catching { () throws(PythonError) in try Builtins.callTwo(index, value(first), value(second)) }
}

@c(adder_case_str_concat)
func entryCaseStrConcat(_ a: UInt64, _ b: UInt64) -> UInt64 {
  Strings.concatenate(value(a), value(b)).raw
}

@c(adder_case_compare_branch)
func entryCaseCompareBranch(_ a: UInt64, _ b: UInt64, _ opcode: Int) -> UInt64 {
  performCompareBranch(a, b, Opcode(byte: UInt8(opcode)))
}

@c(adder_case_unary)
func entryCaseUnary(_ a: UInt64, _ opcode: Int) -> UInt64 {
  performUnary(a, Opcode(byte: UInt8(opcode)))
}

@c(adder_case_truth)
func entryCaseTruth(_ a: UInt64) -> UInt64 { performTruth(a) }

@c(adder_case_store_subscript)
func entryCaseStoreSubscript(_ v: UInt64, _ container: UInt64, _ key: UInt64) -> UInt64 {
  performStoreSubscript(v, container, key)
}

@c(adder_case_attribute)
func entryCaseAttribute(_ object: UInt64, _ name: UInt64) -> UInt64 {
  catching { () throws(PythonError) in try loadAttribute(value(object), value(name)) }
}

@c(adder_case_method)
func entryCaseMethod(_ pair: UnsafeMutableRawPointer, _ name: UInt64) -> UInt64 { performMethod(pair, name) }

@c(adder_case_next)
func entryCaseNext(_ iterator: UInt64, _ slot: UnsafeMutableRawPointer) -> UInt64 {
  performNext(iterator, slot)
}
