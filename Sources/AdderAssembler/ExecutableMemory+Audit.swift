#if canImport(Glibc)
  import Glibc
#endif

extension ExecutableMemory {
  /// The lines of /proc/self/maps for mappings that are writable and executable at once (W^X
  /// says there are none), or nil when the file cannot be read.
  public static func writableExecutableMappings() -> [String]? {
    guard let file = fopen("/proc/self/maps", "r") else { return nil }
    defer { fclose(file) }
    var found: [String] = []
    var line = [CChar](repeating: 0, count: 4096)
    while fgets(&line, Int32(line.count), file) != nil {
      let length = line.firstIndex(of: 0) ?? line.count
      let text = String(decoding: line[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      // "start-end perms offset dev inode path": perms is the second field, e.g. "r-xp".
      let fields = text.split(separator: " ", maxSplits: 2)
      if fields.count >= 2, fields[1].contains("w"), fields[1].contains("x") {
        found.append(text.trimmingSuffix(while: { $0 == "\n" }))
      }
    }
    return found
  }
}

extension String {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
    var copy = self
    while let last = copy.last, predicate(last) { copy.removeLast() }
    return copy
  }
}
