/// str.format: replacement fields `{}`, `{0}`, `{name}`, `{0[1]}`, `{p.x}`, with `!r`/`!s`/`!a`
/// and a format spec that may itself hold replacement fields (`{0:{1}}`).
extension Builtins {
  static func strFormatMethod(_ a: Arguments) throws(PythonError) -> Value {
    var state = FormatState()
    let template = Array(a.receiver.string.unicodeScalars)
    return Value.str(try formatTemplate(template, a, &state, depth: 2))
  }

  struct FormatState {
    var automatic = 0
    var manual = false
  }

  static func formatTemplate(
    _ template: [Unicode.Scalar], _ a: Arguments, _ state: inout FormatState, depth: Int
  ) throws(PythonError) -> String {
    if depth <= 0 { throw raise(.valueError, "Max string recursion exceeded") }
    var out = String.UnicodeScalarView()
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
      if i + 1 == template.count { throw raise(.valueError, "Single '{' encountered in format string") }
      var j = i + 1
      var nesting = 1
      var inBrackets = false
      while j < template.count {
        let d = template[j]
        if d == "[" { inBrackets = true } else if d == "]" { inBrackets = false }
        if !inBrackets || d == "{" || d == "}" {
          if d == "{" { nesting += 1 }
          if d == "}" {
            nesting -= 1
            if nesting == 0 { break }
          }
        }
        j += 1
      }
      guard j < template.count else { throw raise(.valueError, "expected '}' before end of string") }
      let field = Array(template[(i + 1)..<j])
      i = j + 1
      // field_name [! conversion] [: spec]; the name ends at the first '!' or ':' outside brackets.
      var k = 0
      var brackets = false
      while k < field.count {
        let d = field[k]
        if d == "[" { brackets = true } else if d == "]" { brackets = false }
        if !brackets && (d == "!" || d == ":") { break }
        k += 1
      }
      let name = Array(field[..<k])
      var conversion: Unicode.Scalar? = nil
      var spec: [Unicode.Scalar] = []
      if k < field.count && field[k] == "!" {
        guard k + 1 < field.count else {
          throw raise(.valueError, "end of string while looking for conversion specifier")
        }
        conversion = field[k + 1]
        k += 2
        if k < field.count && field[k] != ":" {
          throw raise(.valueError, "expected ':' after conversion specifier")
        }
      }
      if k < field.count && field[k] == ":" { spec = Array(field[(k + 1)...]) }
      let value = try formatFieldValue(name, a, &state)
      var converted = value
      switch conversion {
      case nil: break
      case "r": converted = try repr(value)
      case "s": converted = try str(value)
      case "a": converted = Value.str(asciiEscaped(try repr(value).string))
      case let other?: throw raise(.valueError, "Unknown conversion specifier \(Character(other))")
      }
      let specText =
        spec.contains("{")
        ? try formatTemplate(spec, a, &state, depth: depth - 1) : String(String.UnicodeScalarView(spec))
      out.append(contentsOf: try format(converted, Value.str(specText)).string.unicodeScalars)
    }
    return String(out)
  }

  /// `ascii()` of a repr: non-ASCII code points as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
  static func asciiEscaped(_ text: String) -> String {
    var out = ""
    for u in text.unicodeScalars {
      if u.isASCII {
        out.unicodeScalars.append(u)
        continue
      }
      let (prefix, width) = u.value < 0x100 ? ("\\x", 2) : (u.value < 0x10000 ? ("\\u", 4) : ("\\U", 8))
      let hex = String(u.value, radix: 16)
      out += prefix + String(repeating: "0", count: width - hex.count) + hex
    }
    return out
  }

  /// The object a field name names: an argument, then `.attr` and `[key]` steps.
  static func formatFieldValue(
    _ name: [Unicode.Scalar], _ a: Arguments, _ state: inout FormatState
  ) throws(PythonError) -> Value {
    var k = 0
    while k < name.count && name[k] != "." && name[k] != "[" { k += 1 }
    let first = String(String.UnicodeScalarView(name[..<k]))
    var value: Value
    if first.isEmpty {
      if state.manual {
        throw raise(.valueError, "cannot switch from manual field specification to automatic field numbering")
      }
      let index = state.automatic
      state.automatic += 1
      guard index < a.positionalCount else {
        throw raise(.indexError, "Replacement index \(index) out of range for positional args tuple")
      }
      value = a[index]
    } else if let index = Int(first),
      first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.numericType != nil })
    {
      if state.automatic > 0 {
        throw raise(.valueError, "cannot switch from automatic field numbering to manual field specification")
      }
      state.manual = true
      guard index < a.positionalCount else {
        throw raise(.indexError, "Replacement index \(index) out of range for positional args tuple")
      }
      value = a[index]
    } else {
      guard let keyword = a.keyword(first) else { throw raise(.keyError, argument: Value.str(first)) }
      value = keyword
    }
    while k < name.count {
      if name[k] == "." {
        var e = k + 1
        while e < name.count && name[e] != "." && name[e] != "[" { e += 1 }
        let attribute = String(String.UnicodeScalarView(name[(k + 1)..<e]))
        if attribute.isEmpty { throw raise(.valueError, "Empty attribute in format string") }
        value = try loadAttribute(value, Value.str(attribute))
        k = e
      } else if name[k] == "[" {
        var e = k + 1
        while e < name.count && name[e] != "]" { e += 1 }
        guard e < name.count else { throw raise(.valueError, "Missing ']' in format string") }
        let keyText = String(String.UnicodeScalarView(name[(k + 1)..<e]))
        if keyText.isEmpty { throw raise(.valueError, "Empty attribute in format string") }
        let key: Value =
          keyText.unicodeScalars.allSatisfy({ $0 >= "0" && $0 <= "9" }) && Int(keyText) != nil
          ? Value(smallInt: Int(keyText)!) : Value.str(keyText)
        value = try getItem(value, key)
        k = e + 1
        if k < name.count && name[k] != "." && name[k] != "[" {
          throw raise(.valueError, "Only '.' or '[' may follow ']' in format field specifier")
        }
      } else {
        break
      }
    }
    return value
  }
}
