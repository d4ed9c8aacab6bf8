import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierUPS

@Suite("UPS activity times")
struct ActivityTimeTests {
    @Test("gmtTime in every form seen", arguments: [
        ("07:47:00", 7, 47, 0),
        ("7:47:00", 7, 47, 0),
        ("74700", 7, 47, 0),
        ("074700", 7, 47, 0),
        ("213000", 21, 30, 0),
        ("4700", 0, 47, 0),
        ("5", 0, 0, 5),
        ("0", 0, 0, 0),
        ("23:59", 23, 59, 0),
    ])
    func timeForms(_ text: String, _ hour: Int, _ minute: Int, _ second: Int) throws {
        let parsed = try #require(UPSTimeText.time(text))
        #expect(parsed.hour == hour)
        #expect(parsed.minute == minute)
        #expect(parsed.second == second)
    }

    @Test("unreadable times are rejected", arguments: ["", "25:00:00", "12:60:00", "1234567", "7h47", "07:47:00:00", "-74700"])
    func badTimes(_ text: String) {
        #expect(UPSTimeText.time(text) == nil)
    }

    @Test("dates", arguments: [("20250310", true), ("2025-03-10", true), ("20250230", false), ("2025031", false), ("", false)])
    func dates(_ text: String, _ valid: Bool) {
        #expect((UPSTimeText.date(text) != nil) == valid)
    }

    @Test("rendering matches UPS's forms")
    func rendering() {
        let value = wallTime("2025-03-10T07:47:00")
        #expect(UPSTimeText.renderDate(value) == "20250310")
        #expect(UPSTimeText.renderTime(value) == "074700")
        #expect(UPSTimeText.renderColonTime(value) == "07:47:00")
        #expect(UPSTimeText.renderCompactTime(value) == "74700")
        #expect(UPSTimeText.renderOffset(-18_000) == "-05:00")
        #expect(UPSTimeText.renderOffset(19_800) == "+05:30")
        #expect(UPSTimeText.renderOffset(0) == "+00:00")
    }

    @Test("all fields agree: exact, UTC from the gmt fields")
    func exact() throws {
        let activity = UPSActivity(date: "20250310", time: "231500", gmtDate: "20250311", gmtTime: "03:15:00", gmtOffset: "-04:00")
        let time = try #require(UPSActivityTime(activity: activity))
        #expect(time.occurredAt == instant("2025-03-11T03:15:00Z"))
        #expect(time.localTime == wallTime("2025-03-10T23:15:00"))
        #expect(time.utcOffsetSeconds == hours(-4))
        #expect(time.zoneConfidence == .exact)
    }

    @Test("half-hour offsets and the spec's compact gmtTime")
    func halfHourOffset() throws {
        let activity = UPSActivity(date: "20250401", time: "131700", gmtDate: "20250401", gmtTime: "74700", gmtOffset: "+05:30")
        let time = try #require(UPSActivityTime(activity: activity))
        #expect(time.occurredAt == instant("2025-04-01T07:47:00Z"))
        #expect(time.utcOffsetSeconds == 19_800)
        #expect(time.zoneConfidence == .exact)
    }

    @Test("no offset: derived from local minus UTC, across midnight")
    func derived() throws {
        let activity = UPSActivity(date: "20250401", time: "063000", gmtDate: "20250331", gmtTime: "213000")
        let time = try #require(UPSActivityTime(activity: activity))
        #expect(time.occurredAt == instant("2025-03-31T21:30:00Z"))
        #expect(time.utcOffsetSeconds == hours(9))
        #expect(time.zoneConfidence == .derived)
    }

    @Test("local only: assumed UTC")
    func assumed() throws {
        let time = try #require(UPSActivityTime(activity: UPSActivity(date: "20250805", time: "143000")))
        #expect(time.occurredAt == instant("2025-08-05T14:30:00Z"))
        #expect(time.utcOffsetSeconds == nil)
        #expect(time.localTime == wallTime("2025-08-05T14:30:00"))
        #expect(time.zoneConfidence == .assumed)
    }

    @Test("local date only: midnight, assumed")
    func dateOnly() throws {
        let time = try #require(UPSActivityTime(activity: UPSActivity(date: "20250805")))
        #expect(time.occurredAt == instant("2025-08-05T00:00:00Z"))
        #expect(time.zoneConfidence == .assumed)
    }

    @Test("UTC only, no offset: instant known, local time unknown")
    func utcOnly() throws {
        let time = try #require(UPSActivityTime(activity: UPSActivity(gmtDate: "20250806", gmtTime: "16:30:00")))
        #expect(time.occurredAt == instant("2025-08-06T16:30:00Z"))
        #expect(time.localTime == nil)
        #expect(time.utcOffsetSeconds == nil)
        #expect(time.zoneConfidence == .assumed)
    }

    @Test("nothing readable: nil")
    func nothing() {
        #expect(UPSActivityTime(activity: UPSActivity()) == nil)
        #expect(UPSActivityTime(activity: UPSActivity(date: "2025", time: "101010")) == nil)
        #expect(UPSActivityTime(activity: UPSActivity(gmtDate: "20250806")) == nil)
    }

    @Test("plausible offsets", arguments: [
        (-14_400, -14_400), (-14_430, -14_400), (19_800, 19_800), (50_400, 50_400), (-43_200, -43_200),
    ])
    func plausible(_ difference: Int, _ expected: Int) {
        #expect(UPSActivityTime.plausibleOffset(difference) == expected)
    }

    @Test("implausible offsets", arguments: [-100_800, 54_000, -46_800, 1_000, -14_000])
    func implausible(_ difference: Int) {
        #expect(UPSActivityTime.plausibleOffset(difference) == nil)
    }

    @Test("DST: a pair of scans across the US spring-forward keeps real elapsed time")
    func springForward() throws {
        let snapshot = try #require(try Fixtures.snapshot("times-dst-spring-forward-us.json", number: "1Z5D1S210360204418"))
        let before = snapshot.events[1], after = snapshot.events[2]
        #expect(before.localTime == wallTime("2025-03-09T01:40:00"))
        #expect(after.localTime == wallTime("2025-03-09T03:05:00"))
        #expect(before.utcOffsetSeconds == hours(-5))
        #expect(after.utcOffsetSeconds == hours(-4))
        // 85 minutes apart on the wall clock, 25 minutes apart in reality.
        #expect(after.occurredAt.timeIntervalSince(before.occurredAt) == 25 * 60)
    }

    @Test("DST: across the EU fall-back the later scan shows an earlier wall time")
    func fallBack() throws {
        let snapshot = try #require(try Fixtures.snapshot("times-dst-fall-back-eu.json", number: "1Z5D1S210360204427"))
        let before = snapshot.events[1], after = snapshot.events[2]
        #expect(before.localTime == wallTime("2025-10-26T02:40:00"))
        #expect(after.localTime == wallTime("2025-10-26T02:10:00"))
        #expect(after.occurredAt.timeIntervalSince(before.occurredAt) == 30 * 60)
        #expect(snapshot.events.map(\.milestone) == [.sortArrived, .sortProcessed, .sortDeparted])
    }
}
