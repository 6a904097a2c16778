import AdderCompiler
import AdderRuntime

/// Where an inline-cache site is in its life cycle. Every site starts `.uninitialized`; the
/// inline-cache work moves sites on (monomorphic → polymorphic → megamorphic) by patching.
public enum SiteState: UInt8, Sendable {
  case uninitialized
  case monomorphic
  case polymorphic
  case megamorphic

  public var name: String {
    switch self {
    case .uninitialized: return "uninitialized"
    case .monomorphic: return "monomorphic"
    case .polymorphic: return "polymorphic"
    case .megamorphic: return "megamorphic"
    }
  }
}

/// What an IC site's miss handler knows about the site: which operation, where it is in the
/// program, its state and counters. Lives in raw memory for the whole run (machine code embeds
/// its address and passes it to the handler), so the handler reads it with plain loads.
public struct SiteDescriptor {
  /// The operation (the opcode; a comparison fused with its branch keeps the comparison's).
  public var opcode: Opcode
  public var state: SiteState
  /// True for a comparison fused with the branch that follows it.
  public var fusedBranch: Bool
  /// `Runtime.codes` index of the code object holding the site.
  public var codeIndex: Int32
  /// The instruction's index in its code.
  public var instructionIndex: Int32
  public var line: Int32
  /// 1-based; 0 when the compiler recorded none.
  public var column: Int32
  /// Executions that reached the miss handler (every execution, while the site has no cases).
  public var misses: Int
  /// Executions that a patched case handled (counted only when statistics are on), and, once
  /// the site is megamorphic, executions of the generic helper.
  public var hits: Int
  /// Small-int overflows handled by a case's own overflow exit (they call the generic helper
  /// without going through the miss handler): misses with reason "overflow".
  public var overflows: Int
  /// Index of the site's `SiteCache` in `JIT.caches` (-1 until the code is installed).
  public var cacheIndex: Int32

  /// Allocates a descriptor that is never freed (sites live as long as their machine code).
  static func make(
    opcode: Opcode, fusedBranch: Bool, codeIndex: Int, instructionIndex: Int, line: Int, column: Int
  ) -> UnsafeMutablePointer<SiteDescriptor> {
    let site = UnsafeMutablePointer<SiteDescriptor>.allocate(capacity: 1)
    site.initialize(
      to: SiteDescriptor(
        opcode: opcode, state: .uninitialized, fusedBranch: fusedBranch, codeIndex: Int32(codeIndex),
        instructionIndex: Int32(instructionIndex), line: Int32(line), column: Int32(column), misses: 0,
        hits: 0, overflows: 0, cacheIndex: -1))
    return site
  }

  /// The operation as Python spells it (`+`, `+=`, `<`, `[]`, `call`, `global` ...).
  public var operation: String { SiteDescriptor.spelling(opcode) }

  public static func spelling(_ opcode: Opcode) -> String {
    switch opcode {
    case .add: return "+"
    case .subtract: return "-"
    case .multiply: return "*"
    case .trueDivide: return "/"
    case .floorDivide: return "//"
    case .modulo: return "%"
    case .power: return "**"
    case .leftShift: return "<<"
    case .rightShift: return ">>"
    case .bitAnd: return "&"
    case .bitOr: return "|"
    case .bitXor: return "^"
    case .inplaceAdd: return "+="
    case .inplaceSubtract: return "-="
    case .inplaceMultiply: return "*="
    case .inplaceTrueDivide: return "/="
    case .inplaceFloorDivide: return "//="
    case .inplaceModulo: return "%="
    case .inplacePower: return "**="
    case .inplaceLeftShift: return "<<="
    case .inplaceRightShift: return ">>="
    case .inplaceBitAnd: return "&="
    case .inplaceBitOr: return "|="
    case .inplaceBitXor: return "^="
    case .negative: return "unary -"
    case .positive: return "unary +"
    case .invert: return "~"
    case .not, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop: return "bool"
    case .compareLess: return "<"
    case .compareLessEqual: return "<="
    case .compareEqual: return "=="
    case .compareNotEqual: return "!="
    case .compareGreater: return ">"
    case .compareGreaterEqual: return ">="
    case .contains: return "in"
    case .notContains: return "not in"
    case .loadSubscript: return "[]"
    case .storeSubscript: return "[]="
    case .loadGlobal: return "global"
    case .loadAttribute: return "."
    case .storeAttribute: return ".="
    case .loadMethod: return "method"
    case .call, .callKeywords, .callMethod, .callMethodKeywords, .callUnpacked: return "call"
    case .getIterator: return "iter"
    case .forIterator: return "next"
    default: return "\(opcode)"
    }
  }
}
