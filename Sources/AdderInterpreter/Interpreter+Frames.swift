import AdderCompiler
import AdderRuntime

extension Interpreter {
  static func unboundLocal(_ info: UnsafeMutablePointer<CodeInfo>, _ slot: Int) -> PythonError {
    let name = Runtime.codes[info.pointee.index].code.localNames[slot]
    return raise(
      .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
  }

  static func unboundDeref(_ info: UnsafeMutablePointer<CodeInfo>, _ index: Int) -> PythonError {
    let code = Runtime.codes[info.pointee.index].code
    if index < code.cellNames.count {
      return raise(
        .unboundLocalError,
        "cannot access local variable '\(code.cellNames[index])' where it is not associated with a value")
    }
    let name = code.freeNames[index - code.cellNames.count]
    return raise(
      .nameError,
      "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
  }
}
