import Foundation
import ShipwatchCore

/// Time texts as USPS prints them.
enum USPSWireTime {
    /// Local wall time without offset: "2025-03-12T14:07:00" (v3 `eventTimestamp`).
    static func local(_ instant: Date, offset: Int) -> String {
        LocalDateTime(instant: instant, utcOffsetSeconds: offset).description
    }

    /// Local wall time with its offset: "2025-03-11T04:02:00-07:00" (v3r2 `eventTimestamp`).
    static func localWithOffset(_ instant: Date, offset: Int) -> String {
        local(instant, offset: offset) + offsetText(offset)
    }

    /// UTC with a "Z": "2025-03-12T19:07:21Z" (`GMTTimestamp`).
    static func gmt(_ instant: Date) -> String {
        LocalDateTime(instant: instant, utcOffsetSeconds: 0).description + "Z"
    }

    /// "-05:00", "+01:00", "+05:45" (`GMTOffset`).
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        return sign + String(format: "%02d:%02d", magnitude / 3_600, (magnitude % 3_600) / 60)
    }

    /// "2025-03-12" (v3r2 dates).
    static func date(_ local: LocalDateTime) -> String {
        String(local.description.prefix(10))
    }
}
