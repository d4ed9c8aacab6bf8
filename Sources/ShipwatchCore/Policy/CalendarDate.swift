import Foundation

/// A day on the calendar, with no time and no zone ("2024-12-25"). Holidays and business-day
/// arithmetic work on these; `BusinessCalendar` maps instants onto them in the store's zone.
///
/// Coded as the text `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int

    /// The date with these numbers; nil when the day does not exist (2024-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDateTime.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        daysSinceEpoch = LocalDateTime.daysFromCivil(year: year, month: month, day: day)
    }

    /// The date `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// Parses `YYYY-MM-DD`; nil for any other text or a day that does not exist.
    public init?(isoText: String) {
        let parts = isoText.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var year: Int { LocalDateTime.civilFromDays(daysSinceEpoch).year }
    public var month: Int { LocalDateTime.civilFromDays(daysSinceEpoch).month }
    public var day: Int { LocalDateTime.civilFromDays(daysSinceEpoch).day }

    /// The day of the week (1970-01-01 was a Thursday).
    public var weekday: Weekday {
        let indexFromMonday = ((daysSinceEpoch + 3) % 7 + 7) % 7
        return Weekday.all[indexFromMonday]
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Whole days from this date to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let civil = LocalDateTime.civilFromDays(daysSinceEpoch)
        return NumberText.zeroPadded(civil.year, width: 4) + "-" + NumberText.zeroPadded(civil.month, width: 2) + "-"
            + NumberText.zeroPadded(civil.day, width: 2)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(isoText: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
