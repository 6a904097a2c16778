/// A workload as a Python program that every runtime runs unchanged: operands are computed from
/// the `MAKE` table, each site is a function `site_K`, and each phase prints its results on one
/// line (`K P [results]`), so a difference points at a site and a phase.
extension Workload {
  public var pythonSource: String {
    var lines = Workload.prelude(title: title, kinds: kindsUsed)
    for (number, site) in sites.enumerated() {
      lines += ["", ""] + site.functionLines(name: "site_\(number)")
    }
    lines += ["", ""]
    let deepest = sites.map(\.phases.count).max() ?? 0
    // Phase by phase across the sites, so functions alternate as they would in a real program.
    for phaseNumber in 0..<deepest {
      for (number, site) in sites.enumerated() where phaseNumber < site.phases.count {
        let phase = site.phases[phaseNumber]
        lines.append("A = build(\(Workload.runs(phase.left)))")
        lines.append("B = build(\(Workload.runs(phase.right)))")
        let results =
          site.form.takesLists ? "site_\(number)(A, B)" : "[site_\(number)(a, b) for a, b in zip(A, B)]"
        lines.append("print(\(number), \(phaseNumber), \(results))")
      }
    }
    if let finale, finale.site < sites.count {
      let a = "MAKE[\(finale.left.kind.number)](\(finale.left.index))"
      let b = "MAKE[\(finale.right.kind.number)](\(finale.right.index))"
      let call = sites[finale.site].form.takesLists ? "([\(a)], [\(b)])" : "(\(a), \(b))"
      lines.append("print('finale', site_\(finale.site)\(call))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The title comment, the `MAKE` table (only `kinds`, so a shrunk reproducer stays short) and
  /// `build`, which makes an operand list from `(kind, start, count, step)` runs.
  static func prelude(title: String, kinds: Set<OperandKind>) -> [String] {
    var lines = ["# \(title)"]
    for kind in OperandKind.all where kinds.contains(kind) {
      if let definition = kind.definition {
        lines += definition.split(separator: "\n").map(String.init) + [""]
      }
    }
    lines.append("MAKE = {")
    for kind in OperandKind.all where kinds.contains(kind) {
      lines.append("    \(kind.number): lambda i: \(kind.python),  # \(kind.name)")
    }
    return lines + [
      "}", "", "",
      "def build(runs):",
      "    out = []",
      "    for kind, start, count, step in runs:",
      "        for j in range(count):",
      "            out.append(MAKE[kind](start + j * step))",
      "    return out",
    ]
  }

  var kindsUsed: Set<OperandKind> {
    var kinds: Set<OperandKind> = []
    for site in sites {
      for phase in site.phases {
        for operand in phase.left + phase.right { kinds.insert(operand.kind) }
      }
    }
    if let finale {
      kinds.insert(finale.left.kind)
      kinds.insert(finale.right.kind)
    }
    return kinds
  }

  /// Operands of one kind whose indices step evenly as `(kind, start, count, step)` runs.
  static func runs(_ operands: [Operand]) -> String {
    var runs: [(kind: Int, start: Int, count: Int, step: Int)] = []
    for operand in operands {
      let kind = operand.kind.number
      if let last = runs.last, last.kind == kind {
        if last.count == 1, operand.index > last.start {
          runs[runs.count - 1].count = 2
          runs[runs.count - 1].step = operand.index - last.start
          continue
        }
        if last.count > 1, operand.index == last.start + last.count * last.step {
          runs[runs.count - 1].count += 1
          continue
        }
      }
      runs.append((kind, operand.index, 1, 1))
    }
    return "[" + runs.map { "(\($0.kind), \($0.start), \($0.count), \($0.step))" }.joined(separator: ", ")
      + "]"
  }
}

extension Site {
  func functionLines(name: String) -> [String] {
    let parameters = form.takesLists ? "xs, ys" : "a, b"
    var body: [String]
    switch form {
    case .expression: body = ["return a \(op) b"]
    case .augmented: body = ["x = a", "x \(op)= b", "return x"]
    case .loop:
      body = ["out = []", "for i in range(len(xs)):", "    out.append(xs[i] \(op) ys[i])", "return out"]
    case .comprehension: body = ["return [x \(op) y for x, y in zip(xs, ys)]"]
    case .loopAugmented:
      body = [
        "out = []", "for i in range(len(xs)):", "    t = xs[i]", "    t \(op)= ys[i]", "    out.append(t)",
        "return out",
      ]
    case .accumulate:
      body = [
        "if not xs:", "    return []", "acc = xs[0]", "out = []", "for y in ys:", "    acc \(op)= y",
        "    out.append(acc)", "return out",
      ]
    case .branch: body = ["if a \(op) b:", "    return 'yes'", "return 'no'"]
    case .unary: body = ["return \(op == "not" ? "not " : op)a"]
    case .truth: body = ["if a:", "    return 1", "return 0"]
    case .subscript: body = ["return a[b]"]
    case .store: body = ["a[b] = 'w'", "return a"]
    case .length: body = ["return len(a)"]
    case .iterate: body = ["out = []", "for x in a:", "    out.append(x)", "return out"]
    case .invoke: body = ["return a(b)"]
    }
    return ["def \(name)(\(parameters)):"] + body.map { "    " + $0 }
  }
}
