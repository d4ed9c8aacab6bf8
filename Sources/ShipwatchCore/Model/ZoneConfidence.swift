/// How sure we are of the UTC offset behind an event's local wall time.
public enum ZoneConfidence: String, Sendable, Hashable, Codable, CaseIterable {
    /// The carrier sent the offset with the time (ISO 8601 offset, `GMTOffset`, …).
    case exact
    /// The offset was computed from two fields the carrier sent (local time and UTC time).
    case derived
    /// The carrier gave a wall time with no zone: the instant rests on an assumption
    /// (UTC, or the facility's presumed zone). Two such events may be off by whole hours.
    case assumed
}
