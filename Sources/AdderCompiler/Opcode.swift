/// The one opcode table. Every tier reads it: the compiler emits these, the interpreter dispatches
/// on them, the disassembler prints them, and the JIT will translate them one by one.
///
/// An instruction is one 32-bit word: the low 8 bits are the opcode, the high 24 bits its argument
/// (see `Instruction`). The comment on each case gives the argument and the stack effect, with the
/// top of the stack on the right: `(a b -- c)` pops `b`, then `a`, and pushes `c`.
///
/// Each operator has its own opcode (not one `binaryOp` with an operator argument) because every
/// operation site gets its own inline cache in the JIT, and the site's kind is the opcode.
public enum Opcode: UInt8, CaseIterable, Sendable {
  /// The opcode whose raw value is `byte`, which must be one (the compiler wrote it, or a stub
  /// passes back an opcode's raw value). The cases have the implicit raw values 0, 1, 2 ... in
  /// declaration order, so the byte is already the enum's representation; `init(rawValue:)` on an
  /// enum this size is an out-of-line switch, which cost the interpreter a call per instruction.
  @inline(__always)
  public init(byte: UInt8) {
    assert(Int(byte) < Opcode.allCases.count, "not an opcode")
    self = unsafeBitCast(byte, to: Opcode.self)
  }

  // MARK: Stack
  /// ( -- )
  case nop
  /// (a -- )
  case pop
  /// (a -- a a)
  case dup
  /// (a b -- a b a b)
  case dupTwo
  /// (a b -- b a)
  case rotTwo
  /// (a b c -- c a b): the top moves down two places.
  case rotThree
  /// (a b c d -- d a b c): the top moves down three places.
  case rotFour

  // MARK: Constants and variables
  /// arg: constant index. ( -- constants[arg])
  case loadConst
  /// arg: local slot. ( -- locals[arg]); UnboundLocalError if the slot is empty.
  case loadFast
  /// arg: local slot. (v -- )
  case storeFast
  /// arg: local slot. ( -- ); UnboundLocalError if the slot is empty.
  case deleteFast
  /// arg: name index. ( -- globals[name] ?? builtins[name]); NameError if neither has it.
  case loadGlobal
  /// arg: name index. (v -- )
  case storeGlobal
  /// arg: name index. ( -- ); NameError if absent.
  case deleteGlobal
  /// arg: cell index (own cells first, then free variables). ( -- cell contents)
  case loadDeref
  /// arg: cell index. (v -- )
  case storeDeref
  /// arg: cell index. ( -- the cell object itself), to build a closure tuple.
  case loadClosure

  // MARK: Binary operators: (a b -- a op b)
  case add
  case subtract
  case multiply
  case trueDivide
  case floorDivide
  case modulo
  case power
  case leftShift
  case rightShift
  case bitAnd
  case bitOr
  case bitXor

  // MARK: Augmented assignment: (a b -- a op= b); mutates `a` in place where Python does (list +=).
  case inplaceAdd
  case inplaceSubtract
  case inplaceMultiply
  case inplaceTrueDivide
  case inplaceFloorDivide
  case inplaceModulo
  case inplacePower
  case inplaceLeftShift
  case inplaceRightShift
  case inplaceBitAnd
  case inplaceBitOr
  case inplaceBitXor

  // MARK: Unary operators: (a -- op a)
  case negative
  case positive
  case invert
  /// (a -- not a): always a bool.
  case not

  // MARK: Comparisons: (a b -- result)
  case compareLess
  case compareLessEqual
  case compareEqual
  case compareNotEqual
  case compareGreater
  case compareGreaterEqual
  /// (a b -- a is b)
  case `is`
  /// (a b -- a is not b)
  case isNot
  /// (a b -- a in b)
  case contains
  /// (a b -- a not in b)
  case notContains

  // MARK: Control flow (arg: absolute instruction index)
  /// ( -- ) jump to arg.
  case jump
  /// (c -- ) jump to arg if c is falsy.
  case popJumpIfFalse
  /// (c -- ) jump to arg if c is truthy.
  case popJumpIfTrue
  /// (c -- c) if c is falsy jump to arg keeping c, else pop c (for `and`).
  case jumpIfFalseOrPop
  /// (c -- c) if c is truthy jump to arg keeping c, else pop c (for `or`).
  case jumpIfTrueOrPop
  /// (iterable -- iterator)
  case getIterator
  /// (it -- it next) or, when exhausted, (it -- ) and jump to arg.
  case forIterator
  /// (v -- ) return v from the current frame.
  case returnValue

  // MARK: Containers
  /// arg: count. (v1 ... vn -- [v1, ..., vn])
  case buildList
  /// arg: count. (v1 ... vn -- (v1, ..., vn))
  case buildTuple
  /// arg: count of pairs. (k1 v1 ... kn vn -- {k1: v1, ...})
  case buildDict
  /// arg: 2 or 3. (start stop [step] -- slice)
  case buildSlice
  /// arg: depth. (list x1..x(arg-1) v -- list x1..x(arg-1)): appends v to the list found
  /// `arg` slots below the top after v is popped (arg = 1: the list is right under v).
  case listAppend
  /// arg: depth, as listAppend. (dict x.. k v -- dict x..): dict[k] = v.
  case dictInsert
  /// arg: depth, as listAppend. (list x.. iterable -- list x..): list.extend(iterable), for
  /// `[*a, *b]` and `f(*args)`.
  case listExtend
  /// arg: depth, as listAppend. (dict x.. mapping -- dict x..): dict.update(mapping), for
  /// `{**a}` and `f(**kwargs)`.
  case dictUpdate
  /// arg: count. (seq -- vn ... v1): the first item ends on top, ready for n stores.
  case unpackSequence
  /// arg: before | (after << 8), for `a, *b, c = seq`. (seq -- rest... ) as CPython's UNPACK_EX:
  /// pushes after items, then the list of the middle, then before items, first item on top.
  case unpackStarred
  /// (container key -- container[key])
  case loadSubscript
  /// (v container key -- ): container[key] = v
  case storeSubscript
  /// (container key -- ): del container[key]
  case deleteSubscript
  /// ADDED by the compiler. (list -- tuple): a tuple of the list's items, for tuple displays
  /// with `*x` (`(*a, b)`), which are built as a list with listAppend/listExtend first.
  case listToTuple

  // MARK: Attributes and calls
  /// arg: name index. (o -- o.name)
  case loadAttribute
  /// arg: name index. (v o -- ): o.name = v
  case storeAttribute
  /// arg: name index. (o -- method o) when o.name is a method of o's type (no bound method is
  /// made), else (o -- attr NULL) where NULL is an empty slot.
  case loadMethod
  /// arg: argument count n. (method self a1..an -- result); when self is NULL, calls method(a1..an).
  case callMethod
  /// arg: argument count n, including keyword arguments. (method self a1..an names -- result):
  /// `names` is a tuple constant naming the last len(names) arguments, as callKeywords.
  case callMethodKeywords
  /// arg: argument count n. (f a1..an -- f(a1..an))
  case call
  /// arg: argument count n, including keyword arguments. (f a1..an names -- result): `names` is a
  /// tuple of str naming the last len(names) of the n arguments.
  case callKeywords
  /// arg: 1 when a keyword dict is on the stack, else 0. (f args [kwargs] -- f(*args, **kwargs)):
  /// args is a list or tuple, kwargs a dict with str keys.
  case callUnpacked
  /// arg: constant index of the function's code. (defaults... [closure] -- function): pops
  /// `code.defaultCount` default values (first parameter's default deepest), then, when the code
  /// has free variables, a tuple of cells on top of them. ADDED: when `code.keywordOnlyDefaults`
  /// is not empty, one value per entry sits between the positional defaults and the closure:
  /// (defaults... kwdefaults... [closure] -- function).
  case makeFunction

  // MARK: Strings
  /// arg: conversion in bits 0-1 (0 none, 1 `!s`, 2 `!r`, 3 `!a`), bit 2 set when a format spec
  /// is on the stack. (v [spec] -- formatted str)
  case formatValue
  /// arg: count. (s1 ... sn -- s1 + ... + sn), all str.
  case buildString

  // MARK: Modules and errors
  /// arg: name index of a module. ( -- module)
  case importName
  /// arg: name index. (module -- module module.name), for `from m import name`.
  case importFrom
  /// arg: 1 when a message is on the stack, else 0. ([msg] -- ): raises AssertionError.
  case raiseAssertion
  /// arg: 0, 1 or 2. ([exception [cause]] -- ): `raise` (re-raise, arg 0), `raise exception`
  /// (arg 1) or `raise exception from cause` (arg 2).
  case raise

  // MARK: Added after the first tiers (keep new opcodes at the end: raw values are stable)
  /// arg: deref index of an own cell. ( -- ): puts a new, empty cell in the slot, replacing the
  /// one there. Emitted where a comprehension starts for each of its iteration variables that a
  /// lambda inside it captures: in CPython each run of a comprehension is its own scope, so the
  /// lambdas made during one run share one cell, and the next run gets a fresh one.
  case makeCell
  /// arg: depth, as dictUpdate. (callee args dict x.. mapping -- callee args dict x..):
  /// dict.update(mapping) for `f(**mapping)` (and for keyword arguments after a `**`), where
  /// `callee` sits `arg + 2` slots below the top after the mapping is popped. Raises CPython's
  /// call-site errors, naming the callee: "__main__.f() argument after ** must be a mapping, not
  /// list", and "__main__.f() got multiple values for keyword argument 'a'" when a key is
  /// already in the dict.
  case dictMergeForCall

  // MARK: Classes
  /// arg: base count n. (body name b1..bn -- class): runs `body` (the class body as a function
  /// returning its namespace, see loadLocals) and makes the class `name` with the bases.
  case buildClass
  /// ( -- dict): a dict of this frame's bound locals by name, in slot order; how a class body
  /// returns its namespace.
  case loadLocals
  /// arg: name index. (o -- ): del o.name
  case deleteAttribute

  // MARK: Exceptions and `with` (handlers are found through the code's exception table, never
  // through setup opcodes: see `ExceptionTableEntry`)
  /// (exc -- previous exc): at the start of a handler, pushes the exception being handled until
  /// now (None when there is none) under `exc` and makes `exc` the handled one.
  case pushExceptionInfo
  /// (previous -- ): restores the handled exception saved by pushExceptionInfo.
  case popExcept
  /// (exc type -- exc matches): `except type:`; TypeError when `type` is not an exception class
  /// or a tuple of them.
  case checkExceptionMatch
  /// (exc -- ): raises `exc` again, adding no traceback entry (the end of a handler that did not
  /// handle it, or of a `finally`).
  case reraise
  /// (manager -- exit enterResult): looks up `__exit__` and `__enter__` on the manager's type,
  /// keeps `__exit__` (bound) and calls `__enter__`.
  case beforeWith
  /// (exit previous exc -- exit previous exc result): calls exit(type(exc), exc, traceback).
  case withExceptStart
  // MARK: Sets (added with set and frozenset)
  /// arg: count. (v1 ... vn -- {v1, ..., vn}): the items added in order.
  case buildSet
  /// arg: depth, as listAppend. (set x.. v -- set x..): set.add(v), for set comprehensions.
  case setAdd
  /// arg: depth, as listAppend. (set x.. iterable -- set x..): set.update(iterable), for `{*a}`.
  case setUpdate
  /// (tuple -- set): a set display of more than two constants. CPython folds the items into a
  /// frozenset constant and merges it into a new set, which can lay the table out differently
  /// from adding the items one by one; this builds the frozenset from the tuple and merges it.
  case buildSetFromConstants
  /// (tuple -- frozenset): a set display of constants that is iterated or is the right operand of
  /// `in`: CPython's AST optimizer makes it a frozenset constant, so it is made once and
  /// iterates in that frozenset's order.
  case frozenSetFromConstants
}

/// One instruction: opcode in the low 8 bits, argument in the high 24 bits.
public struct Instruction: Equatable, Sendable {
  public var raw: UInt32

  public static let maxArgument = (1 << 24) - 1

  @inline(__always)
  public init(_ opcode: Opcode, _ argument: Int = 0) {
    precondition(argument >= 0 && argument <= Instruction.maxArgument, "argument out of range")
    raw = UInt32(opcode.rawValue) | (UInt32(argument) << 8)
  }

  @inline(__always)
  public var opcode: Opcode { Opcode(byte: UInt8(truncatingIfNeeded: raw)) }

  @inline(__always)
  public var argument: Int { Int(raw >> 8) }
}
