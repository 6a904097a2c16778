import AdderSyntax
import Testing

@testable import AdderCompiler

func compiled(_ source: String) throws -> CodeObject {
  try compileModule(source: source, filename: "t.py")
}

/// Instructions as "opcode arg" strings (no argument for opcodes that ignore it).
func listing(_ code: CodeObject) -> [String] {
  code.instructions.map { instruction in
    let text = "\(instruction.opcode)"
    switch instruction.opcode {
    case .pop, .dup, .dupTwo, .rotTwo, .rotThree, .add, .subtract, .multiply, .inplaceAdd,
      .compareLess, .compareLessEqual, .compareEqual, .returnValue, .getIterator, .loadSubscript,
      .storeSubscript, .deleteSubscript, .negative, .not, .listToTuple, .trueDivide, .power:
      return text
    default:
      return "\(text) \(instruction.argument)"
    }
  }
}

/// The first nested code object whose name is `name`.
func nested(_ code: CodeObject, _ name: String) -> CodeObject? {
  for case .code(let inner) in code.constants {
    if inner.name == name { return inner }
    if let found = nested(inner, name) { return found }
  }
  return nil
}

func compileError(_ source: String) -> SourceError? {
  do {
    _ = try compileModule(source: source, filename: "t.py")
    return nil
  } catch {
    return error
  }
}

/// Walks every path independently of the compiler's own analysis: the depth at each
/// instruction must be the same on all paths, never negative, exactly 1 at returnValue, and
/// within maxStackDepth.
func verifyStack(_ code: CodeObject) -> String? {
  var depths = [Int?](repeating: nil, count: code.instructions.count)
  var work: [(Int, Int)] = [(0, 0)]
  while let (start, startDepth) = work.popLast() {
    var index = start
    var depth = startDepth
    while index < code.instructions.count {
      if let known = depths[index] {
        if known != depth { return "\(code.qualifiedName): depth mismatch at \(index)" }
        break
      }
      depths[index] = depth
      let instruction = code.instructions[index]
      let effect = instruction.stackEffect(constants: code.constants)
      if instruction.opcode == .returnValue && depth != 1 {
        return "\(code.qualifiedName): returnValue at depth \(depth) (index \(index))"
      }
      if instruction.opcode.isJump { work.append((instruction.argument, depth + effect.jump)) }
      depth += effect.fallThrough
      if depth < 0 { return "\(code.qualifiedName): negative depth at \(index)" }
      if depth > code.maxStackDepth || depth + (effect.jump - effect.fallThrough) > code.maxStackDepth {
        return "\(code.qualifiedName): depth \(depth) exceeds max \(code.maxStackDepth)"
      }
      if instruction.opcode.endsBlock { break }
      index += 1
    }
    if index >= code.instructions.count { return "\(code.qualifiedName): falls off the end" }
  }
  for case .code(let inner) in code.constants {
    if let problem = verifyStack(inner) { return problem }
  }
  return nil
}
