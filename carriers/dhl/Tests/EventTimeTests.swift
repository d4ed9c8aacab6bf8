@testable import CarrierDHL
import Foundation
import ShipwatchCore
import Testing

/// One DHL timestamp text and how it must be read.
struct TimestampCase: Sendable, CustomTestStringConvertible {
    var text: String
    var utc: String
    var local: String
    var offset: Int?
    var testDescription: String { text }
}

@Suite("DHL timestamps")
struct EventTimeTests {
    @Test("timestamp forms DHL has sent", arguments: [
        TimestampCase(text: "2024-11-22T13:58:00+01:00", utc: "2024-11-22T12:58:00Z", local: "2024-11-22T13:58:00", offset: 3_600),
        TimestampCase(text: "2026-06-28T13:08:00+10:00", utc: "2026-06-28T03:08:00Z", local: "2026-06-28T13:08:00", offset: 36_000),
        TimestampCase(text: "2024-11-29T00:30:00+05:45", utc: "2024-11-28T18:45:00Z", local: "2024-11-29T00:30:00", offset: 20_700),
        TimestampCase(text: "2024-06-03T09:15:00Z", utc: "2024-06-03T09:15:00Z", local: "2024-06-03T09:15:00", offset: 0),
        TimestampCase(text: "2024-06-03T18:40:00.000+02:00", utc: "2024-06-03T16:40:00Z", local: "2024-06-03T18:40:00", offset: 7_200),
        TimestampCase(text: "2024-06-03T22:40:00+0200", utc: "2024-06-03T20:40:00Z", local: "2024-06-03T22:40:00", offset: 7_200),
        TimestampCase(text: "2024-06-04T07:05+02:00", utc: "2024-06-04T05:05:00Z", local: "2024-06-04T07:05:00", offset: 7_200),
        TimestampCase(text: "2021-05-05T15:42:00", utc: "2021-05-05T15:42:00Z", local: "2021-05-05T15:42:00", offset: nil),
    ])
    func reads(_ sample: TimestampCase) throws {
        let time = try #require(DHLEventTime(sample.text))
        #expect(time.instant == utc(sample.utc))
        #expect(time.local.description == sample.local)
        #expect(time.utcOffsetSeconds == sample.offset)
        #expect(time.confidence == (sample.offset == nil ? .assumed : .exact))
    }

    @Test("text that is not a time is refused", arguments: ["", "yesterday", "22.11.2024 13:58", "2024-13-01T00:00:00Z"])
    func refuses(_ text: String) {
        #expect(DHLEventTime(text) == nil)
    }

    @Test("rendered timestamps carry the offset and read back to the same instant", arguments: [0, 3_600, -18_000, 20_700, -34_200])
    func rendersOffsets(_ offset: Int) throws {
        let instant = utc("2025-03-30T00:30:00Z")
        let text = DHLEventTime.text(for: instant, utcOffsetSeconds: offset)
        let time = try #require(DHLEventTime(text))
        #expect(time.instant == instant)
        #expect(time.utcOffsetSeconds == offset)
    }

    @Test("offset text")
    func offsetText() {
        #expect(DHLEventTime.offsetText(0) == "+00:00")
        #expect(DHLEventTime.offsetText(-18_000) == "-05:00")
        #expect(DHLEventTime.offsetText(20_700) == "+05:45")
        #expect(DHLEventTime.offsetText(-34_200) == "-09:30")
    }
}
