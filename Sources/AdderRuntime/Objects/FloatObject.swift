/// A double outside the inline range (inf, nan, very large or very small magnitudes).
///
/// ```
/// offset 8   the double
/// ```
public struct FloatObject {
  public let ref: ObjectRef
  static let valueOffset = 8
  static let size = 16

  @inline(__always) public init(_ value: Value) { ref = ObjectRef(value) }
  @inline(__always) public var double: Double { ref.load(FloatObject.valueOffset, as: Double.self) }
}

extension Value {
  /// float (inline or boxed).
  @inline(__always) public var isFloat: Bool { isInlineFloat || isObject(.float) }

  @inline(__always) public static func float(_ d: Double) -> Value {
    if let inline = Value.inlineFloat(d) { return inline }
    return boxFloat(d)
  }

  @inline(never)
  static func boxFloat(_ d: Double) -> Value {
    let object = Heap.allocate(size: FloatObject.size, tag: .float)
    object.store(FloatObject.valueOffset, d)
    return object.value
  }

  /// The double of a float value (inline or boxed).
  @inline(__always) public var double: Double {
    isInlineFloat ? inlineFloat : FloatObject(self).double
  }
}
