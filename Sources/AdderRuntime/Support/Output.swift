#if canImport(Glibc)
  import Glibc
#endif

/// Buffered standard output (print is hot in many programs); flushed at exit, before anything is
/// written to stderr, and before reading stdin (so a prompt shows).
public enum Output {
  nonisolated(unsafe) static var buffer: [UInt8] = []
  /// When set, output is collected here instead of written (tests read it back).
  nonisolated(unsafe) public static var capture: [UInt8]? = nil
  /// The errno of a failed write not yet reported (EPIPE when the reader went away).
  nonisolated(unsafe) static var failure: Int32 = 0
  /// Flush after every write (the REPL, where output must show before the next prompt).
  nonisolated(unsafe) public static var unbuffered = false

  public static func write(_ text: String) {
    if capture != nil {
      capture!.append(contentsOf: text.utf8)
      return
    }
    buffer.append(contentsOf: text.utf8)
    if buffer.count > 1 << 16 || unbuffered { flush() }
  }

  /// Writes the buffer out. A failed write drops the buffer (as CPython's does) and is kept in
  /// `failure` for `check` to raise.
  public static func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBufferPointer { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 {
          failure = written < 0 ? errno : EIO
          break
        }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Raises the OSError of a failed write (BrokenPipeError: "[Errno 32] Broken pipe"), once.
  public static func check() throws(PythonError) {
    guard failure != 0 else { return }
    let code = failure
    failure = 0
    throw Files.osError(code, name: nil)
  }

  /// Flushes at exit; a failure there is reported as CPython reports it (it cannot raise any
  /// more): "Exception ignored ..." and exit status 120. Returns nil when all went well.
  public static func finish() -> Int32? {
    flush()
    guard failure != 0 else { return nil }
    let message = String(cString: strerror(failure))
    let name = failure == EPIPE ? "BrokenPipeError" : "OSError"
    writeStandardError(
      "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
        + "\(name): [Errno \(failure)] \(message)\n")
    failure = 0
    return 120
  }
}
