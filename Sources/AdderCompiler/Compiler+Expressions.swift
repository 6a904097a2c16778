import AdderSyntax

extension Compiler {
  static let binaryOpcodes: [BinaryOperator: Opcode] = [
    .add: .add, .subtract: .subtract, .multiply: .multiply, .trueDivide: .trueDivide,
    .floorDivide: .floorDivide, .modulo: .modulo, .power: .power, .leftShift: .leftShift,
    .rightShift: .rightShift, .bitAnd: .bitAnd, .bitOr: .bitOr, .bitXor: .bitXor,
  ]

  static let compareOpcodes: [CompareOperator: Opcode] = [
    .less: .compareLess, .lessEqual: .compareLessEqual, .equal: .compareEqual,
    .notEqual: .compareNotEqual, .greater: .compareGreater, .greaterEqual: .compareGreaterEqual,
    .is: .is, .isNot: .isNot, .in: .contains, .notIn: .notContains,
  ]

  /// Compiles `expr`, leaving its value on the stack. Instructions get the expression's line;
  /// the parent's own instructions, emitted after its operands, get the parent's line.
  func compile(_ expr: Expr) throws(SourceError) {
    depth += 1
    let savedLine = code.line
    let savedColumn = code.column
    let savedSpan = code.span
    code.column = expr.column
    code.span = span(of: expr)
    defer {
      depth -= 1
      code.line = savedLine
      code.column = savedColumn
      code.span = savedSpan
    }
    if depth > Compiler.maxDepth {
      throw error("expression nested too deeply", at: expr, kind: .unsupported)
    }
    if let constant = constantValue(expr) {
      code.line = expr.line
      code.loadConstant(constant)
      return
    }
    code.line = expr.line
    switch expr.kind {
    case .name(let name):
      load(name)
    case .int, .float, .string, .bool, .none, .ellipsis:
      break  // handled by constantValue
    case .formattedString(let parts):
      try compileFormattedString(parts)
    case .unary(let op, let operand):
      try compile(operand)
      code.line = expr.line
      switch op {
      case .negative: code.emit(.negative)
      case .positive: code.emit(.positive)
      case .invert: code.emit(.invert)
      case .not: code.emit(.not)
      }
    case .binary(let left, let op, let right):
      guard let opcode = Compiler.binaryOpcodes[op] else {
        throw error("matrix multiplication", at: expr, kind: .unsupported)
      }
      try compile(left)
      try compile(right)
      code.line = expr.line
      code.emit(opcode)
    case .boolean(let op, let operands):
      let end = code.makeLabel()
      for operand in operands.dropLast() {
        try compile(operand)
        code.line = expr.line
        code.emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, to: end)
      }
      try compile(operands[operands.count - 1])
      code.bind(end)
    case .compare(let first, let comparisons):
      try compileComparison(first, comparisons, line: expr.line)
    case .conditional(let test, let body, let orElse):
      let elseLabel = code.makeLabel()
      let end = code.makeLabel()
      try compileJump(test, ifTrue: false, to: elseLabel)
      try compile(body)
      code.emitJump(.jump, to: end)
      code.bind(elseLabel)
      try compile(orElse)
      code.bind(end)
    case .namedExpr(let name, let value):
      try compile(value)
      code.line = expr.line
      code.emit(.dup)
      storeOutsideComprehensions(name)
    case .call(let function, let arguments):
      try compileCall(function, arguments, line: expr.line)
    case .attribute(let object, let name):
      try compile(object)
      code.line = Int(code.span.line)
      code.emit(.loadAttribute, attributeName(name))
    case .subscription(let object, let index):
      try compile(object)
      try compileSubscriptIndex(index)
      code.line = expr.line
      code.emit(.loadSubscript)
    case .slice:
      try compileSubscriptIndex(expr)
    case .starred:
      throw error("can't use starred expression here", at: expr)
    case .tuple(let items):
      try compileSequence(items, opcode: .buildTuple)
    case .list(let items):
      try compileSequence(items, opcode: .buildList)
    case .dict(let items):
      try compileDict(items)
    case .set(let items):
      try compileSetDisplay(items)
    case .setComprehension(let element, let clauses):
      try compileComprehension(clauses, kind: "<setcomp>", elements: [element], callerSpan: code.span)
    case .listComprehension(let element, let clauses):
      try compileComprehension(clauses, kind: "<listcomp>", elements: [element], callerSpan: code.span)
    case .generator(let element, let clauses):
      // Evaluated eagerly: CPython would run it inside the call it is passed to.
      try compileComprehension(clauses, kind: "<genexpr>", elements: [element], callerSpan: savedSpan)
    case .dictComprehension(let key, let value, let clauses):
      try compileComprehension(
        clauses, kind: "<dictcomp>", elements: [key, value], callerSpan: code.span)
    case .lambda(let parameters, let body):
      try compileFunction(
        name: "<lambda>", parameters: parameters, key: ScopeKey(line: expr.line, column: expr.column)
      ) { (compiler: Compiler) throws(SourceError) in
        try compiler.compile(body)
        compiler.code.emit(.returnValue)
      }
    }
  }

  /// `a < b < c`: b is evaluated once; on a false link the leftover operand is dropped.
  private func compileComparison(
    _ first: Expr, _ comparisons: [Comparison], line: Int
  ) throws(SourceError) {
    try compile(first)
    if comparisons.count == 1 {
      try compileOperand(comparisons[0])
      code.line = line
      code.emit(Compiler.compareOpcodes[comparisons[0].op] ?? .compareEqual)
      return
    }
    let cleanup = code.makeLabel()
    let end = code.makeLabel()
    for comparison in comparisons.dropLast() {
      try compile(comparison.right)
      code.line = line
      code.emit(.dup)
      code.emit(.rotThree)
      code.emit(Compiler.compareOpcodes[comparison.op] ?? .compareEqual)
      code.emitJump(.jumpIfFalseOrPop, to: cleanup)
    }
    let last = comparisons[comparisons.count - 1]
    try compileOperand(last)
    code.line = line
    code.emit(Compiler.compareOpcodes[last.op] ?? .compareEqual)
    code.emitJump(.jump, to: end)
    code.bind(cleanup)
    code.emit(.rotTwo)
    code.emit(.pop)
    code.bind(end)
  }

  /// The right operand of a chain's last comparison: `in {1, 2}` tests a frozenset constant.
  private func compileOperand(_ comparison: Comparison) throws(SourceError) {
    if comparison.op == .in || comparison.op == .notIn {
      try compileIterable(comparison.right)
    } else {
      try compile(comparison.right)
    }
  }

  /// An iterable of `for`, of a comprehension, or the right operand of `in`: a set display of
  /// constants is a frozenset constant, as CPython's AST optimizer makes it (fold_iter).
  func compileIterable(_ expr: Expr) throws(SourceError) {
    if case .set(let items) = expr.kind, !items.isEmpty {
      let constants = items.compactMap { constantValue($0) }
      if constants.count == items.count {
        let savedLine = code.line
        code.line = expr.line
        code.loadConstant(.tuple(constants))
        code.emit(.frozenSetFromConstants)
        code.line = savedLine
        return
      }
    }
    try compile(expr)
  }

  /// The index of a subscript: slices become buildSlice with None for missing parts.
  func compileSubscriptIndex(_ index: Expr) throws(SourceError) {
    guard case .slice(let lower, let upper, let step) = index.kind else {
      if case .tuple(let items) = index.kind, constantValue(index) == nil {
        for item in items { try compileSubscriptIndex(item) }
        code.line = index.line
        code.emit(.buildTuple, items.count)
        return
      }
      try compile(index)
      return
    }
    for part in step == nil ? [lower, upper] : [lower, upper, step] {
      if let part { try compile(part) } else { code.loadConstant(.none) }
    }
    code.line = index.line
    code.emit(.buildSlice, step == nil ? 2 : 3)
  }

  /// List and tuple displays; with `*x` items they build a list with listAppend/listExtend.
  private func compileSequence(_ items: [Expr], opcode: Opcode) throws(SourceError) {
    let line = code.line
    let firstStar = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
    guard let star = firstStar else {
      for item in items { try compile(item) }
      code.line = line
      code.emit(opcode, items.count)
      return
    }
    for item in items[..<star] { try compile(item) }
    code.line = line
    code.emit(.buildList, star)
    for item in items[star...] {
      if case .starred(let inner) = item.kind {
        try compile(inner)
        code.line = line
        code.emit(.listExtend, 1)
      } else {
        try compile(item)
        code.line = line
        code.emit(.listAppend, 1)
      }
    }
    if opcode == .buildTuple { code.emit(.listToTuple) }
  }

  /// Set displays, as CPython 3.11 compiles them: more than two constants fold into one constant
  /// (see buildSetFromConstants); with `*x` items the set is built with setAdd/setUpdate.
  private func compileSetDisplay(_ items: [Expr]) throws(SourceError) {
    let line = code.line
    let constants = items.compactMap { constantValue($0) }
    if items.count > 2 && constants.count == items.count {
      code.loadConstant(.tuple(constants))
      code.emit(.buildSetFromConstants)
      return
    }
    let firstStar = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
    guard let star = firstStar else {
      for item in items { try compile(item) }
      code.line = line
      code.emit(.buildSet, items.count)
      return
    }
    for item in items[..<star] { try compile(item) }
    code.line = line
    code.emit(.buildSet, star)
    for item in items[star...] {
      if case .starred(let inner) = item.kind {
        try compile(inner)
        code.line = line
        code.emit(.setUpdate, 1)
      } else {
        try compile(item)
        code.line = line
        code.emit(.setAdd, 1)
      }
    }
  }

  private func compileDict(_ items: [DictItem]) throws(SourceError) {
    let line = code.line
    var pending = 0
    var built = false
    for item in items {
      switch item {
      case .pair(let key, let value):
        try compile(key)
        try compile(value)
        if built {
          code.line = line
          code.emit(.dictInsert, 1)
        } else {
          pending += 1
        }
      case .unpack(let mapping):
        if !built {
          code.line = line
          code.emit(.buildDict, pending)
          built = true
        }
        try compile(mapping)
        code.line = line
        code.emit(.dictUpdate, 1)
      }
    }
    if !built {
      code.line = line
      code.emit(.buildDict, pending)
    }
  }

  private func compileFormattedString(_ parts: [FStringPart]) throws(SourceError) {
    let line = code.line
    if parts.isEmpty {
      code.loadConstant(.string(""))
      return
    }
    for part in parts {
      switch part {
      case .literal(let text):
        code.loadConstant(.string(text))
      case .field(let value, let conversion, let spec):
        try compile(value)
        var argument =
          switch conversion {
          case "s": 1
          case "r": 2
          case "a": 3
          default: 0
          }
        if let spec {
          try compileFormattedString(spec)
          argument |= 4
        }
        code.line = line
        code.emit(.formatValue, argument)
      }
    }
    // A single piece is already a str (a literal, or formatValue's result).
    if parts.count > 1 {
      code.line = line
      code.emit(.buildString, parts.count)
    }
  }
}
