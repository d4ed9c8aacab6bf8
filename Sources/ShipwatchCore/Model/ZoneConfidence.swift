/// How sure we are of the UTC offset behind an event's local wall time.
///
/// From surest to least sure: `exact`, `derived`, `zoneInferred`, `neighbour`, `assumed` (see `rank`).
public enum ZoneConfidence: String, Sendable, Hashable, Codable, CaseIterable {
    /// The carrier sent the offset with the time (ISO 8601 offset, `GMTOffset`, …).
    case exact
    /// The offset was computed from two fields the carrier sent (local time and UTC time).
    case derived
    /// The carrier gave a wall time with no zone; the zone comes from the scan's location (a single-zone
    /// country, or the state, province or city of a multi-zone one) and its rules from the tz database.
    case zoneInferred = "zone_inferred"
    /// The carrier gave a wall time with no zone and its location named none we know: the offset is borrowed
    /// from a neighbouring scan of the same response. The carrier's own order wins over this instant.
    case neighbour
    /// The carrier gave a wall time with no zone and nothing tells it: the instant takes it as UTC.
    /// Two such events may be off by whole hours; the carrier's own order wins over this instant.
    case assumed

    /// Surer is higher: `assumed` 0, `neighbour` 1, `zoneInferred` 2, `derived` 3, `exact` 4.
    public var rank: Int {
        switch self {
        case .assumed: 0
        case .neighbour: 1
        case .zoneInferred: 2
        case .derived: 3
        case .exact: 4
        }
    }

    /// True when the instant rests on a guess (`neighbour`, `assumed`): the carrier's order then wins.
    public var isGuess: Bool { rank < ZoneConfidence.zoneInferred.rank }

    /// Every confidence, least sure first (the order the store's upgrade rule compares by).
    public static let leastSureFirst: [ZoneConfidence] = allCases.sorted { $0.rank < $1.rank }
}
