/// Cuts a failing workload down to a small one that still fails (delta debugging on the data):
/// drop sites, then phases, then runs of elements, then the finale, keeping each cut only if
/// `fails` still holds. Checks are child-process runs, so the number of them is bounded.
public struct Shrinker {
  public var fails: (Workload) -> Bool
  public var budget: Int
  public private(set) var checks = 0

  public init(budget: Int = 200, fails: @escaping (Workload) -> Bool) {
    self.budget = budget
    self.fails = fails
  }

  mutating func check(_ candidate: Workload) -> Bool {
    guard checks < budget else { return false }
    checks += 1
    return fails(candidate)
  }

  public mutating func shrink(_ workload: Workload) -> Workload {
    var current = workload
    current = dropSites(current)
    current = dropPhases(current)
    current = cutElements(current)
    if current.finale != nil {
      var candidate = current
      candidate.finale = nil
      if check(candidate) { current = candidate }
    }
    return current
  }

  /// Removes one site at a time (the finale follows its site's new number).
  mutating func dropSites(_ workload: Workload) -> Workload {
    var current = workload
    var index = current.sites.count - 1
    while index >= 0, current.sites.count > 1 {
      var candidate = current
      candidate.sites.remove(at: index)
      if let finale = candidate.finale {
        if finale.site == index {
          candidate.finale = nil
        } else if finale.site > index {
          candidate.finale!.site -= 1
        }
      }
      if check(candidate) { current = candidate }
      index -= 1
    }
    return current
  }

  mutating func dropPhases(_ workload: Workload) -> Workload {
    var current = workload
    for site in current.sites.indices {
      var index = current.sites[site].phases.count - 1
      while index >= 0 {
        var candidate = current
        candidate.sites[site].phases.remove(at: index)
        if check(candidate) { current = candidate }
        index -= 1
      }
    }
    return current
  }

  /// ddmin over each phase's elements: remove halves, then quarters, ... of what is left.
  mutating func cutElements(_ workload: Workload) -> Workload {
    var current = workload
    for site in current.sites.indices {
      for phaseIndex in current.sites[site].phases.indices {
        var chunk = max(current.sites[site].phases[phaseIndex].count / 2, 1)
        while chunk >= 1 {
          var start = 0
          while start < current.sites[site].phases[phaseIndex].count {
            let phase = current.sites[site].phases[phaseIndex]
            let end = min(start + chunk, phase.count)
            var candidate = current
            let kept = phase.slice(0..<start)
            let rest = phase.slice(end..<phase.count)
            candidate.sites[site].phases[phaseIndex] = Phase(
              left: kept.left + rest.left, right: kept.right + rest.right)
            if check(candidate) {
              current = candidate
            } else {
              start = end
            }
            if checks >= budget { return current }
          }
          chunk /= 2
        }
      }
    }
    return current
  }
}
