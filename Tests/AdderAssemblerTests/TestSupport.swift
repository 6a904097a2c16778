import AdderAssembler
import Foundation

/// Lines of /proc/self/maps whose permissions are both writable and executable (`-wx-`/`rwx-`).
/// W^X holds while this is empty.
func writableExecutableMappings() -> [String] {
  let maps = processMappings()
  precondition(maps.contains("[stack]"), "could not read /proc/self/maps")
  return maps.split(separator: "\n").map(String.init).filter { line in
    let fields = line.split(separator: " ", omittingEmptySubsequences: true)
    guard fields.count >= 2 else { return false }
    let permissions = Array(fields[1])
    return permissions.count >= 3 && permissions[1] == "w" && permissions[2] == "x"
  }
}

/// /proc/self/maps, read to its end (Foundation's file reading trusts the reported size, which is
/// 0 for /proc files, and came back short here).
func processMappings() -> String {
  guard let file = fopen("/proc/self/maps", "r") else { return "" }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = fread(&chunk, 1, chunk.count, file)
    if count <= 0 { break }
    bytes += chunk[..<count]
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// The /proc/self/maps lines that cover `address`.
func mappings(containing address: UnsafeRawPointer) -> [String] {
  let maps = processMappings()
  let value = UInt(bitPattern: address)
  return maps.split(separator: "\n").map(String.init).filter { line in
    let range = line.split(separator: " ")[0].split(separator: "-")
    guard range.count == 2, let low = UInt(range[0], radix: 16), let high = UInt(range[1], radix: 16) else {
      return false
    }
    return value >= low && value < high
  }
}

/// The address of a C-convention function, for `call(address:)` and patching.
func address<Function>(of function: Function) -> UnsafeRawPointer {
  unsafeBitCast(function, to: UnsafeRawPointer.self)
}

typealias IntToInt = @convention(c) (Int) -> Int
typealias IntIntToInt = @convention(c) (Int, Int) -> Int
typealias NoArgumentsToInt = @convention(c) () -> Int
typealias DoublesToDouble = @convention(c) (Double, Double) -> Double
