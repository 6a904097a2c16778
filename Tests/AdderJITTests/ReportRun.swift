import Foundation
import Testing

/// One run of a program with `--ic-report` and `--ic-stats-file`, both written to a directory of
/// its own, and what the tests read back: the page, the JSON, and the page's marks.
struct ReportRun {
  let directory: String
  let reportPath: String
  let result: AdderProcess.Result
  let html: String
  let json: [String: Any]
  let sites: [[String: Any]]

  init(_ source: String, name: String = "test.py", flags: [String] = [], keep: Bool = false) throws {
    directory = NSTemporaryDirectory() + "adder-ic-report-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    reportPath = directory + "/report.html"
    let jsonPath = directory + "/report.json"
    result = try AdderProcess.run(
      source, flags: ["--ic-report", reportPath, "--ic-stats-file", jsonPath] + flags, name: name)
    html = (try? String(contentsOfFile: reportPath, encoding: .utf8)) ?? ""
    let data = FileManager.default.contents(atPath: jsonPath) ?? Data()
    json = (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    sites = json["sites"] as? [[String: Any]] ?? []
    (lines, marks) = ReportRun.parse(html)
    if !keep { removeDirectory() }
  }

  func removeDirectory() { try? FileManager.default.removeItem(atPath: directory) }

  /// A mark as the page has it: which site, where, and the state its class names.
  struct Mark {
    let number: Int
    let file: String
    let line: Int
    /// Characters of the line's text before the mark.
    let offset: Int
    let state: String
    let extra: Bool
    let title: String
    /// For a dot: the site whose mark carries the token it follows.
    let follows: Int?
  }

  /// Each source line on the page: file, number, text (unescaped, without its line number).
  let lines: [(file: String, number: Int, text: String)]
  let marks: [Mark]

  static func parse(_ html: String) -> (lines: [(file: String, number: Int, text: String)], marks: [Mark]) {
    var lines: [(file: String, number: Int, text: String)] = []
    var marks: [Mark] = []
    var file = ""
    for row in html.split(separator: "\n") {
      if row.hasPrefix("<div class=\"file panel\" data-file=\"") {
        file = unescaped(String(row.split(separator: "\"")[3]))
        continue
      }
      guard row.hasPrefix("<div class=\"line"), let idEnd = row.range(of: "\">") else { continue }
      let number = Int(row[..<idEnd.lowerBound].split(separator: "-L").last ?? "") ?? 0
      var text = ""
      var rest = row[idEnd.upperBound...]
      var primary: Int?
      while let open = rest.firstIndex(of: "<") {
        text += unescaped(String(rest[..<open]))
        let close = rest[open...].firstIndex(of: ">")!
        let tag = String(rest[open...close])
        rest = rest[rest.index(after: close)...]
        guard tag.hasPrefix("<span class=\"site ") else { continue }
        let attributes = tag.split(separator: "\"").map(String.init)
        let classes = attributes[1].split(separator: " ")
        let site = Int(attributes[3])!
        let extra = classes.contains("extra")
        let noLength = String(number).count
        marks.append(
          Mark(
            number: site, file: file, line: number, offset: text.unicodeScalars.count - noLength,
            state: String(classes[1].dropFirst("state-".count)), extra: extra,
            title: unescaped(attributes[7]), follows: extra ? primary : nil))
        if !extra { primary = site }
      }
      text += unescaped(String(rest))
      let lineText = String(text.unicodeScalars.dropFirst(String(number).count))
      lines.append((file, number, lineText))
    }
    return (lines, marks)
  }

  static func unescaped(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&#10;", with: "\n")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// Nothing the page would fetch: no address on it at all.
  func expectSelfContained() {
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.contains("<link") && !html.contains("@import") && !html.contains(" src="))
  }

  /// One mark per site of the JSON, at its file, line and column, with its state and operation;
  /// and the JSON embedded in the page is the JSON of the file.
  func expectMarksMatchTheJSON() {
    #expect(!sites.isEmpty, "\(result.stderr)")
    #expect(marks.count == sites.count)
    let byNumber = Dictionary(grouping: marks, by: \.number)
    for (number, site) in sites.enumerated() {
      guard let found = byNumber[number], found.count == 1, let mark = found.first else {
        Issue.record("site \(number) has \(byNumber[number]?.count ?? 0) marks")
        continue
      }
      let column = site["column"] as? Int ?? 0
      #expect(mark.file == site["file"] as? String)
      #expect(mark.line == site["line"] as? Int, "site \(number)")
      #expect(mark.state == site["state"] as? String, "site \(number)")
      #expect(mark.title.hasPrefix("\(site["op"] as? String ?? "?") in "), "site \(number): \(mark.title)")
      if mark.extra, let follows = mark.follows {
        #expect(sites[follows]["column"] as? Int == column, "a dot follows the token of its column")
      } else {
        #expect(mark.offset == column - 1, "site \(number) at column \(column)")
      }
    }
    let start = html.range(of: "<script type=\"application/json\" id=\"ic-data\">")
    let end = start.flatMap { html.range(of: "</script>", range: $0.upperBound..<html.endIndex) }
    let embedded = start.flatMap { start in end.map { String(html[start.upperBound..<$0.lowerBound]) } } ?? ""
    let object = try? JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? [String: Any]
    #expect(object.map { NSDictionary(dictionary: $0).isEqual(to: json) } == true, "embedded JSON")
  }

  /// Every line of the program on the page, in order, as written.
  func expectSourceLines(_ source: String) {
    let expected = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let shown = lines
    #expect(shown.map(\.text) == expected)
    #expect(shown.map(\.number) == Array(1...expected.count))
  }
}

/// A headless Chromium, when one is installed (CI has none: the browser test then skips).
enum Browser {
  static func find() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for directory in path.split(separator: ":") {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  struct Failed: Error {}

  /// Runs the browser headless and returns its stdout. Output goes to a file, not a pipe: the
  /// browser's helper processes may hold a pipe open after it exits.
  static func run(_ browser: String, _ arguments: [String], seconds: Double = 30) throws -> String {
    let directory = NSTemporaryDirectory() + "adder-browser-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outputPath = directory + "/stdout"
    guard FileManager.default.createFile(atPath: outputPath, contents: nil),
      let output = FileHandle(forWritingAtPath: outputPath)
    else { throw Failed() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--user-data-dir=\(directory)/profile",
      ]
      + arguments
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    try process.run()
    if done.wait(timeout: .now() + seconds) == .timedOut {
      process.terminate()
      throw Failed()
    }
    try output.close()
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }
}
