import Foundation

/// A calendar wall time without a zone ("2024-11-22T13:58:00"), as carriers print scan times.
///
/// Pure arithmetic (proleptic Gregorian calendar), no clock and no time-zone database.
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDateTime.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = min(second, 59)
    }

    /// ISO form without zone, seconds included: "2024-11-22T13:58:00".
    public var description: String {
        text(withSeconds: true)
    }

    /// The same wall time truncated to the minute, used in event identity.
    public var minuteKey: String {
        text(withSeconds: false)
    }

    /// "YYYY-MM-DDTHH:MM[:SS]", written digit by digit into one string (every scan's identity key and every
    /// storefront event's local time go through here). Fields outside their ranges (the properties are settable)
    /// take the slower padded form, which prints them whole.
    private func text(withSeconds: Bool) -> String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day), (0...99).contains(hour),
              (0...99).contains(minute), (0...99).contains(second)
        else {
            let minutes = LocalDateTime.padded(year, 4) + "-" + LocalDateTime.padded(month, 2) + "-"
                + LocalDateTime.padded(day, 2) + "T" + LocalDateTime.padded(hour, 2) + ":" + LocalDateTime.padded(minute, 2)
            return withSeconds ? minutes + ":" + LocalDateTime.padded(second, 2) : minutes
        }
        let length = withSeconds ? 19 : 16
        return String(unsafeUninitializedCapacity: length) { buffer in
            func put(_ value: Int, digits: Int, at offset: Int) {
                var rest = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, digits: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, digits: 2, at: 8)
            buffer[10] = UInt8(ascii: "T")
            put(hour, digits: 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            put(minute, digits: 2, at: 14)
            if withSeconds {
                buffer[16] = UInt8(ascii: ":")
                put(second, digits: 2, at: 17)
            }
            return length
        }
    }

    /// Zero-padded decimal (hot path: identity keys; `String(format:)` is slow on Linux).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The instant this wall time denotes at the given offset east of UTC.
    public func instant(utcOffsetSeconds offset: Int) -> Date {
        let days = LocalDateTime.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The instants a `LocalDateTime` can show (years 1…9999 in UTC), which PostgreSQL's `timestamp` and
    /// `timestamptz` also hold. Instants from outside (a carrier's epoch field) are checked against it.
    public static let supportedInstants: ClosedRange<Date> =
        Date(timeIntervalSince1970: -62_135_596_800)...Date(timeIntervalSince1970: 253_402_300_799)

    /// The wall time an instant shows at the given offset east of UTC. An instant outside
    /// ``supportedInstants`` (or not finite) is clamped to its nearest end, the offset to ±18 h, and the wall time
    /// to years 1…9999, so no value from outside can trap here; check the instant first where that matters.
    public init(instant: Date, utcOffsetSeconds offset: Int) {
        let range = LocalDateTime.supportedInstants
        let seconds = instant.timeIntervalSince1970
        let clamped = seconds.isNaN ? 0 : min(max(seconds, range.lowerBound.timeIntervalSince1970), range.upperBound.timeIntervalSince1970)
        let boundedOffset = min(max(offset, -CarrierTimestamp.largestOffsetSeconds), CarrierTimestamp.largestOffsetSeconds)
        let total = min(max(Int(clamped.rounded(.down)) + boundedOffset, Int(range.lowerBound.timeIntervalSince1970)),
                        Int(range.upperBound.timeIntervalSince1970))
        let days = Int((Double(total) / 86_400).rounded(.down))
        let secondsOfDay = total - days * 86_400
        let civil = LocalDateTime.civilFromDays(days)
        self.year = civil.year
        self.month = civil.month
        self.day = civil.day
        self.hour = secondsOfDay / 3_600
        self.minute = (secondsOfDay % 3_600) / 60
        self.second = secondsOfDay % 60
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
