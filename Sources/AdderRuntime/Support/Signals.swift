import CAdderSupport

/// Ctrl-C. The handler (C, `adder_install_signal_handlers`) only marks an interrupt pending and
/// zeroes the recursion limit, so the next Python call in either tier fails its limit check and
/// reaches `Frames.push`'s slow path, which raises KeyboardInterrupt there: calls are the
/// safepoints, at no cost to the fast paths. A blocking read returns EINTR and raises at once.
/// A loop that makes no call cannot be stopped this way; a second Ctrl-C ends the process.
public enum Signals {
  public static func install() {
    adder_install_signal_handlers(
      Frames.recursionLimitAddress.assumingMemoryBound(to: Int.self))
  }

  /// Raises KeyboardInterrupt if Ctrl-C was pressed since the last check.
  @inlinable
  public static func check() throws(PythonError) {
    if adder_take_interrupt() != 0 { throw raise(.keyboardInterrupt) }
  }

  /// Ends the process as CPython does after an uncaught KeyboardInterrupt (killed by SIGINT).
  public static func exitByInterrupt() -> Never {
    adder_exit_by_interrupt()
    fatalError("unreachable")
  }
}
