import AdderSyntax

extension Compiler {
  /// Calls: `f(a, k=v)` → call/callKeywords; `o.m(...)` → loadMethod + callMethod[Keywords];
  /// any `*`/`**` argument → an argument list (and dict) for callUnpacked.
  func compileCall(_ function: Expr, _ arguments: [Argument], line: Int) throws(SourceError) {
    if compileZeroArgumentSuper(function, arguments) { return }
    let hasStar = arguments.contains {
      switch $0 {
      case .starred, .doubleStarred: return true
      default: return false
      }
    }
    if case .attribute(let object, let name) = function.kind, !hasStar {
      try compile(object)
      let callSpan = code.span
      code.span = span(of: function)
      code.line = Int(code.span.line)
      code.emit(.loadMethod, attributeName(name))
      code.span = callSpan
      let keywordNames = try compilePlainArguments(arguments)
      code.line = line
      if keywordNames.isEmpty {
        code.emit(.callMethod, arguments.count)
      } else {
        code.loadConstant(.tuple(keywordNames.map { .string($0) }))
        code.emit(.callMethodKeywords, arguments.count)
      }
      return
    }
    try compile(function)
    if hasStar {
      try compileUnpackedArguments(arguments, line: line)
      return
    }
    let keywordNames = try compilePlainArguments(arguments)
    code.line = line
    if keywordNames.isEmpty {
      code.emit(.call, arguments.count)
    } else {
      code.loadConstant(.tuple(keywordNames.map { .string($0) }))
      code.emit(.callKeywords, arguments.count)
    }
  }

  /// Pushes positional then keyword values (the parser guarantees that order); returns the
  /// keyword names.
  private func compilePlainArguments(_ arguments: [Argument]) throws(SourceError) -> [String] {
    var keywordNames: [String] = []
    for argument in arguments {
      switch argument {
      case .positional(let value):
        try compile(value)
      case .keyword(let name, let value):
        try compile(value)
        keywordNames.append(name)
      case .starred(let value), .doubleStarred(let value):
        try compile(value)
      }
    }
    return keywordNames
  }

  /// `f(a, *b, c, k=1, **d)`: a list of positionals and a dict of keywords, then callUnpacked.
  /// `**` mappings merge with dictMergeForCall, which finds the callee under the list and dict.
  private func compileUnpackedArguments(_ arguments: [Argument], line: Int) throws(SourceError) {
    let positionals = arguments.filter {
      switch $0 {
      case .positional, .starred: return true
      default: return false
      }
    }
    if positionals.count == 1, case .starred(let value) = positionals[0] {
      // A lone `*x` goes to the call as is, as CPython's CALL_FUNCTION_EX has it: the call makes
      // it a tuple and reports a non-iterable naming the callee, after the keywords are evaluated.
      try compile(value)
    } else {
      try compilePositionalList(positionals, line: line)
    }
    var dictBuilt = false
    var pendingPairs = 0
    for argument in arguments {
      switch argument {
      case .keyword(let name, let value):
        code.loadConstant(.string(name))
        try compile(value)
        if dictBuilt {
          // Merged, not inserted, so a keyword a `**` mapping already gave is an error.
          code.line = line
          code.emit(.buildDict, 1)
          code.emit(.dictMergeForCall, 1)
        } else {
          pendingPairs += 1
        }
      case .doubleStarred(let value):
        if !dictBuilt {
          code.line = line
          code.emit(.buildDict, pendingPairs)
          dictBuilt = true
        }
        try compile(value)
        code.line = line
        code.emit(.dictMergeForCall, 1)
      default:
        continue
      }
    }
    if !dictBuilt && pendingPairs > 0 {
      code.line = line
      code.emit(.buildDict, pendingPairs)
      dictBuilt = true
    }
    code.line = line
    code.emit(.callUnpacked, dictBuilt ? 1 : 0)
  }

  /// The positional arguments as one list: `a, *b, c` → buildList, listExtend, listAppend.
  private func compilePositionalList(_ arguments: [Argument], line: Int) throws(SourceError) {
    var positionalCount = 0
    var listBuilt = false
    for argument in arguments {
      switch argument {
      case .positional(let value):
        try compile(value)
        if listBuilt {
          code.line = line
          code.emit(.listAppend, 1)
        } else {
          positionalCount += 1
        }
      case .starred(let value):
        if !listBuilt {
          code.line = line
          code.emit(.buildList, positionalCount)
          listBuilt = true
        }
        try compile(value)
        code.line = line
        code.emit(.listExtend, 1)
      default:
        continue
      }
    }
    if !listBuilt {
      code.line = line
      code.emit(.buildList, positionalCount)
    }
  }
}
