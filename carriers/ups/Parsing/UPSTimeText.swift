import Foundation
import ShipwatchCore

/// UPS's date and time texts: `YYYYMMDD` dates, `HHMMSS` local times, and UTC times in both forms seen:
/// "07:47:00" (real answers) and "74700" / "074700" (UPS's sample: digits with the leading zero dropped).
///
/// Hand-rolled over UTF-8 bytes: no formatter or regex per event.
enum UPSTimeText {
    /// A calendar date from `YYYYMMDD` (or `YYYY-MM-DD`).
    static func date(_ text: String?) -> (year: Int, month: Int, day: Int)? {
        guard let text else { return nil }
        let digits = text.utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: " ") }
        guard digits.count == 8, let value = number(digits) else { return nil }
        let year = value / 10_000, month = value / 100 % 100, day = value % 100
        guard LocalDateTime(year: year, month: month, day: day) != nil else { return nil }
        return (year, month, day)
    }

    /// A time of day from "HH:MM:SS", "H:MM:SS", "HH:MM", or plain digits `HHMMSS` whose leading zeros
    /// may be missing ("74700" = 07:47:00, "4700" = 00:47:00).
    static func time(_ text: String?) -> (hour: Int, minute: Int, second: Int)? {
        guard let text else { return nil }
        let bytes = Array(text.utf8.filter { $0 != UInt8(ascii: " ") })
        guard !bytes.isEmpty else { return nil }
        let hour: Int, minute: Int, second: Int
        if bytes.contains(UInt8(ascii: ":")) {
            let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ (1...2).contains($0.count) }),
                  let h = number(parts[0]), let m = number(parts[1])
            else { return nil }
            hour = h
            minute = m
            if parts.count == 3 {
                guard let s = number(parts[2]) else { return nil }
                second = s
            } else {
                second = 0
            }
        } else {
            guard bytes.count <= 6, let value = number(bytes) else { return nil }
            hour = value / 10_000
            minute = value / 100 % 100
            second = value % 100
        }
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        return (hour, minute, second)
    }

    /// A wall time from a date text and an optional time text (midnight when the time is missing).
    /// Nil when the date is unreadable, or a time was given but is unreadable.
    static func dateTime(date dateText: String?, time timeText: String?) -> LocalDateTime? {
        guard let day = date(dateText) else { return nil }
        var clock = (hour: 0, minute: 0, second: 0)
        if let timeText, !timeText.trimmingSpaces().isEmpty {
            guard let parsed = time(timeText) else { return nil }
            clock = parsed
        }
        return LocalDateTime(year: day.year, month: day.month, day: day.day, hour: clock.hour, minute: clock.minute, second: clock.second)
    }

    /// `YYYYMMDD`.
    static func renderDate(_ value: LocalDateTime) -> String {
        pad(value.year, 4) + pad(value.month, 2) + pad(value.day, 2)
    }

    /// `HHMMSS`.
    static func renderTime(_ value: LocalDateTime) -> String {
        pad(value.hour, 2) + pad(value.minute, 2) + pad(value.second, 2)
    }

    /// "HH:MM:SS".
    static func renderColonTime(_ value: LocalDateTime) -> String {
        pad(value.hour, 2) + ":" + pad(value.minute, 2) + ":" + pad(value.second, 2)
    }

    /// Digits without the leading zeros, as in UPS's sample ("74700"; midnight is "0").
    static func renderCompactTime(_ value: LocalDateTime) -> String {
        String(value.hour * 10_000 + value.minute * 100 + value.second)
    }

    /// "+01:00" / "-05:00".
    static func renderOffset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        return sign + pad(magnitude / 3_600, 2) + ":" + pad(magnitude % 3_600 / 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func number<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
