import Foundation

/// Assertions on inline-cache statistics written as comments in corpus programs (Pyston's
/// `statcheck` idea), so that a fast path that silently stops being taken fails a test:
///
///     # statcheck: 11:13 + state=monomorphic hitrate>=99.9
///     # statcheck: 6:12 + transitions=0,1,P,N misses.type>=5
///
/// The site is `line:column op` (as `--ic-stats` prints them); each condition is `name op value`
/// with name one of state, transitions, hits, misses, hitrate (percent), misses.<reason>.
struct StatCheck {
  let line: Int
  let column: Int
  let op: String
  let conditions: [String]
  let text: String

  static func parse(_ source: String) -> [StatCheck] {
    source.split(separator: "\n").compactMap { raw in
      guard raw.hasPrefix("# statcheck:") else { return nil }
      let words = raw.dropFirst("# statcheck:".count).split(separator: " ").map(String.init)
      guard words.count >= 2 else { return nil }
      let place = words[0].split(separator: ":").compactMap { Int($0) }
      guard place.count == 2 else { return nil }
      return StatCheck(
        line: place[0], column: place[1], op: words[1], conditions: Array(words.dropFirst(2)),
        text: String(raw))
    }
  }

  /// Problems with `statistics` (the parsed `--ic-stats-file` JSON); empty when all hold.
  func problems(in statistics: [String: Any]) -> [String] {
    let sites = statistics["sites"] as? [[String: Any]] ?? []
    guard
      let site = sites.first(where: {
        ($0["line"] as? Int) == line && ($0["column"] as? Int) == column && ($0["op"] as? String) == op
      })
    else { return ["no site \(line):\(column) \(op) ran (\(text))"] }
    var problems: [String] = []
    for condition in conditions {
      guard let (name, comparison, expected) = StatCheck.split(condition) else {
        problems.append("cannot read condition \(condition)")
        continue
      }
      let actual: String
      switch name {
      case "state": actual = site["state"] as? String ?? "?"
      case "transitions": actual = StatCheck.path(site["transitions"] as? [[String: Any]] ?? [])
      case "hits", "misses": actual = String(site[name] as? Int ?? -1)
      case "hitrate":
        let hits = Double(site["hits"] as? Int ?? 0)
        let misses = Double(site["misses"] as? Int ?? 0)
        actual = String(100 * hits / max(hits + misses, 1))
      default:
        guard name.hasPrefix("misses.") else {
          problems.append("unknown statistic \(name)")
          continue
        }
        let reasons = site["missReasons"] as? [String: Int] ?? [:]
        actual = String(reasons[String(name.dropFirst("misses.".count))] ?? 0)
      }
      if !StatCheck.holds(actual, comparison, expected) {
        problems.append("\(line):\(column) \(op): \(name) is \(actual), expected \(comparison) \(expected)")
      }
    }
    return problems
  }

  static func split(_ condition: String) -> (String, String, String)? {
    for comparison in [">=", "<=", "="] {
      if let range = condition.range(of: comparison) {
        return (
          String(condition[..<range.lowerBound]), comparison, String(condition[range.upperBound...])
        )
      }
    }
    return nil
  }

  static func holds(_ actual: String, _ comparison: String, _ expected: String) -> Bool {
    if comparison == "=" { return actual == expected }
    guard let a = Double(actual), let e = Double(expected) else { return false }
    return comparison == ">=" ? a >= e : a <= e
  }

  /// `0,1,P,N`: the states the site went through, repeats collapsed.
  static func path(_ transitions: [[String: Any]]) -> String {
    let letters = ["uninitialized": "0", "monomorphic": "1", "polymorphic": "P", "megamorphic": "N"]
    var path = ["0"]
    for transition in transitions {
      let letter = letters[transition["to"] as? String ?? ""] ?? "?"
      if path.last != letter { path.append(letter) }
    }
    return path.joined(separator: ",")
  }
}
