/// How `adder stress add` reports: a table for people (default) and JSON (`--json`).
extension StressAdd.Outcome {
  public func table(options: StressAdd.Options) -> String {
    let against = options.python == nil ? "JIT vs interpreter" : "JIT vs interpreter vs python3"
    var text = "adder stress add: seed \(options.seed), \(rounds) rounds, \(census.sites) sites, "
    text += "\(grouped(additions)) additions checked (\(against)), "
    text += "\(mismatch == nil ? 0 : 1) mismatches, \(fixed(seconds, 1)) s\n"
    if let mismatch {
      text += "\nMISMATCH: \(mismatch)\n"
      if let detectedAfter {
        text += "found after \(fixed(detectedAfter, 1)) s (round \(rounds - 1)); "
        text += "shrunk in \(shrinkChecks) re-runs\n"
      }
      if let reproducer { text += "reproducer saved to \(reproducer):\n" }
      if let reproducerSource { text += reproducerSource }
      return text
    }
    text += "\nIC states of the `+` sites at exit (\(census.sites) sites)\n"
    let most = max(census.states.values.max() ?? 1, 1)
    for state in SiteCensus.stateNames {
      let count = census.states[state] ?? 0
      let bar = String(repeating: "#", count: (count * 40 + most - 1) / most)
      text += "  " + pad(state, 15) + leftPad(String(count), 7) + "  " + bar + "\n"
    }
    text += "transitions: \(census.transitionCount)"
    let kinds = census.transitions.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
      "\($0.key) \($0.value)"
    }
    if !kinds.isEmpty { text += " (" + kinds.joined(separator: ", ") + ")" }
    text +=
      "\nhits \(grouped(census.hits)) (\(fixed(census.hitRate * 100, 2))%), misses \(grouped(census.misses))"
    let reasons = census.missReasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
      "\($0.key) \(grouped($0.value))"
    }
    if !reasons.isEmpty { text += ": " + reasons.joined(separator: ", ") }
    text += "\npatches \(grouped(census.patches)), \(grouped(census.bytesPatched)) bytes patched\n"
    if !throughput.isEmpty {
      text += "\nthroughput, additions per second (loop `r = xs[i] + ys[i]`, "
      text += "\(grouped(throughput[0].additions)) additions per state)\n"
      text += "  " + pad("state", 15) + leftPad("jit", 15) + leftPad("interpreter", 15)
      text += leftPad("jit/interp", 12) + "  site seen as\n"
      for row in throughput {
        text += "  " + pad(row.state, 15) + leftPad(grouped(Int(row.jitRate)), 15)
        text += leftPad(grouped(Int(row.interpreterRate)), 15)
        text +=
          leftPad(fixed(row.jitRate / row.interpreterRate, 1) + "x", 12) + "  " + row.observedState + "\n"
      }
    }
    if let problem { text += "\nproblem: \(problem)\n" }
    return text
  }

  public func json(options: StressAdd.Options) -> String {
    func q(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        default:
          if scalar.value < 0x20 {
            out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
          } else {
            out.unicodeScalars.append(scalar)
          }
        }
      }
      return out + "\""
    }
    func object(_ fields: [(String, String)]) -> String {
      "{" + fields.map { "\(q($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
    let states = object(SiteCensus.stateNames.map { ($0, String(census.states[$0] ?? 0)) })
    let transitions = object(census.transitions.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })
    let reasons = object(census.missReasons.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })
    let rows = throughput.map { row in
      object([
        ("state", q(row.state)), ("additions", String(row.additions)), ("jitSeconds", String(row.jitSeconds)),
        ("interpreterSeconds", String(row.interpreterSeconds)), ("jitPerSecond", String(row.jitRate)),
        ("interpreterPerSecond", String(row.interpreterRate)), ("observedState", q(row.observedState)),
      ])
    }
    var fields: [(String, String)] = [
      ("seed", String(options.seed)), ("rounds", String(rounds)), ("additions", String(additions)),
      ("against", "[\"jit\", \"interpreter\"\(options.python == nil ? "" : ", \"python3\"")]"),
      ("mismatches", mismatch == nil ? "0" : "1"), ("seconds", String(seconds)),
      ("sites", String(census.sites)), ("states", states), ("transitions", transitions),
      ("hits", String(census.hits)), ("misses", String(census.misses)), ("missReasons", reasons),
      ("patches", String(census.patches)), ("bytesPatched", String(census.bytesPatched)),
      ("throughput", "[" + rows.joined(separator: ", ") + "]"),
    ]
    if let mismatch { fields.append(("mismatch", q(mismatch))) }
    if let detectedAfter { fields.append(("detectedAfter", String(detectedAfter))) }
    if let reproducer { fields.append(("reproducer", q(reproducer))) }
    if let problem { fields.append(("problem", q(problem))) }
    return object(fields) + "\n"
  }
}

func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

func leftPad(_ text: String, _ width: Int) -> String {
  text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
}

/// 1234567 as "1,234,567".
func grouped(_ number: Int) -> String {
  let digits = String(number.magnitude)
  var out = ""
  for (index, digit) in digits.enumerated() {
    if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
    out.append(digit)
  }
  return (number < 0 ? "-" : "") + out
}

func fixed(_ value: Double, _ places: Int) -> String {
  guard value.isFinite else { return String(value) }
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  let scaled = (value * scale).rounded()
  let whole = Int(scaled / scale)
  let fraction = Int(abs(scaled) - abs(Double(whole)) * scale)
  guard places > 0 else { return String(whole) }
  let digits = String(fraction)
  let sign = value < 0 && whole == 0 ? "-" : ""
  return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
}
