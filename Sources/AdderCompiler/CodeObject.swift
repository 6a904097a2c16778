/// A compile-time constant. The compiler knows nothing of runtime values; the runtime turns each
/// constant into a Value once, when it loads the code.
public indirect enum Constant: Equatable, Sendable {
  case none
  case bool(Bool)
  /// An int that fits in 64 bits.
  case int(Int64)
  /// An int literal too large for 64 bits: its digits without underscores, in decimal or with a
  /// `0x`/`0o`/`0b` prefix, with a leading "-" if negative.
  case bigInt(String)
  case float(Double)
  case string(String)
  case tuple([Constant])
  case ellipsis
  /// The body of a function or lambda, for `makeFunction`.
  case code(CodeObject)

  public static func == (lhs: Constant, rhs: Constant) -> Bool {
    switch (lhs, rhs) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.bigInt(let a), .bigInt(let b)): return a == b
    // Bit equality: 0.0 and -0.0 are different constants, and a NaN equals itself.
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    // Code points, not String == (canonical equivalence would make "é" equal "e\u{301}").
    case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
    case (.tuple(let a), .tuple(let b)): return a == b
    case (.code(let a), .code(let b)): return a === b
    default: return false
    }
  }
}

/// The source an instruction belongs to, as CPython 3.11's instruction positions have it: a
/// traceback underlines `column..<endColumn` of `line` (1-based code point columns; a span over
/// several lines is underlined to the end of its first line). A binary operator marks its
/// operator (`~~^~~`) and a subscript its index (`~^^^`): `anchorStart` is the end of the left
/// operand or the subscripted object, `anchorEnd` the start of the right operand or the end of
/// the index.
public struct SourceSpan: Sendable, Equatable {
  public enum Anchor: UInt8, Sendable { case none, binary, subscription }

  public var line: Int32
  public var column: Int32
  public var endLine: Int32
  public var endColumn: Int32
  public var anchor: Anchor
  public var anchorStart: Int32
  public var anchorEnd: Int32

  public init(
    line: Int, column: Int, endLine: Int, endColumn: Int, anchor: Anchor = .none,
    anchorStart: Int = 0, anchorEnd: Int = 0
  ) {
    self.line = Int32(clamping: line)
    self.column = Int32(clamping: column)
    self.endLine = Int32(clamping: endLine)
    self.endColumn = Int32(clamping: endColumn)
    self.anchor = anchor
    self.anchorStart = Int32(clamping: anchorStart)
    self.anchorEnd = Int32(clamping: anchorEnd)
  }

  /// No position: a traceback shows no markers.
  public static let unknown = SourceSpan(line: 0, column: 0, endLine: 0, endColumn: 0)
}

/// The instructions of a comprehension the compiler inlined. CPython 3.11 runs each one as a
/// function (`<listcomp>`, `<dictcomp>`, `<genexpr>`), so a traceback from inside it shows a
/// frame of that name: the enclosing frame's entry is then at the comprehension itself.
public struct InlinedFrame: Sendable, Equatable {
  public let name: String
  /// From the first step of the first iterator to the end of the loop (the first iterable is
  /// evaluated in the enclosing frame, as in CPython).
  public let instructions: Range<Int>
  /// Where the enclosing frame's entry points: the comprehension (for a generator expression,
  /// the call consuming it).
  public let line: Int
  public let span: SourceSpan

  public init(name: String, instructions: Range<Int>, line: Int, span: SourceSpan) {
    self.name = name
    self.instructions = instructions
    self.line = line
    self.span = span
  }
}

/// One row of a code object's exception table, as CPython 3.11's: an exception raised by an
/// instruction in `start..<end` cuts the operand stack to `depth` items, pushes the exception and
/// continues at `handler`. Rows never overlap: each instruction has only its innermost handler.
public struct ExceptionTableEntry: Sendable, Equatable {
  public let start: Int
  public let end: Int
  public let handler: Int
  public let depth: Int

  public init(start: Int, end: Int, handler: Int, depth: Int) {
    self.start = start
    self.end = end
    self.handler = handler
    self.depth = depth
  }
}

/// The compiled body of a module, function or lambda: bytecode plus everything its instructions'
/// arguments index into. Immutable once the compiler has built it.
public final class CodeObject: @unchecked Sendable {
  /// `<module>`, the function's name, or `<lambda>`.
  public let name: String
  /// The name used in tracebacks and reprs, e.g. `outer.<locals>.inner`.
  public let qualifiedName: String
  public let filename: String
  public let firstLine: Int
  /// True for the module's top-level code (its names are globals).
  public let isModule: Bool

  /// Positional parameters (those with defaults included), in order; they are locals 0..<count.
  public let parameterCount: Int
  /// Keyword-only parameters, after `*` or `*args`; they follow the positional ones in the locals.
  public let keywordOnlyCount: Int
  /// How many trailing positional parameters have defaults (popped by `makeFunction`).
  public let defaultCount: Int
  /// Local slot of `*args` if present (after the named parameters).
  public let varArgsSlot: Int?
  /// Local slot of `**kwargs` if present (after `*args`).
  public let varKeywordsSlot: Int?

  /// Names of all local slots, parameters first.
  public let localNames: [String]
  /// Locals captured by inner functions: each gets a cell at frame entry.
  public let cellNames: [String]
  /// For each cell, the local slot of the parameter it starts from, or nil if it starts empty.
  public let cellParameterSlots: [Int?]
  /// Variables of enclosing functions this code reads through the closure tuple; deref indices
  /// `cellNames.count...` refer to them.
  public let freeNames: [String]

  /// Global, attribute, method and module names used by the instructions.
  public let names: [String]
  public let constants: [Constant]
  public let instructions: [Instruction]
  /// The source line of each instruction (same length as `instructions`).
  public let lines: [Int32]
  /// The deepest the operand stack gets while this code runs (the frame reserves that much).
  public let maxStackDepth: Int
  /// ADDED by the compiler. Indices (ascending, into the keyword-only parameters) of the
  /// keyword-only parameters that have defaults, e.g. `[1]` for `def f(*, a, b=2)`.
  /// `makeFunction` pops one value for each, above the positional defaults (the first listed
  /// deepest), and the function uses them when those keyword arguments are not passed.
  public let keywordOnlyDefaults: [Int]
  /// ADDED by the compiler. The 1-based source column of each instruction (the start of the
  /// expression or statement it belongs to), for IC site positions; empty if unknown.
  public let columns: [Int32]
  /// The source span of each instruction, for tracebacks' position markers; empty if unknown.
  public let spans: [SourceSpan]
  /// The comprehensions inlined into this code, for the frames tracebacks show for them.
  public let inlinedFrames: [InlinedFrame]
  /// Where an exception raised by each instruction is handled (empty: nowhere in this code).
  public let exceptionTable: [ExceptionTableEntry]

  public init(
    name: String, qualifiedName: String, filename: String, firstLine: Int, isModule: Bool,
    parameterCount: Int, keywordOnlyCount: Int, defaultCount: Int, varArgsSlot: Int?,
    varKeywordsSlot: Int?, localNames: [String], cellNames: [String], cellParameterSlots: [Int?],
    freeNames: [String], names: [String], constants: [Constant], instructions: [Instruction],
    lines: [Int32], maxStackDepth: Int, keywordOnlyDefaults: [Int] = [], columns: [Int32] = [],
    spans: [SourceSpan] = [], inlinedFrames: [InlinedFrame] = [],
    exceptionTable: [ExceptionTableEntry] = []
  ) {
    precondition(instructions.count == lines.count, "one line per instruction")
    precondition(cellNames.count == cellParameterSlots.count, "one parameter slot per cell")
    self.name = name
    self.qualifiedName = qualifiedName
    self.filename = filename
    self.firstLine = firstLine
    self.isModule = isModule
    self.parameterCount = parameterCount
    self.keywordOnlyCount = keywordOnlyCount
    self.defaultCount = defaultCount
    self.varArgsSlot = varArgsSlot
    self.varKeywordsSlot = varKeywordsSlot
    self.localNames = localNames
    self.cellNames = cellNames
    self.cellParameterSlots = cellParameterSlots
    self.freeNames = freeNames
    self.names = names
    self.constants = constants
    self.instructions = instructions
    self.lines = lines
    self.maxStackDepth = maxStackDepth
    self.keywordOnlyDefaults = keywordOnlyDefaults
    self.columns = columns
    self.spans = spans
    self.inlinedFrames = inlinedFrames
    self.exceptionTable = exceptionTable
  }

  /// The handler of an exception raised by instruction `index`, if any.
  public func handler(at index: Int) -> ExceptionTableEntry? {
    for entry in exceptionTable where entry.start <= index && index < entry.end { return entry }
    return nil
  }

  /// The source column of instruction `index` (1-based), or 0 when unknown.
  public func column(at index: Int) -> Int { index < columns.count ? Int(columns[index]) : 0 }

  /// The source span of instruction `index`, or `.unknown`.
  public func span(at index: Int) -> SourceSpan {
    index >= 0 && index < spans.count ? spans[index] : .unknown
  }

  /// Locals, parameters included.
  public var localCount: Int { localNames.count }
  /// Own cells plus free variables: the size of the frame's cell area.
  public var derefCount: Int { cellNames.count + freeNames.count }
}
