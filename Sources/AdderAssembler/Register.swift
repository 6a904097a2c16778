/// The width of an operand: which register view (`al`, `ax`, `eax`, `rax`) or how many bytes of
/// memory an instruction reads or writes.
public enum OperandSize: Int, Sendable {
  case byte = 1
  case word = 2
  case dword = 4
  case qword = 8
}

/// A general-purpose register at one width, as asmjit's `x86::Gp`: `.rax`, `.eax`, `.ax`, `.al`,
/// `.r8` … `.r15`, `.r8d`, `.r8w`, `.r8b`. The index is the hardware number 0–15; the width picks
/// the operand size of the instruction it appears in.
///
/// Byte registers are the low bytes only (`al`, `cl`, …, `spl`, `bpl`, `sil`, `dil`, `r8b` …):
/// the legacy high-byte registers `ah`…`bh` are not offered, so `spl`…`dil` always get a REX prefix.
public struct Register: Hashable, Sendable, CustomStringConvertible {
  /// Hardware number 0–15 (rax = 0, rcx = 1, … r15 = 15).
  public let index: UInt8
  public let size: OperandSize

  public init(index: UInt8, size: OperandSize) {
    precondition(index < 16, "general-purpose register index out of range")
    self.index = index
    self.size = size
  }

  /// The low three bits, as they go into ModRM.reg, ModRM.rm, SIB or the opcode.
  var low3: UInt8 { index & 7 }
  /// Whether the register needs a REX.R/X/B extension bit (r8–r15).
  var isExtended: Bool { index >= 8 }
  /// `spl`, `bpl`, `sil`, `dil` are only reachable with a REX prefix (without one the same
  /// numbers mean `ah`, `ch`, `dh`, `bh`).
  var needsREXForByteAccess: Bool { size == .byte && index >= 4 && index < 8 }

  /// The same hardware register at another width: `Register.rcx.resized(.dword) == .ecx`.
  public func resized(_ size: OperandSize) -> Register { Register(index: index, size: size) }

  public var description: String {
    let legacy = ["a", "c", "d", "b", "sp", "bp", "si", "di"]
    if index >= 8 {
      switch size {
      case .qword: return "r\(index)"
      case .dword: return "r\(index)d"
      case .word: return "r\(index)w"
      case .byte: return "r\(index)b"
      }
    }
    let name = legacy[Int(index)]
    let isPair = index < 4
    switch size {
    case .qword: return isPair ? "r\(name)x" : "r\(name)"
    case .dword: return isPair ? "e\(name)x" : "e\(name)"
    case .word: return isPair ? "\(name)x" : name
    case .byte: return "\(name)l"
    }
  }
}

// 64-bit registers.
extension Register {
  public static let rax = Register(index: 0, size: .qword)
  public static let rcx = Register(index: 1, size: .qword)
  public static let rdx = Register(index: 2, size: .qword)
  public static let rbx = Register(index: 3, size: .qword)
  public static let rsp = Register(index: 4, size: .qword)
  public static let rbp = Register(index: 5, size: .qword)
  public static let rsi = Register(index: 6, size: .qword)
  public static let rdi = Register(index: 7, size: .qword)
  public static let r8 = Register(index: 8, size: .qword)
  public static let r9 = Register(index: 9, size: .qword)
  public static let r10 = Register(index: 10, size: .qword)
  public static let r11 = Register(index: 11, size: .qword)
  public static let r12 = Register(index: 12, size: .qword)
  public static let r13 = Register(index: 13, size: .qword)
  public static let r14 = Register(index: 14, size: .qword)
  public static let r15 = Register(index: 15, size: .qword)

  /// All sixteen 64-bit registers in hardware order.
  public static let all64: [Register] = (0..<16).map { Register(index: UInt8($0), size: .qword) }
}

// 32-bit registers (writing one zero-extends into the full 64-bit register).
extension Register {
  public static let eax = Register(index: 0, size: .dword)
  public static let ecx = Register(index: 1, size: .dword)
  public static let edx = Register(index: 2, size: .dword)
  public static let ebx = Register(index: 3, size: .dword)
  public static let esp = Register(index: 4, size: .dword)
  public static let ebp = Register(index: 5, size: .dword)
  public static let esi = Register(index: 6, size: .dword)
  public static let edi = Register(index: 7, size: .dword)
  public static let r8d = Register(index: 8, size: .dword)
  public static let r9d = Register(index: 9, size: .dword)
  public static let r10d = Register(index: 10, size: .dword)
  public static let r11d = Register(index: 11, size: .dword)
  public static let r12d = Register(index: 12, size: .dword)
  public static let r13d = Register(index: 13, size: .dword)
  public static let r14d = Register(index: 14, size: .dword)
  public static let r15d = Register(index: 15, size: .dword)
}

// 16-bit registers.
extension Register {
  public static let ax = Register(index: 0, size: .word)
  public static let cx = Register(index: 1, size: .word)
  public static let dx = Register(index: 2, size: .word)
  public static let bx = Register(index: 3, size: .word)
  public static let sp = Register(index: 4, size: .word)
  public static let bp = Register(index: 5, size: .word)
  public static let si = Register(index: 6, size: .word)
  public static let di = Register(index: 7, size: .word)
  public static let r8w = Register(index: 8, size: .word)
  public static let r9w = Register(index: 9, size: .word)
  public static let r10w = Register(index: 10, size: .word)
  public static let r11w = Register(index: 11, size: .word)
  public static let r12w = Register(index: 12, size: .word)
  public static let r13w = Register(index: 13, size: .word)
  public static let r14w = Register(index: 14, size: .word)
  public static let r15w = Register(index: 15, size: .word)
}

// 8-bit registers (low bytes).
extension Register {
  public static let al = Register(index: 0, size: .byte)
  public static let cl = Register(index: 1, size: .byte)
  public static let dl = Register(index: 2, size: .byte)
  public static let bl = Register(index: 3, size: .byte)
  public static let spl = Register(index: 4, size: .byte)
  public static let bpl = Register(index: 5, size: .byte)
  public static let sil = Register(index: 6, size: .byte)
  public static let dil = Register(index: 7, size: .byte)
  public static let r8b = Register(index: 8, size: .byte)
  public static let r9b = Register(index: 9, size: .byte)
  public static let r10b = Register(index: 10, size: .byte)
  public static let r11b = Register(index: 11, size: .byte)
  public static let r12b = Register(index: 12, size: .byte)
  public static let r13b = Register(index: 13, size: .byte)
  public static let r14b = Register(index: 14, size: .byte)
  public static let r15b = Register(index: 15, size: .byte)
}

/// An SSE register, `.xmm0` … `.xmm15`; the assembler uses its low 64 bits for doubles.
public struct XMMRegister: Hashable, Sendable, CustomStringConvertible {
  public let index: UInt8

  public init(index: UInt8) {
    precondition(index < 16, "xmm register index out of range")
    self.index = index
  }

  var low3: UInt8 { index & 7 }
  var isExtended: Bool { index >= 8 }

  public var description: String { "xmm\(index)" }

  public static let xmm0 = XMMRegister(index: 0)
  public static let xmm1 = XMMRegister(index: 1)
  public static let xmm2 = XMMRegister(index: 2)
  public static let xmm3 = XMMRegister(index: 3)
  public static let xmm4 = XMMRegister(index: 4)
  public static let xmm5 = XMMRegister(index: 5)
  public static let xmm6 = XMMRegister(index: 6)
  public static let xmm7 = XMMRegister(index: 7)
  public static let xmm8 = XMMRegister(index: 8)
  public static let xmm9 = XMMRegister(index: 9)
  public static let xmm10 = XMMRegister(index: 10)
  public static let xmm11 = XMMRegister(index: 11)
  public static let xmm12 = XMMRegister(index: 12)
  public static let xmm13 = XMMRegister(index: 13)
  public static let xmm14 = XMMRegister(index: 14)
  public static let xmm15 = XMMRegister(index: 15)
}
