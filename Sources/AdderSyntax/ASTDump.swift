/// A readable indented tree of the module, for `adder run --dump-ast`. Each node prints as
/// `Kind detail  @line:column`, children indented two spaces below it.
public func dumpAST(_ module: Module) -> String {
  var dumper = ASTDumper()
  dumper.line("Module", 0)
  for statement in module.body { dumper.statement(statement, 1) }
  return dumper.output
}

struct ASTDumper {
  var output = ""

  mutating func line(_ text: String, _ level: Int) {
    output += String(repeating: "  ", count: level) + text + "\n"
  }

  mutating func label(_ text: String, _ level: Int) { line(text + ":", level) }

  mutating func statements(_ name: String, _ body: [Stmt], _ level: Int) {
    guard !body.isEmpty else { return }
    label(name, level)
    for statement in body { self.statement(statement, level + 1) }
  }

  mutating func statement(_ stmt: Stmt, _ level: Int) {
    let at = "  @\(stmt.line):\(stmt.column)"
    switch stmt.kind {
    case .expression(let expr):
      line("Expr" + at, level)
      expression(expr, level + 1)
    case .assign(let targets, let value):
      line("Assign" + at, level)
      label("targets", level + 1)
      for target in targets { expression(target, level + 2) }
      expression(value, level + 1)
    case .augmentedAssign(let target, let op, let value):
      line("AugAssign \(op.rawValue)=" + at, level)
      expression(target, level + 1)
      expression(value, level + 1)
    case .annotatedAssign(let target, let annotation, let value):
      line("AnnAssign" + at, level)
      expression(target, level + 1)
      label("annotation", level + 1)
      expression(annotation, level + 2)
      if let value { expression(value, level + 1) }
    case .if(let test, let body, let orElse):
      line("If" + at, level)
      expression(test, level + 1)
      statements("body", body, level + 1)
      statements("else", orElse, level + 1)
    case .while(let test, let body, let orElse):
      line("While" + at, level)
      expression(test, level + 1)
      statements("body", body, level + 1)
      statements("else", orElse, level + 1)
    case .for(let target, let iterable, let body, let orElse):
      line("For" + at, level)
      expression(target, level + 1)
      expression(iterable, level + 1)
      statements("body", body, level + 1)
      statements("else", orElse, level + 1)
    case .break: line("Break" + at, level)
    case .continue: line("Continue" + at, level)
    case .pass: line("Pass" + at, level)
    case .functionDef(let definition):
      line("FunctionDef \(definition.name)" + at, level)
      decorators(definition.decorators, level + 1)
      parameters(definition.parameters, level + 1)
      statements("body", definition.body, level + 1)
    case .classDef(let definition):
      line("ClassDef \(definition.name)" + at, level)
      decorators(definition.decorators, level + 1)
      if !definition.bases.isEmpty {
        label("bases", level + 1)
        for base in definition.bases { expression(base, level + 2) }
      }
      statements("body", definition.body, level + 1)
    case .try(let body, let handlers, let orElse, let final):
      line("Try" + at, level)
      statements("body", body, level + 1)
      for handler in handlers {
        let name = handler.name.map { " as \($0)" } ?? ""
        line("ExceptHandler\(name)  @\(handler.line):\(handler.column)", level + 1)
        if let type = handler.type { expression(type, level + 2) }
        statements("body", handler.body, level + 2)
      }
      statements("else", orElse, level + 1)
      statements("finally", final, level + 1)
    case .with(let items, let body):
      line("With" + at, level)
      for item in items {
        label("item", level + 1)
        expression(item.context, level + 2)
        if let target = item.target {
          label("as", level + 2)
          expression(target, level + 3)
        }
      }
      statements("body", body, level + 1)
    case .return(let value):
      line("Return" + at, level)
      if let value { expression(value, level + 1) }
    case .global(let names): line("Global \(names.joined(separator: ", "))" + at, level)
    case .nonlocal(let names): line("Nonlocal \(names.joined(separator: ", "))" + at, level)
    case .delete(let targets):
      line("Delete" + at, level)
      for target in targets { expression(target, level + 1) }
    case .assert(let test, let message):
      line("Assert" + at, level)
      expression(test, level + 1)
      if let message { expression(message, level + 1) }
    case .raise(let exception, let cause):
      line("Raise" + at, level)
      if let exception { expression(exception, level + 1) }
      if let cause {
        label("from", level + 1)
        expression(cause, level + 2)
      }
    case .import(let aliases):
      line("Import \(aliasText(aliases))" + at, level)
    case .importFrom(let module, let aliases):
      line("ImportFrom \(module): \(aliasText(aliases))" + at, level)
    }
  }

  mutating func decorators(_ decorators: [Expr], _ level: Int) {
    guard !decorators.isEmpty else { return }
    label("decorators", level)
    for decorator in decorators { expression(decorator, level + 1) }
  }

  func aliasText(_ aliases: [ImportAlias]) -> String {
    aliases.map { alias in alias.asName.map { "\(alias.name) as \($0)" } ?? alias.name }
      .joined(separator: ", ")
  }

  mutating func parameters(_ parameters: Parameters, _ level: Int) {
    var parts: [String] = []
    for parameter in parameters.positional {
      parts.append(parameter.defaultValue == nil ? parameter.name : parameter.name + "=…")
    }
    if let varArgs = parameters.varArgs {
      parts.append("*" + varArgs.name)
    } else if !parameters.keywordOnly.isEmpty {
      parts.append("*")
    }
    parts += parameters.keywordOnly.map(\.name)
    if let varKeywords = parameters.varKeywords { parts.append("**" + varKeywords.name) }
    line("parameters (\(parts.joined(separator: ", ")))", level)
    for parameter in parameters.positional + parameters.keywordOnly {
      if let value = parameter.defaultValue {
        label("default \(parameter.name)", level + 1)
        expression(value, level + 2)
      }
    }
  }

  mutating func expression(_ expr: Expr, _ level: Int) {
    let at = "  @\(expr.line):\(expr.column)"
    switch expr.kind {
    case .name(let name): line("Name \(name)" + at, level)
    case .int(let digits): line("Int \(digits)" + at, level)
    case .float(let value): line("Float \(value)" + at, level)
    case .string(let text): line("Str \(quoted(text))" + at, level)
    case .bool(let value): line("Bool \(value ? "True" : "False")" + at, level)
    case .none: line("None" + at, level)
    case .ellipsis: line("Ellipsis" + at, level)
    case .formattedString(let parts):
      line("FString" + at, level)
      fStringParts(parts, level + 1)
    case .unary(let op, let operand):
      line("UnaryOp \(op.rawValue)" + at, level)
      expression(operand, level + 1)
    case .binary(let left, let op, let right):
      line("BinOp \(op.rawValue)" + at, level)
      expression(left, level + 1)
      expression(right, level + 1)
    case .boolean(let op, let operands):
      line("BoolOp \(op.rawValue)" + at, level)
      for operand in operands { expression(operand, level + 1) }
    case .compare(let first, let comparisons):
      line("Compare \(comparisons.map(\.op.rawValue).joined(separator: " "))" + at, level)
      expression(first, level + 1)
      for comparison in comparisons { expression(comparison.right, level + 1) }
    case .conditional(let test, let body, let orElse):
      line("IfExp" + at, level)
      expression(test, level + 1)
      expression(body, level + 1)
      expression(orElse, level + 1)
    case .namedExpr(let name, let value):
      line("NamedExpr \(name)" + at, level)
      expression(value, level + 1)
    case .call(let function, let arguments):
      line("Call" + at, level)
      expression(function, level + 1)
      for argument in arguments { self.argument(argument, level + 1) }
    case .attribute(let object, let name):
      line("Attribute .\(name)" + at, level)
      expression(object, level + 1)
    case .subscription(let object, let index):
      line("Subscript" + at, level)
      expression(object, level + 1)
      expression(index, level + 1)
    case .slice(let lower, let upper, let step):
      line("Slice" + at, level)
      for (name, part) in [("lower", lower), ("upper", upper), ("step", step)] {
        if let part {
          label(name, level + 1)
          expression(part, level + 2)
        }
      }
    case .starred(let value):
      line("Starred" + at, level)
      expression(value, level + 1)
    case .tuple(let items):
      line("Tuple" + at, level)
      for item in items { expression(item, level + 1) }
    case .list(let items):
      line("List" + at, level)
      for item in items { expression(item, level + 1) }
    case .dict(let items):
      line("Dict" + at, level)
      for item in items {
        switch item {
        case .pair(let key, let value):
          label("pair", level + 1)
          expression(key, level + 2)
          expression(value, level + 2)
        case .unpack(let mapping):
          label("**", level + 1)
          expression(mapping, level + 2)
        }
      }
    case .listComprehension(let element, let clauses):
      line("ListComp" + at, level)
      expression(element, level + 1)
      comprehension(clauses, level + 1)
    case .generator(let element, let clauses):
      line("GeneratorExp" + at, level)
      expression(element, level + 1)
      comprehension(clauses, level + 1)
    case .set(let items):
      line("Set" + at, level)
      for item in items { expression(item, level + 1) }
    case .setComprehension(let element, let clauses):
      line("SetComp" + at, level)
      expression(element, level + 1)
      comprehension(clauses, level + 1)
    case .dictComprehension(let key, let value, let clauses):
      line("DictComp" + at, level)
      expression(key, level + 1)
      expression(value, level + 1)
      comprehension(clauses, level + 1)
    case .lambda(let parameters, let body):
      line("Lambda" + at, level)
      self.parameters(parameters, level + 1)
      expression(body, level + 1)
    }
  }

  mutating func argument(_ argument: Argument, _ level: Int) {
    switch argument {
    case .positional(let value): expression(value, level)
    case .starred(let value):
      label("*", level)
      expression(value, level + 1)
    case .keyword(let name, let value):
      label("keyword \(name)", level)
      expression(value, level + 1)
    case .doubleStarred(let value):
      label("**", level)
      expression(value, level + 1)
    }
  }

  mutating func comprehension(_ clauses: [ComprehensionClause], _ level: Int) {
    for clause in clauses {
      label("for", level)
      expression(clause.target, level + 1)
      label("in", level)
      expression(clause.iterable, level + 1)
      for condition in clause.conditions {
        label("if", level)
        expression(condition, level + 1)
      }
    }
  }

  mutating func fStringParts(_ parts: [FStringPart], _ level: Int) {
    for part in parts {
      switch part {
      case .literal(let text): line("Literal \(quoted(text))", level)
      case .field(let value, let conversion, let spec):
        line("Field" + (conversion.map { " !\($0)" } ?? ""), level)
        expression(value, level + 1)
        if let spec {
          label("spec", level + 1)
          fStringParts(spec, level + 2)
        }
      }
    }
  }

  func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
