import Foundation
import ShipwatchCore

/// RFC 3339 text of instants and offsets as the API and the page show them.
enum Timestamps {
    /// `2026-11-20T14:05:00Z` (whole seconds, UTC).
    static func utc(_ instant: Date) -> String {
        LocalDateTime(instant: instant, utcOffsetSeconds: 0).description + "Z"
    }

    /// `+01:00`, `-05:00`, `+05:30`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = seconds.magnitude
        let hours = magnitude / 3_600
        let minutes = (magnitude % 3_600) / 60
        return sign + (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
    }
}
