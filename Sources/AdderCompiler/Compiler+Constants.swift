import AdderSyntax

extension Compiler {
  /// The constant an expression folds to: literals, a negated number literal (so `-5` and
  /// `-9223372036854775808` are single constants, as in CPython), and tuples of constants.
  func constantValue(_ expr: Expr) -> Constant? {
    switch expr.kind {
    case .int(let digits): return intConstant(digits, negative: false)
    case .float(let value): return .float(value)
    case .string(let text): return .string(text)
    case .bool(let value): return .bool(value)
    case .none: return Constant.none
    case .ellipsis: return .ellipsis
    case .unary(.negative, let operand):
      switch operand.kind {
      case .int(let digits): return intConstant(digits, negative: true)
      case .float(let value): return .float(-value)
      default: return nil
      }
    case .tuple(let items):
      var constants: [Constant] = []
      for item in items {
        guard let constant = constantValue(item) else { return nil }
        constants.append(constant)
      }
      return .tuple(constants)
    default:
      return nil
    }
  }

  /// `.int` when the value fits in 64 bits, else `.bigInt` with the literal's digits.
  func intConstant(_ digits: String, negative: Bool) -> Constant {
    var radix = 10
    var body = Substring(digits)
    if digits.hasPrefix("0x") || digits.hasPrefix("0o") || digits.hasPrefix("0b") {
      radix = digits.hasPrefix("0x") ? 16 : digits.hasPrefix("0o") ? 8 : 2
      body = digits.dropFirst(2)
    }
    if let magnitude = UInt64(body, radix: radix) {
      if !negative, magnitude <= UInt64(Int64.max) { return .int(Int64(magnitude)) }
      if negative, magnitude <= UInt64(Int64.max) { return .int(-Int64(magnitude)) }
      if negative, magnitude == UInt64(Int64.max) + 1 { return .int(Int64.min) }
    }
    return .bigInt((negative ? "-" : "") + digits)
  }
}
