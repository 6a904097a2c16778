import Foundation
import Testing

/// Runs every program of Tests/Programs through the built `adder` binary in every execution mode
/// and compares stdout, the exit status and the last line of stderr with what CPython produced
/// (the whole stderr where a `.stderr` file holds it).
struct CorpusTests {
  /// The execution modes every program must pass in.
  static let modes: [[String]] = [
    ["--no-jit"],
    [],
    ["--gc-stress"],
    // Statistics on: stubs count hits, and the report is built at exit (written to a file, so the
    // program's stderr is unchanged).
    ["--ic-stats-file", "/dev/null"],
  ]

  @Test(arguments: modes)
  func corpusPasses(mode: [String]) throws {
    let programs = try Corpus.programs()
    #expect(programs.count >= 200, "the corpus should hold at least 200 programs")
    let failures = Corpus.runAll(programs, mode: mode)
    #expect(
      failures.isEmpty,
      "\(failures.count) of \(programs.count) failed in mode \(mode):\n\(failures.joined(separator: "\n"))")
  }

  @Test func corpusHasStatChecks() throws {
    let checked = try Corpus.programs().filter { program in
      let source = (try? String(contentsOfFile: program.base + ".py", encoding: .utf8)) ?? ""
      return !StatCheck.parse(source).isEmpty
    }
    #expect(checked.count >= 6)
  }

  @Test func corpusHasErrorCases() throws {
    let errorCases = try Corpus.programs().filter { FileManager.default.fileExists(atPath: $0.base + ".err") }
    #expect(errorCases.count >= 40)
  }
}

struct Program: Sendable {
  let relativePath: String
  let base: String
}

enum Corpus {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Programs").path

  /// The adder binary: `ADDER_BINARY` if set (CI points it at the release build, which also
  /// catches optimizer-only bugs and keeps the GC-stress run fast), else the one built next to
  /// this test bundle.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["ADDER_BINARY"], !path.isEmpty { return path }
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("adder").path
  }

  static func programs() throws -> [Program] {
    let enumerator = FileManager.default.enumerator(atPath: root)
    var found: [Program] = []
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".py") else { continue }
      found.append(Program(relativePath: path, base: root + "/" + String(path.dropLast(3))))
    }
    return found.sorted { $0.relativePath < $1.relativePath }
  }

  /// Runs the programs two at a time; returns one line per failure.
  static func runAll(_ programs: [Program], mode: [String]) -> [String] {
    let failures = Collected<String>()
    DispatchQueue.concurrentPerform(iterations: programs.count) { i in
      if let failure = check(programs[i], mode: mode) { failures.append(failure) }
    }
    return failures.values.sorted()
  }

  static func check(_ program: Program, mode: [String]) -> String? {
    let source = (try? String(contentsOfFile: program.base + ".py", encoding: .utf8)) ?? ""
    var arguments = ["run"] + mode + [program.relativePath]
    if let first = source.split(separator: "\n", omittingEmptySubsequences: false).first,
      first.hasPrefix("# args:")
    {
      arguments += first.dropFirst(7).split(separator: " ").map(String.init)
    }
    let expectedOut = (try? Data(contentsOf: URL(fileURLWithPath: program.base + ".out"))) ?? Data()
    var expectedStatus: Int32 = 0
    var expectedStderr: String? = nil
    if let err = try? String(contentsOfFile: program.base + ".err", encoding: .utf8) {
      for line in err.split(separator: "\n") {
        if line.hasPrefix("exit:") {
          expectedStatus = Int32(line.dropFirst(5).trimmingCharacters(in: .whitespaces)) ?? -1
        }
        if line.hasPrefix("stderr:") {
          expectedStderr = line.dropFirst(7).trimmingCharacters(in: .whitespaces)
        }
      }
    }
    // In the plain JIT mode, programs with `# statcheck:` lines also have their IC statistics
    // checked.
    let checks = mode.isEmpty ? StatCheck.parse(source) : []
    let statisticsFile = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "adder-ic-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).json")
    if !checks.isEmpty { arguments.insert(contentsOf: ["--ic-stats-file", statisticsFile.path], at: 1) }
    defer { try? FileManager.default.removeItem(at: statisticsFile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return "\(program.relativePath): cannot start \(binary): \(error)" }
    let collectedOut = Collected<Data>()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      collectedOut.append(out.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    let outData = collectedOut.values.first ?? Data()
    process.waitUntilExit()
    var problems: [String] = []
    if outData != expectedOut { problems.append("stdout differs") }
    if process.terminationStatus != expectedStatus {
      problems.append("exit \(process.terminationStatus), expected \(expectedStatus)")
    }
    let lastLine = String(decoding: errData, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
    if let expectedStderr, !expectedStderr.isEmpty, !lastLine.hasSuffix(expectedStderr) {
      problems.append(
        "stderr ends \(lastLine.suffix(120).debugDescription), expected \(expectedStderr.debugDescription)")
    }
    if let expectedWhole = try? Data(contentsOf: URL(fileURLWithPath: program.base + ".stderr")) {
      let whole = normalizedStandardError(errData)
      if whole != String(decoding: expectedWhole, as: UTF8.self) {
        problems.append(
          "stderr differs:\n\(whole)--- expected:\n\(String(decoding: expectedWhole, as: UTF8.self))")
      }
    }
    if !checks.isEmpty {
      let data = (try? Data(contentsOf: statisticsFile)) ?? Data()
      if let statistics = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] {
        for check in checks { problems += check.problems(in: statistics) }
      } else {
        problems.append("no IC statistics written")
      }
    }
    return problems.isEmpty ? nil : "\(program.relativePath): \(problems.joined(separator: "; "))"
  }
}

extension Corpus {
  /// Adder's stderr with the corpus directory's absolute path written `<corpus>`, as generate-expected
  /// writes CPython's (both print the main script's absolute path).
  static func normalizedStandardError(_ data: Data) -> String {
    var text = String(decoding: data, as: UTF8.self)
    var prefixes = [root + "/"]
    if let real = realpath(root, nil) {
      prefixes.append(String(cString: real) + "/")
      free(real)
    }
    for prefix in prefixes { text = text.replacingOccurrences(of: prefix, with: "<corpus>/") }
    return text
  }
}

/// Values appended from several threads.
final class Collected<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [T] = []

  func append(_ item: T) {
    lock.lock()
    items.append(item)
    lock.unlock()
  }

  var values: [T] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}
