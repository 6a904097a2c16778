import Foundation
import Testing

@testable import AdderCompiler

/// Every program of the differential corpus (Tests/Programs) must compile to code whose stack
/// use is consistent, except the ones that are meant to be rejected.
@Test func corpusProgramsCompileWithBalancedStacks() throws {
  let testsDirectory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent()
  let programs = testsDirectory.appendingPathComponent("Programs")
  guard let enumerator = FileManager.default.enumerator(atPath: programs.path) else { return }
  var checked = 0
  for case let relative as String in enumerator where relative.hasSuffix(".py") {
    let source = try String(contentsOf: programs.appendingPathComponent(relative), encoding: .utf8)
    do {
      let code = try compileModule(source: source, filename: relative)
      #expect(verifyStack(code) == nil, "\(relative)")
      checked += 1
    } catch {
      let expected =
        relative.hasPrefix("syntax_errors/") || relative.hasPrefix("unsupported/")
      #expect(expected, "\(relative): \(error.rendered)")
    }
  }
  #expect(checked > 0)
}
