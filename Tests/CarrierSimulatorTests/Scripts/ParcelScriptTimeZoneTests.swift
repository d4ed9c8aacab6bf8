import CarrierDHL
import CarrierFedEx
@testable import CarrierSimulator
import CarrierUPS
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

/// Offsets are written out by hand (not computed from a zone database) so a wrong zone or a missed DST change fails.
@Suite("ParcelScript: offsets follow each place's zone, daylight saving included")
struct ParcelScriptTimeZoneTests {
    /// City → offset in seconds, for every scan of the parcel.
    private func offsetsByCity(_ parcel: SimulatedParcel) -> [String: Set<Int>] {
        parcel.scans.reduce(into: [:]) { result, scan in result[scan.location.city ?? "", default: []].insert(scan.utcOffsetSeconds) }
    }

    @Test("US winter: Eastern, Central and Mountain standard time")
    func usWinter() throws {
        let anchor = Instants.utc("2025-01-15T12:00:00Z")
        let parcel = try #require(ParcelScript(carrier: .ups, anchor: anchor).parcel(trackingNumber: "N", scenario: .domesticDelivered, now: anchor))
        #expect(offsetsByCity(parcel) == [
            "Dayton": [-18_000], "Columbus": [-18_000], "Memphis": [-21_600], "Denver": [-25_200],
        ])
    }

    @Test("US summer: daylight time everywhere")
    func usSummer() throws {
        let anchor = Instants.utc("2025-07-15T12:00:00Z")
        let parcel = try #require(ParcelScript(carrier: .fedex, anchor: anchor).parcel(trackingNumber: "N", scenario: .domesticDelivered, now: anchor))
        #expect(offsetsByCity(parcel) == [
            "Dayton": [-14_400], "Columbus": [-14_400], "Memphis": [-18_000], "Denver": [-21_600],
        ])
    }

    @Test("spring forward in Los Angeles between two customs scans (2025-03-09 10:00Z)")
    func springForwardAtTheImportGateway() throws {
        // Held 3 days before 2025-03-12T12:00Z = 2025-03-09T12:00Z (PDT); the arrival (03-08 15:00Z) and the
        // customs scan (03-09 01:00Z) before it were still PST.
        let anchor = Instants.utc("2025-03-12T12:00:00Z")
        let parcel = try #require(ParcelScript(carrier: .usps, anchor: anchor).parcel(trackingNumber: "N", scenario: .customsStall(days: 3), now: anchor))
        let gateway = parcel.scans.filter { $0.location.city == "Los Angeles" }
        #expect(gateway.map(\.milestone) == [.sortArrived, .customsInProgress, .customsHeld])
        #expect(gateway.map(\.occurredAt) == [
            Instants.utc("2025-03-08T15:00:00Z"), Instants.utc("2025-03-09T01:00:00Z"), Instants.utc("2025-03-09T12:00:00Z"),
        ])
        #expect(gateway.map(\.utcOffsetSeconds) == [-28_800, -28_800, -25_200])
        #expect(offsetsByCity(parcel)["Shenzhen"] == [28_800])
        #expect(offsetsByCity(parcel)["Hong Kong"] == [28_800])
    }

    @Test("fall back in Germany in the middle of a DHL journey (2024-10-27 01:00Z)")
    func fallBackInGermany() throws {
        // Label at 2024-10-26T00:00Z; scans at +0, 4, 9, 11, 14 h are CEST, those at +26, 30, 42, 47 h are CET.
        let anchor = Instants.utc("2024-10-28T12:00:00Z")
        let parcel = try #require(ParcelScript(carrier: .dhl, anchor: anchor).parcel(trackingNumber: "N", scenario: .domesticDelivered, now: anchor))
        #expect(parcel.scans.first?.occurredAt == Instants.utc("2024-10-26T00:00:00Z"))
        #expect(parcel.scans.map(\.utcOffsetSeconds) == [7_200, 7_200, 7_200, 7_200, 7_200, 3_600, 3_600, 3_600, 3_600])
    }

    @Test("Germany in winter and China all year for DHL's international lane")
    func dhlInternationalWinter() throws {
        let anchor = Instants.utc("2025-01-15T12:00:00Z")
        let parcel = try #require(
            ParcelScript(carrier: .dhl, anchor: anchor).parcel(trackingNumber: "N", scenario: .internationalThroughCustoms, now: anchor)
        )
        #expect(offsetsByCity(parcel) == [
            "Shenzhen": [28_800], "Hong Kong": [28_800], "Leipzig": [3_600], "Munich": [3_600],
        ])
    }
}
