import AdderCompiler
import AdderRuntime

// Operations whose behaviour does not depend on operand types in a way a cache could use
// (building containers, unpacking, functions, imports, raise): plain helpers over
// `OpcodeSemantics`. `items` point at operand slots in the value stack, deepest first. Status
// results: 1 done, 0 raised.

@inline(__always) func status(_ body: () throws(PythonError) -> Void) -> UInt64 {
  do {
    try body()
    return 1
  } catch {
    return 0
  }
}

@c(adder_op_build_list)
func entryOpBuildList(_ items: UnsafeMutableRawPointer, _ count: Int) -> UInt64 {
  OpcodeSemantics.buildList(slots(items), count).raw
}

@c(adder_op_build_tuple)
func entryOpBuildTuple(_ items: UnsafeMutableRawPointer, _ count: Int) -> UInt64 {
  OpcodeSemantics.buildTuple(slots(items), count).raw
}

@c(adder_op_build_dict)
func entryOpBuildDict(_ items: UnsafeMutableRawPointer, _ count: Int) -> UInt64 {
  catching { () throws(PythonError) in try OpcodeSemantics.buildDict(slots(items), count) }
}

@c(adder_op_build_slice)
func entryOpBuildSlice(_ items: UnsafeMutableRawPointer, _ count: Int) -> UInt64 {
  OpcodeSemantics.buildSlice(slots(items), count).raw
}

@c(adder_op_build_string)
func entryOpBuildString(_ items: UnsafeMutableRawPointer, _ count: Int) -> UInt64 {
  OpcodeSemantics.buildString(slots(items), count).raw
}

@c(adder_op_list_to_tuple)
func entryOpListToTuple(_ list: UInt64) -> UInt64 { OpcodeSemantics.listToTuple(value(list)).raw }

@c(adder_op_list_append)
func entryOpListAppend(_ list: UInt64, _ item: UInt64) -> UInt64 {
  ListObject(value(list)).append(value(item))
  return 1
}

@c(adder_op_dict_insert)
func entryOpDictInsert(_ dict: UInt64, _ key: UInt64, _ item: UInt64) -> UInt64 {
  status { () throws(PythonError) in try DictObject(value(dict)).set(value(key), value(item)) }
}

@c(adder_op_list_extend)
func entryOpListExtend(_ list: UInt64, _ iterable: UInt64) -> UInt64 {
  status { () throws(PythonError) in try listExtend(value(list), value(iterable)) }
}

@c(adder_op_dict_update)
func entryOpDictUpdate(_ dict: UInt64, _ mapping: UInt64) -> UInt64 {
  status { () throws(PythonError) in try dictMerge(value(dict), value(mapping)) }
}

@c(adder_op_dict_merge_for_call)
func entryOpDictMergeForCall(_ dict: UInt64, _ mapping: UInt64, _ callee: UInt64) -> UInt64 {
  status { () throws(PythonError) in try dictMergeForCall(value(dict), value(mapping), callee: value(callee))
  }
}

@c(adder_op_unpack)
func entryOpUnpack(_ sequence: UInt64, _ count: Int, _ destination: UnsafeMutableRawPointer) -> UInt64 {
  status { () throws(PythonError) in try unpack(value(sequence), count: count, into: slots(destination)) }
}

@c(adder_op_unpack_starred)
func entryOpUnpackStarred(_ sequence: UInt64, _ flags: Int, _ destination: UnsafeMutableRawPointer) -> UInt64
{
  status { () throws(PythonError) in
    _ = try unpackStarred(value(sequence), before: flags & 0xFF, after: flags >> 8, into: slots(destination))
  }
}

@c(adder_op_delete_subscript)
func entryOpDeleteSubscript(_ container: UInt64, _ key: UInt64) -> UInt64 {
  status { () throws(PythonError) in try deleteItem(value(container), value(key)) }
}

@c(adder_op_store_attribute)
func entryOpStoreAttribute(_ object: UInt64, _ name: UInt64, _ item: UInt64) -> UInt64 {
  status { () throws(PythonError) in try storeAttribute(value(object), value(name), value(item)) }
}

@c(adder_op_build_class)
func entryOpBuildClass(_ items: UnsafeMutableRawPointer, _ baseCount: Int) -> UInt64 {
  catching { () throws(PythonError) in try OpcodeSemantics.buildClass(slots(items), baseCount) }
}

@c(adder_op_load_locals)
func entryOpLoadLocals(_ frame: FramePointer) -> UInt64 {
  let record = frameRecord(frame).pointee
  return OpcodeSemantics.loadLocals(record.locals, record.info).raw
}

@c(adder_op_delete_attribute)
func entryOpDeleteAttribute(_ object: UInt64, _ name: UInt64) -> UInt64 {
  status { () throws(PythonError) in try deleteAttribute(value(object), value(name)) }
}

@c(adder_op_make_function)
func entryOpMakeFunction(_ codeIndex: Int, _ frame: FramePointer, _ operands: UnsafeMutableRawPointer)
  -> UInt64
{
  OpcodeSemantics.makeFunction(
    Runtime.codes[codeIndex], globals: frameRecord(frame).pointee.globals, operands: slots(operands)
  ).raw
}

@c(adder_op_make_cell)
func entryOpMakeCell() -> UInt64 { CellObject.make().raw }

@c(adder_op_format_value)
func entryOpFormatValue(_ item: UInt64, _ conversion: Int, _ spec: UInt64) -> UInt64 {
  catching { () throws(PythonError) in
    try OpcodeSemantics.formatValue(value(item), conversion: conversion, spec: value(spec))
  }
}

@c(adder_op_import_name)
func entryOpImportName(_ name: UInt64) -> UInt64 {
  catching { () throws(PythonError) in try Modules.importModule(value(name)) }
}

@c(adder_op_import_from)
func entryOpImportFrom(_ module: UInt64, _ name: UInt64) -> UInt64 {
  catching { () throws(PythonError) in try importFrom(value(module), value(name)) }
}

@c(adder_op_raise_assertion)
func entryOpRaiseAssertion(_ message: UInt64) -> UInt64 {
  _ = OpcodeSemantics.assertionFailed(message == 0 ? nil : value(message))
  return 0
}

@c(adder_op_raise)
func entryOpRaise(_ exception: UInt64) -> UInt64 {
  if exception == 0 {
    _ = OpcodeSemantics.reraise()
  } else {
    do { _ = try raiseValue(value(exception)) } catch {}
  }
  return 0
}

@c(adder_op_store_global)
func entryOpStoreGlobal(_ frame: FramePointer, _ name: UInt64, _ item: UInt64) -> UInt64 {
  status { () throws(PythonError) in
    try OpcodeSemantics.storeGlobal(frameRecord(frame).pointee.globals, value(name), value(item))
  }
}

@c(adder_op_delete_global)
func entryOpDeleteGlobal(_ frame: FramePointer, _ name: UInt64) -> UInt64 {
  status { () throws(PythonError) in
    try OpcodeSemantics.deleteGlobal(frameRecord(frame).pointee.globals, value(name))
  }
}

@c(adder_op_unbound_local)
func entryOpUnboundLocal(_ frame: FramePointer, _ slot: Int) -> UInt64 {
  _ = OpcodeSemantics.unboundLocal(frameRecord(frame).pointee.info, slot)
  return 0
}

@c(adder_op_unbound_deref)
func entryOpUnboundDeref(_ frame: FramePointer, _ index: Int) -> UInt64 {
  _ = OpcodeSemantics.unboundDeref(frameRecord(frame).pointee.info, index)
  return 0
}

/// A double outside the inline float range, boxed (float cases call this for inf, nan, huge and
/// tiny results).
@c(adder_box_float)
func entryBoxFloat(_ bits: UInt64) -> UInt64 { Value.float(Double(bitPattern: bits)).raw }

// Exceptions and `with` (the semantics are `Exceptions`').

@c(adder_op_push_handled)
func entryOpPushHandled(_ exception: UInt64) -> UInt64 { Exceptions.pushHandled(value(exception)).raw }

@c(adder_op_pop_handled)
func entryOpPopHandled(_ previous: UInt64) -> UInt64 {
  Exceptions.popHandled(value(previous))
  return 1
}

@c(adder_op_exception_match)
func entryOpExceptionMatch(_ exception: UInt64, _ type: UInt64) -> UInt64 {
  catching { () throws(PythonError) in Value(bool: try Exceptions.matches(value(exception), value(type))) }
}

@c(adder_op_reraise)
func entryOpReraise(_ exception: UInt64) -> UInt64 {
  Runtime.pendingException = value(exception)
  return 0
}

@c(adder_op_raise_from)
func entryOpRaiseFrom(_ exception: UInt64, _ cause: UInt64) -> UInt64 {
  do { _ = try Exceptions.raiseFrom(value(exception), cause: value(cause)) } catch {}
  return 0
}

@c(adder_op_before_with)
func entryOpBeforeWith(_ items: UnsafeMutableRawPointer) -> UInt64 {
  status { () throws(PythonError) in try Exceptions.beforeWith(slots(items)) }
}

@c(adder_op_with_except_start)
func entryOpWithExceptStart(_ exit: UInt64, _ exception: UInt64) -> UInt64 {
  catching { () throws(PythonError) in try Exceptions.withExceptStart(value(exit), value(exception)) }
}
