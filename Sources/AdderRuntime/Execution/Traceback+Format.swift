import AdderCompiler

/// CPython 3.11's text for an uncaught exception's traceback (`Python/traceback.c`): at most the
/// last 1,000 entries (`sys.tracebacklimit`'s default), runs of more than 3 identical entries
/// cut to "[Previous line repeated N more times]", and under each source line the markers of
/// the failing expression.
enum TracebackFormat {
  static let limit = 1000
  static let recursiveCutoff = 3

  /// `entries` outermost first; `sourceLines` are the main program's, for entries of `filename`
  /// (shown in the traceback as `displayName`).
  static func render(
    _ entries: [TracebackEntry], filename: String, displayName: String, sourceLines: [Substring]
  ) -> String {
    var text = ""
    var previous: (String, Int, String)? = nil
    var count = 0
    func flushRepeats() {
      if count > recursiveCutoff {
        let more = count - recursiveCutoff
        text += "  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]\n"
      }
    }
    for entry in entries.suffix(limit) {
      let key = (entry.filename, entry.line, entry.function)
      if let previous, previous == key {
        count += 1
        if count > recursiveCutoff { continue }
      } else {
        flushRepeats()
        count = 1
      }
      previous = key
      let shownName = entry.filename == filename ? displayName : entry.filename
      text += "  File \"\(shownName)\", line \(entry.line), in \(entry.function)\n"
      if entry.filename == filename, entry.line >= 1, entry.line <= sourceLines.count {
        text += sourceLine(
          Array(sourceLines[entry.line - 1].unicodeScalars), line: entry.line, span: entry.span)
      }
    }
    flushRepeats()
    return text
  }

  /// The source line without its indentation and, when the span does not cover all of it, the
  /// marker line.
  static func sourceLine(_ line: [Unicode.Scalar], line number: Int, span: SourceSpan) -> String {
    var indentation = 0
    while indentation < line.count,
      line[indentation] == " " || line[indentation] == "\t" || line[indentation] == "\u{0C}"
    {
      indentation += 1
    }
    let shown = line[indentation...]
    guard !shown.isEmpty else { return "" }
    var text = "    " + String(String.UnicodeScalarView(shown)) + "\n"
    guard span.line == number, span.column >= 1, span.endLine >= span.line else { return text }
    let start = Int(span.column) - 1
    var end = Int(span.endColumn) - 1
    var anchors: (left: Int, right: Int)? = nil
    if span.endLine == span.line {
      anchors = self.anchors(Array(line[min(start, line.count)..<min(max(end, start), line.count)]), span)
    } else {
      // A span over several lines is marked to the last non-blank character of its first line.
      end = line.count
      while end > 0, line[end - 1] == " " || line[end - 1] == "\t" || line[end - 1] == "\u{0C}" { end -= 1 }
    }
    guard start >= indentation, end > start, end <= line.count else { return text }
    if end - start == shown.count && anchors == nil { return text }
    text += "    " + String(repeating: " ", count: start - indentation)
    if let anchors {
      text += String(repeating: "~", count: anchors.left)
      text += String(repeating: "^", count: anchors.right - anchors.left)
      text += String(repeating: "~", count: end - start - anchors.right)
    } else {
      text += String(repeating: "^", count: end - start)
    }
    return text + "\n"
  }

  /// `extract_anchors_from_expr` of CPython 3.11.7's `Python/traceback.c`, over the segment the
  /// span covers: where the `^` of a binary operator or a subscript starts and ends (segment
  /// offsets). (The C code, not `Lib/traceback.py`, prints uncaught exceptions; they differ
  /// after a parenthesis: `(a) // b` marks `^^` here.)
  static func anchors(_ segment: [Unicode.Scalar], _ span: SourceSpan) -> (left: Int, right: Int)? {
    let base = Int(span.column)
    func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }
    switch span.anchor {
    case .none:
      return nil
    case .binary:
      let leftEnd = Int(span.anchorStart) - base
      let rightStart = Int(span.anchorEnd) - base
      guard leftEnd >= 0, rightStart <= segment.count, leftEnd <= rightStart else { return nil }
      // The first character between the operands that is neither blank nor a closing
      // parenthesis starts the operator; a second non-blank one right after it belongs to it.
      var found: (left: Int, right: Int)? = nil
      var i = leftEnd
      while i < rightStart {
        defer { i += 1 }
        if isSpace(segment[i]) { continue }
        var right = i + 1
        if i + 1 < rightStart, !isSpace(segment[i + 1]) { right += 1 }
        found = (i, right)
        if i + 1 < rightStart, segment[i] == ")" { continue }
        break
      }
      return found
    case .subscription:
      var left = Int(span.anchorStart) - base
      var right = Int(span.anchorEnd) - base + 1
      guard left >= 0, right >= 0 else { return nil }
      while left < segment.count, segment[left] != "[" { left += 1 }
      while right < segment.count, segment[right] != "]" { right += 1 }
      if right < segment.count { right += 1 }
      return (left, right)
    }
  }
}
