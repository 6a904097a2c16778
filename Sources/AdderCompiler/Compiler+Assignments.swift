import AdderSyntax

extension Compiler {
  static let augmentedOpcodes: [BinaryOperator: Opcode] = [
    .add: .inplaceAdd, .subtract: .inplaceSubtract, .multiply: .inplaceMultiply,
    .trueDivide: .inplaceTrueDivide, .floorDivide: .inplaceFloorDivide, .modulo: .inplaceModulo,
    .power: .inplacePower, .leftShift: .inplaceLeftShift, .rightShift: .inplaceRightShift,
    .bitAnd: .inplaceBitAnd, .bitOr: .inplaceBitOr, .bitXor: .inplaceBitXor,
  ]

  /// `a = b = value`: the value once, duplicated for every target but the last.
  func compileAssignment(targets: [Expr], value: Expr) throws(SourceError) {
    if case .starred = value.kind {
      throw error("can't use starred expression here", at: value)
    }
    try compile(value)
    for (index, target) in targets.enumerated() {
      if index < targets.count - 1 { code.emit(.dup) }
      try compileStore(target)
    }
  }

  /// Stores the value on top of the stack into `target`.
  func compileStore(_ target: Expr) throws(SourceError) {
    let saved = code.line
    let savedSpan = code.span
    code.line = target.line
    code.span = span(of: target)
    defer {
      code.line = saved
      code.span = savedSpan
    }
    switch target.kind {
    case .name(let name):
      if name == "__debug__" { throw error("cannot assign to __debug__", at: target) }
      store(name)
    case .attribute(let object, let name):
      try compile(object)
      code.line = Int(code.span.line)
      code.emit(.storeAttribute, attributeName(name))
    case .subscription(let object, let index):
      try compile(object)
      try compileSubscriptIndex(index)
      code.line = target.line
      code.emit(.storeSubscript)
    case .tuple(let items), .list(let items):
      try compileUnpack(items, at: target)
      for item in items {
        if case .starred(let inner) = item.kind {
          try compileStore(inner)
        } else {
          try compileStore(item)
        }
      }
    case .starred:
      throw error("starred assignment target must be in a list or tuple", at: target)
    default:
      // The parser rejects other targets; keep a real error rather than a crash.
      throw error("cannot assign to expression", at: target)
    }
  }

  private func compileUnpack(_ items: [Expr], at target: Expr) throws(SourceError) {
    var starIndex: Int?
    for (index, item) in items.enumerated() {
      if case .starred = item.kind {
        if starIndex != nil { throw error("multiple starred expressions in assignment", at: target) }
        starIndex = index
      }
    }
    guard let star = starIndex else {
      code.emit(.unpackSequence, items.count)
      return
    }
    let after = items.count - star - 1
    guard star < 256, after < 1 << 16 else {
      throw error("too many expressions in star-unpacking assignment", at: target)
    }
    code.emit(.unpackStarred, star | (after << 8))
  }

  /// `a op= b`: the target's container and key are evaluated once.
  func compileAugmentedAssignment(
    target: Expr, op: BinaryOperator, value: Expr
  ) throws(SourceError) {
    guard let opcode = Compiler.augmentedOpcodes[op] else {
      throw error("matrix multiplication", at: target, kind: .unsupported)
    }
    // As in CPython, loading and storing the target are located at the target, the operator at
    // the whole statement.
    let statementSpan = code.span
    code.span = span(of: target)
    defer { code.span = statementSpan }
    switch target.kind {
    case .name(let name):
      load(name)
      try compile(value)
      code.line = target.line
      code.span = statementSpan
      code.emit(opcode)
      code.span = span(of: target)
      store(name)
    case .attribute(let object, let name):
      try compile(object)
      code.line = target.line
      code.emit(.dup)
      code.emit(.loadAttribute, attributeName(name))
      try compile(value)
      code.line = target.line
      code.span = statementSpan
      code.emit(opcode)
      code.span = span(of: target)
      code.emit(.rotTwo)
      code.emit(.storeAttribute, attributeName(name))
    case .subscription(let object, let index):
      try compile(object)
      try compileSubscriptIndex(index)
      code.line = target.line
      code.emit(.dupTwo)
      code.emit(.loadSubscript)
      try compile(value)
      code.line = target.line
      code.span = statementSpan
      code.emit(opcode)
      code.span = span(of: target)
      code.emit(.rotThree)
      code.emit(.storeSubscript)
    default:
      throw error("illegal expression for augmented assignment", at: target)
    }
  }

  func compileDelete(_ target: Expr) throws(SourceError) {
    code.line = target.line
    code.span = span(of: target)
    switch target.kind {
    case .name(let name):
      try delete(name, at: target)
    case .subscription(let object, let index):
      try compile(object)
      try compileSubscriptIndex(index)
      code.line = target.line
      code.emit(.deleteSubscript)
    case .tuple(let items), .list(let items):
      for item in items { try compileDelete(item) }
    case .attribute(let object, let name):
      try compile(object)
      code.line = target.line
      code.emit(.deleteAttribute, attributeName(name))
    default:
      throw error("cannot delete expression", at: target)
    }
  }
}
