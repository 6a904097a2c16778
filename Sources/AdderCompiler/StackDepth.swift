/// The stack effect of an instruction: on the fall-through path and, for jumps, when taken.
func stackEffect(
  _ instruction: Instruction, constants: [Constant]
) -> (fallThrough: Int, jump: Int) {
  let n = instruction.argument
  switch instruction.opcode {
  case .nop, .rotTwo, .rotThree, .rotFour, .deleteFast, .deleteGlobal, .getIterator, .jump,
    .loadAttribute, .negative, .positive, .invert, .not, .listToTuple, .makeCell:
    return (0, 0)
  case .pop, .storeFast, .storeGlobal, .storeDeref, .popJumpIfFalse, .popJumpIfTrue, .returnValue,
    .listAppend, .listExtend, .dictUpdate, .dictMergeForCall, .loadSubscript:
    return (-1, -1)
  case .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power, .leftShift,
    .rightShift, .bitAnd, .bitOr, .bitXor, .inplaceAdd, .inplaceSubtract, .inplaceMultiply,
    .inplaceTrueDivide, .inplaceFloorDivide, .inplaceModulo, .inplacePower, .inplaceLeftShift,
    .inplaceRightShift, .inplaceBitAnd, .inplaceBitOr, .inplaceBitXor, .compareLess,
    .compareLessEqual, .compareEqual, .compareNotEqual, .compareGreater, .compareGreaterEqual,
    .is, .isNot, .contains, .notContains:
    return (-1, -1)
  case .dup, .loadConst, .loadFast, .loadGlobal, .loadDeref, .loadClosure, .loadMethod,
    .importName, .importFrom:
    return (1, 1)
  case .dupTwo: return (2, 2)
  case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return (-1, 0)
  case .forIterator: return (1, -1)
  case .buildList, .buildTuple, .buildSlice, .buildString: return (1 - n, 1 - n)
  case .buildDict: return (1 - 2 * n, 1 - 2 * n)
  case .dictInsert, .storeAttribute, .deleteSubscript: return (-2, -2)
  case .unpackSequence: return (n - 1, n - 1)
  case .unpackStarred:
    let count = (n & 0xFF) + (n >> 8)
    return (count, count)
  case .storeSubscript: return (-3, -3)
  case .callMethod: return (-(n + 1), -(n + 1))
  case .callMethodKeywords: return (-(n + 2), -(n + 2))
  case .call: return (-n, -n)
  case .callKeywords: return (-(n + 1), -(n + 1))
  case .callUnpacked: return (-(1 + n), -(1 + n))
  case .makeFunction:
    var popped = 0
    if n < constants.count, case .code(let code) = constants[n] {
      popped =
        code.defaultCount + code.keywordOnlyDefaults.count + (code.freeNames.isEmpty ? 0 : 1)
    }
    return (1 - popped, 1 - popped)
  case .formatValue:
    let effect = n & 4 != 0 ? -1 : 0
    return (effect, effect)
  case .raiseAssertion, .raise: return (-n, -n)
  }
}

/// The deepest the operand stack gets, by walking every path through the instructions (each
/// instruction has one depth on every path in code the compiler emits).
func maxStackDepth(instructions: [Instruction], constants: [Constant]) -> Int {
  guard !instructions.isEmpty else { return 0 }
  var depthAt = [Int?](repeating: nil, count: instructions.count + 1)
  var worklist = [0]
  depthAt[0] = 0
  var maximum = 0
  while let start = worklist.popLast() {
    var index = start
    var depth = depthAt[start] ?? 0
    while index < instructions.count {
      let instruction = instructions[index]
      let effect = stackEffect(instruction, constants: constants)
      if instruction.opcode.isJump {
        let target = instruction.argument
        let jumpDepth = depth + effect.jump
        maximum = max(maximum, jumpDepth)
        if target <= instructions.count, depthAt[target] == nil {
          depthAt[target] = jumpDepth
          worklist.append(target)
        }
      }
      depth += effect.fallThrough
      maximum = max(maximum, depth)
      if instruction.opcode.endsBlock { break }
      index += 1
      if index < instructions.count {
        if depthAt[index] != nil { break }
        depthAt[index] = depth
      }
    }
  }
  return maximum
}
