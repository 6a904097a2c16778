import AdderRuntime

#if canImport(Glibc)
  import Glibc
#endif

/// How `--ic-stats` prints.
public enum ICStatisticsFormat: String, Sendable {
  case table
  case json
}

/// The inline-cache statistics of every site that ran, as a table for people and as JSON.
enum ICReport {
  static func sitesThatRan() -> [SiteCache] {
    JIT.caches.filter { $0.executions > 0 }.sorted {
      let (a, b) = ($0.descriptor.pointee, $1.descriptor.pointee)
      if $0.misses != $1.misses { return $0.misses > $1.misses }
      return ($0.filename, a.line, a.column) < ($1.filename, b.line, b.column)
    }
  }

  /// The operation as shown: a call site whose callee is always `len` is a `len` site.
  static func operation(_ cache: SiteCache) -> String {
    let d = cache.descriptor.pointee
    if d.operation == "call", !cache.cases.isEmpty,
      cache.cases.allSatisfy({
        if case .builtin(let index) = $0.key { Builtins.table[index].name == "len" } else { false }
      })
    {
      return "len"
    }
    return d.operation
  }

  static let stateLetters: [SiteState: String] = [
    .uninitialized: "0", .monomorphic: "1", .polymorphic: "P", .megamorphic: "N",
  ]

  /// `0 → 1 → P → N`.
  static func transitionPath(_ cache: SiteCache) -> String {
    var path = [stateLetters[.uninitialized]!]
    for transition in cache.transitions {
      let letter = stateLetters[transition.to]!
      if path.last != letter || transition.to == .polymorphic { path.append(letter) }
    }
    var compact: [String] = []
    for letter in path where compact.last != letter { compact.append(letter) }
    return compact.joined(separator: " → ")
  }

  static func missText(_ cache: SiteCache) -> String {
    let parts = MissReason.allCases.compactMap { reason in
      cache.misses(reason) > 0 ? "\(reason.rawValue) \(cache.misses(reason))" : nil
    }
    return parts.joined(separator: ", ")
  }

  static func typeEntries(_ cache: SiteCache) -> [String] {
    cache.typeOrder.filter { !$0.names.isEmpty }.map {
      "(\($0.names.joined(separator: ", "))) ×\(cache.typesSeen[$0.pair]!)"
    }
  }

  static func table() -> String {
    let sites = sitesThatRan()
    var text = "IC sites that ran: \(sites.count) (most misses first)\n"
    text += pad("site", 28) + pad("function", 16) + pad("op", 8) + pad("state", 14)
    text += leftPad("hits", 12) + leftPad("misses", 10) + "\n"
    for cache in sites {
      let d = cache.descriptor.pointee
      let place = "\(cache.filename):\(d.line):\(d.column)"
      text += pad(shorten(place, 27), 28) + pad(shorten(cache.function, 15), 16) + pad(operation(cache), 8)
      text += pad(d.state.name, 14) + leftPad(String(d.hits), 12) + leftPad(String(cache.misses), 10) + "\n"
      var detail = "    \(transitionPath(cache))"
      let misses = missText(cache)
      if !misses.isEmpty { detail += "; misses: \(misses)" }
      if cache.patches > 0 { detail += "; \(cache.patches) patches, \(cache.bytesPatched) bytes" }
      text += detail + "\n"
      let types = typeEntries(cache)
      if !types.isEmpty { text += wrapped(types, first: "    types: ", indent: "           ") }
    }
    text += summaryText(sites)
    return text
  }

  /// `first` then the entries, one space apart, broken between entries so that lines fit a
  /// 100-column terminal.
  static func wrapped(_ entries: [String], first: String, indent: String, width: Int = 98) -> String {
    var out = ""
    var current = first
    for entry in entries {
      let fresh = current == first || current == indent
      if !fresh, current.count + 1 + entry.count > width {
        out += current + "\n"
        current = indent + entry
      } else {
        current += (fresh ? "" : " ") + entry
      }
    }
    return out + current + "\n"
  }

  static func summaryText(_ sites: [SiteCache]) -> String {
    let summary = Summary(sites)
    var text = "summary: \(sites.count) sites: "
    text += SiteState.allStates.map { "\(summary.states[$0] ?? 0) \($0.name)" }.joined(separator: ", ")
    text += "\n  hits \(summary.hits), misses \(summary.misses), hit rate "
    text += summary.hits + summary.misses > 0 ? percent(summary.hitRate) : "-"
    text += "; \(summary.patches) patches, \(summary.bytes) bytes patched\n"
    return text
  }

  struct Summary {
    var states: [SiteState: Int] = [:]
    var hits = 0
    var misses = 0
    var patches = 0
    var bytes = 0
    var hitRate: Double { Double(hits) / Double(max(hits + misses, 1)) }

    init(_ sites: [SiteCache]) {
      for cache in sites {
        states[cache.state, default: 0] += 1
        hits += cache.descriptor.pointee.hits
        misses += cache.misses
        patches += cache.patches
        bytes += cache.bytesPatched
      }
    }
  }

  static func percent(_ rate: Double) -> String {
    let scaled = (rate * 10000).rounded() / 100
    return "\(scaled)%"
  }

  // MARK: JSON

  static func json() -> String { json(sitesThatRan()) }

  /// The JSON of `sites`, in their order (the HTML report numbers sites by this order).
  static func json(_ sites: [SiteCache]) -> String {
    var items: [String] = []
    for cache in sites {
      let d = cache.descriptor.pointee
      var fields: [String] = [
        "\"file\": \(quoted(cache.filename))", "\"line\": \(d.line)", "\"column\": \(d.column)",
        "\"function\": \(quoted(cache.function))", "\"op\": \(quoted(operation(cache)))",
        "\"state\": \(quoted(d.state.name))", "\"hits\": \(d.hits)", "\"misses\": \(cache.misses)",
      ]
      let reasons = MissReason.allCases.map { "\(quoted($0.rawValue)): \(cache.misses($0))" }
      fields.append("\"missReasons\": {\(reasons.joined(separator: ", "))}")
      let types = cache.typeOrder.filter { !$0.names.isEmpty }.map { entry in
        "{\"operands\": [\(entry.names.map(quoted).joined(separator: ", "))], \"count\": \(cache.typesSeen[entry.pair]!)}"
      }
      fields.append("\"types\": [\(types.joined(separator: ", "))]")
      let transitions = cache.transitions.map { t in
        "{\"from\": \(quoted(t.from.name)), \"to\": \(quoted(t.to.name)), \"reason\": \(quoted(t.reason)), "
          + "\"execution\": \(t.execution), \"operands\": [\(t.types.map(quoted).joined(separator: ", "))], "
          + "\"bytes\": \(t.bytes)}"
      }
      fields.append("\"transitions\": [\(transitions.joined(separator: ", "))]")
      fields.append("\"patches\": \(cache.patches)")
      fields.append("\"bytesPatched\": \(cache.bytesPatched)")
      items.append("    {" + fields.joined(separator: ", ") + "}")
    }
    let summary = Summary(sites)
    let states = SiteState.allStates.map { "\(quoted($0.name)): \(summary.states[$0] ?? 0)" }
    let summaryFields = [
      "\"sites\": \(sites.count)", "\"states\": {\(states.joined(separator: ", "))}",
      "\"hits\": \(summary.hits)",
      "\"misses\": \(summary.misses)", "\"hitRate\": \(summary.hitRate)", "\"patches\": \(summary.patches)",
      "\"bytesPatched\": \(summary.bytes)",
    ]
    return "{\n  \"sites\": [\n" + items.joined(separator: ",\n") + "\n  ],\n  \"summary\": {"
      + summaryFields.joined(separator: ", ") + "}\n}\n"
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
  }

  /// Keeps the end of a long path or name (the file name and position matter most).
  static func shorten(_ text: String, _ width: Int) -> String {
    text.count <= width ? text : "…" + String(text.suffix(width - 1))
  }

  /// Writes a report (the JSON or the HTML page) to `path`; false if it cannot be written.
  static func write(_ text: String, to path: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    defer { fclose(file) }
    let bytes = Array(text.utf8)
    return fwrite(bytes, 1, bytes.count, file) == bytes.count
  }
}

extension SiteState {
  static let allStates: [SiteState] = [.uninitialized, .monomorphic, .polymorphic, .megamorphic]
}
