import ShipwatchCore

/// The delay report's counts: in all, by rule and by carrier.
public struct DelayReportSummary: Sendable, Hashable, Encodable {
    /// Open findings in one group.
    public struct Group: Sendable, Hashable, Encodable {
        /// The rule id or the carrier.
        public var key: String
        public var total = 0
        public var act = 0
        public var watch = 0

        mutating func count(severity: Severity) {
            total += 1
            if severity == .act { act += 1 } else { watch += 1 }
        }
    }

    public var total = 0
    public var act = 0
    public var watch = 0
    /// Most findings first, then by key.
    public var byRule: [Group] = []
    public var byCarrier: [Group] = []

    /// Counts the entries in one pass.
    public init(entries: [DelayReportEntry]) {
        var rules: [String: Group] = [:]
        var carriers: [String: Group] = [:]
        for entry in entries {
            total += 1
            if entry.severity == .act { act += 1 } else { watch += 1 }
            rules[entry.rule.rawValue, default: Group(key: entry.rule.rawValue)].count(severity: entry.severity)
            carriers[entry.carrier.rawValue, default: Group(key: entry.carrier.rawValue)].count(severity: entry.severity)
        }
        let order: (Group, Group) -> Bool = { ($0.total, $1.key) > ($1.total, $0.key) }
        byRule = rules.values.sorted(by: order)
        byCarrier = carriers.values.sorted(by: order)
    }

    enum CodingKeys: String, CodingKey {
        case total
        case act
        case watch
        case byRule = "by_rule"
        case byCarrier = "by_carrier"
    }
}
