import AdderCompiler
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

@c(adder_op_frozen_set_from_constants)
func entryOpFrozenSetFromConstants(_ tuple: UInt64) -> UInt64 { Sets.frozenSetConstant(value(tuple)).raw }

// IC cases for sets: the stub has checked the operand types.

/// `item in set` / `item not in set` fused with its branch: 0 raised, 1 false, 2 true.
@c(adder_case_set_contains)
func entryCaseSetContains(_ item: UInt64, _ set: UInt64, _ opcode: Int) -> UInt64 {
  do {
    let found = try Sets.contains(value(set), value(item))
    return found == (opcode == Int(Opcode.contains.rawValue)) ? 2 : 1
  } catch {
    return 0
  }
}

/// A for-loop step over a set iterator: 0 raised, 1 exhausted, 2 produced into `slot`.
@c(adder_case_set_next)
func entryCaseSetNext(_ iterator: UInt64, _ slot: UnsafeMutableRawPointer) -> UInt64 {
  do {
    guard let next = try setIteratorNext(IteratorObject(value(iterator))) else { return 1 }
    slots(slot)[0] = next
    return 2
  } catch {
    return 0
  }
}
