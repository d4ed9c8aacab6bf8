import Foundation
import ShipwatchCore

/// The time fields of one scan, read from DHL's `timestamp`.
///
/// With an offset ("2025-03-11T23:40:00+01:00") the instant is exact. Without one (Express answers have
/// sent facility wall time with no zone) the wall time is kept, the instant is computed as if it were UTC,
/// and the confidence says so.
struct DHLEventTime: Equatable {
    /// The UTC instant (assumed UTC when the text had no offset).
    var instant: Date
    /// The wall time as DHL printed it.
    var local: LocalDateTime
    /// Seconds east of UTC, when DHL gave the offset.
    var utcOffsetSeconds: Int?
    /// `.exact` with an offset, `.assumed` without.
    var confidence: ZoneConfidence

    /// Reads a DHL timestamp; nil when the text is not a time.
    init?(_ text: String) {
        guard let parsed = CarrierTimestamp.parse(text) else { return nil }
        local = parsed.local
        utcOffsetSeconds = parsed.utcOffsetSeconds
        instant = parsed.instant(assumingOffset: 0)
        confidence = parsed.utcOffsetSeconds == nil ? .assumed : .exact
    }

    /// DHL's timestamp text for an instant at an offset: "2025-03-11T23:40:00+01:00".
    static func text(for instant: Date, utcOffsetSeconds offset: Int) -> String {
        LocalDateTime(instant: instant, utcOffsetSeconds: offset).description + offsetText(offset)
    }

    /// "+01:00", "-05:00", "+05:45", "+00:00".
    static func offsetText(_ offset: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return sign + twoDigits(magnitude / 3_600) + ":" + twoDigits((magnitude % 3_600) / 60)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
