#if canImport(Glibc)
  import Glibc
#endif

/// The report's chart: the busiest sites as horizontal bars, one row each, in inline SVG.
extension ICReport {
  static let chartRows = 30

  /// Bar length is executions on a log scale (a loop's sites run thousands of times, module code
  /// once, and both should be visible); each bar is split in proportion into hits (solid) and
  /// misses (hatched), in the site's state colour.
  static func chartHTML(_ sites: [NumberedSite]) -> String {
    let busiest = sites.sorted {
      ($0.cache.executions, $1.number) > ($1.cache.executions, $0.number)
    }.prefix(chartRows)
    var html = "<section id=\"chart\" class=\"panel\">\n<h2>Busiest sites</h2>\n"
    html += "<p class=\"note\">The \(busiest.count) sites that ran most (of \(sites.count)). "
    html += "Bar length: executions, log scale; solid part: hits, hatched part: misses.</p>\n"
    guard let most = busiest.first?.cache.executions else { return html + "</section>\n" }
    let (left, width, rowHeight, top) = (190.0, 560.0, 22.0, 26.0)
    let height = top + rowHeight * Double(busiest.count) + 6
    let decades = max(1, Int(log10(Double(most)).rounded(.up)))
    let scale = { (count: Int) -> Double in
      count <= 1 ? 0 : width * log10(Double(count)) / Double(decades)
    }
    html += "<svg viewBox=\"0 0 880 \(format(height))\" width=\"100%\" role=\"img\" "
    html += "aria-label=\"executions per site\">\n<defs>\n"
    for state in SiteState.allStates {
      html += "<pattern id=\"miss-\(state.name)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      html += "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"miss-ground\"/>"
      html += "<rect width=\"3\" height=\"6\" class=\"fill-\(state.name)\"/></pattern>\n"
    }
    html += "</defs>\n"
    for decade in 0...decades {
      let x = left + width * Double(decade) / Double(decades)
      html += "<line class=\"grid\" x1=\"\(format(x))\" x2=\"\(format(x))\" y1=\"\(format(top - 6))\" "
      html += "y2=\"\(format(height - 4))\"/><text class=\"tick\" x=\"\(format(x))\" y=\"14\">"
      html += "\(tickLabel(decade))</text>\n"
    }
    for (row, site) in busiest.enumerated() {
      let cache = site.cache
      let d = cache.descriptor.pointee
      let y = top + rowHeight * Double(row)
      let length = max(scale(cache.executions), 6)
      let missLength =
        cache.misses == 0 ? 0 : max(length * Double(cache.misses) / Double(cache.executions), 2)
      html += "<a href=\"#site-\(site.number)\" data-site=\"\(site.number)\" class=\"bar\">"
      html += "<title>\(escaped("\(operation(cache)) at \(d.line):\(d.column): \(d.state.name)"))</title>"
      html += "<text class=\"label\" x=\"\(format(left - 10))\" y=\"\(format(y + 15))\">"
      html += "<tspan class=\"where\">\(escaped(shorten(cache.function, 14))) \(d.line):\(d.column)</tspan> "
      html += "<tspan class=\"op\">\(escaped(shorten(operation(cache), 8)))</tspan></text>"
      html += "<rect class=\"fill-\(d.state.name)\" x=\"\(format(left))\" y=\"\(format(y + 4))\" "
      html += "width=\"\(format(length - missLength))\" height=\"14\" rx=\"2\"/>"
      if missLength > 0 {
        html += "<rect fill=\"url(#miss-\(d.state.name))\" x=\"\(format(left + length - missLength))\" "
        html += "y=\"\(format(y + 4))\" width=\"\(format(missLength))\" height=\"14\" rx=\"2\"/>"
      }
      html += "<text class=\"value\" x=\"\(format(left + length + 6))\" y=\"\(format(y + 15))\">"
      html += "\(grouped(cache.executions))"
      if cache.misses > 0 { html += " <tspan class=\"misses\">(\(grouped(cache.misses)) missed)</tspan>" }
      html += "</text></a>\n"
    }
    return html + "</svg>\n</section>\n"
  }

  /// `1`, `10`, `100`, `1k` ... `1M`.
  static func tickLabel(_ decade: Int) -> String {
    let suffixes = ["", "0", "00", "k", "0k", "00k", "M", "0M", "00M", "G"]
    return decade < suffixes.count ? "1" + suffixes[decade] : "1e\(decade)"
  }

  /// SVG coordinates with one decimal.
  static func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
  }
}
