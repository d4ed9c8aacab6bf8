import Foundation
import Testing
@testable import ShipwatchCore

@Suite("Carrier time parsing and wall-time arithmetic")
struct CarrierTimestampTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let local: String
        let offset: Int?
        let utcEpoch: Int
        var testDescription: String { text }
    }

    // 2024-11-22T13:58:00 at -05:00 is 18:58:00Z = 1732301880.
    static let cases: [Case] = [
        .init(text: "2024-11-22T13:58:00", local: "2024-11-22T13:58:00", offset: nil, utcEpoch: 1_732_283_880),
        .init(text: "2024-11-22T13:58:00Z", local: "2024-11-22T13:58:00", offset: 0, utcEpoch: 1_732_283_880),
        .init(text: "2024-11-22T13:58:00-05:00", local: "2024-11-22T13:58:00", offset: -18_000, utcEpoch: 1_732_301_880),
        .init(text: "2024-11-22T13:58:00-0500", local: "2024-11-22T13:58:00", offset: -18_000, utcEpoch: 1_732_301_880),
        .init(text: "2024-11-22 13:58:00 -0500", local: "2024-11-22T13:58:00", offset: -18_000, utcEpoch: 1_732_301_880),
        .init(text: "2024-11-22T13:58:00.123+01:00", local: "2024-11-22T13:58:00", offset: 3_600, utcEpoch: 1_732_280_280),
        .init(text: "2024-11-22T13:58", local: "2024-11-22T13:58:00", offset: nil, utcEpoch: 1_732_283_880),
        .init(text: "2024-11-22", local: "2024-11-22T00:00:00", offset: nil, utcEpoch: 1_732_233_600),
        .init(text: "2024-11-22T23:30:00+05:45", local: "2024-11-22T23:30:00", offset: 20_700, utcEpoch: 1_732_297_500),
        .init(text: "2024-02-29T00:00:00Z", local: "2024-02-29T00:00:00", offset: 0, utcEpoch: 1_709_164_800),
    ]

    @Test("parses every carrier time form", arguments: cases)
    func parse(_ testCase: Case) throws {
        let parsed = try #require(CarrierTimestamp.parse(testCase.text))
        #expect(parsed.local.description == testCase.local)
        #expect(parsed.utcOffsetSeconds == testCase.offset)
        #expect(Int(parsed.instant().timeIntervalSince1970) == testCase.utcEpoch)
    }

    @Test("rejects text that is not a time", arguments: [
        "", "yesterday", "2024-13-01", "2024-02-30T10:00:00", "2024-11-22T25:00:00", "2024-11-22T13:58:00+2500", "20241122",
    ])
    func rejects(_ text: String) {
        #expect(CarrierTimestamp.parse(text) == nil)
    }

    @Test("a DST change: the same wall hour at two offsets is two instants an hour apart")
    func daylightSaving() throws {
        // US Eastern falls back on 2024-11-03: 01:30 happens at -04:00 and again at -05:00.
        let first = try #require(CarrierTimestamp.parse("2024-11-03T01:30:00-04:00")).instant()
        let second = try #require(CarrierTimestamp.parse("2024-11-03T01:30:00-05:00")).instant()
        #expect(second.timeIntervalSince(first) == 3_600)
    }

    @Test("wall time round-trips through an instant at any offset", arguments: [-36_000, -18_000, 0, 3_600, 20_700, 50_400])
    func roundTrip(_ offset: Int) throws {
        let local = try #require(LocalDateTime(year: 2023, month: 12, day: 31, hour: 23, minute: 59, second: 59))
        let instant = local.instant(utcOffsetSeconds: offset)
        #expect(LocalDateTime(instant: instant, utcOffsetSeconds: offset) == local)
    }

    @Test("offsets parse alone", arguments: [("Z", 0), ("+01:00", 3_600), ("-05:00", -18_000), ("-0500", -18_000), ("+09", 32_400)])
    func offsets(_ text: String, _ seconds: Int) {
        #expect(CarrierTimestamp.parseOffset(text) == seconds)
    }
}
