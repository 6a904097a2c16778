#if canImport(Glibc)
  import Glibc
#endif

/// What a finished child process left: its output streams and how it ended.
public struct ProcessResult: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  /// The exit status, or 128 + the signal number when a signal ended it (as a shell reports it),
  /// or -1 when it ran out of time and was killed.
  public var status: Int32
  public var seconds: Double

  public var timedOut: Bool { status == -1 }

  public init(stdout: String, stderr: String, status: Int32, seconds: Double) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
    self.seconds = seconds
  }
}

/// Runs programs as child processes. Output goes to files rather than pipes, so a child that
/// writes a lot can never block on a full pipe while we wait for it.
public enum Subprocess {
  public static func run(_ arguments: [String], timeout: Double = 120) -> ProcessResult {
    let directory = scratchDirectory()
    let outPath = directory + "/stdout"
    let errPath = directory + "/stderr"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let start = now()
    var pid: pid_t = 0
    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { cArguments.forEach { free($0) } }
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, cArguments, environ)
    guard spawned == 0 else {
      return ProcessResult(
        stdout: "", stderr: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))\n",
        status: 127, seconds: 0)
    }
    var status: Int32 = 0
    var timedOut = false
    while true {
      let done = waitpid(pid, &status, WNOHANG)
      if done == pid || done == -1 { break }
      if now() - start > timeout {
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        timedOut = true
        break
      }
      usleep(1000)
    }
    let seconds = now() - start
    let result = ProcessResult(
      stdout: readFile(outPath), stderr: readFile(errPath), status: timedOut ? -1 : decode(status),
      seconds: seconds)
    unlink(outPath)
    unlink(errPath)
    rmdir(directory)
    return result
  }

  /// The shell's convention: the exit code, or 128 + signal.
  static func decode(_ status: Int32) -> Int32 {
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  public static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  public static func scratchDirectory() -> String {
    var template = Array((temporaryDirectory() + "/adder-XXXXXX").utf8CString)
    return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
  }

  public static func temporaryDirectory() -> String {
    if let tmp = getenv("TMPDIR") { return String(cString: tmp) }
    return "/tmp"
  }

  /// A file's text, or "" when it cannot be read.
  public static func readFile(_ path: String) -> String {
    String(decoding: readBytes(path) ?? [], as: UTF8.self)
  }

  /// A file's bytes, or nil when it cannot be opened.
  public static func readBytes(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = fread(&chunk, 1, chunk.count, file)
      if n <= 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }

  @discardableResult
  public static func writeFile(_ path: String, _ text: String) -> Bool {
    writeFile(path, bytes: Array(text.utf8))
  }

  @discardableResult
  public static func writeFile(_ path: String, bytes: [UInt8]) -> Bool {
    guard let file = fopen(path, "wb") else { return false }
    defer { fclose(file) }
    return fwrite(bytes, 1, bytes.count, file) == bytes.count
  }

  /// Whether `name` is an executable on PATH (or an executable path).
  public static func findExecutable(_ name: String) -> String? {
    if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
    let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

  /// This executable's own path, to run tiers as child processes.
  public static func currentExecutable() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "adder"
  }
}

extension Subprocess {
  /// The interpreter behind `python` (a pyenv shim costs ~150 ms a run; the program it finally
  /// starts does not).
  public static func realPython(_ python: String) -> String {
    let result = run([python, "-c", "import sys; print(sys.executable)"], timeout: 30)
    let path = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
    return result.status == 0 && !path.isEmpty && access(path, X_OK) == 0 ? path : python
  }
}
