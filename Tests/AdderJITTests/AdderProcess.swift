import Foundation

/// Runs the built `adder` binary on a program given as text, in a fresh process: every run gets
/// its own runtime, so tests of both tiers never share global state.
struct AdderProcess {
  struct Result: Equatable {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// `ADDER_BINARY` if set (CI points it at the release build), else the one built next to the
  /// test bundle.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["ADDER_BINARY"], !path.isEmpty { return path }
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("adder").path
  }

  /// Writes `source` to a temporary file named `name` and runs `adder run FLAGS FILE ARGUMENTS`.
  static func run(
    _ source: String, flags: [String] = [], name: String = "test.py", arguments: [String] = []
  ) throws -> Result {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "adder-jit-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try source.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    return withoutDirectory(try execute(["run"] + flags + [name] + arguments, in: directory), directory)
  }

  /// Tracebacks name the program by its absolute path, as CPython does: drops the run's own
  /// directory so that runs in different directories compare equal.
  static func withoutDirectory(_ result: Result, _ directory: URL) -> Result {
    var stderr = result.stderr
    for prefix in [directory.path, directory.resolvingSymlinksInPath().path] {
      stderr = stderr.replacingOccurrences(of: prefix + "/", with: "")
    }
    return Result(status: result.status, stdout: result.stdout, stderr: stderr)
  }

  /// Writes `bytes` (any bytes, not necessarily UTF-8) to a temporary file named `name` and runs
  /// `adder run FILE`; `check` also gets the file's directory, as the process saw it.
  static func run<R>(bytes: [UInt8], name: String = "test.py", _ check: (Result, URL) throws -> R) throws -> R
  {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "adder-jit-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(bytes).write(to: directory.appendingPathComponent(name))
    return try check(try execute(["run", name], in: directory), directory.resolvingSymlinksInPath())
  }

  /// Runs `adder ARGUMENTS` (or another executable) in `directory`, with `input` on its stdin
  /// (else /dev/null).
  static func execute(
    _ arguments: [String], in directory: URL, executable: String? = nil, input: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable ?? binary)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let inputPipe = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
    try process.run()
    if let input {
      inputPipe.fileHandleForWriting.write(Data(input.utf8))
      try inputPipe.fileHandleForWriting.close()
    }
    // Read stderr on another thread so neither pipe fills up and blocks the child.
    let errorData = LockedData()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorData.set(err.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errorData.get(), as: UTF8.self))
  }
}

final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  func set(_ value: Data) {
    lock.lock()
    data = value
    lock.unlock()
  }
  func get() -> Data {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}
