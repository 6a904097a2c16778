/// What the generated sites did, summed from the JIT's `--ic-stats-file` JSON: the state
/// histogram, transitions, misses by reason, patches and bytes.
public struct SiteCensus: Sendable, Equatable {
  public static let stateNames = ["uninitialized", "monomorphic", "polymorphic", "megamorphic"]

  public var sites = 0
  public var states: [String: Int] = [:]
  public var hits = 0
  public var misses = 0
  public var missReasons: [String: Int] = [:]
  /// "monomorphic -> polymorphic" and so on, with counts.
  public var transitions: [String: Int] = [:]
  public var patches = 0
  public var bytesPatched = 0

  public init() {}

  public var transitionCount: Int { transitions.values.reduce(0, +) }

  public var hitRate: Double { Double(hits) / Double(max(hits + misses, 1)) }

  /// Adds the sites of `report` that belong to the generated functions (`site_K`) and are one of
  /// `operations` (nil: any).
  public mutating func add(
    report: JSONValue, functionPrefix: String = "site_", operations: Set<String>? = nil
  ) {
    for site in SiteCensus.sites(of: report, functionPrefix: functionPrefix, operations: operations) {
      sites += 1
      states[site["state"]?.string ?? "?", default: 0] += 1
      hits += site["hits"]?.int ?? 0
      misses += site["misses"]?.int ?? 0
      if case .object(let reasons) = site["missReasons"] ?? .null {
        for (reason, count) in reasons where count.int > 0 { missReasons[reason, default: 0] += count.int }
      }
      for transition in site["transitions"]?.array ?? [] {
        let from = transition["from"]?.string ?? "?"
        let to = transition["to"]?.string ?? "?"
        transitions["\(from) -> \(to)", default: 0] += 1
      }
      patches += site["patches"]?.int ?? 0
      bytesPatched += site["bytesPatched"]?.int ?? 0
    }
  }

  public static func sites(of report: JSONValue, functionPrefix: String, operations: Set<String>?)
    -> [JSONValue]
  {
    (report["sites"]?.array ?? []).filter { site in
      guard let function = site["function"]?.string, function.hasPrefix(functionPrefix) else { return false }
      guard let operations else { return true }
      return operations.contains(site["op"]?.string ?? "")
    }
  }
}
