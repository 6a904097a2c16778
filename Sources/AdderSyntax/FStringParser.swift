/// Splits an f-string body into literal text and `{expression!conversion:spec}` fields, and
/// parses each field's expression with a sub-parser positioned inside the enclosing file.
extension Parser {
  /// `line`/`column` locate `body[body.startIndex]` in the file; `nesting` counts format-spec
  /// levels (CPython allows two).
  mutating func parseFString(
    _ body: ArraySlice<Unicode.Scalar>, raw: Bool, line: Int, column: Int, nesting: Int
  ) throws(SourceError) -> [FStringPart] {
    var parts: [FStringPart] = []
    var literal: [Unicode.Scalar] = []
    var index = body.startIndex
    let token = Token(kind: .string, text: "", line: line, column: column, endLine: line, endColumn: column)

    func position(of target: Int) -> (line: Int, column: Int) {
      var line = line
      var column = column
      for scalar in body[body.startIndex..<target] {
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      }
      return (line, column)
    }

    func flush(_ parser: inout Parser) throws(SourceError) {
      if !literal.isEmpty {
        parts.append(.literal(try parser.decode(literal[...], raw: raw, at: token)))
        literal.removeAll()
      }
    }

    while index < body.endIndex {
      let scalar = body[index]
      let next: Unicode.Scalar? = index + 1 < body.endIndex ? body[index + 1] : nil
      if scalar == "{" && next == "{" || scalar == "}" && next == "}" {
        literal.append(scalar)
        index += 2
      } else if scalar == "}" {
        let where_ = position(of: index)
        throw error("f-string: single '}' is not allowed", line: where_.line, column: where_.column)
      } else if scalar == "{" {
        try flush(&self)
        let (fieldParts, end) = try parseField(
          body, from: index + 1, raw: raw, nesting: nesting, position: position)
        parts += fieldParts
        index = end
      } else if scalar == "\\" && !raw && next == "N" && index + 2 < body.endIndex
        && body[index + 2] == "{"
      {
        // A named escape's braces are not a replacement field.
        while index < body.endIndex && body[index] != "}" {
          literal.append(body[index])
          index += 1
        }
        if index < body.endIndex {
          literal.append(body[index])
          index += 1
        }
      } else if scalar == "\\" && !raw && next != nil && next != "{" && next != "}" {
        literal.append(scalar)
        literal.append(body[index + 1])
        index += 2
      } else {
        literal.append(scalar)
        index += 1
      }
    }
    try flush(&self)
    return parts
  }

  /// Parses one replacement field starting after its "{"; returns its parts (the `{x=}` text
  /// and the field) and the index after its "}".
  private mutating func parseField(
    _ body: ArraySlice<Unicode.Scalar>, from start: Int, raw: Bool, nesting: Int,
    position: (Int) -> (line: Int, column: Int)
  ) throws(SourceError) -> ([FStringPart], Int) {
    func fail(_ message: String, _ at: Int) -> SourceError {
      let where_ = position(min(at, body.endIndex))
      return error(message, line: where_.line, column: where_.column)
    }
    if nesting >= 2 { throw fail("f-string: expressions nested too deeply", start) }
    // Find where the expression ends: a top-level "}", "!", ":" or "=" (not part of "==", "!=",
    // "<=", ">=").
    var index = start
    var brackets: [Unicode.Scalar] = []
    var quote: Unicode.Scalar?
    var expressionEnd: Int?
    while index < body.endIndex {
      let scalar = body[index]
      let next: Unicode.Scalar? = index + 1 < body.endIndex ? body[index + 1] : nil
      if let open = quote {
        if scalar == open { quote = nil }
        if scalar == "\\" { throw fail("f-string expression part cannot include a backslash", index) }
        index += 1
        continue
      }
      switch scalar {
      case "\\": throw fail("f-string expression part cannot include a backslash", index)
      case "#": throw fail("f-string expression part cannot include '#'", index)
      case "'", "\"": quote = scalar
      case "(", "[", "{": brackets.append(scalar)
      case ")", "]", "}":
        if brackets.isEmpty {
          if scalar == "}" {
            expressionEnd = index
          } else {
            throw fail("f-string: unmatched '\(scalar)'", index)
          }
        } else {
          brackets.removeLast()
        }
      case "=", "!", "<", ">":
        if next == "=" {
          index += 1
        } else if brackets.isEmpty && (scalar == "=" || scalar == "!") {
          expressionEnd = index
        }
      case ":":
        if brackets.isEmpty { expressionEnd = index }
      default: break
      }
      if expressionEnd != nil { break }
      index += 1
    }
    guard let end = expressionEnd else {
      if quote != nil { throw fail("f-string: unterminated string", index) }
      throw fail("f-string: expecting '}'", index)
    }
    let expressionText = body[start..<end]
    if expressionText.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
      throw fail("f-string: empty expression not allowed", end)
    }
    let where_ = position(start)
    let value = try parseFieldExpression(
      String(String.UnicodeScalarView(expressionText)), line: where_.line, column: where_.column)

    var parts: [FStringPart] = []
    index = end
    var selfDocumenting = false
    if body[index] == "=" {
      // `{x = }`: the source text up to and including "=" and the spaces after it.
      index += 1
      while index < body.endIndex, body[index] == " " { index += 1 }
      parts.append(.literal(String(String.UnicodeScalarView(body[start..<index]))))
      selfDocumenting = true
    }
    var conversion: Character?
    if index < body.endIndex, body[index] == "!" {
      index += 1
      guard index < body.endIndex, "sra".unicodeScalars.contains(body[index]) else {
        throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", index + 1)
      }
      conversion = Character(body[index])
      index += 1
    }
    var spec: [FStringPart]?
    if index < body.endIndex, body[index] == ":" {
      index += 1
      let specStart = index
      var depth = 0
      while index < body.endIndex {
        if body[index] == "{" { depth += 1 }
        if body[index] == "}" {
          if depth == 0 { break }
          depth -= 1
        }
        index += 1
      }
      let specPosition = position(specStart)
      spec = try parseFString(
        body[specStart..<index], raw: raw, line: specPosition.line, column: specPosition.column,
        nesting: nesting + 1)
    }
    guard index < body.endIndex, body[index] == "}" else { throw fail("f-string: expecting '}'", index) }
    if selfDocumenting && conversion == nil && spec == nil { conversion = "r" }
    parts.append(.field(value: value, conversion: conversion, spec: spec.map(mergeLiterals)))
    return (parts, index + 1)
  }

  /// Parses a field's expression text as CPython does: wrapped in parentheses, so it may span
  /// lines, and as `star_expressions` (so `{a, b}` is a tuple).
  private mutating func parseFieldExpression(
    _ text: String, line: Int, column: Int
  ) throws(SourceError) -> Expr {
    let lexer = tokenize(
      source: "(" + text + ")", filename: filename, firstLine: line, columnBias: column - 2,
      lines: self.lexer.lines)
    var parser = Parser(lexer: lexer)
    parser.depth = depth
    parser.functionDepth = functionDepth
    do throws(SourceError) {
      let expr = try parser.parseStarExpressions()
      guard parser.current.kind == .newline || parser.current.kind == .endMarker else {
        throw parser.invalidSyntax()
      }
      if unsupported == nil { unsupported = parser.unsupported }
      return expr
    } catch {
      let message = error.message.hasPrefix("f-string") ? error.message : "f-string: " + error.message
      throw SourceError(
        kind: error.kind, message: error.kind == .unsupported ? error.message : message,
        filename: error.filename, line: error.line, column: error.column, sourceLine: error.sourceLine)
    }
  }
}
