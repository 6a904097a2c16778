import Foundation
import Testing

/// `--ic-report PATH`: the HTML page is checked against the JSON of the same run (`--ic-stats-file`):
/// one mark per site, in the right place and state, the summary's figures, the source intact and
/// escaped, nothing loaded from the network; and, where a headless Chromium is installed, that the
/// page's script runs.
struct ICReportTests {
  static let program = """
    def add(l, r):
        return l + r

    def twice(x):
        return add(x, x)

    def first(items):
        return items[0]

    print(add(1, 2))
    print(add("Lunch", "Class"))
    print(add(3.5, 2.4))
    print(add(1, 3.4))
    print(add([1,2,3], [4,5,6]))
    total = 0
    for i in range(10):
        total = total + twice(i)
    print(total, first([1]), first((2,)), first("x"))
    """

  @Test func everySiteIsMarkedInItsStateAndTheSummaryMatchesTheJSON() throws {
    let run = try ReportRun(ICReportTests.program)
    let states = Set(run.sites.map { $0["state"] as? String ?? "" })
    #expect(states.isSuperset(of: ["monomorphic", "polymorphic", "megamorphic"]), "\(states)")
    #expect(run.html.hasPrefix("<!doctype html>"))
    #expect(run.html.hasSuffix("</html>\n"))
    run.expectSelfContained()
    run.expectMarksMatchTheJSON()
    run.expectSourceLines(ICReportTests.program)
    #expect(run.html.contains("<section id=\"chart\""))
    #expect(run.html.contains("<svg"))
    let summary = run.json["summary"] as? [String: Any] ?? [:]
    let stateCounts = summary["states"] as? [String: Int] ?? [:]
    for (state, count) in stateCounts {
      #expect(run.html.contains("<b data-state=\"\(state)\">\(count)</b>"), "\(state) \(count)")
    }
    for (figure, key) in [
      ("hits", "hits"), ("misses", "misses"), ("patches", "patches"), ("bytes", "bytesPatched"),
    ] {
      let value = summary[key] as? Int ?? -1
      #expect(run.html.contains("data-figure=\"\(figure)\" data-value=\"\(value)\""), "\(figure)")
    }
    #expect(run.html.contains("id=\"summary\""))
    #expect(run.html.contains("<a href=\"#site-0\" data-site=\"0\">"), "the site that missed most is listed")
  }

  @Test func sourceAndDataAreEscaped() throws {
    let source = """
      s = "</script><b>&amp;"  # </script> <!-- <b>& in a comment
      t = '<script>alert(1)</script>'
      def f(x): return x + "<b>&"
      print(f(s) + t)
      """
    let run = try ReportRun(source, name: "odd<b>&name.py")
    #expect(run.result.stdout == "</script><b>&amp;<b>&<script>alert(1)</script>\n")
    #expect(run.html.components(separatedBy: "</script>").count == 3, "only the page's own two scripts end")
    #expect(!run.html.contains("<b>&"))
    #expect(!run.html.contains("<!-- <b>"))
    #expect(run.html.contains("&lt;/script&gt;&lt;b&gt;&amp;amp;"))
    #expect(run.html.contains("odd&lt;b&gt;&amp;name.py"))
    run.expectMarksMatchTheJSON()
    run.expectSourceLines(source)
  }

  @Test func programFromTheCommandLineIsShown() throws {
    let code = "def f(x):\n    return x * 2\nprint(f(3) < 7)"
    let run = try ReportRun("print('not this')", flags: ["-c", code])
    #expect(run.result.stdout == "True\n")
    #expect(run.html.contains("<title>IC report: &lt;string&gt;</title>"))
    run.expectMarksMatchTheJSON()
    run.expectSourceLines(code)
  }

  @Test func unwritablePathIsReported() throws {
    let result = try AdderProcess.run("print(1)", flags: ["--ic-report", "/nonexistent-dir/report.html"])
    #expect(result.stdout == "1\n")
    #expect(result.stderr.contains("adder: cannot write the IC report to /nonexistent-dir/report.html"))
  }

  /// 1,000 functions of four lines and a line calling each: 5,000 lines, 6,000 sites.
  @Test func aFiveThousandLineProgramStaysSmall() throws {
    var source = ""
    for i in 0..<1000 { source += "def f\(i)(x):\n    y = x + \(i)\n    return y * 2\n\n" }
    source += "total = 0\n"
    for i in 0..<1000 { source += "total = f\(i)(total) % 1000\n" }
    source += "print(total)\n"
    let run = try ReportRun(source)
    #expect(run.result.status == 0, "\(run.result.stderr)")
    #expect(run.sites.count > 6000)
    run.expectMarksMatchTheJSON()
    run.expectSourceLines(source)
    // About 400 bytes of embedded JSON and 150 of mark a site, 60 bytes a line: this program
    // (5,003 lines, 6,004 sites) makes 3.9 MB, which a browser opens in about a second.
    let bound = 700 * run.sites.count + 100 * run.lines.count
    #expect(run.html.utf8.count < bound, "\(run.html.utf8.count) bytes")
    #expect(run.html.utf8.count < 4_500_000, "\(run.html.utf8.count) bytes")
  }

  @Test func pageRunsInAHeadlessBrowser() throws {
    guard let browser = Browser.find() else {
      print("ICReportTests: no chromium, chromium-browser or google-chrome on PATH; browser check skipped")
      return
    }
    let run = try ReportRun(ICReportTests.program, keep: true)
    defer { run.removeDirectory() }
    let page = "file://" + run.reportPath
    let dom = try Browser.run(browser, ["--dump-dom", page + "#site-0"])
    #expect(dom.contains("data-ready=\"1\""), "the script ran")
    #expect(dom.contains("<aside id=\"details\">"), "site 0's details opened from the address")
    #expect(dom.contains("Transitions"))
    let screenshot = run.directory + "/report.png"
    _ = try Browser.run(browser, ["--window-size=1400,1000", "--screenshot=" + screenshot, page])
    let png = FileManager.default.contents(atPath: screenshot) ?? Data()
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
    #expect(png.count > 20_000, "a rendered page, not a blank one: \(png.count) bytes")
  }
}
