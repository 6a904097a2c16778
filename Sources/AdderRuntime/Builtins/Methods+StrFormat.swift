/// str.format: replacement fields `{}`, `{0}`, `{name}`, with `!r`/`!s` and a format spec.
extension Builtins {
  static func strFormatMethod(_ a: Arguments) throws(PythonError) -> Value {
    let template = Array(a.receiver.string)
    var out = ""
    var automatic = 0
    var i = 0
    while i < template.count {
      let c = template[i]
      if c == "}" {
        guard i + 1 < template.count, template[i + 1] == "}" else {
          throw raise(.valueError, "Single '}' encountered in format string")
        }
        out.append("}")
        i += 2
        continue
      }
      guard c == "{" else {
        out.append(c)
        i += 1
        continue
      }
      if i + 1 < template.count && template[i + 1] == "{" {
        out.append("{")
        i += 2
        continue
      }
      var j = i + 1
      var depth = 1
      while j < template.count {
        if template[j] == "{" { depth += 1 }
        if template[j] == "}" {
          depth -= 1
          if depth == 0 { break }
        }
        j += 1
      }
      guard j < template.count else { throw raise(.valueError, "expected '}' before end of string") }
      let field = String(template[(i + 1)..<j])
      i = j + 1
      var name = field
      var spec = ""
      var conversion: Character? = nil
      if let colon = field.firstIndex(of: ":") {
        name = String(field[..<colon])
        spec = String(field[field.index(after: colon)...])
      }
      if let bang = name.firstIndex(of: "!") {
        conversion = name[name.index(after: bang)...].first
        name = String(name[..<bang])
      }
      let value: Value
      if name.isEmpty {
        guard automatic < a.positionalCount else {
          throw raise(.indexError, "Replacement index \(automatic) out of range for positional args tuple")
        }
        value = a[automatic]
        automatic += 1
      } else if let index = Int(name) {
        guard index < a.positionalCount else {
          throw raise(.indexError, "Replacement index \(index) out of range for positional args tuple")
        }
        value = a[index]
      } else {
        guard let keyword = a.keyword(name) else { throw raise(.keyError, argument: Value.str(name)) }
        value = keyword
      }
      var converted = value
      if conversion == "r" { converted = try repr(value) } else if conversion == "s" { converted = try str(value) }
      out += try format(converted, Value.str(spec)).string
    }
    return Value.str(out)
  }
}
