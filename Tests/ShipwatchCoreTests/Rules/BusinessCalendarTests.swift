import Foundation
import Testing
@testable import ShipwatchCore

@Suite("BusinessCalendar: local dates, business days, time zones and DST")
struct BusinessCalendarTests {
    typealias F = RulesFixture

    static func date(_ text: String) -> CalendarDate { CalendarDate(isoText: text)! }

    static let newYork = BusinessCalendar(timeZoneIdentifier: "America/New_York")

    struct LocalDateCase: Sendable, CustomTestStringConvertible {
        var zone: String
        var instant: String
        var localDate: String
        var testDescription: String { "\(instant) in \(zone) is \(localDate)" }
    }

    @Test("an instant falls on the store's local date, not UTC's", arguments: [
        LocalDateCase(zone: "America/New_York", instant: "2024-11-22T04:59:59Z", localDate: "2024-11-21"),
        LocalDateCase(zone: "America/New_York", instant: "2024-11-22T05:00:00Z", localDate: "2024-11-22"),
        LocalDateCase(zone: "America/New_York", instant: "2024-07-01T03:59:59Z", localDate: "2024-06-30"),
        LocalDateCase(zone: "America/New_York", instant: "2024-07-01T04:00:00Z", localDate: "2024-07-01"),
        LocalDateCase(zone: "Asia/Tokyo", instant: "2024-11-21T14:59:59Z", localDate: "2024-11-21"),
        LocalDateCase(zone: "Asia/Tokyo", instant: "2024-11-21T15:00:00Z", localDate: "2024-11-22"),
        LocalDateCase(zone: "UTC", instant: "2024-11-21T23:59:59Z", localDate: "2024-11-21"),
        LocalDateCase(zone: "Asia/Kolkata", instant: "2024-11-21T18:29:59Z", localDate: "2024-11-21"),
        LocalDateCase(zone: "Asia/Kolkata", instant: "2024-11-21T18:30:00Z", localDate: "2024-11-22"),
    ])
    func localDate(_ example: LocalDateCase) {
        let calendar = BusinessCalendar(timeZoneIdentifier: example.zone)
        #expect(calendar.localDate(of: F.instant(example.instant)).description == example.localDate)
    }

    @Test("a local day starts at the zone's midnight, across daylight-saving changes", arguments: [
        ("America/New_York", "2024-03-09", "2024-03-09T05:00:00Z"),
        ("America/New_York", "2024-03-10", "2024-03-10T05:00:00Z"),
        ("America/New_York", "2024-03-11", "2024-03-11T04:00:00Z"),
        ("America/New_York", "2024-11-03", "2024-11-03T04:00:00Z"),
        ("America/New_York", "2024-11-04", "2024-11-04T05:00:00Z"),
        ("Asia/Tokyo", "2024-11-22", "2024-11-21T15:00:00Z"),
        // Chile moves its clocks forward at midnight: the day begins at 01:00 local (-03:00).
        ("America/Santiago", "2024-09-08", "2024-09-08T04:00:00Z"),
    ])
    func startOfDay(zone: String, day: String, expected: String) {
        let calendar = BusinessCalendar(timeZoneIdentifier: zone)
        #expect(calendar.startOfDay(Self.date(day)) == F.instant(expected))
    }

    @Test("the last second of a DST-shortened day still belongs to it")
    func dstShortDay() {
        // 2024-03-10 in New York has 23 hours: 05:00Z to 04:00Z next day.
        #expect(Self.newYork.localDate(of: F.instant("2024-03-11T03:59:59Z")).description == "2024-03-10")
        #expect(Self.newYork.localDate(of: F.instant("2024-03-11T04:00:00Z")).description == "2024-03-11")
        // 2024-11-03 has 25 hours: 04:00Z to 05:00Z next day.
        #expect(Self.newYork.localDate(of: F.instant("2024-11-04T04:59:59Z")).description == "2024-11-03")
    }

    struct CountCase: Sendable, CustomTestStringConvertible {
        var after: String
        var before: String
        var holidays: [String] = []
        var weekend: [Weekday] = [.saturday, .sunday]
        var expected: Int
        var testDescription: String { "\(after) → \(before) holidays \(holidays) weekend \(weekend) = \(expected)" }
    }

    @Test("business days strictly between two dates skip weekends and holidays", arguments: [
        CountCase(after: "2024-11-08", before: "2024-11-11", expected: 0),  // Fri → Mon: only the weekend between
        CountCase(after: "2024-11-08", before: "2024-11-12", expected: 1),  // Fri → Tue: Monday
        CountCase(after: "2024-11-04", before: "2024-11-11", expected: 4),  // Mon → next Mon: Tue…Fri
        CountCase(after: "2024-11-04", before: "2024-11-11", holidays: ["2024-11-06"], expected: 3),
        CountCase(after: "2024-11-04", before: "2024-11-11", holidays: ["2024-11-09"], expected: 4),  // a Saturday holiday changes nothing
        CountCase(after: "2024-11-04", before: "2024-11-11", holidays: ["2024-11-04", "2024-11-11"], expected: 4),  // ends excluded
        CountCase(after: "2024-11-04", before: "2024-11-04", expected: 0),
        CountCase(after: "2024-11-11", before: "2024-11-04", expected: 0),
        CountCase(after: "2024-11-01", before: "2024-12-02", expected: 20),  // Nov 4…29
        CountCase(after: "2024-11-01", before: "2024-12-02", holidays: ["2024-11-28", "2024-11-29"], expected: 18),
        // A Friday–Saturday weekend.
        CountCase(after: "2024-11-06", before: "2024-11-11", weekend: [.friday, .saturday], expected: 2),  // Thu, Sun
    ])
    func businessDaysBetween(_ example: CountCase) {
        let calendar = BusinessCalendar(
            timeZoneIdentifier: "UTC", weekendDays: example.weekend, holidays: example.holidays.map(Self.date))
        #expect(calendar.businessDays(after: Self.date(example.after), before: Self.date(example.before)) == example.expected)
    }

    @Test("the week-at-a-time count agrees with counting day by day over many spans")
    func countMatchesBruteForce() {
        let calendar = BusinessCalendar(
            timeZoneIdentifier: "UTC", weekendDays: [.sunday],
            holidays: ["2024-12-25", "2025-01-01", "2024-12-29"].map(Self.date))
        let origin = Self.date("2024-12-01")
        for startOffset in 0..<9 {
            for length in 0..<60 {
                let start = origin.adding(days: startOffset)
                let end = start.adding(days: length)
                var expected = 0
                var day = start.adding(days: 1)
                while day < end {
                    if calendar.isBusinessDay(day) { expected += 1 }
                    day = day.adding(days: 1)
                }
                #expect(calendar.businessDays(after: start, before: end) == expected, "\(start) → \(end)")
            }
        }
    }

    @Test("adding business days skips weekends and holidays", arguments: [
        ("2024-11-07", 0, [String](), "2024-11-07"),
        ("2024-11-07", 1, [], "2024-11-08"),  // Thu + 1 = Fri
        ("2024-11-07", 2, [], "2024-11-11"),  // Thu + 2 = Mon
        ("2024-11-07", 2, ["2024-11-11"], "2024-11-12"),  // Monday off
        ("2024-11-09", 1, [], "2024-11-11"),  // from a Saturday
        ("2024-11-01", 5, [], "2024-11-08"),
    ])
    func addBusinessDays(start: String, count: Int, holidays: [String], expected: String) {
        let calendar = BusinessCalendar(timeZoneIdentifier: "UTC", holidays: holidays.map(Self.date))
        #expect(calendar.adding(businessDays: count, to: Self.date(start))?.description == expected)
    }

    @Test("a calendar whose every day is weekend adds nothing")
    func noBusinessDay() {
        let calendar = BusinessCalendar(timeZoneIdentifier: "UTC", weekendDays: Weekday.all)
        #expect(calendar.adding(businessDays: 1, to: Self.date("2024-11-04")) == nil)
        #expect(calendar.businessDays(after: Self.date("2024-11-01"), before: Self.date("2024-12-01")) == 0)
    }

    @Test("elapsed business days follow the store's midnight, not UTC's")
    func elapsedAcrossZones() {
        // Monday 21:00 in New York is already Tuesday 02:00 UTC.
        let label = F.instant("2024-11-05T02:00:00Z")
        let thursdayMorningNewYork = F.instant("2024-11-07T05:00:00Z")
        #expect(Self.newYork.businessDaysElapsed(from: label, to: thursdayMorningNewYork) == 2)  // Tue, Wed
        let utc = BusinessCalendar(timeZoneIdentifier: "UTC")
        #expect(utc.businessDaysElapsed(from: label, to: thursdayMorningNewYork) == 1)  // Wed only
        #expect(Self.newYork.businessDaysElapsed(from: label, to: F.instant("2024-11-07T04:59:59Z")) == 1)
    }

    @Test("the end of N business days is the instant the elapsed count reaches N")
    func endOfBusinessDays() throws {
        let order = F.instant("2024-11-01T19:00:00Z")  // Friday 15:00 in New York
        let end = try #require(Self.newYork.endOfBusinessDays(5, after: order))
        #expect(end == F.instant("2024-11-09T05:00:00Z"))  // Saturday 00:00 EST
        #expect(Self.newYork.businessDaysElapsed(from: order, to: end) == 5)
        #expect(Self.newYork.businessDaysElapsed(from: order, to: end.addingTimeInterval(-1)) == 4)
    }

    @Test("weekdays of calendar dates", arguments: [
        ("1970-01-01", Weekday.thursday), ("2024-11-04", .monday), ("2024-11-10", .sunday), ("1969-12-31", .wednesday),
        ("2000-02-29", .tuesday),
    ])
    func weekdays(date: String, weekday: Weekday) {
        #expect(Self.date(date).weekday == weekday)
    }

    @Test("calendar dates parse only real YYYY-MM-DD days", arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false), ("2024-1-01", false), ("24-01-01", false),
        ("2024-01-01x", false), (" 2024-12-25 ", true),
    ])
    func parseDates(text: String, valid: Bool) {
        #expect((CalendarDate(isoText: text) != nil) == valid)
    }
}
