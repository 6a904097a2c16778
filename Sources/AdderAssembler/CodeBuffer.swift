/// A position in the code an assembler emits, bound once with `Assembler.bind(_:)`.
public struct Label: Hashable, Sendable {
  let id: Int
}

/// The bytes an assembler emitted, with the offsets of its bound labels: what a `Patcher`
/// copies into executable memory.
///
/// `origin` is the address the code was assembled for, when its emitter knew it (absolute calls
/// then use rel32); code without an origin is position-independent and installs anywhere.
public struct CodeBuffer: Sendable {
  public private(set) var bytes: [UInt8] = []
  /// Offset of each label by id; nil while unbound.
  var labelOffsets: [Int?] = []
  public let origin: UInt64?

  public init(origin: UInt64? = nil) {
    self.origin = origin
    bytes.reserveCapacity(1024)
  }

  public var count: Int { bytes.count }

  /// The offset a bound label stands for.
  public func offset(of label: Label) -> Int {
    guard let offset = labelOffsets[label.id] else { preconditionFailure("label \(label.id) is not bound") }
    return offset
  }

  @inline(__always) mutating func emit8(_ value: UInt8) { bytes.append(value) }

  @inline(__always) mutating func emit16(_ value: UInt16) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
  }

  @inline(__always) mutating func emit32(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  @inline(__always) mutating func emit64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Rewrites bytes already emitted (label fixups while assembling; never live code).
  mutating func overwrite(at offset: Int, littleEndian value: UInt64, width: Int) {
    for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> UInt64(8 * index)) }
  }

  mutating func addLabel() -> Label {
    labelOffsets.append(nil)
    return Label(id: labelOffsets.count - 1)
  }

  mutating func bindLabel(_ label: Label, at offset: Int) {
    precondition(labelOffsets[label.id] == nil, "label \(label.id) bound twice")
    labelOffsets[label.id] = offset
  }
}
