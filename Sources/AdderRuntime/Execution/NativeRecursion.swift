/// Recursion in the runtime itself that CPython counts against the recursion limit together with
/// the Python frames (its `Py_EnterRecursiveCall`): the repr of nested containers and comparisons
/// of nested ones. Without it a list nested 200,000 deep printed in full on the 1 GiB stack where
/// CPython raises RecursionError.
enum NativeRecursion {
  nonisolated(unsafe) static var depth = 0

  /// One level deeper; RecursionError (CPython's message plus `context`) past the limit.
  @inline(__always)
  static func enter(_ context: StaticString) throws(PythonError) {
    if depth + Frames.count >= Runtime.recursionLimit { try overflow(context) }
    depth += 1
  }

  @inline(__always) static func leave() { depth -= 1 }

  @inline(never)
  private static func overflow(_ context: StaticString) throws(PythonError) {
    // Ctrl-C zeroes the recursion limit to reach a check like this one (see Signals).
    try Signals.check()
    throw raise(.recursionError, "maximum recursion depth exceeded\(context)")
  }
}
