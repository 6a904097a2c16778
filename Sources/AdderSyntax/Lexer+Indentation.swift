extension Lexer {
  /// Python's limit on nested indentation levels (CPython's MAXINDENT).
  static let maxIndentLevels = 100

  /// At the start of a logical line: measures the indentation and emits INDENT/DEDENT tokens.
  /// Returns true when the line was blank or a comment (consumed; still at a line start).
  mutating func skipBlankLineOrIndent() -> Bool {
    var width = 0
    var altWidth = 0
    var count = 0
    while let scalar = peek() {
      if scalar == " " {
        width += 1
        altWidth += 1
      } else if scalar == "\t" {
        width = (width / 8 + 1) * 8
        altWidth += 1
      } else if scalar == "\u{0C}" {
        width = 0
        altWidth = 0
      } else {
        break
      }
      pos += 1
      count += 1
    }
    if peek() == "#" {
      while let next = peek(), !Lexer.isNewline(next) { pos += 1 }
    }
    guard let next = peek() else { return false }
    if Lexer.isNewline(next) {
      consumeNewline()
      return true
    }
    measure(width: width, altWidth: altWidth, characters: count)
    return false
  }

  private mutating func measure(width: Int, altWidth: Int, characters: Int) {
    let tabError = makeError(
      SourceError.tabErrorMessage, line: line, column: max(1, characters), kind: .indentation)
    let top = indents[indents.count - 1]
    if width == top {
      if altWidth != altIndents[altIndents.count - 1] { fail(tabError) }
    } else if width > top {
      if indents.count >= Lexer.maxIndentLevels {
        fail(makeError("too many levels of indentation", line: line, column: characters, kind: .indentation))
        return
      }
      if altWidth <= altIndents[altIndents.count - 1] {
        fail(tabError)
        return
      }
      indents.append(width)
      altIndents.append(altWidth)
      // CPython reports "unexpected indent" at the last indentation character.
      add(.indent, "", line: line, column: max(1, characters))
    } else {
      while indents.count > 1 && width < indents[indents.count - 1] {
        indents.removeLast()
        altIndents.removeLast()
        add(.dedent, "", line: line, column: characters + 1)
      }
      if width != indents[indents.count - 1] {
        fail(
          makeError(
            "unindent does not match any outer indentation level", line: line,
            // CPython's tokenizer reports it at the end of the line.
            column: sourceLine(line).unicodeScalars.count + 1, kind: .indentation))
      } else if altWidth != altIndents[altIndents.count - 1] {
        fail(tabError)
      }
    }
  }
}
