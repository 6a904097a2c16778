/// The multiplier applied to the index register of a memory operand.
public enum Scale: UInt8, Sendable {
  case x1 = 0
  case x2 = 1
  case x4 = 2
  case x8 = 3
}

/// A memory operand, as asmjit's `x86::Mem`:
///
///     Memory(base: .rdi, displacement: 8)                        // [rdi + 8]
///     Memory(base: .rax, index: .rcx, scale: .x8, displacement: 16)  // [rax + rcx*8 + 16]
///     Memory.rip(displacement: 0x40)                             // [rip + 0x40]
///     Memory.rip(label)                                          // [rip + label]
///
/// `size` is the width of the access. It matters only when no register operand fixes the operand
/// size (`add qword [rdi], 1`, `inc dword [rax]`, `movzx eax, byte [rsi]`); with a register
/// operand the register's width wins.
///
/// The encoder handles the special cases of the ModRM/SIB encoding: rsp and r12 as a base need a
/// SIB byte, rbp and r13 as a base need a displacement even when it is zero, and rsp cannot be an
/// index.
public struct Memory: Sendable {
  enum Base: Sendable {
    case register(Register)
    /// RIP-relative with a fixed displacement from the end of the instruction.
    case rip
    /// RIP-relative to a label of the same assembler, resolved when the label is bound.
    case label(Label)
  }

  let base: Base
  let index: Register?
  let scale: Scale
  public let displacement: Int32
  public private(set) var size: OperandSize

  /// `[base + displacement]`.
  public init(base: Register, displacement: Int32 = 0, size: OperandSize = .qword) {
    precondition(base.size == .qword, "a base register must be a 64-bit register")
    self.base = .register(base)
    self.index = nil
    self.scale = .x1
    self.displacement = displacement
    self.size = size
  }

  /// `[base + index*scale + displacement]`.
  public init(
    base: Register, index: Register, scale: Scale = .x1, displacement: Int32 = 0,
    size: OperandSize = .qword
  ) {
    precondition(base.size == .qword && index.size == .qword, "address registers must be 64-bit")
    precondition(index.index != Register.rsp.index, "rsp cannot be an index register")
    self.base = .register(base)
    self.index = index
    self.scale = scale
    self.displacement = displacement
    self.size = size
  }

  init(base: Base, displacement: Int32, size: OperandSize) {
    self.base = base
    self.index = nil
    self.scale = .x1
    self.displacement = displacement
    self.size = size
  }

  /// `[rip + displacement]`: the displacement counts from the end of the instruction.
  public static func rip(displacement: Int32, size: OperandSize = .qword) -> Memory {
    Memory(base: .rip, displacement: displacement, size: size)
  }

  /// `[rip + label + displacement]`: the address of a label of the same assembler (constants
  /// placed after the code, jump tables).
  public static func rip(_ label: Label, displacement: Int32 = 0, size: OperandSize = .qword)
    -> Memory
  {
    Memory(base: .label(label), displacement: displacement, size: size)
  }

  /// The same address accessed at another width: `Memory(base: .rdi).sized(.byte)`.
  public func sized(_ size: OperandSize) -> Memory {
    var copy = self
    copy.size = size
    return copy
  }
}
