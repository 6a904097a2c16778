/// A condition code: the low four bits of `jcc`, `setcc` and `cmovcc`.
///
/// Names follow what the flags mean after `cmp a, b`: `.less`/`.greater` are signed, `.below`/
/// `.above` unsigned. Pairs differ in their lowest bit, so `negated` flips it.
public enum Condition: UInt8, Sendable, CaseIterable {
  case overflow = 0x0  // o   OF = 1
  case noOverflow = 0x1  // no  OF = 0
  case below = 0x2  // b/c/nae   CF = 1
  case aboveOrEqual = 0x3  // ae/nb/nc  CF = 0
  case equal = 0x4  // e/z  ZF = 1
  case notEqual = 0x5  // ne/nz  ZF = 0
  case belowOrEqual = 0x6  // be/na  CF = 1 or ZF = 1
  case above = 0x7  // a/nbe  CF = 0 and ZF = 0
  case sign = 0x8  // s  SF = 1
  case notSign = 0x9  // ns  SF = 0
  case parity = 0xA  // p/pe  PF = 1 (unordered after ucomisd)
  case noParity = 0xB  // np/po  PF = 0
  case less = 0xC  // l/nge  SF != OF
  case greaterOrEqual = 0xD  // ge/nl  SF = OF
  case lessOrEqual = 0xE  // le/ng  ZF = 1 or SF != OF
  case greater = 0xF  // g/nle  ZF = 0 and SF = OF

  /// The opposite condition: `.equal.negated == .notEqual`.
  public var negated: Condition { Condition(rawValue: rawValue ^ 1)! }

  public static let zero = Condition.equal
  public static let notZero = Condition.notEqual
  public static let carry = Condition.below
  public static let noCarry = Condition.aboveOrEqual

  /// The mnemonic suffix GNU `as` and objdump use (`jo`, `setne`, `cmovl`).
  public var mnemonicSuffix: String {
    ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"][
      Int(rawValue)]
  }
}
