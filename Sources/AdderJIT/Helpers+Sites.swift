import AdderCompiler
import AdderRuntime

// Miss handlers of IC sites: the out-of-line slow path of every site calls its handler with the
// site's descriptor. A handler counts the miss and runs the operation through the one runtime
// function for it (`OpcodeSemantics`, `loadGlobal`, ...); the inline-cache work makes handlers
// observe operand types and patch cases into the site. Values travel as raw words; 0 in a Value
// result means "an exception is pending" (see `EntryPoint.Result`).

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

/// Binary and augmented operators, comparisons (unfused), membership, `container[key]`.
@c(adder_site_binary)
func entrySiteBinary(_ a: UInt64, _ b: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  let opcode = descriptor(site).pointee.opcode
  return catching { () throws(PythonError) in
    switch opcode {
    case .loadSubscript: return try getItem(value(a), value(b))
    case .compareLess, .compareLessEqual, .compareEqual, .compareNotEqual, .compareGreater,
      .compareGreaterEqual, .contains, .notContains:
      return try OpcodeSemantics.compare(opcode, value(a), value(b))
    default: return try OpcodeSemantics.binary(opcode, value(a), value(b))
    }
  }
}

/// A comparison fused with the branch after it: 0 raised, 1 false, 2 true.
@c(adder_site_compare_branch)
func entrySiteCompareBranch(_ a: UInt64, _ b: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  do {
    let result = try OpcodeSemantics.compare(descriptor(site).pointee.opcode, value(a), value(b))
    return try isTruthy(result) ? 2 : 1
  } catch {
    return 0
  }
}

/// `-a`, `+a`, `~a`, `not a` (for a non-bool).
@c(adder_site_unary)
func entrySiteUnary(_ a: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  let opcode = descriptor(site).pointee.opcode
  return catching { () throws(PythonError) in try OpcodeSemantics.unary(opcode, value(a)) }
}

/// The truth of a value that is not True, False or None (those are tested inline): 0 raised,
/// 1 false, 2 true.
@c(adder_site_truth)
func entrySiteTruth(_ a: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  do { return try isTruthy(value(a)) ? 2 : 1 } catch { return 0 }
}

/// `container[key] = v`: 1 done, 0 raised.
@c(adder_site_store_subscript)
func entrySiteStoreSubscript(_ v: UInt64, _ container: UInt64, _ key: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  do {
    try setItem(value(container), value(key), value(v))
    return 1
  } catch {
    return 0
  }
}

/// A global (or builtin) by name.
@c(adder_site_global)
func entrySiteGlobal(_ globals: UInt64, _ name: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  return catching { () throws(PythonError) in try loadGlobal(value(globals), value(name)) }
}

/// `o.name`.
@c(adder_site_attribute)
func entrySiteAttribute(_ object: UInt64, _ name: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  return catching { () throws(PythonError) in try loadAttribute(value(object), value(name)) }
}

/// `o.name` for a call: writes (method, self-or-empty) to `slots[0]`, `slots[1]`; 1 done, 0 raised.
@c(adder_site_method)
func entrySiteMethod(_ pair: UnsafeMutableRawPointer, _ name: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  do {
    let slots = slots(pair)
    (slots[0], slots[1]) = try OpcodeSemantics.loadMethod(slots[0], value(name))
    return 1
  } catch {
    return 0
  }
}

/// `iter(o)`.
@c(adder_site_iter)
func entrySiteIter(_ iterable: UInt64, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  return catching { () throws(PythonError) in try getIterator(value(iterable)) }
}

/// One step of a for loop: writes the next item to `slot`; 0 raised, 1 exhausted, 2 produced.
@c(adder_site_next)
func entrySiteNext(_ iterator: UInt64, _ slot: UnsafeMutableRawPointer, _ site: SitePointer) -> UInt64 {
  descriptor(site).pointee.misses &+= 1
  do {
    guard let next = try iteratorNext(value(iterator)) else { return 1 }
    slots(slot)[0] = next
    return 2
  } catch {
    return 0
  }
}
