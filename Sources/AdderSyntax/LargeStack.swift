#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Work to run on a thread of its own; the box lets a C thread entry point reach it.
private final class StackJob: @unchecked Sendable {
  let work: () -> Void
  init(_ work: @escaping () -> Void) { self.work = work }
}

/// The parser and compiler recurse once per nesting level. Deeply nested (but legal) programs
/// would overflow the main thread's 8 MB stack in debug builds, so both run on a thread with a
/// large stack (address space only; untouched pages cost nothing). Falls back to the calling
/// thread if a thread cannot be created.
public func withLargeStack<T>(_ body: () throws(SourceError) -> T) throws(SourceError) -> T {
  // Already on such a thread (the runtime's, which parses and compiles the program before it
  // runs it): a thread more only costs its creation (about 0.3 ms each, twice per run).
  if let thread = largeStackThread, pthread_equal(thread, pthread_self()) != 0 { return try body() }
  var outcome: Result<T, SourceError>?
  withoutActuallyEscaping(body) { escapable in
    let job = StackJob {
      do throws(SourceError) {
        outcome = .success(try escapable())
      } catch {
        outcome = .failure(error)
      }
    }
    guard runOnLargeStack(job) else {
      job.work()
      return
    }
  }
  switch outcome {
  case .success(let value): return value
  case .failure(let error): throw error
  case nil: fatalError("large-stack job did not run")
  }
}

/// The thread `markLargeStack` was called on, if any.
nonisolated(unsafe) private var largeStackThread: pthread_t? = nil

/// Declares that the calling thread's stack is at least as large as `withLargeStack`'s, so that
/// parsing and compiling on it need no thread of their own.
public func markLargeStack() { largeStackThread = pthread_self() }

private func runOnLargeStack(_ job: StackJob) -> Bool {
  var attributes = pthread_attr_t()
  guard pthread_attr_init(&attributes) == 0 else { return false }
  defer { pthread_attr_destroy(&attributes) }
  guard pthread_attr_setstacksize(&attributes, 512 << 20) == 0 else { return false }
  let argument = Unmanaged.passRetained(job).toOpaque()
  #if canImport(Glibc)
    var thread = pthread_t()
  #else
    var thread: pthread_t?
  #endif
  let created = pthread_create(
    &thread, &attributes,
    { raw in
      guard let raw else { return nil }
      Unmanaged<StackJob>.fromOpaque(raw).takeRetainedValue().work()
      return nil
    }, argument)
  guard created == 0 else {
    Unmanaged<StackJob>.fromOpaque(argument).release()
    return false
  }
  #if canImport(Glibc)
    pthread_join(thread, nil)
  #else
    if let thread { pthread_join(thread, nil) }
  #endif
  return true
}
