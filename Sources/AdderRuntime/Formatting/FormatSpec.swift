/// A formatting failure, named by the Python exception the runtime should raise
/// ("ValueError", "TypeError" or "OverflowError") with CPython's exact message.
public struct FormatError: Error, Equatable, Sendable {
  public let exceptionType: String
  public let message: String

  public init(_ exceptionType: String, _ message: String) {
    self.exceptionType = exceptionType
    self.message = message
  }

  static func value(_ message: String) -> FormatError { FormatError("ValueError", message) }
}

/// A parsed format spec of Python's format-spec mini-language:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
public struct FormatSpec: Equatable, Sendable {
  public var fill: Character = " "
  /// '<', '>', '^' or '='; nil means the type's default (numbers right, strings left, and '='
  /// for numbers when `zeroPad` is set).
  public var align: Character?
  /// '+', '-' or ' '.
  public var sign: Character?
  /// 'z': coerce negative zero to positive zero (floats only).
  public var noNegativeZero = false
  public var alternate = false
  /// The '0' flag (only when no explicit fill was given); `fill` is then already '0'.
  public var zeroPad = false
  public var width: Int?
  /// ',' or '_'.
  public var grouping: Character?
  public var precision: Int?
  public var type: Character?

  public init() {}

  /// Whether an int formatted with this spec is converted to float first (e E f F g G %).
  public var isFloatType: Bool {
    guard let type else { return false }
    return "eEfFgG%".contains(type)
  }

  /// Parses a spec the way CPython's `parse_internal_render_format_spec` does. `typeName` only
  /// appears in the "Invalid format specifier" message. Whether grouping suits the presentation
  /// type is checked by the formatters, which know the type's default.
  public static func parse(_ spec: String, typeName: String = "object") throws(FormatError)
    -> FormatSpec
  {
    // The mini-language counts code points, not grapheme clusters.
    let chars = Array(spec.unicodeScalars)
    var result = FormatSpec()
    var pos = 0
    func isAlign(_ index: Int) -> Bool {
      index < chars.count && "<>=^".unicodeScalars.contains(chars[index])
    }
    func at(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
      index < chars.count && chars[index] == scalar
    }

    var fillSpecified = false
    if isAlign(1) {
      result.fill = Character(chars[0])
      result.align = Character(chars[1])
      fillSpecified = true
      pos = 2
    } else if isAlign(0) {
      result.align = Character(chars[0])
      pos = 1
    }
    if pos < chars.count && "+- ".unicodeScalars.contains(chars[pos]) {
      result.sign = Character(chars[pos])
      pos += 1
    }
    if at(pos, "z") {
      result.noNegativeZero = true
      pos += 1
    }
    if at(pos, "#") {
      result.alternate = true
      pos += 1
    }
    // The '0' flag is only a flag when no fill character was given; after one it is width.
    if !fillSpecified && at(pos, "0") {
      result.fill = "0"
      result.zeroPad = true
      pos += 1
    }
    result.width = try parseInteger(chars, &pos)
    if at(pos, ",") {
      result.grouping = ","
      pos += 1
    }
    if at(pos, "_") {
      if result.grouping != nil { throw .value("Cannot specify both ',' and '_'.") }
      result.grouping = "_"
      pos += 1
    }
    if at(pos, ",") && result.grouping == "_" {
      throw .value("Cannot specify both ',' and '_'.")
    }
    if at(pos, ".") {
      pos += 1
      guard let precision = try parseInteger(chars, &pos) else {
        throw .value("Format specifier missing precision")
      }
      result.precision = precision
    }
    if chars.count - pos > 1 {
      throw .value("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
    }
    if pos < chars.count { result.type = Character(chars[pos]) }
    return result
  }

  /// Reads decimal digits at `pos`; nil when there are none.
  private static func parseInteger(_ chars: [Unicode.Scalar], _ pos: inout Int) throws(FormatError)
    -> Int?
  {
    var value = 0
    var consumed = false
    while pos < chars.count,
      let digit = chars[pos].properties.numericType == .decimal
        ? Int(chars[pos].properties.numericValue ?? -1) : nil
    {
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(digit)
      if overflow1 || overflow2 { throw .value("Too many decimal digits in format string") }
      value = sum
      consumed = true
      pos += 1
    }
    return consumed ? value : nil
  }

  /// CPython validates the thousands separator against the presentation type (after applying
  /// the object's default type); `_` with b/o/x/X groups by four.
  func groupingSize(effectiveType: Character?) throws(FormatError) -> Int? {
    guard let grouping else { return nil }
    switch effectiveType {
    case nil, "d", "e", "f", "g", "E", "G", "%", "F": return 3
    case let type? where grouping == "_" && "boxX".contains(type): return 4
    case let type?:
      let code = type.unicodeScalars.first!.value
      let shown =
        code > 32 && code < 128 ? String(type) : "\\x" + String(code, radix: 16)
      throw .value("Cannot specify '\(grouping)' with '\(shown)'.")
    }
  }

  /// The "Unknown format code" error for a presentation type the object does not support.
  static func unknownType(_ type: Character, typeName: String) -> FormatError {
    let code = type.unicodeScalars.first!.value
    let shown = code > 32 && code < 128 ? String(type) : "\\x" + String(code, radix: 16)
    return .value("Unknown format code '\(shown)' for object of type '\(typeName)'")
  }
}
