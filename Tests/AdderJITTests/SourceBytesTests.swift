import Foundation
import Testing

/// Source files that are not UTF-8. CPython's message names the file by its absolute path, which
/// depends on where the corpus is checked out, so these cases live here rather than in
/// Tests/Programs. Each expected line is what CPython 3.11.7 prints for the same bytes (run as
/// `python3 test.py` in the file's directory); `PATH` stands for that directory.
struct SourceBytesTests {
  static let notUTF8 = "but no encoding declared; see https://peps.python.org/pep-0263/ for details"

  static let cases: [(bytes: [UInt8], expected: String)] = [
    // In a string literal, a comment, code, and a later line.
    (Array("x = \"".utf8) + [0xFF] + Array("\"\nprint(x)\n".utf8), "'\\xff' in file PATH on line 1"),
    (Array("# comment ".utf8) + [0xFF] + Array("\nprint(1)\n".utf8), "'\\xff' in file PATH on line 1"),
    (Array("print(1)\nx = 1 ".utf8) + [0xFF] + Array("\n".utf8), "'\\xff' in file PATH on line 2"),
    // Latin-1 text, a truncated sequence, a surrogate, an overlong form, past U+10FFFF.
    (
      Array("print(1)\n\n\n\nx = \"".utf8) + [0xE9, 0x74, 0xE9, 0x22, 0x0A], "'\\xe9' in file PATH on line 5"
    ),
    (Array("x = \"".utf8) + [0xC3, 0x22, 0x0A], "'\\xc3' in file PATH on line 1"),
    (Array("x = \"".utf8) + [0xED, 0xA0, 0x80, 0x22, 0x0A], "'\\xed' in file PATH on line 1"),
    (Array("x = \"".utf8) + [0xC0, 0x80, 0x22, 0x0A], "'\\xc0' in file PATH on line 1"),
    (Array("x = \"".utf8) + [0xF4, 0x90, 0x80, 0x80, 0x22, 0x0A], "'\\xf4' in file PATH on line 1"),
    // Inside a triple-quoted string, after CRLF line ends; an invalid byte before a NUL wins.
    (Array("x = 1\n\"\"\"\n".utf8) + [0xFF] + Array("\n\"\"\"\n".utf8), "'\\xff' in file PATH on line 3"),
    (Array("x = 1\r\ny = \"".utf8) + [0xFF] + Array("\"\r\n".utf8), "'\\xff' in file PATH on line 2"),
    (Array("x = \"".utf8) + [0xFF, 0x00] + Array("\"\n".utf8), "'\\xff' in file PATH on line 1"),
  ]

  @Test(arguments: 0..<cases.count)
  func invalidUTF8IsRefusedAsCPythonDoes(index: Int) throws {
    let (bytes, expected) = Self.cases[index]
    try AdderProcess.run(bytes: bytes) { result, directory in
      let path = directory.appendingPathComponent("test.py").path
      let line =
        "SyntaxError: Non-UTF-8 code starting with "
        + expected.replacingOccurrences(of: "PATH", with: path) + ", " + Self.notUTF8
      #expect(result.status == 1)
      #expect(result.stdout == "")
      #expect(result.stderr == line + "\n")
    }
  }

  @Test func aNulByteBeforeAnInvalidByteIsReportedAsANulByte() throws {
    let bytes = Array("x = \"".utf8) + [0x00, 0xFF] + Array("\"\n".utf8)
    try AdderProcess.run(bytes: bytes) { result, _ in
      #expect(result.status == 1)
      #expect(result.stderr.hasSuffix("SyntaxError: source code cannot contain null bytes\n"))
    }
  }

  @Test func validUTF8AndAByteOrderMarkRun() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("print('\u{e9}\u{10FFFF}' == '\\xe9\\U0010ffff')\n".utf8)
    try AdderProcess.run(bytes: bytes) { result, _ in
      #expect(result == AdderProcess.Result(status: 0, stdout: "True\n", stderr: ""))
    }
  }
}
