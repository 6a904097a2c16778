/// Methods of int (bool inherits them).
extension Builtins {
  static func installIntMethods() {
    for type in [TypeID.int, .bool] {
      method(type, "bit_length") { a throws(PythonError) in
        try a.expect(0, 0)
        let v = a.receiver
        if IntArithmetic.sign(v) == 0 { return Value(smallInt: 0) }
        return Value.int(IntArithmetic.bitLength(v))
      }
    }
  }
}
