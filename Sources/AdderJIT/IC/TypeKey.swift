import AdderAssembler
import AdderRuntime

/// What an IC case guards on about one operand: its type, finer than Python's where machine
/// code treats the forms differently (a small int and a big int are both `int` to Python, but
/// only the small one takes the tagged fast path; the statistics call the other "bigint").
enum TypeKey: Hashable, Sendable {
  case smallInt
  case bigInt
  case bool
  case none
  /// A float, inline or boxed (a case guarding on float accepts both).
  case float
  /// Any other heap object, by its header tag (str, list, tuple, dict, function, iterator ...).
  case object(ObjectTag)
  /// Ellipsis, and anything else that is not worth a case.
  case other

  init(_ value: Value) {
    if value.isSmallInt {
      self = .smallInt
    } else if value.isInlineFloat {
      self = .float
    } else if value.isHeapObject {
      switch value.objectTag {
      case .bigInt: self = .bigInt
      case .float: self = .float
      default: self = .object(value.objectTag)
      }
    } else if value.isBool {
      self = .bool
    } else if value.isNone {
      self = .none
    } else {
      self = .other
    }
  }

  /// The name the statistics show: Python's type name, "bigint" for an int outside the small
  /// range.
  static func name(of value: Value) -> String {
    switch TypeKey(value) {
    case .bigInt: return "bigint"
    default: return typeName(value)
    }
  }

  /// Emits a test of the value in `register` that jumps to `fail` when it is not of this key.
  /// Clobbers `scratch`.
  func emitGuard(_ asm: Assembler, _ register: Register, scratch: Register, fail: Label) {
    switch self {
    case .smallInt:
      asm.test(register.resized(.byte), 1)
      asm.jump(.zero, to: fail)
    case .bool:
      // False and True differ only in bit 4.
      asm.mov(scratch, register)
      asm.and(scratch, ~Int32(0x10))
      asm.cmp(scratch, Int32(Value.false.raw))
      asm.jump(.notEqual, to: fail)
    case .none:
      asm.cmp(register, Int32(Value.none.raw))
      asm.jump(.notEqual, to: fail)
    case .float:
      let isFloat = asm.makeLabel()
      asm.mov(scratch, register)
      asm.and(scratch, Int32(Value.tagMask))
      asm.cmp(scratch, Int32(Value.floatTag))
      asm.jump(.equal, to: isFloat)
      TypeKey.emitHeapGuard(asm, register, scratch: scratch, tag: .float, fail: fail)
      asm.bind(isFloat)
    case .bigInt:
      TypeKey.emitHeapGuard(asm, register, scratch: scratch, tag: .bigInt, fail: fail)
    case .object(let tag):
      TypeKey.emitHeapGuard(asm, register, scratch: scratch, tag: tag, fail: fail)
    case .other:
      asm.jump(to: fail)
    }
  }

  /// A heap object (low three bits 0, not the empty word) whose header tag is `tag`.
  static func emitHeapGuard(
    _ asm: Assembler, _ register: Register, scratch: Register, tag: ObjectTag, fail: Label
  ) {
    asm.test(register.resized(.byte), Int32(Value.tagMask))
    asm.jump(.notZero, to: fail)
    asm.test(register, register)
    asm.jump(.zero, to: fail)
    asm.movzx(scratch.resized(.dword), Memory(base: register, size: .byte))
    asm.cmp(scratch.resized(.dword), Int32(tag.rawValue))
    asm.jump(.notEqual, to: fail)
  }
}

/// The operand types a site looks at (one or two), without allocating: the key of its cases and
/// of its type counts.
struct TypePair: Hashable {
  let first: TypeKey
  let second: TypeKey?
  /// Finer detail for the counts only (an iterator's or exception's kind), so that the names
  /// shown (`list_iterator`, `range_iterator`) are right.
  let firstDetail: UInt32
  let secondDetail: UInt32

  init(_ a: Value, _ b: Value?) {
    first = TypeKey(a)
    second = b.map { TypeKey($0) }
    firstDetail = TypePair.detail(a)
    secondDetail = b.map { TypePair.detail($0) } ?? 0
  }

  var keys: [TypeKey] { second.map { [first, $0] } ?? [first] }

  /// The case key: the types without the display detail.
  var caseKey: CaseKey { .types(TypePair(first: first, second: second)) }

  private init(first: TypeKey, second: TypeKey?) {
    self.first = first
    self.second = second
    firstDetail = 0
    secondDetail = 0
  }

  static func detail(_ value: Value) -> UInt32 {
    guard value.isHeapObject else { return 0 }
    switch value.objectTag {
    case .iterator: return UInt32(IteratorObject(value).kind.rawValue)
    case .dictView, .exception: return ObjectRef(value).extra
    // Instances are counted by class, so that the statistics name each class.
    case .instance: return UInt32(Shapes.classID(of: InstanceObject(value).shape))
    default: return 0
    }
  }
}
