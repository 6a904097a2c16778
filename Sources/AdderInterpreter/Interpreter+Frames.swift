import AdderCompiler
import AdderRuntime

extension Interpreter {
  /// The cell (own or free) for deref index `index`.
  @inline(__always)
  static func derefSlot(_ frame: Frame, _ locals: UnsafeMutablePointer<Value>, _ index: Int) -> Value {
    locals[frame.info.pointee.localCount + index]
  }

  static func unboundLocal(_ frame: Frame, _ slot: Int) -> PythonError {
    let name = Runtime.codes[frame.info.pointee.index].code.localNames[slot]
    return raise(.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
  }

  static func unboundDeref(_ frame: Frame, _ index: Int) -> PythonError {
    let code = Runtime.codes[frame.info.pointee.index].code
    if index < code.cellNames.count {
      return raise(
        .unboundLocalError,
        "cannot access local variable '\(code.cellNames[index])' where it is not associated with a value")
    }
    let name = code.freeNames[index - code.cellNames.count]
    return raise(
      .nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
  }
}
