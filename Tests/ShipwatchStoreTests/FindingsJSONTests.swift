import CarrierDHL
import Foundation
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Findings JSON")
struct FindingsJSONTests {
    @Test(arguments: [
        0.0, 951_782_400, 951_868_799.9, 1_709_164_800, -2_203_891_200, -1, 253_402_300_799, 1_731_888_309.75,
    ])
    func instantsMatchFoundation(_ seconds: Double) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let instant = Date(timeIntervalSince1970: seconds)
        let truncated = Date(timeIntervalSince1970: seconds.rounded(.down))
        #expect(InstantText.iso8601(instant) == formatter.string(from: truncated))
    }

    /// From 1600 on: Foundation's Gregorian calendar is Julian before October 1582, the text is proleptic Gregorian.
    @Test func fourCenturiesOfDaysMatch() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        for day in stride(from: -135_000, to: 146_097, by: 97) {
            let instant = Date(timeIntervalSince1970: Double(day) * 86_400 + 45_296)
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let expected = String(format: "%04d-%02d-%02dT12:34:56Z", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            #expect(InstantText.iso8601(instant) == expected)
        }
    }

    @Test func recordsDecodeBackToTheFinding() throws {
        let event = StoreFixtures.scan(
            .customsHeld, code: "CH", hours: 10.5, city: "Frankfurt \"am\" Main", region: nil, postalCode: nil, country: "DE",
            description: "Held\tby customs \\ line\nbreak \u{1}")
        let finding = Finding(
            rule: .customsStall, severity: .act, store: "s", orderRef: "o", carrier: .dhl, trackingNumber: "t",
            stage: .customsHeld, stageSince: event.occurredAt, measuredSince: event.occurredAt, durationDays: 8.123,
            businessDaysElapsed: 5, carrierDeclaredDelay: true, lastEventAt: event.occurredAt, lastLocation: "Frankfurt, DE",
            evidence: [FindingEvidence(event: event), FindingEvidence(factAt: StoreFixtures.referenceInstant, note: "ordered — «ü»")],
            summary: "In customs: 8.1 days.")
        let record = FindingRecord(shipmentID: 1, finding: finding)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode([FindingEvidence].self, from: Data(record.evidenceJSON.utf8)) == finding.evidence)
        let detail = try decoder.decode(FindingDetail.self, from: Data(record.detailJSON.utf8))
        #expect(detail == FindingDetail(finding))
        #expect(detail.durationDays == 8.12)
        // Same finding, same documents: the reconciliation compares them.
        #expect(FindingRecord(shipmentID: 1, finding: finding) == record)
    }
}
