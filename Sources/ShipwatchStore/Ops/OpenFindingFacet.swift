import ShipwatchCore

/// The number of open findings of one carrier, severity and rule: the overview's counts by severity, by rule and
/// of stalls by carrier are sums over these groups.
struct OpenFindingFacet: Sendable, Hashable {
    var carrier: String
    var severity: String
    var rule: String
    var count: Int

    /// The groups summed by one of their labels.
    static func sum(_ facets: [OpenFindingFacet], by label: KeyPath<OpenFindingFacet, String>) -> [OpsCount] {
        var totals: [String: Int] = [:]
        for facet in facets { totals[facet[keyPath: label], default: 0] += facet.count }
        return totals.map { OpsCount(label: $0.key, count: $0.value) }
    }

    /// Largest count first, then by label (the order the dashboard lists rules and carriers in).
    static func largestFirst(_ a: OpsCount, _ b: OpsCount) -> Bool {
        a.count != b.count ? a.count > b.count : a.label < b.label
    }
}
