extension Parser {
  /// Parameters of a `def` (up to `closing`, not consumed) or a lambda.
  mutating func parseParameters(closing: String, annotations: Bool) throws(SourceError) -> Parameters {
    var parameters = Parameters()
    var seen: Set<String> = []
    var sawStar = false
    var bareStar: Token?
    var sawDefault = false
    while !at(closing) {
      let start = current
      if parameters.varKeywords != nil {
        throw error("arguments cannot follow var-keyword argument", at: start)
      }
      if accept("/") {
        refuse("positional-only parameters", at: start)
      } else if accept("**") {
        parameters.varKeywords = try parseParameter(annotations: annotations, seen: &seen)
      } else if accept("*") {
        if sawStar { throw error("* argument may appear only once", at: start) }
        sawStar = true
        if at(",") || at(closing) {
          bareStar = start
        } else {
          parameters.varArgs = try parseParameter(annotations: annotations, seen: &seen)
        }
      } else {
        var parameter = try parseParameter(annotations: annotations, seen: &seen)
        if accept("=") { parameter.defaultValue = try parseExpression() }
        if sawStar {
          parameters.keywordOnly.append(parameter)
          bareStar = nil
        } else {
          if parameter.defaultValue != nil {
            sawDefault = true
          } else if sawDefault {
            throw error(
              "non-default argument follows default argument", line: parameter.line,
              column: parameter.column)
          }
          parameters.positional.append(parameter)
        }
      }
      if !accept(",") { break }
    }
    if let bareStar {
      throw error("named arguments must follow bare *", at: bareStar)
    }
    return parameters
  }

  private mutating func parseParameter(
    annotations: Bool, seen: inout Set<String>
  ) throws(SourceError) -> Parameter {
    let name = try expectName()
    if annotations && accept(":") { _ = try parseExpression() }
    if seen.contains(name.text) {
      throw error("duplicate argument '\(name.text)' in function definition", at: name)
    }
    seen.insert(name.text)
    return Parameter(name: name.text, defaultValue: nil, line: name.line, column: name.column)
  }
}
