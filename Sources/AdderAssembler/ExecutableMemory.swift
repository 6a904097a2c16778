import CAdderMemory

#if canImport(Glibc)
  import Glibc
#endif

/// Why executable memory could not be set up or grown.
public enum ExecutableMemoryError: Error, CustomStringConvertible {
  case systemCall(String, errno: Int32)
  case outOfSpace(requested: Int, available: Int)

  public var description: String {
    switch self {
    case .systemCall(let name, let code): return "\(name) failed: \(String(cString: strerror(code)))"
    case .outOfSpace(let requested, let available):
      return "executable memory full: \(requested) bytes requested, \(available) free"
    }
  }
}

/// A region of memory for generated code that is never writable and executable at the same
/// time (W^X). Code is placed with a bump pointer; nothing is freed before the region is.
///
/// Two ways to write it, chosen by measurement (see Design.md, "Executable memory"):
/// - `.dualMapping` (the default): a memfd mapped twice, once read+execute (where code runs) and
///   once read+write (where the `Patcher` writes), at different addresses. A patch is one store
///   to the writable view (~7 ns; ~46 ns with the next run of the patched site), and code on
///   other threads keeps running while it happens.
/// - `.protectionFlip`: one anonymous mapping, read+execute, switched to read+write with
///   `mprotect` around every write: two system calls and a TLB flush, ~5 µs a patch, and another
///   thread executing the page during the window faults.
///
/// Only `Patcher` writes: the writable view (or the flip) is reachable through `write(at:count:_:)`
/// alone, which is internal to this module.
public final class ExecutableMemory {
  public enum Strategy: Sendable, CustomStringConvertible {
    /// A read+execute view and a separate read+write view of the same memfd.
    case dualMapping
    /// One mapping, read+execute, made read+write (not executable) around each write.
    case protectionFlip

    /// The measured winner.
    public static let preferred = Strategy.dualMapping

    public var description: String {
      switch self {
      case .dualMapping: return "memfd dual mapping"
      case .protectionFlip: return "mprotect flip"
      }
    }
  }

  /// Installed code starts on a cache line, so the alignment of patchable fields within a buffer
  /// carries over to their addresses.
  public static let codeAlignment = 64
  public static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  public let strategy: Strategy
  public let capacity: Int
  /// Bytes handed out so far.
  public private(set) var used = 0
  /// Where code runs: the read+execute view.
  let executableBase: UnsafeMutableRawPointer
  /// The read+write view of the same pages (dual mapping only).
  private let writableBase: UnsafeMutableRawPointer?

  /// Maps `capacity` bytes (rounded up to whole pages). With `near`, the executable view is
  /// placed at that address when the range is free (a hint: the kernel may place it elsewhere),
  /// so code there reaches helpers around it with `call rel32`.
  public init(capacity: Int = 1 << 20, strategy: Strategy = .preferred, near: UnsafeRawPointer? = nil)
    throws
  {
    let page = ExecutableMemory.pageSize
    let size = max(page, (capacity + page - 1) / page * page)
    self.capacity = size
    self.strategy = strategy
    let readExecute = ADDER_PROT_READ | ADDER_PROT_EXEC
    let readWrite = ADDER_PROT_READ | ADDER_PROT_WRITE
    switch strategy {
    case .dualMapping:
      let fd = adder_memfd_create("adder-jit")
      guard fd >= 0 else { throw ExecutableMemoryError.systemCall("memfd_create", errno: errno) }
      defer { _ = adder_close(fd) }
      guard adder_resize(fd, size) == 0 else {
        throw ExecutableMemoryError.systemCall("ftruncate", errno: errno)
      }
      guard let writable = adder_map_shared(fd, size, readWrite) else {
        throw ExecutableMemoryError.systemCall("mmap (read+write view)", errno: errno)
      }
      let hint = near.map { UnsafeMutableRawPointer(mutating: $0) }
      guard let executable = adder_map_shared_near(fd, size, readExecute, hint) else {
        let code = errno
        _ = adder_unmap(writable, size)
        throw ExecutableMemoryError.systemCall("mmap (read+execute view)", errno: code)
      }
      executableBase = executable
      writableBase = writable
    case .protectionFlip:
      guard let executable = adder_map_anonymous(size, readExecute) else {
        throw ExecutableMemoryError.systemCall("mmap", errno: errno)
      }
      executableBase = executable
      writableBase = nil
    }
  }

  deinit {
    _ = adder_unmap(executableBase, capacity)
    if let writableBase { _ = adder_unmap(writableBase, capacity) }
  }

  /// The address the next installed code will start at (for `Assembler(origin:)`).
  public var nextAddress: UInt64 {
    UInt64(UInt(bitPattern: executableBase)) + UInt64(alignedUsed)
  }

  /// The first byte of the executable view.
  public var baseAddress: UnsafeRawPointer { UnsafeRawPointer(executableBase) }

  /// Bytes still free.
  public var available: Int { capacity - alignedUsed }

  /// Whether `address` lies in the executable view.
  public func contains(_ address: UnsafeRawPointer) -> Bool {
    let start = UnsafeRawPointer(executableBase)
    return address >= start && address < start + capacity
  }

  private var alignedUsed: Int {
    (used + ExecutableMemory.codeAlignment - 1) / ExecutableMemory.codeAlignment
      * ExecutableMemory.codeAlignment
  }

  /// Reserves `size` bytes at the next code-aligned offset; returns the offset.
  func reserve(_ size: Int) throws -> Int {
    let start = alignedUsed
    guard start + size <= capacity else {
      throw ExecutableMemoryError.outOfSpace(requested: size, available: capacity - start)
    }
    used = start + size
    return start
  }

  /// The executable address of `offset`.
  func executableAddress(_ offset: Int) -> UnsafeRawPointer { UnsafeRawPointer(executableBase + offset) }

  /// Runs `body` with a writable pointer to `count` bytes at `offset`, never making an executable
  /// mapping writable: with a dual mapping the pointer is in the writable view; with the flip the
  /// pages are read+write (and not executable) for the duration of `body`.
  ///
  /// Only `Patcher` calls this.
  func write<R>(at offset: Int, count: Int, _ body: (UnsafeMutableRawPointer) -> R) -> R {
    precondition(offset >= 0 && offset + count <= capacity, "write outside executable memory")
    switch strategy {
    case .dualMapping:
      return body(writableBase! + offset)
    case .protectionFlip:
      let page = ExecutableMemory.pageSize
      let firstPage = offset / page * page
      let end = (offset + count + page - 1) / page * page
      let readWrite = ADDER_PROT_READ | ADDER_PROT_WRITE
      let readExecute = ADDER_PROT_READ | ADDER_PROT_EXEC
      let unlocked = adder_protect(executableBase + firstPage, end - firstPage, readWrite)
      if unlocked != 0 { fatalError("mprotect(read+write) failed: errno \(errno)") }
      let result = body(executableBase + offset)
      let locked = adder_protect(executableBase + firstPage, end - firstPage, readExecute)
      if locked != 0 { fatalError("mprotect(read+execute) failed: errno \(errno)") }
      return result
    }
  }
}
