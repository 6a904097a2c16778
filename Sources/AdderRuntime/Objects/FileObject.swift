#if canImport(Glibc)
  import Glibc
#endif

/// A text file: what `open` returns, and `sys.stdin`, `sys.stdout`, `sys.stderr`.
///
/// ```
/// offset 8   slot in `Files.states` (the descriptor and the bytes read ahead)
/// offset 16  name (str, as given to open, or '<stdout>' ...)
/// offset 24  mode (str, as given to open)
/// ```
/// Text is UTF-8 and lines end in '\n' (no newline translation). Writes go straight to the
/// descriptor (stdout's through the print buffer, so they stay in order with print), so nothing
/// is lost when a program never closes a file; reads are buffered per file.
public struct FileObject {
  public let ref: ObjectRef
  static let slotOffset = 8
  static let nameOffset = 16
  static let modeOffset = 24
  static let size = 32

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  var slot: Int { ref.int(at: FileObject.slotOffset) }
  public var name: Value { ref.value(at: FileObject.nameOffset) }
  public var mode: Value { ref.value(at: FileObject.modeOffset) }

  static func make(slot: Int, name: Value, mode: Value) -> Value {
    let object = Heap.allocate(size: size, tag: .file)
    object.setInt(slot, at: slotOffset)
    object.setValue(name, at: nameOffset)
    object.setValue(mode, at: modeOffset)
    return object.value
  }

  var state: Files.State {
    get { Files.states[slot] }
    nonmutating set { Files.states[slot] = newValue }
  }

  var isClosed: Bool { state.descriptor < 0 }

  func checkOpen() throws(PythonError) {
    if isClosed { throw raise(.valueError, "I/O operation on closed file.") }
  }

  /// Writes `text`; returns the code points written, as `write` does.
  func write(_ text: Value) throws(PythonError) -> Int {
    guard text.isStr else {
      throw raise(.typeError, "write() argument must be str, not \(typeName(text))")
    }
    try checkOpen()
    guard state.writable else { throw raise(.unsupportedOperation, "not writable") }
    let s = StrObject(text)
    let descriptor = state.descriptor
    if descriptor == 1 {
      Output.write(s.string)
      try Output.check()
    } else {
      if descriptor == 2 { Output.flush() }
      // A '+' file that read ahead writes after what it read ahead, as CPython's buffered text
      // files do ('r+': readline, then write, appends to a small file).
      var offset = 0
      while offset < s.byteCount {
        let written = Glibc.write(descriptor, s.bytes + offset, s.byteCount - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw Files.osError(errno, name: nil)
        }
        offset += written
      }
    }
    keepAlive(text)
    return s.count
  }

  /// One line with its '\n' ('' at the end of the file).
  func readLine() throws(PythonError) -> Value {
    try checkOpen()
    guard state.readable else { throw raise(.unsupportedOperation, "not readable") }
    let slot = self.slot
    while true {
      let start = Files.states[slot].pendingStart
      let end = Files.states[slot].pending.count
      if let newline = Files.states[slot].pending[start..<end].firstIndex(of: 10) {
        return take(upTo: newline + 1)
      }
      if try !Files.fill(slot) { return take(upTo: end) }
    }
  }

  /// `read()` (everything left) or `read(n)` (up to n code points).
  func read(_ limit: Int?) throws(PythonError) -> Value {
    try checkOpen()
    guard state.readable else { throw raise(.unsupportedOperation, "not readable") }
    let slot = self.slot
    while true {
      let pending = Files.states[slot].pending
      let start = Files.states[slot].pendingStart
      if let limit, limit >= 0 {
        // The byte offset after `limit` code points, once that many are buffered.
        var seen = 0
        var index = start
        while index < pending.count {
          if pending[index] & 0xC0 != 0x80 {
            if seen == limit { return take(upTo: index) }
            seen += 1
          }
          index += 1
        }
      }
      if try !Files.fill(slot) { return take(upTo: Files.states[slot].pending.count) }
    }
  }

  /// The buffered bytes from the read position up to `end`, as a str; the position moves there.
  private func take(upTo end: Int) -> Value {
    let slot = self.slot
    let start = Files.states[slot].pendingStart
    let value = Files.states[slot].pending[start..<end].withUnsafeBufferPointer { Value.str(utf8: $0) }
    Files.states[slot].pendingStart = end
    if end == Files.states[slot].pending.count {
      Files.states[slot].pending.removeAll(keepingCapacity: true)
      Files.states[slot].pendingStart = 0
    }
    return value
  }

  func close() {
    let descriptor = state.descriptor
    if descriptor > 2 { Glibc.close(descriptor) }
    if descriptor == 1 { Output.flush() }
    state.descriptor = -1
    state.pending = []
  }
}

/// The open files' descriptors and read-ahead buffers, by slot; slots 0-2 are stdin, stdout and
/// stderr. A slot is never reused, so a file object's slot stays valid after it is closed.
public enum Files {
  struct State {
    var descriptor: Int32
    var readable: Bool
    var writable: Bool
    var pending: [UInt8] = []
    var pendingStart = 0
  }

  nonisolated(unsafe) static var states: [State] = [
    State(descriptor: 0, readable: true, writable: false),
    State(descriptor: 1, readable: false, writable: true),
    State(descriptor: 2, readable: false, writable: true),
  ]

  /// `sys.stdin`, `sys.stdout`, `sys.stderr` (made when `sys` is imported, then kept).
  nonisolated(unsafe) static var standardFiles: [Value] = []

  static func standard(_ slot: Int) -> Value {
    if standardFiles.isEmpty {
      let names = ["<stdin>", "<stdout>", "<stderr>"]
      standardFiles = (0..<3).map { i in
        let file = FileObject.make(
          slot: i, name: Runtime.intern(names[i]), mode: Runtime.intern(i == 0 ? "r" : "w"))
        ObjectRef(file).gcBits = ObjectHeader.immortalBit
        return file
      }
    }
    return standardFiles[slot]
  }

  /// Reads more bytes into the slot's buffer; false at the end of the file.
  static func fill(_ slot: Int) throws(PythonError) -> Bool {
    // A prompt written before reading must show first.
    Output.flush()
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = Glibc.read(states[slot].descriptor, &chunk, chunk.count)
      if n < 0 {
        if errno == EINTR {
          try Signals.check()
          continue
        }
        throw osError(errno, name: nil)
      }
      if n == 0 { return false }
      states[slot].pending.append(contentsOf: chunk[0..<n])
      return true
    }
  }

  /// One line of standard input without its '\n', or nil at the end (`input()`, the REPL).
  public static func readStandardInputLine() throws(PythonError) -> String? {
    while true {
      let start = states[0].pendingStart
      let end = states[0].pending.count
      if let newline = states[0].pending[start..<end].firstIndex(of: 10) {
        let line = String(decoding: states[0].pending[start..<newline], as: UTF8.self)
        states[0].pendingStart = newline + 1
        return line
      }
      if try !fill(0) {
        if start == end { return nil }
        let line = String(decoding: states[0].pending[start..<end], as: UTF8.self)
        states[0].pending.removeAll()
        states[0].pendingStart = 0
        return line
      }
    }
  }

  /// `open(name, mode)`.
  static func open(_ name: Value, mode: Value) throws(PythonError) -> Value {
    guard name.isStr else {
      throw raise(.typeError, "expected str, bytes or os.PathLike object, not \(typeName(name))")
    }
    guard mode.isStr else {
      throw raise(.typeError, "open() argument 'mode' must be str, not \(typeName(mode))")
    }
    let text = mode.string
    var seen = Set<Character>()
    for c in text {
      guard "rwaxbt+".contains(c), !seen.contains(c) else {
        throw raise(.valueError, "invalid mode: '\(text)'")
      }
      seen.insert(c)
    }
    let kinds = seen.intersection(["r", "w", "a", "x"]).count
    if kinds != 1 || (seen.contains("b") && seen.contains("t")) {
      if kinds == 1 { throw raise(.valueError, "can't have text and binary mode at once") }
      throw raise(.valueError, "must have exactly one of create/read/write/append mode")
    }
    if seen.contains("b") {
      throw raise(.valueError, "binary mode is not supported (Adder has no bytes type)")
    }
    let update = seen.contains("+")
    var flags: Int32 = update ? O_RDWR : (seen.contains("r") ? O_RDONLY : O_WRONLY)
    if seen.contains("w") { flags |= O_CREAT | O_TRUNC }
    if seen.contains("a") { flags |= O_CREAT | O_APPEND }
    if seen.contains("x") { flags |= O_CREAT | O_EXCL }
    let descriptor = Glibc.open(name.string, flags | O_CLOEXEC, 0o666)
    if descriptor < 0 { throw osError(errno, name: name) }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      Glibc.close(descriptor)
      throw osError(EISDIR, name: name)
    }
    states.append(
      State(
        descriptor: descriptor, readable: update || seen.contains("r"),
        writable: update || !seen.contains("r")))
    return FileObject.make(slot: states.count - 1, name: name, mode: mode)
  }

  /// The OSError subclass CPython raises for `code`: "[Errno 2] No such file or directory: 'x'".
  static func osError(_ code: Int32, name: Value?) -> PythonError {
    let type: TypeID
    switch code {
    case ENOENT: type = .fileNotFoundError
    case EISDIR: type = .isADirectoryError
    case EACCES, EPERM: type = .permissionError
    case EEXIST: type = .fileExistsError
    case EPIPE: type = .brokenPipeError
    default: type = .osError
    }
    let message = String(cString: strerror(code))
    var text = "[Errno \(code)] \(message)"
    if let name { text += ": " + ((try? reprString(name)) ?? "") }
    return raise(type, text)
  }

  /// Releases a swept file's descriptor (CPython closes a file when its object dies).
  static func release(_ file: FileObject) {
    let descriptor = states[file.slot].descriptor
    if descriptor > 2 { Glibc.close(descriptor) }
    states[file.slot].descriptor = -1
    states[file.slot].pending = []
  }
}

extension Value {
  @inline(__always) public var isFile: Bool { isObject(.file) }
}
