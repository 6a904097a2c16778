/// A readable listing of a code object and, after it, every code object among its constants
/// (recursively), for `adder run --dis` and for tests.
public func disassemble(_ code: CodeObject) -> String {
  var output = ""
  var pending = [code]
  var first = true
  while !pending.isEmpty {
    let current = pending.removeFirst()
    if !first { output += "\n" }
    first = false
    output += disassembleOne(current)
    for case .code(let nested) in current.constants { pending.append(nested) }
  }
  return output
}

private func disassembleOne(_ code: CodeObject) -> String {
  var lines: [String] = []
  lines.append("Disassembly of \(code.qualifiedName) (\(code.filename), line \(code.firstLine)):")
  if !code.isModule {
    var parameters =
      "  parameters: \(code.parameterCount) positional (\(code.defaultCount) with defaults), "
      + "\(code.keywordOnlyCount) keyword-only"
    if !code.keywordOnlyDefaults.isEmpty {
      parameters += " (defaults for \(code.keywordOnlyDefaults.map(String.init).joined(separator: ", ")))"
    }
    if let slot = code.varArgsSlot { parameters += ", *args in \(slot)" }
    if let slot = code.varKeywordsSlot { parameters += ", **kwargs in \(slot)" }
    lines.append(parameters)
  }
  lines.append("  locals: " + numbered(code.localNames))
  let cells = code.cellNames.enumerated().map { index, name in
    code.cellParameterSlots[index].map { "\(index): \(name) (from local \($0))" } ?? "\(index): \(name)"
  }
  lines.append("  cells: " + (cells.isEmpty ? "-" : cells.joined(separator: ", ")))
  lines.append(
    "  free: "
      + (code.freeNames.isEmpty
        ? "-"
        : code.freeNames.enumerated().map { "\($0 + code.cellNames.count): \($1)" }.joined(
          separator: ", ")))
  lines.append("  names: " + numbered(code.names))
  lines.append("  constants: " + numbered(code.constants.map(constantRepr)))
  lines.append("  max stack depth: \(code.maxStackDepth)")
  let targets = Set(code.instructions.filter { $0.opcode.isJump }.map(\.argument))
    .union(code.exceptionTable.map(\.handler))
  for (index, instruction) in code.instructions.enumerated() {
    let marker = targets.contains(index) ? ">>" : "  "
    let name = "\(instruction.opcode)".padding(20)
    let argument = instruction.opcode.hasArgument ? String(instruction.argument) : ""
    var line = "\(marker)\(String(index).leftPadding(5))  L\(String(code.lines[index]).padding(5))"
    line += name + argument.leftPadding(4)
    let note = annotation(instruction, code)
    if !note.isEmpty { line += "  (\(note))" }
    while line.last == " " { line.removeLast() }
    lines.append(line)
  }
  if !code.exceptionTable.isEmpty {
    lines.append("  exception table:")
    for entry in code.exceptionTable {
      lines.append("    \(entry.start) to \(entry.end) -> \(entry.handler) [\(entry.depth)]")
    }
  }
  return lines.joined(separator: "\n") + "\n"
}

private func numbered(_ items: [String]) -> String {
  items.isEmpty ? "-" : items.enumerated().map { "\($0): \($1)" }.joined(separator: ", ")
}

private func annotation(_ instruction: Instruction, _ code: CodeObject) -> String {
  let argument = instruction.argument
  func item(_ array: [String]) -> String { argument < array.count ? array[argument] : "?" }
  switch instruction.opcode {
  case .loadConst:
    return argument < code.constants.count ? constantRepr(code.constants[argument]) : "?"
  case .makeFunction:
    return argument < code.constants.count ? constantRepr(code.constants[argument]) : "?"
  case .loadFast, .storeFast, .deleteFast:
    return item(code.localNames)
  case .loadGlobal, .storeGlobal, .deleteGlobal, .loadAttribute, .storeAttribute, .loadMethod,
    .importName, .importFrom:
    return item(code.names)
  case .loadDeref, .storeDeref, .loadClosure, .makeCell:
    return item(code.cellNames + code.freeNames)
  case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIterator:
    return "to \(argument)"
  case .unpackStarred:
    return "\(argument & 0xFF) before, \(argument >> 8) after"
  case .formatValue:
    let conversion = ["", "!s", "!r", "!a"][argument & 3]
    let spec = argument & 4 != 0 ? "with spec" : ""
    return [conversion, spec].filter { !$0.isEmpty }.joined(separator: ", ")
  case .callUnpacked:
    return argument == 1 ? "with keywords" : ""
  default:
    return ""
  }
}

/// A Python-like repr of a constant.
func constantRepr(_ constant: Constant) -> String {
  switch constant {
  case .none: return "None"
  case .bool(let value): return value ? "True" : "False"
  case .int(let value): return String(value)
  case .bigInt(let digits): return digits
  case .float(let value):
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    return "\(value)"
  case .string(let text): return stringRepr(text)
  case .tuple(let items):
    if items.count == 1 { return "(\(constantRepr(items[0])),)" }
    return "(" + items.map(constantRepr).joined(separator: ", ") + ")"
  case .ellipsis: return "Ellipsis"
  case .code(let code): return "<code \(code.qualifiedName)>"
  }
}

private func stringRepr(_ text: String) -> String {
  let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
  var result = String(quote)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    default:
      if Character(scalar) == quote {
        result += "\\" + String(quote)
      } else if scalar.value < 0x20 || scalar.value == 0x7F {
        let hex = String(scalar.value, radix: 16)
        result += "\\x" + (hex.count < 2 ? "0" : "") + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result + String(quote)
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }

  fileprivate func leftPadding(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
