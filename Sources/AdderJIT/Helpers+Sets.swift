import AdderRuntime

// Building sets (displays and comprehensions): plain helpers over `OpcodeSemantics`, as the
// other container builders in Helpers+Operations.swift.

@c(adder_op_build_set)
func entryOpBuildSet(_ items: UnsafeMutableRawPointer, _ count: Int) -> UInt64 {
  catching { () throws(PythonError) in try OpcodeSemantics.buildSet(slots(items), count) }
}

@c(adder_op_set_add)
func entryOpSetAdd(_ set: UInt64, _ item: UInt64) -> UInt64 {
  status { () throws(PythonError) in try OpcodeSemantics.setAdd(value(set), value(item)) }
}

@c(adder_op_set_update)
func entryOpSetUpdate(_ set: UInt64, _ iterable: UInt64) -> UInt64 {
  status { () throws(PythonError) in try OpcodeSemantics.setUpdate(value(set), value(iterable)) }
}

@c(adder_op_build_set_from_constants)
func entryOpBuildSetFromConstants(_ tuple: UInt64) -> UInt64 { Sets.fromConstants(value(tuple)).raw }
