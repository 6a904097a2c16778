/// An error found before the program runs: a syntax error, an indentation error, or a construct
/// Adder does not support yet. Positions are 1-based; columns count Unicode code points, as
/// CPython's `SyntaxError.offset` does.
public struct SourceError: Error, Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case syntax, indentation, unsupported }

  public let kind: Kind
  public let message: String
  public let filename: String
  public let line: Int
  public let column: Int
  /// The offending physical line, without its newline.
  public let sourceLine: String
  /// Where the offending text ends on `line` (exclusive): CPython underlines `column..<endColumn`
  /// (`f() = 1` → `^^^`). `column + 1` marks a single character.
  public let endColumn: Int

  public init(
    kind: Kind, message: String, filename: String, line: Int, column: Int, sourceLine: String,
    endColumn: Int? = nil
  ) {
    self.kind = kind
    self.message = message
    self.filename = filename
    self.line = line
    self.column = column
    self.sourceLine = sourceLine
    self.endColumn = endColumn ?? column + 1
  }

  static let tabErrorMessage = "inconsistent use of tabs and spaces in indentation"

  /// What the CLI prints on stderr. Syntax and indentation errors imitate CPython's traceback
  /// (the source line with its indentation stripped and a caret under the column); unsupported
  /// constructs get a compiler-style one-liner, since they are Adder's limitation, not the user's.
  public var rendered: String { rendered(filename: filename) }

  /// The same, naming the file `filename` (CPython prints the main script's absolute path).
  public func rendered(filename: String) -> String {
    switch kind {
    case .unsupported:
      return "\(filename):\(line):\(column): unsupported: \(message)\n"
    case .syntax where line == 0:
      // Found before tokenizing (an undecodable file): CPython prints no location.
      return "SyntaxError: \(message)\n"
    case .syntax, .indentation:
      let scalars = Array(sourceLine.unicodeScalars)
      var stripped = 0
      while stripped < scalars.count,
        scalars[stripped] == " " || scalars[stripped] == "\t" || scalars[stripped] == "\u{0C}"
      {
        stripped += 1
      }
      var text = String(String.UnicodeScalarView(scalars[stripped...]))
      // CPython prints the line without trailing whitespace (a stray "\r" would garble the caret).
      while let last = text.unicodeScalars.last, last == " " || last == "\r" || last == "\t" {
        text.unicodeScalars.removeLast()
      }
      let caret = column - 1 - stripped
      let name: String
      if kind == .syntax {
        name = "SyntaxError"
      } else {
        // TabError is the one IndentationError subclass the tokenizer raises.
        name = message == SourceError.tabErrorMessage ? "TabError" : "IndentationError"
      }
      var rendered = "  File \"\(filename)\", line \(line)\n    \(text)\n"
      // CPython draws no marker left of the text (an unexpected indent points into it).
      if caret >= 0 {
        let length = text.unicodeScalars.count
        let start = min(caret, length)
        let end = min(max(endColumn - 1 - stripped, start + 1), max(length, start + 1))
        rendered +=
          "    " + String(repeating: " ", count: start) + String(repeating: "^", count: end - start) + "\n"
      }
      return rendered + "\(name): \(message)\n"
    }
  }
}

/// Splits source into physical lines the way error messages need them (any of \n, \r\n, \r ends
/// a line). Index 0 is line 1.
func physicalLines(of scalars: [Unicode.Scalar]) -> [String] {
  var lines: [String] = []
  var current = String.UnicodeScalarView()
  var index = 0
  while index < scalars.count {
    let scalar = scalars[index]
    if scalar == "\n" || scalar == "\r" {
      lines.append(String(current))
      current = String.UnicodeScalarView()
      if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
    } else {
      current.append(scalar)
    }
    index += 1
  }
  lines.append(String(current))
  return lines
}
