import Foundation
import ShipwatchCore

/// Writes times the way FedEx prints them: local wall time with a colon offset, "2025-03-11T23:58:00-05:00".
enum FedExTimeText {
    /// The wall time an instant shows at `utcOffsetSeconds`, followed by that offset.
    static func format(instant: Date, utcOffsetSeconds: Int) -> String {
        format(local: LocalDateTime(instant: instant, utcOffsetSeconds: utcOffsetSeconds), utcOffsetSeconds: utcOffsetSeconds)
    }

    /// A wall time followed by the offset.
    static func format(local: LocalDateTime, utcOffsetSeconds: Int) -> String {
        local.description + offsetText(utcOffsetSeconds)
    }

    /// "+08:00", "-05:00", "+05:45".
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let hours = magnitude / 3_600
        let minutes = (magnitude % 3_600) / 60
        return sign + twoDigits(hours) + ":" + twoDigits(minutes)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
