/// One token of Python source. Strings keep their raw body; escapes and f-string fields are
/// decoded by the parser, which knows how the pieces combine.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case name
    /// An int literal (text without underscores).
    case int
    case float
    /// An imaginary literal such as `3j` (refused later as a complex literal).
    case imaginary
    case string
    /// An operator or delimiter; `text` holds it.
    case op
    case newline
    case indent
    case dedent
    case endMarker
    /// A lexical error; the lexer's `error` describes it. The parser throws it when it gets here.
    case error
  }

  public var kind: Kind
  /// The token's text: the name, the number without underscores, the operator, or for strings
  /// the whole literal including prefix and quotes.
  public var text: String
  public var line: Int
  /// 1-based code point column of the first character.
  public var column: Int
  /// Where the token ends (exclusive column), on `endLine`.
  public var endLine: Int
  public var endColumn: Int

  public init(kind: Kind, text: String, line: Int, column: Int, endLine: Int, endColumn: Int) {
    self.kind = kind
    self.text = text
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
  }

  func isOp(_ op: String) -> Bool { kind == .op && text == op }
  func isKeyword(_ word: String) -> Bool { kind == .name && text == word }
}

/// Python's hard keywords: never usable as names.
let pythonKeywords: Set<String> = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
  "yield",
]
