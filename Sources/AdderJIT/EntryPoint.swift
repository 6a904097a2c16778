import AdderRuntime

/// One runtime entry point machine code may call: a C-convention (`@c`) function and what the
/// code generator must know about it. Machine code calls nothing that is not in
/// `EntryPoint.all` (plus other machine code, through a frame's `entry`).
public struct EntryPoint: @unchecked Sendable {
  /// How the result word is to be read.
  public enum Result: String, Sendable {
    /// A Value word; 0 means an exception was raised (and is pending).
    case value
    /// A void operation: 1 done, 0 raised.
    case status
    /// A Python truth or an iteration step: 0 raised, 1 false (or exhausted), 2 true (or an item
    /// was written).
    case branch
    /// A call being prepared: 0 raised, 1 done (result in the callee's slot), else the `Frame*`
    /// pushed for a Python function, to be entered at its `entry`.
    case frame
    /// Always 0: the entry raises (or records an unwinding frame) and never succeeds.
    case raised
  }

  /// The C symbol.
  public let name: String
  public let address: UnsafeRawPointer
  /// The arguments in order (rdi, rsi, rdx, rcx, r8): raw Value words, slot pointers, counts,
  /// the frame record, the site descriptor.
  public let arguments: [String]
  public let result: Result
  public let raises: Bool
  public let allocates: Bool
  /// May run Python code (and so machine code, the collector, anything).
  public let reentersPython: Bool

  init(
    _ name: String, _ address: UnsafeRawPointer, _ arguments: [String], _ result: Result,
    raises: Bool = true, allocates: Bool = true, reenters: Bool = true
  ) {
    self.name = name
    self.address = address
    self.arguments = arguments
    self.result = result
    self.raises = raises
    self.allocates = allocates
    self.reentersPython = reenters
  }
}

@inline(__always) private func entryAddress<F>(_ function: F) -> UnsafeRawPointer {
  unsafeBitCast(function, to: UnsafeRawPointer.self)
}

private typealias ValueSlots = UnsafeMutableRawPointer

extension EntryPoint {
  // IC site miss handlers.
  static let siteBinary = EntryPoint(
    "adder_site_binary",
    entryAddress(entrySiteBinary as @convention(c) (UInt64, UInt64, SitePointer) -> UInt64),
    ["a", "b", "site"], .value)
  static let siteCompareBranch = EntryPoint(
    "adder_site_compare_branch",
    entryAddress(entrySiteCompareBranch as @convention(c) (UInt64, UInt64, SitePointer) -> UInt64),
    ["a", "b", "site"], .branch)
  static let siteUnary = EntryPoint(
    "adder_site_unary", entryAddress(entrySiteUnary as @convention(c) (UInt64, SitePointer) -> UInt64),
    ["a", "site"],
    .value)
  static let siteTruth = EntryPoint(
    "adder_site_truth", entryAddress(entrySiteTruth as @convention(c) (UInt64, SitePointer) -> UInt64),
    ["a", "site"],
    .branch)
  static let siteStoreSubscript = EntryPoint(
    "adder_site_store_subscript",
    entryAddress(entrySiteStoreSubscript as @convention(c) (UInt64, UInt64, UInt64, SitePointer) -> UInt64),
    ["value", "container", "key", "site"], .status)
  static let siteGlobal = EntryPoint(
    "adder_site_global",
    entryAddress(entrySiteGlobal as @convention(c) (UInt64, UInt64, SitePointer) -> UInt64),
    ["globals", "name", "site"], .value, allocates: true, reenters: false)
  static let siteAttribute = EntryPoint(
    "adder_site_attribute",
    entryAddress(entrySiteAttribute as @convention(c) (UInt64, UInt64, SitePointer) -> UInt64),
    ["object", "name", "site"], .value)
  static let siteMethod = EntryPoint(
    "adder_site_method",
    entryAddress(entrySiteMethod as @convention(c) (ValueSlots, UInt64, SitePointer) -> UInt64),
    ["slots", "name", "site"], .status)
  static let siteNext = EntryPoint(
    "adder_site_next",
    entryAddress(entrySiteNext as @convention(c) (UInt64, ValueSlots, SitePointer) -> UInt64),
    ["iterator", "slot", "site"], .branch)
  static let siteCall = EntryPoint(
    "adder_site_call",
    entryAddress(entrySiteCall as @convention(c) (ValueSlots, Int, UInt64, SitePointer) -> UInt),
    ["base", "count", "keywordNames", "site"], .frame)
  static let siteCallMethod = EntryPoint(
    "adder_site_call_method",
    entryAddress(entrySiteCallMethod as @convention(c) (ValueSlots, Int, UInt64, SitePointer) -> UInt),
    ["base", "count", "keywordNames", "site"], .frame)
  static let siteCallUnpacked = EntryPoint(
    "adder_site_call_unpacked",
    entryAddress(entrySiteCallUnpacked as @convention(c) (ValueSlots, Int, SitePointer) -> UInt),
    ["base", "hasKeywords", "site"], .frame)

  // Case helpers: the operation for a case whose operand types the stub has checked.
  static let caseDunder = EntryPoint(
    "adder_case_dunder",
    entryAddress(entryCaseDunder as @convention(c) (UInt64, UInt64, UInt64, Int) -> UInt64),
    ["a", "b", "method", "opcode"], .value)
  static let caseBinary = EntryPoint(
    "adder_case_binary", entryAddress(entryCaseBinary as @convention(c) (UInt64, UInt64, Int) -> UInt64),
    ["a", "b", "opcode"], .value)
  /// int op int for `+ - *` and their in-place forms: the int arithmetic itself (`IntArithmetic`).
  static let caseInt = EntryPoint(
    "adder_case_int", entryAddress(entryCaseInt as @convention(c) (UInt64, UInt64, Int) -> UInt64),
    ["a", "b", "opcode"], .value)
  /// A builtin of one positional argument (`math.sqrt(x)`): its one-argument body.
  static let caseBuiltinOne = EntryPoint(
    "adder_case_builtin_one", entryAddress(entryCaseBuiltinOne as @convention(c) (UInt64, Int) -> UInt64),
    ["argument", "index"], .value)
  /// A builtin of two positional arguments (`isinstance(x, C)`): its two-argument body.
  static let caseBuiltinTwo = EntryPoint(
    "adder_case_builtin_two",
    entryAddress(entryCaseBuiltinTwo as @convention(c) (UInt64, UInt64, Int) -> UInt64),
    ["first", "second", "index"], .value)
  /// str + str (and `+=`, strs being immutable): the runtime's concatenation, skipping the generic
  /// operator dispatch. Never raises.
  static let caseStrConcat = EntryPoint(
    "adder_case_str_concat", entryAddress(entryCaseStrConcat as @convention(c) (UInt64, UInt64) -> UInt64),
    ["a", "b"], .value)
  static let caseCompareBranch = EntryPoint(
    "adder_case_compare_branch",
    entryAddress(entryCaseCompareBranch as @convention(c) (UInt64, UInt64, Int) -> UInt64),
    ["a", "b", "opcode"], .branch)
  static let caseUnary = EntryPoint(
    "adder_case_unary", entryAddress(entryCaseUnary as @convention(c) (UInt64, Int) -> UInt64),
    ["a", "opcode"], .value)
  static let caseTruth = EntryPoint(
    "adder_case_truth", entryAddress(entryCaseTruth as @convention(c) (UInt64) -> UInt64), ["a"], .branch)
  static let caseStoreSubscript = EntryPoint(
    "adder_case_store_subscript",
    entryAddress(entryCaseStoreSubscript as @convention(c) (UInt64, UInt64, UInt64) -> UInt64),
    ["value", "container", "key"], .status)
  static let siteStoreAttribute = EntryPoint(
    "adder_site_store_attribute",
    entryAddress(entrySiteStoreAttribute as @convention(c) (UInt64, UInt64, UInt64, SitePointer) -> UInt64),
    ["object", "name", "value", "site"], .status)
  static let caseAttribute = EntryPoint(
    "adder_case_attribute", entryAddress(entryCaseAttribute as @convention(c) (UInt64, UInt64) -> UInt64),
    ["object", "name"], .value)
  static let caseMethod = EntryPoint(
    "adder_case_method",
    entryAddress(entryCaseMethod as @convention(c) (UnsafeMutableRawPointer, UInt64) -> UInt64),
    ["slots", "name"], .status)
  static let caseNext = EntryPoint(
    "adder_case_next",
    entryAddress(entryCaseNext as @convention(c) (UInt64, UnsafeMutableRawPointer) -> UInt64),
    ["iterator", "slot"], .branch)
  static let caseCall = EntryPoint(
    "adder_case_call", entryAddress(entryCaseCall as @convention(c) (UnsafeMutableRawPointer, Int) -> UInt),
    ["base", "count"], .frame)
  static let caseCallMethod = EntryPoint(
    "adder_case_call_method",
    entryAddress(entryCaseCallMethod as @convention(c) (UnsafeMutableRawPointer, Int) -> UInt),
    ["base", "count"], .frame)
  static let caseEnterExact = EntryPoint(
    "adder_case_enter_exact",
    entryAddress(entryCaseEnterExact as @convention(c) (UnsafeMutableRawPointer, UInt64) -> UInt),
    ["arguments", "function"], .frame, allocates: false, reenters: false)

  static let caseEnterBound = EntryPoint(
    "adder_case_enter_bound",
    entryAddress(entryCaseEnterBound as @convention(c) (UnsafeMutableRawPointer, UInt64, Int) -> UInt),
    ["arguments", "function", "count"], .frame)
  static let caseNewInstance = EntryPoint(
    "adder_case_new_instance", entryAddress(entryCaseNewInstance as @convention(c) (UInt64) -> UInt64),
    ["class"], .value, raises: false, reenters: false)
  static let caseInitReturned = EntryPoint(
    "adder_case_init_returned", entryAddress(entryCaseInitReturned as @convention(c) (UInt64) -> UInt64),
    ["result"], .raised, reenters: false)
  static let boxFloat = EntryPoint(
    "adder_box_float", entryAddress(entryBoxFloat as @convention(c) (UInt64) -> UInt64), ["double bits"],
    .value, raises: false, reenters: false)

  // Frames.
  static let unwind = EntryPoint(
    "adder_unwind", entryAddress(entryUnwind as @convention(c) (Int, FramePointer) -> UInt64),
    ["instructionIndex", "frame"], .raised, raises: false, allocates: true, reenters: false)

  // Exceptions and `with`.
  static let pushHandled = EntryPoint(
    "adder_op_push_handled", entryAddress(entryOpPushHandled as @convention(c) (UInt64) -> UInt64),
    ["exception"], .value, raises: false, allocates: false, reenters: false)
  static let popHandled = EntryPoint(
    "adder_op_pop_handled", entryAddress(entryOpPopHandled as @convention(c) (UInt64) -> UInt64),
    ["previous"], .status, raises: false, allocates: false, reenters: false)
  static let exceptionMatch = EntryPoint(
    "adder_op_exception_match",
    entryAddress(entryOpExceptionMatch as @convention(c) (UInt64, UInt64) -> UInt64),
    ["exception", "type"], .value, reenters: false)
  static let reraise = EntryPoint(
    "adder_op_reraise", entryAddress(entryOpReraise as @convention(c) (UInt64) -> UInt64),
    ["exception"], .raised, allocates: false, reenters: false)
  static let raiseFrom = EntryPoint(
    "adder_op_raise_from", entryAddress(entryOpRaiseFrom as @convention(c) (UInt64, UInt64) -> UInt64),
    ["exception", "cause"], .raised)
  static let beforeWith = EntryPoint(
    "adder_op_before_with", entryAddress(entryOpBeforeWith as @convention(c) (ValueSlots) -> UInt64),
    ["slots"], .status)
  static let withExceptStart = EntryPoint(
    "adder_op_with_except_start",
    entryAddress(entryOpWithExceptStart as @convention(c) (UInt64, UInt64) -> UInt64),
    ["exit", "exception"], .value)

  // Plain operations.
  static let buildList = EntryPoint(
    "adder_op_build_list", entryAddress(entryOpBuildList as @convention(c) (ValueSlots, Int) -> UInt64),
    ["items", "count"], .value, raises: false, reenters: false)
  static let buildTuple = EntryPoint(
    "adder_op_build_tuple", entryAddress(entryOpBuildTuple as @convention(c) (ValueSlots, Int) -> UInt64),
    ["items", "count"], .value, raises: false, reenters: false)
  static let buildDict = EntryPoint(
    "adder_op_build_dict", entryAddress(entryOpBuildDict as @convention(c) (ValueSlots, Int) -> UInt64),
    ["items", "pairs"], .value)
  static let buildSlice = EntryPoint(
    "adder_op_build_slice", entryAddress(entryOpBuildSlice as @convention(c) (ValueSlots, Int) -> UInt64),
    ["items", "count"], .value, raises: false, reenters: false)
  static let buildString = EntryPoint(
    "adder_op_build_string", entryAddress(entryOpBuildString as @convention(c) (ValueSlots, Int) -> UInt64),
    ["items", "count"], .value, raises: false, reenters: false)
  static let listToTuple = EntryPoint(
    "adder_op_list_to_tuple", entryAddress(entryOpListToTuple as @convention(c) (UInt64) -> UInt64), ["list"],
    .value,
    raises: false, reenters: false)
  static let listAppend = EntryPoint(
    "adder_op_list_append", entryAddress(entryOpListAppend as @convention(c) (UInt64, UInt64) -> UInt64),
    ["list", "item"], .status, raises: false, reenters: false)
  static let dictInsert = EntryPoint(
    "adder_op_dict_insert",
    entryAddress(entryOpDictInsert as @convention(c) (UInt64, UInt64, UInt64) -> UInt64),
    ["dict", "key", "value"], .status)
  static let listExtend = EntryPoint(
    "adder_op_list_extend", entryAddress(entryOpListExtend as @convention(c) (UInt64, UInt64) -> UInt64),
    ["list", "iterable"], .status)
  static let dictUpdate = EntryPoint(
    "adder_op_dict_update", entryAddress(entryOpDictUpdate as @convention(c) (UInt64, UInt64) -> UInt64),
    ["dict", "mapping"], .status)
  static let dictMergeForCall = EntryPoint(
    "adder_op_dict_merge_for_call",
    entryAddress(entryOpDictMergeForCall as @convention(c) (UInt64, UInt64, UInt64) -> UInt64),
    ["dict", "mapping", "callee"], .status)
  static let unpack = EntryPoint(
    "adder_op_unpack", entryAddress(entryOpUnpack as @convention(c) (UInt64, Int, ValueSlots) -> UInt64),
    ["sequence", "count", "destination"], .status)
  static let unpackStarred = EntryPoint(
    "adder_op_unpack_starred",
    entryAddress(entryOpUnpackStarred as @convention(c) (UInt64, Int, ValueSlots) -> UInt64),
    ["sequence", "flags", "destination"], .status)
  static let deleteSubscript = EntryPoint(
    "adder_op_delete_subscript",
    entryAddress(entryOpDeleteSubscript as @convention(c) (UInt64, UInt64) -> UInt64),
    ["container", "key"], .status)
  static let storeAttribute = EntryPoint(
    "adder_op_store_attribute",
    entryAddress(entryOpStoreAttribute as @convention(c) (UInt64, UInt64, UInt64) -> UInt64),
    ["object", "name", "value"], .status)
  static let buildClass = EntryPoint(
    "adder_op_build_class", entryAddress(entryOpBuildClass as @convention(c) (ValueSlots, Int) -> UInt64),
    ["items", "baseCount"], .value)
  static let loadLocals = EntryPoint(
    "adder_op_load_locals", entryAddress(entryOpLoadLocals as @convention(c) (FramePointer) -> UInt64),
    ["frame"], .value, raises: false, reenters: false)
  static let deleteAttribute = EntryPoint(
    "adder_op_delete_attribute",
    entryAddress(entryOpDeleteAttribute as @convention(c) (UInt64, UInt64) -> UInt64),
    ["object", "name"], .status)
  static let makeFunction = EntryPoint(
    "adder_op_make_function",
    entryAddress(entryOpMakeFunction as @convention(c) (Int, FramePointer, ValueSlots) -> UInt64),
    ["codeIndex", "frame", "operands"], .value, raises: false, reenters: false)
  static let makeCell = EntryPoint(
    "adder_op_make_cell", entryAddress(entryOpMakeCell as @convention(c) () -> UInt64), [], .value,
    raises: false,
    reenters: false)
  static let formatValue = EntryPoint(
    "adder_op_format_value",
    entryAddress(entryOpFormatValue as @convention(c) (UInt64, Int, UInt64) -> UInt64),
    ["value", "conversion", "spec"], .value)
  static let importName = EntryPoint(
    "adder_op_import_name", entryAddress(entryOpImportName as @convention(c) (UInt64) -> UInt64), ["name"],
    .value)
  static let importFrom = EntryPoint(
    "adder_op_import_from", entryAddress(entryOpImportFrom as @convention(c) (UInt64, UInt64) -> UInt64),
    ["module", "name"], .value)
  static let raiseAssertion = EntryPoint(
    "adder_op_raise_assertion", entryAddress(entryOpRaiseAssertion as @convention(c) (UInt64) -> UInt64),
    ["message or 0"], .raised, reenters: false)
  static let raise = EntryPoint(
    "adder_op_raise", entryAddress(entryOpRaise as @convention(c) (UInt64) -> UInt64), ["exception or 0"],
    .raised,
    reenters: false)
  static let storeGlobal = EntryPoint(
    "adder_op_store_global",
    entryAddress(entryOpStoreGlobal as @convention(c) (FramePointer, UInt64, UInt64) -> UInt64),
    ["frame", "name", "value"], .status)
  static let deleteGlobal = EntryPoint(
    "adder_op_delete_global",
    entryAddress(entryOpDeleteGlobal as @convention(c) (FramePointer, UInt64) -> UInt64),
    ["frame", "name"], .status)
  static let unboundLocal = EntryPoint(
    "adder_op_unbound_local",
    entryAddress(entryOpUnboundLocal as @convention(c) (FramePointer, Int) -> UInt64),
    ["frame", "slot"], .raised, reenters: false)
  static let unboundDeref = EntryPoint(
    "adder_op_unbound_deref",
    entryAddress(entryOpUnboundDeref as @convention(c) (FramePointer, Int) -> UInt64),
    ["frame", "index"], .raised, reenters: false)

  // Sets.
  static let buildSet = EntryPoint(
    "adder_op_build_set", entryAddress(entryOpBuildSet as @convention(c) (ValueSlots, Int) -> UInt64),
    ["items", "count"], .value)
  static let setAdd = EntryPoint(
    "adder_op_set_add", entryAddress(entryOpSetAdd as @convention(c) (UInt64, UInt64) -> UInt64),
    ["set", "item"], .status)
  static let setUpdate = EntryPoint(
    "adder_op_set_update", entryAddress(entryOpSetUpdate as @convention(c) (UInt64, UInt64) -> UInt64),
    ["set", "iterable"], .status)
  static let buildSetFromConstants = EntryPoint(
    "adder_op_build_set_from_constants",
    entryAddress(entryOpBuildSetFromConstants as @convention(c) (UInt64) -> UInt64), ["tuple"], .value,
    raises: false, reenters: false)
  static let frozenSetFromConstants = EntryPoint(
    "adder_op_frozen_set_from_constants",
    entryAddress(entryOpFrozenSetFromConstants as @convention(c) (UInt64) -> UInt64), ["tuple"], .value,
    raises: false, reenters: false)

  static let caseSetContains = EntryPoint(
    "adder_case_set_contains",
    entryAddress(entryCaseSetContains as @convention(c) (UInt64, UInt64, Int) -> UInt64),
    ["item", "set", "opcode"], .branch)
  static let caseSetNext = EntryPoint(
    "adder_case_set_next",
    entryAddress(entryCaseSetNext as @convention(c) (UInt64, UnsafeMutableRawPointer) -> UInt64),
    ["iterator", "slot"], .branch)

  /// The registry: every entry point machine code may call.
  public static let all: [EntryPoint] = [
    siteBinary, siteCompareBranch, siteUnary, siteTruth, siteStoreSubscript, siteGlobal, siteAttribute,
    siteMethod, siteNext, siteCall, siteCallMethod, siteCallUnpacked, unwind, buildList, siteStoreAttribute,
    caseDunder,
    buildTuple, buildDict, buildSlice, buildString, listToTuple, listAppend, dictInsert, listExtend,
    dictUpdate, dictMergeForCall, unpack, unpackStarred, deleteSubscript, storeAttribute, makeFunction,
    buildClass, loadLocals, deleteAttribute,
    makeCell, formatValue, importName, importFrom, raiseAssertion, raise, storeGlobal, deleteGlobal,
    unboundLocal, unboundDeref, caseBinary, caseInt, caseBuiltinOne, caseBuiltinTwo, caseStrConcat,
    caseCompareBranch,
    caseUnary, caseTruth,
    caseStoreSubscript,
    caseAttribute, caseMethod, caseNext, caseCall, caseCallMethod, caseEnterExact, caseEnterBound,
    caseNewInstance,
    caseInitReturned, boxFloat,
    pushHandled, popHandled, exceptionMatch, reraise, raiseFrom, beforeWith, withExceptStart,
    buildSet, setAdd, setUpdate, buildSetFromConstants, frozenSetFromConstants, caseSetContains,
    caseSetNext,
  ]
}
