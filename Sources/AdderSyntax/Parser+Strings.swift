extension Parser {
  /// Adjacent string literals, concatenated; any f-string among them makes the result an
  /// f-string whose plain pieces are literals.
  mutating func parseStrings() throws(SourceError) -> Expr {
    let first = current
    var parts: [FStringPart] = []
    var isFormatted = false
    var sawBytes = false
    var sawText = false
    while current.kind == .string {
      let token = advance()
      let literal = StringLiteralParts(token.text)
      if literal.bytes {
        refuse("bytes literals", at: token)
        sawBytes = true
      } else {
        sawText = true
      }
      let bodyLine = token.line
      let bodyColumn = token.column + literal.prefixLength + literal.quoteLength
      if literal.formatted {
        isFormatted = true
        parts += try parseFString(
          literal.body[...], raw: literal.raw, line: bodyLine, column: bodyColumn, nesting: 0)
      } else {
        parts.append(.literal(try decode(literal.body[...], raw: literal.raw, at: token)))
      }
    }
    if sawBytes && sawText {
      throw error("cannot mix bytes and nonbytes literals", at: first)
    }
    let merged = mergeLiterals(parts)
    if !isFormatted {
      var text = ""
      for case .literal(let piece) in merged { text += piece }
      return node(.string(text), at: first)
    }
    return node(.formattedString(merged), at: first)
  }

  mutating func decode(
    _ body: ArraySlice<Unicode.Scalar>, raw: Bool, at token: Token
  ) throws(SourceError) -> String {
    var hadSurrogate = false
    do throws(EscapeError) {
      let text = try decodeEscapes(body, raw: raw, hadSurrogate: &hadSurrogate)
      if hadSurrogate { refuse("surrogate code points in strings", at: token) }
      return text
    } catch {
      throw self.error(error.message, at: token)
    }
  }

  /// Joins neighbouring literal pieces and drops empty ones.
  func mergeLiterals(_ parts: [FStringPart]) -> [FStringPart] {
    var merged: [FStringPart] = []
    for part in parts {
      if case .literal(let text) = part {
        if text.isEmpty { continue }
        if case .literal(let previous) = merged.last {
          merged[merged.count - 1] = .literal(previous + text)
          continue
        }
      }
      merged.append(part)
    }
    return merged
  }
}
