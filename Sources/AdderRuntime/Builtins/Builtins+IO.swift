/// Files and the console: `open`, `input`, `exit`/`quit`, and the methods of file objects.
extension Builtins {
  static func installIO(_ add: (String, Value) -> Void) {
    add(
      "open",
      function("open") { a throws(PythonError) in
        try a.expect(1, 2, keywords: ["file", "mode", "encoding", "errors", "newline"])
        // Text is UTF-8 with `\n` lines, decoded strictly: the newline and errors arguments that
        // ask for exactly that are accepted.
        if let newline = a.keyword("newline"), !newline.isNone {
          guard newline.isStr, ["", "\n"].contains(newline.string) else {
            throw raise(
              .valueError, "unsupported: newline \(try reprString(newline)) (only None, '' or '\\n')")
          }
        }
        if let errors = a.keyword("errors"), !errors.isNone {
          guard errors.isStr, errors.string == "strict" else {
            throw raise(.valueError, "unsupported: errors \(try reprString(errors)) (only 'strict')")
          }
        }
        if let encoding = a.keyword("encoding"), !encoding.isNone {
          let name = encoding.isStr ? encoding.string.lowercased() : ""
          guard name == "utf-8" || name == "utf8" else {
            throw raise(.valueError, "unsupported: encoding \(try reprString(encoding)) (only UTF-8)")
          }
        }
        guard let file = a.argument(0, "file") else {
          throw raise(.typeError, "open() missing required argument 'file' (pos 1)")
        }
        return try Files.open(file, mode: a.argument(1, "mode") ?? Runtime.intern("r"))
      })
    add(
      "input",
      function("input") { a throws(PythonError) in
        try a.expect(0, 1)
        if a.positionalCount == 1 {
          Output.write(try strString(a[0]))
          try Output.check()
        }
        guard let line = try Files.readStandardInputLine() else {
          throw raise(.eofError, "EOF when reading a line")
        }
        return Value.str(line)
      })
    for name in ["exit", "quit"] {
      add(
        name,
        function(name) { a throws(PythonError) in
          try a.expect(0, 1, keywords: ["code"])
          throw raise(.systemExit, argument: a.argument(0, "code") ?? .none)
        })
    }
    installFileMethods()
  }

  static func installFileMethods() {
    func file(_ a: Arguments) -> FileObject { FileObject(a.receiver) }
    method(.textIOWrapper, "write") { a throws(PythonError) in
      try a.expect(1, 1)
      return Value.int(try file(a).write(a[0]))
    }
    method(.textIOWrapper, "writelines") { a throws(PythonError) in
      try a.expect(1, 1)
      let iterator = try getIterator(a[0])
      while let line = try iteratorNext(iterator) { _ = try file(a).write(line) }
      return .none
    }
    method(.textIOWrapper, "read") { a throws(PythonError) in
      try a.expect(0, 1)
      var limit: Int? = nil
      if a.positionalCount == 1 && !a[0].isNone {
        guard let n = IntArithmetic.small(a[0]) else {
          throw raise(.typeError, "argument should be integer or None, not '\(typeName(a[0]))'")
        }
        limit = n < 0 ? nil : n
      }
      return try file(a).read(limit)
    }
    method(.textIOWrapper, "readline") { a throws(PythonError) in
      try a.expect(0, 0)
      return try file(a).readLine()
    }
    method(.textIOWrapper, "readlines") { a throws(PythonError) in
      try a.expect(0, 0)
      let lines = ListObject.make()
      while true {
        let line = try file(a).readLine()
        if StrObject(line).byteCount == 0 { break }
        try lines.appendChecked(line)
      }
      return lines.ref.value
    }
    method(.textIOWrapper, "close") { a throws(PythonError) in
      try a.expect(0, 0)
      file(a).close()
      return .none
    }
    // Files are context managers: `with open(...) as f:` closes the file on the way out.
    method(.textIOWrapper, "__enter__") { a throws(PythonError) in
      try a.expect(0, 0)
      try file(a).checkOpen()
      return a.receiver
    }
    method(.textIOWrapper, "__exit__") { a throws(PythonError) in
      try a.expect(0, Int.max)
      file(a).close()
      return .none
    }
    method(.textIOWrapper, "flush") { a throws(PythonError) in
      try a.expect(0, 0)
      try file(a).checkOpen()
      if file(a).slot == 1 {
        Output.flush()
        try Output.check()
      }
      return .none
    }
  }
}
