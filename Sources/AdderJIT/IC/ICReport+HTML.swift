import AdderRuntime

/// `--ic-report PATH`: one HTML page, another view of the records the table and the JSON print.
/// The page carries everything it needs (inline CSS, script and SVG; system fonts), so it opens
/// from disk anywhere. The marks, the summary and the chart are static HTML, readable without the
/// script; the script adds tooltips and the details panel from the JSON, embedded once, rather
/// than from per-mark markup, so that a 5,000-line program stays a few megabytes.
extension ICReport {
  /// A site and its number on the page: its index in the embedded JSON.
  typealias NumberedSite = (number: Int, cache: SiteCache)

  /// The page for every site that ran. `program` is the main program's name and text.
  static func html(program: (filename: String, source: String)?) -> String {
    let sites = sitesThatRan()
    let numbered = sites.enumerated().map { NumberedSite($0.offset, $0.element) }
    let name = program?.filename ?? sites.first?.filename ?? "program"
    var body = "<main>\n<header class=\"top\"><h1>Inline caches <span class=\"file\">"
    body += escaped(name) + "</span></h1>\n<p class=\"sub\">\(sites.count) sites ran in the adder JIT. "
    body += "Each site is marked in its state's colour where its expression starts (a dot for each further "
    body += "site there); point at a mark for its figures, click it for its history.</p></header>\n"
    body += "<div class=\"overview\">\n" + summaryHTML(numbered) + chartHTML(numbered) + "</div>\n"
    body += sourceHTML(numbered, program: program) + "</main>\n"
    var page = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    page += "<title>IC report: \(escaped(name))</title>\n<style>\n\(htmlStyle)</style>\n</head>\n<body>\n"
    page += body
    page += "<aside id=\"details\" hidden></aside>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n"
    page += "<script type=\"application/json\" id=\"ic-data\">\n" + scriptSafe(json(sites)) + "</script>\n"
    page += "<script>\n\(htmlScript)</script>\n</body>\n</html>\n"
    return page
  }

  // MARK: Summary

  static func summaryHTML(_ sites: [NumberedSite]) -> String {
    let summary = Summary(sites.map(\.cache))
    let executed = summary.hits + summary.misses
    var html = "<section id=\"summary\" class=\"panel\">\n<h2>Summary</h2>\n<div class=\"figures\">\n"
    let figures: [(String, String, String)] = [
      ("hit-rate", executed > 0 ? percent(summary.hitRate) : "-", "hit rate"),
      ("hits", String(summary.hits), "hits"), ("misses", String(summary.misses), "misses"),
      ("patches", String(summary.patches), "patches"), ("bytes", String(summary.bytes), "bytes patched"),
    ]
    for (key, value, label) in figures {
      let shown = Int(value).map(grouped) ?? value
      html += "<div class=\"figure\" data-figure=\"\(key)\" data-value=\"\(value)\"><b>\(shown)</b>"
      html += "<span>\(label)</span></div>\n"
    }
    html += "</div>\n<h3>\(sites.count) sites by state</h3>\n<div class=\"statebar\" id=\"state-bar\">"
    for state in SiteState.allStates {
      let count = summary.states[state] ?? 0
      guard count > 0 else { continue }
      html += "<span class=\"state-\(state.name)\" style=\"flex-grow: \(count)\" "
      html += "title=\"\(count) \(state.name)\">\(count)</span>"
    }
    html += "</div>\n<ul class=\"legend\">\n"
    for state in SiteState.allStates {
      html += "<li><span class=\"swatch state-\(state.name)\"></span>\(state.name) "
      html += "<b data-state=\"\(state.name)\">\(summary.states[state] ?? 0)</b></li>\n"
    }
    html += "</ul>\n<h3>Most misses</h3>\n<ol id=\"top-misses\">\n"
    // The sites come most misses first.
    let missing = sites.filter { $0.cache.misses > 0 }.prefix(10)
    let oneFile = Set(sites.map(\.cache.filename)).count == 1
    for (number, cache) in missing {
      let d = cache.descriptor.pointee
      html += "<li><a href=\"#site-\(number)\" data-site=\"\(number)\">"
      html += "<span class=\"swatch state-\(d.state.name)\"></span>"
      let place = (oneFile ? "" : cache.filename + ":") + "\(d.line):\(d.column)"
      html += "<code>\(escaped(place))</code> <b class=\"op\">\(escaped(operation(cache)))</b> "
      html += "<span class=\"in\">in \(escaped(cache.function))</span><span class=\"count\">"
      html += "\(grouped(cache.misses)) \(cache.misses == 1 ? "miss" : "misses")</span></a></li>\n"
    }
    if missing.isEmpty { html += "<li class=\"none\">No site missed.</li>\n" }
    return html + "</ol>\n</section>\n"
  }

  // MARK: Source

  /// Each file that has sites (the main program first), its lines numbered and its sites marked.
  static func sourceHTML(_ sites: [NumberedSite], program: (filename: String, source: String)?) -> String {
    var byFile: [String: [NumberedSite]] = [:]
    for site in sites { byFile[site.cache.filename, default: []].append(site) }
    let files = byFile.keys.sorted {
      ($0 == program?.filename ? 0 : 1, $0) < ($1 == program?.filename ? 0 : 1, $1)
    }
    var html = "<section id=\"source\">\n"
    for (fileNumber, file) in files.enumerated() {
      let fileSites = byFile[file]!
      html += "<div class=\"file panel\" data-file=\"\(escaped(file))\">\n<h2>\(escaped(file)) "
      html += "<span class=\"count\">\(fileSites.count) sites</span></h2>\n"
      var lines: [Substring]?
      if let program, program.filename == file {
        lines = program.source.split(separator: "\n", omittingEmptySubsequences: false)
      } else {
        lines = JIT.sourceText(file)
      }
      var byLine: [Int: [NumberedSite]] = [:]
      for site in fileSites { byLine[Int(site.cache.descriptor.pointee.line), default: []].append(site) }
      var unplaced: [NumberedSite] = []
      if let lines {
        html += "<div class=\"code\">\n"
        for (index, text) in lines.enumerated() {
          var line = text.hasSuffix("\r") ? text.dropLast() : text
          // The lexer drops a byte-order mark, so columns on line 1 count from after it.
          if index == 0, line.unicodeScalars.first == "\u{FEFF}" { line = line.dropFirst() }
          let number = index + 1
          let here = byLine.removeValue(forKey: number)
          html += "<div class=\"line\(here == nil ? "" : " has-sites")\" id=\"f\(fileNumber)-L\(number)\">"
          html += "<span class=\"no\">\(number)</span>"
          html += here.map { markedLine(line, $0) } ?? escaped(line)
          html += "</div>\n"
        }
        html += "</div>\n"
      } else {
        html += "<p class=\"missing\">The source of this file could not be read; its sites:</p>\n"
      }
      unplaced += byLine.values.joined()
      if !unplaced.isEmpty {
        html += "<ul class=\"unplaced\">\n"
        for site in unplaced.sorted(by: { $0.number < $1.number }) {
          let d = site.cache.descriptor.pointee
          html +=
            "<li>line \(d.line), column \(d.column): " + mark(site, text: operation(site.cache)) + "</li>\n"
        }
        html += "</ul>\n"
      }
      html += "</div>\n"
    }
    return html + "</section>\n"
  }

  /// A line with its sites marked: the token at each site's column carries the mark of the site
  /// in the worst state there; the other sites at that column follow it as dots, so each one can
  /// be pointed at and clicked.
  static func markedLine(_ line: Substring, _ sites: [NumberedSite]) -> String {
    let scalars = Array(line.unicodeScalars)
    let groups = Dictionary(grouping: sites) {
      max(0, min(Int($0.cache.descriptor.pointee.column) - 1, scalars.count))
    }
    let starts = groups.keys.sorted()
    var html = ""
    var position = 0
    for (index, start) in starts.enumerated() {
      let limit = index + 1 < starts.count ? starts[index + 1] : scalars.count
      let group = groups[start]!.sorted {
        ($0.cache.state.severity, $1.number) > ($1.cache.state.severity, $0.number)
      }
      html += escaped(scalars[max(position, 0)..<max(start, position)])
      let end = max(tokenEnd(scalars, from: start, limit: limit), start)
      html += mark(group[0], text: escaped(scalars[start..<end]))
      for site in group.dropFirst() { html += mark(site, text: "", extra: true) }
      position = max(end, position)
    }
    return html + escaped(scalars[min(position, scalars.count)...])
  }

  /// One site's mark; its title is the tooltip when the script does not run.
  static func mark(_ site: NumberedSite, text: String, extra: Bool = false) -> String {
    let cache = site.cache
    let d = cache.descriptor.pointee
    var title = "\(operation(cache)) in \(cache.function): \(d.state.name), \(transitionPath(cache))\n"
    title += "\(d.hits) hits, \(cache.misses) misses"
    let misses = missText(cache)
    if !misses.isEmpty { title += " (\(misses))" }
    let classes = "site state-\(d.state.name)" + (extra || text.isEmpty ? " extra" : "")
    return "<span class=\"\(classes)\" data-site=\"\(site.number)\" id=\"site-\(site.number)\" "
      + "title=\"\(escaped(title))\">\(text)</span>"
  }

  /// Where the token starting at `start` ends: a name or number, an operator, a string literal,
  /// or one character (a bracket); nothing at a space.
  static func tokenEnd(_ scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
    guard start < limit else { return start }
    let first = scalars[start]
    var end = start + 1
    if isWordScalar(first) {
      while end < limit, isWordScalar(scalars[end]) { end += 1 }
    } else if operatorScalars.contains(first) {
      while end < limit, operatorScalars.contains(scalars[end]) { end += 1 }
    } else if first == "\"" || first == "'" {
      while end < limit, scalars[end] != first { end += scalars[end] == "\\" ? 2 : 1 }
      end = min(end + 1, limit)
    } else if first == " " || first == "\t" {
      return start
    }
    return end
  }

  static let operatorScalars = Set("+-*/%<>=!&|^~@".unicodeScalars)

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }

  // MARK: Text

  static func escaped<S: Sequence>(_ text: S) -> String where S.Element == Unicode.Scalar {
    var out = ""
    for scalar in text {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      // Titles break lines; the page keeps one source line to one line of HTML.
      case "\n": out += "&#10;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func escaped(_ text: some StringProtocol) -> String { escaped(text.unicodeScalars) }

  /// JSON that cannot end its `<script>` element: `<` only occurs inside JSON strings, where
  /// `\u003c` means the same, so neither `</script>` nor `<!--` can appear.
  static func scriptSafe(_ json: String) -> String {
    json.replacing("<", with: "\\u003c")
  }

  /// `12,345`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
  }
}

extension SiteState {
  /// Worse states sort first where sites share a position.
  var severity: Int { Int(rawValue) }
}
