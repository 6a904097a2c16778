import AdderSyntax

/// A forward or backward jump target inside one code object.
struct Label: Hashable {
  let id: Int
}

/// Hashable identity for constant de-duplication. `Constant ==` compares strings by Unicode
/// canonical equivalence (Swift's String ==), which would merge "é" and "e\u{301}"; keys compare
/// code points exactly, and floats by bit pattern.
indirect enum ConstantKey: Hashable {
  case none, ellipsis
  case bool(Bool)
  case int(Int64)
  case bigInt(String)
  case float(UInt64)
  case string([UInt32])
  case tuple([ConstantKey])

  init?(_ constant: Constant) {
    switch constant {
    case .none: self = .none
    case .ellipsis: self = .ellipsis
    case .bool(let value): self = .bool(value)
    case .int(let value): self = .int(value)
    case .bigInt(let digits): self = .bigInt(digits)
    case .float(let value): self = .float(value.bitPattern)
    case .string(let text): self = .string(text.unicodeScalars.map(\.value))
    case .tuple(let items):
      var keys: [ConstantKey] = []
      for item in items {
        guard let key = ConstantKey(item) else { return nil }
        keys.append(key)
      }
      self = .tuple(keys)
    case .code: return nil
    }
  }
}

/// Accumulates one code object's instructions, line table and tables while the compiler walks
/// a function (or the module) body.
final class CodeBuilder {
  let name: String
  let qualifiedName: String
  let filename: String
  let firstLine: Int
  let isModule: Bool

  var instructions: [Instruction] = []
  var lines: [Int32] = []
  var columns: [Int32] = []
  /// The source line given to instructions emitted now.
  var line: Int
  /// The 1-based source column given to instructions emitted now (the start of the innermost
  /// expression or statement being compiled).
  var column = 1
  var spans: [SourceSpan] = []
  /// The source span given to instructions emitted now: the innermost expression or statement
  /// being compiled, as CPython's compiler locates its instructions.
  var span = SourceSpan.unknown
  var inlinedFrames: [InlinedFrame] = []

  var constants: [Constant] = []
  private var constantIndex: [ConstantKey: Int] = [:]
  var names: [String] = []
  private var nameIndex: [String: Int] = [:]
  var localNames: [String] = []
  var localIndex: [String: Int] = [:]
  var cellNames: [String] = []
  var freeNames: [String] = []

  /// Exception handlers being compiled (a `try` body, a handler's cleanup, a `with` body),
  /// innermost last: every instruction emitted is covered by the last one.
  var handlers: [HandlerBlock] = []
  /// Per instruction: the number of the handler block covering it, or -1.
  private var handlerOfInstruction: [Int] = []
  /// Every handler block made: where it was set up and where it goes.
  private var handlerBlocks: [(setup: Int, target: Label, depthAdjustment: Int)] = []

  /// Jump targets: instruction index once bound.
  private var labelTargets: [Int?] = []
  private var fixups: [(instruction: Int, label: Label)] = []

  init(name: String, qualifiedName: String, filename: String, firstLine: Int, isModule: Bool) {
    self.name = name
    self.qualifiedName = qualifiedName
    self.filename = filename
    self.firstLine = firstLine
    self.isModule = isModule
    self.line = firstLine
  }

  func emit(_ opcode: Opcode, _ argument: Int = 0) {
    instructions.append(Instruction(opcode, argument))
    lines.append(Int32(clamping: line))
    columns.append(Int32(clamping: column))
    spans.append(span)
    handlerOfInstruction.append(handlers.last?.number ?? -1)
  }

  /// From here on, an exception goes to `target` with the operand stack as it is now (less
  /// `depthAdjustment` items: `with` covers the store of its `__enter__` result).
  func pushHandler(_ target: Label, depthAdjustment: Int = 0) {
    handlerBlocks.append((instructions.count, target, depthAdjustment))
    handlers.append(HandlerBlock(number: handlerBlocks.count - 1))
  }

  func popHandler() { handlers.removeLast() }

  func makeLabel() -> Label {
    labelTargets.append(nil)
    return Label(id: labelTargets.count - 1)
  }

  func bind(_ label: Label) { labelTargets[label.id] = instructions.count }

  func emitJump(_ opcode: Opcode, to label: Label) {
    fixups.append((instructions.count, label))
    emit(opcode, 0)
  }

  func constant(_ value: Constant) -> Int {
    if let key = ConstantKey(value), let index = constantIndex[key] { return index }
    constants.append(value)
    if let key = ConstantKey(value) { constantIndex[key] = constants.count - 1 }
    return constants.count - 1
  }

  func loadConstant(_ value: Constant) { emit(.loadConst, constant(value)) }

  func name(_ text: String) -> Int {
    if let index = nameIndex[text] { return index }
    names.append(text)
    nameIndex[text] = names.count - 1
    return names.count - 1
  }

  /// The local slot for `text`, adding it if new.
  func local(_ text: String) -> Int {
    if let index = localIndex[text] { return index }
    localNames.append(text)
    localIndex[text] = localNames.count - 1
    return localNames.count - 1
  }

  /// Deref index: own cells first, then free variables.
  func derefIndex(_ text: String) -> Int? {
    if let index = cellNames.firstIndex(of: text) { return index }
    if let index = freeNames.firstIndex(of: text) { return cellNames.count + index }
    return nil
  }

  /// Patches jumps, computes the stack depth and freezes everything into a CodeObject.
  func finish(
    parameterCount: Int, keywordOnlyCount: Int, defaultCount: Int, varArgsSlot: Int?,
    varKeywordsSlot: Int?, cellParameterSlots: [Int?], keywordOnlyDefaults: [Int] = []
  ) -> CodeObject {
    for fixup in fixups {
      let target = labelTargets[fixup.label.id] ?? instructions.count
      instructions[fixup.instruction] = Instruction(instructions[fixup.instruction].opcode, target)
    }
    let table = exceptionTable()
    let depth = maxStackDepth(instructions: instructions, constants: constants, exceptionTable: table)
    return CodeObject(
      name: name, qualifiedName: qualifiedName, filename: filename, firstLine: firstLine,
      isModule: isModule, parameterCount: parameterCount, keywordOnlyCount: keywordOnlyCount,
      defaultCount: defaultCount, varArgsSlot: varArgsSlot, varKeywordsSlot: varKeywordsSlot,
      localNames: localNames, cellNames: cellNames, cellParameterSlots: cellParameterSlots,
      freeNames: freeNames, names: names, constants: constants, instructions: instructions,
      lines: lines, maxStackDepth: depth, keywordOnlyDefaults: keywordOnlyDefaults,
      columns: columns, spans: spans, inlinedFrames: inlinedFrames, exceptionTable: table)
  }

  /// The exception table: each handler's depth is the operand stack depth where it was set up
  /// (found by walking the code, handlers included), and runs of instructions with the same
  /// innermost handler become one row each.
  private func exceptionTable() -> [ExceptionTableEntry] {
    guard !handlerBlocks.isEmpty else { return [] }
    let targets = handlerBlocks.map { labelTargets[$0.target.id] ?? instructions.count }
    let depths = stackDepths(
      instructions: instructions, constants: constants,
      handlers: handlerBlocks.enumerated().map { number, block in
        (setup: block.setup, target: targets[number], adjustment: block.depthAdjustment, knownDepth: nil)
      })
    var table: [ExceptionTableEntry] = []
    var index = 0
    while index < instructions.count {
      let number = handlerOfInstruction[index]
      var end = index + 1
      while end < instructions.count && handlerOfInstruction[end] == number { end += 1 }
      if number >= 0, let setupDepth = depths[handlerBlocks[number].setup] {
        table.append(
          ExceptionTableEntry(
            start: index, end: end, handler: targets[number],
            depth: setupDepth - handlerBlocks[number].depthAdjustment))
      }
      index = end
    }
    return table
  }
}

/// A handler being compiled: its number in the builder's list.
struct HandlerBlock {
  let number: Int
}
