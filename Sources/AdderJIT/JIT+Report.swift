import AdderAssembler
import AdderCompiler
import AdderRuntime
import AdderSubprocess

#if canImport(Glibc)
  import Glibc
#endif

extension JIT {
  /// What `--jit-stats` and `--dump-asm` print when the program ends (stderr), or nil.
  static func report() -> String? {
    var text = ""
    if options.dumpAssembly { text += assemblyListing() }
    if options.statistics { text += statistics() }
    if let format = options.icStatistics {
      text += format == .table ? ICReport.table() : ICReport.json()
    }
    if let path = options.icStatisticsFile, !ICReport.write(ICReport.json(), to: path) {
      text += "adder: cannot write IC statistics to \(path)\n"
    }
    if let path = options.icReportFile, !ICReport.write(ICReport.html(program: options.program), to: path) {
      text += "adder: cannot write the IC report to \(path)\n"
    }
    return text.isEmpty ? nil : text
  }

  /// Code objects the interpreter ran (0 in JIT mode: there is no silent fallback).
  static var interpretedCodeObjects: Int { Runtime.codes.filter { $0.info.pointee.interpreted }.count }

  static func statistics() -> String {
    let milliseconds = Double(compileNanoseconds) / 1e6
    let speed = milliseconds > 0 ? Double(bytecodesCompiled) / milliseconds : 0
    let callsInReach = functions.isEmpty ? "-" : (arena.map { nearHelpers($0) } ?? "-")
    return """
      jit: \(functions.count) code objects compiled, \(bytecodesCompiled) bytecodes, \
      \(bytesCompiled) bytes of machine code, \(siteCount) IC sites
      jit: compile time \(formatted(milliseconds, 3)) ms (\(formatted(speed, 0)) bytecodes/ms); \
      mapping code memory \(formatted(Double(mappingNanoseconds) / 1e6, 3)) ms; helper calls \(callsInReach)
      jit: code objects run by the interpreter: \(interpretedCodeObjects)\(auditSummary)

      """
  }

  private static var auditSummary: String {
    guard options.auditWriteXorExecute else { return "" }
    auditWriteXorExecute()
    let seen = writableExecutableSeen
    return "\njit: W^X audits \(audits), writable+executable mappings seen \(seen.count)"
      + seen.map { "\n  " + $0 }.joined()
  }

  private static func nearHelpers(_ arena: CodeArena) -> String {
    let start = Int(truncatingIfNeeded: arena.current.memory.nextAddress)
    let helper = Int(bitPattern: UInt(bitPattern: EntryPoint.siteBinary.address))
    return abs(start - helper) < Int(Int32.max) - (64 << 20)
      ? "rel32 (code placed near the runtime)" : "absolute"
  }

  static func formatted(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if decimals == 0 { return String(Int(rounded)) }
    return String(rounded)
  }

  /// Each code object's machine code as it stands now (after any patching), disassembled by
  /// objdump, with each bytecode instruction and its source line above the code it became, and
  /// IC sites and cold blocks labelled.
  static func assemblyListing() -> String {
    var text = ""
    for function in functions {
      let code = function.code.code
      text += "=== \(code.qualifiedName) (\(code.filename):\(code.firstLine)) at "
      text += "0x\(String(UInt(bitPattern: function.installed.address), radix: 16)), "
      text += "\(function.installed.size) bytes, \(function.sites.count) IC sites\n"
      guard let listing = function.installed.disassembly() else {
        text += "(objdump not found: no listing)\n"
        continue
      }
      var notes: [Int: [String]] = [:]
      let sourceLines = sourceText(code.filename)
      for (index, offset) in function.instructionOffsets.enumerated() where index < code.instructions.count {
        let instruction = code.instructions[index]
        let line = Int(code.lines[index])
        var note = "; \(index): \(instruction.opcode)"
        if instruction.opcode.hasArgument { note += " \(instruction.argument)" }
        note += "   (line \(line))"
        if let source = sourceLines, line >= 1, line <= source.count {
          note += "  " + source[line - 1].trimmingPrefix(while: { $0 == " " })
        }
        notes[offset, default: []].append(note)
      }
      for site in function.sites {
        let descriptor = site.descriptor.pointee
        notes[site.region?.offset ?? site.jump.offset, default: []].append(
          "; IC site #\(site.number) at \(code.filename):\(descriptor.line):\(descriptor.column): "
            + "\(descriptor.operation) \(descriptor.state.name)"
            + (descriptor.fusedBranch ? " (fused with its branch)" : "")
        )
      }
      for (offset, note) in function.annotations { notes[offset, default: []].append("; " + note.text) }
      let base = UInt(bitPattern: function.installed.address)
      for line in listing.split(separator: "\n") {
        let addressText = line.split(separator: ":").first?.trimmingPrefix(while: { $0 == " " }) ?? ""
        if let address = UInt(addressText, radix: 16), address >= base {
          for note in notes.removeValue(forKey: Int(address - base)) ?? [] { text += note + "\n" }
        }
        text += line + "\n"
      }
      text += caseListing(function)
      text += "\n"
    }
    return text
  }

  /// The stubs the inline caches patched in for a function's sites, in chain order.
  private static func caseListing(_ function: CompiledFunction) -> String {
    var text = ""
    for site in function.sites where site.descriptor.pointee.cacheIndex >= 0 {
      let cache = caches[Int(site.descriptor.pointee.cacheIndex)]
      for (number, entry) in cache.cases.enumerated() {
        let leaf =
          entry.leafOperator.map { ", its callee's \(SiteDescriptor.spelling($0)) run in the case" } ?? ""
        text += "; case \(number + 1) of IC site #\(site.number) (\(describe(entry.key))\(leaf)), "
        guard let stub = entry.stub else {
          text += "\(entry.size) bytes, in line at the site (in the listing above)\n"
          continue
        }
        text += "\(stub.size) bytes\n"
        text += (stub.disassembly() ?? "(objdump not found)") + "\n"
      }
    }
    return text
  }

  private static func describe(_ key: CaseKey) -> String {
    switch key {
    case .types(let pair): return pair.keys.map { "\($0)" }.joined(separator: ", ")
    case .iterator(let kind): return kind.name
    case .function: return "a Python function of known code"
    case .builtin(let index): return "builtin #\(index)"
    case .global: return "global"
    case .shape(let shape, let epoch): return "instance of shape \(shape), class epoch \(epoch)"
    case .classObject(_, let epoch): return "a class, class epoch \(epoch)"
    case .dunder(let left, let right, _, let epoch):
      return "instance of class \(left) and \(right), class epoch \(epoch)"
    }
  }

  /// A source file's lines, or nil if it cannot be read.
  static func sourceText(_ filename: String) -> [Substring]? {
    guard let bytes = Subprocess.readBytes(filename) else { return nil }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  }
}
