import Foundation
import ShipwatchCore
import Testing

/// Carrier times and scans outside what the store accepts are refused where they are parsed, with a typed reason.
@Suite("carrier time bounds")
struct CarrierTimeBoundsTests {
    @Test("offsets up to ±18 h parse", arguments: ["2024-11-22T13:58:00+18:00", "2024-11-22T13:58:00-18:00", "2024-11-22T13:58:00+1800"])
    func largestOffsetsParse(_ text: String) throws {
        let parsed = try CarrierTimestamp.parseChecked(text)
        #expect(abs(parsed.utcOffsetSeconds ?? 0) == 64_800)
    }

    @Test("an offset beyond ±18 h is a typed error naming the text and the offset", arguments: [
        ("2024-11-22T13:58:00+18:30", 66_600), ("2024-11-22T13:58:00-18:01", -64_860), ("2024-11-22T13:58:00+1859", 68_340),
    ])
    func offsetBeyondEighteenHours(_ text: String, _ seconds: Int) {
        #expect(throws: CarrierTimeError.offsetOutOfRange(text: text, seconds: seconds)) { try CarrierTimestamp.parseChecked(text) }
        #expect(CarrierTimestamp.parse(text) == nil)
    }

    @Test("a bare offset beyond ±18 h is refused too")
    func bareOffset() {
        #expect(throws: CarrierTimeError.offsetOutOfRange(text: "+19:00", seconds: 68_400)) { try CarrierTimestamp.parseOffsetChecked("+19:00") }
        #expect(CarrierTimestamp.parseOffset("+19:00") == nil)
        #expect(CarrierTimestamp.parseOffset("-18:00") == -64_800)
    }

    @Test("impossible dates and unreadable text are told apart", arguments: [
        ("2024-02-30T10:00:00Z", CarrierTimeError.impossibleDateTime(text: "2024-02-30T10:00:00Z")),
        ("0000-01-01T00:00:00Z", .impossibleDateTime(text: "0000-01-01T00:00:00Z")),
        ("2024-11-22T24:00:00Z", .impossibleDateTime(text: "2024-11-22T24:00:00Z")),
        ("22/11/2024", .unreadable(text: "22/11/2024")),
        ("2024-11-22T13:58:00 EST", .unreadable(text: "2024-11-22T13:58:00 EST")),
    ])
    func impossibleOrUnreadable(_ text: String, _ error: CarrierTimeError) {
        #expect(throws: error) { try CarrierTimestamp.parseChecked(text) }
    }

    // Seconds, not Dates, as arguments: Foundation's Date.description traps on NaN.
    @Test("an instant far outside years 1…9999 makes a wall time at the range's end instead of trapping", arguments: [
        1e300, -1e300, Double.infinity, Double.nan,
    ])
    func hugeInstantsDoNotTrap(_ seconds: Double) {
        let local = LocalDateTime(instant: Date(timeIntervalSince1970: seconds), utcOffsetSeconds: 90_000)
        #expect((1...9999).contains(local.year))
    }

    @Test("a scan with an instant, offset or sequence the schema refuses is named by checkStorable")
    func scanChecks() throws {
        let good = ScanEvent(
            occurredAt: Date(timeIntervalSince1970: 1_732_283_880), localTime: nil, utcOffsetSeconds: 3_600, zoneConfidence: .exact,
            location: EventLocation(city: "Memphis"), carrierCode: "AR", description: "Arrived", milestone: .sortArrived, raw: "{}"
        )
        try good.checkStorable()
        var farFuture = good
        farFuture.occurredAt = Date(timeIntervalSince1970: 1e12)
        #expect(throws: ScanEventProblem.instantOutOfRange(seconds: 1e12)) { try farFuture.checkStorable() }
        var badOffset = good
        badOffset.utcOffsetSeconds = 68_400
        #expect(throws: ScanEventProblem.offsetOutOfRange(seconds: 68_400)) { try badOffset.checkStorable() }
        var badSequence = good
        badSequence.carrierSequence = Int(Int32.max) + 1
        #expect(throws: ScanEventProblem.sequenceOutOfRange(Int(Int32.max) + 1)) { try badSequence.checkStorable() }
    }

    @Test("text loses its NUL characters and nothing else")
    func storableText() {
        #expect(TextNormalization.storable("Arrived\u{0} at\u{0}\u{0} hub") == "Arrived at hub")
        #expect(TextNormalization.storable("Zürich — 東京 ✓") == "Zürich — 東京 ✓")
        #expect(TextNormalization.storableIfPresent(nil) == nil)
        #expect(TextNormalization.storableIfPresent("a\u{0}") == "a")
    }

    @Test("saturating conversions never trap", arguments: [
        (Double.infinity, Int.max), (-Double.infinity, Int.min), (Double.nan, 0), (1e300, Int.max), (-1e300, Int.min),
        (42.9, 42), (-42.9, -42), (9.3e18, Int.max),
    ])
    func saturating(_ value: Double, _ expected: Int) {
        #expect(Int(saturating: value) == expected)
    }
}
