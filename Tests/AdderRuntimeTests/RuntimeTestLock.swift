import AdderRuntime
import Foundation

/// The runtime's heap and frames are process-wide and not thread-safe, and test suites of
/// different modules run in parallel: every in-process test that runs the runtime holds this
/// lock. An `flock` on a file, because the suites that need it are in different test modules
/// (locks on separately opened descriptions of one file exclude each other even in one process).
enum RuntimeTestLock {
  static let path = FileManager.default.temporaryDirectory.appendingPathComponent("adder-runtime-tests.lock")
    .path

  static func run<R>(_ body: () throws -> R) rethrows -> R {
    let descriptor = open(path, O_CREAT | O_RDWR, 0o644)
    defer { if descriptor >= 0 { close(descriptor) } }
    if descriptor >= 0 { _ = flock(descriptor, LOCK_EX) }
    defer { if descriptor >= 0 { _ = flock(descriptor, LOCK_UN) } }
    // The collector scans the native stack of the thread that last started it: this thread's,
    // or a collection in the body would miss the values the test holds in locals and free
    // their buffers while they are in use (blocks handed out twice later on this thread).
    Collector.start()
    return try body()
  }
}
