import CarrierUPS
import Foundation
import ShipwatchCore
import ShipwatchStore

/// Small builders for store tests: stores, shipments and scans with sensible defaults.
public enum StoreFixtures {
    /// 2024-11-18T00:00:00Z, the fixtures' reference instant.
    public static let referenceInstant = Date(timeIntervalSince1970: 1_731_888_000)

    /// Creates (or updates) a store with an empty policy.
    public static func createStore(_ key: String = "default", in database: Database) async throws {
        try await StoreRepository(database: database).upsert(key: key, displayName: key.capitalized, policyJSON: "{}")
    }

    /// A shipment numbered `index`, unique per index, with every optional field set (or nil when `sparse`).
    public static func newShipment(
        _ index: Int,
        store: String = "default",
        carrier: Carrier = .ups,
        sparse: Bool = false
    ) -> NewShipment {
        NewShipment(
            store: store,
            orderRef: "ORDER-\(index)",
            carrier: carrier,
            trackingNumber: String(format: "1Z999AA1%010d", index),
            orderedAt: sparse ? nil : referenceInstant.addingTimeInterval(Double(index)),
            shippedAt: sparse ? nil : referenceInstant.addingTimeInterval(86_400 + Double(index)),
            customerEmail: sparse ? nil : "customer\(index)@example.com",
            destinationPostalCode: sparse ? nil : "10115",
            destinationCountry: sparse ? nil : "DE"
        )
    }

    /// A scan at `hours` after the reference instant, in a zone `offsetHours` east of UTC.
    public static func scan(
        _ milestone: Milestone,
        code: String,
        hours: Double,
        offsetHours: Int = -5,
        confidence: ZoneConfidence = .exact,
        city: String = "Louisville",
        region: String? = "KY",
        postalCode: String? = "40201",
        country: String = "US",
        description: String? = nil,
        sequence: Int = 0,
        raw: String? = nil
    ) -> ScanEvent {
        let instant = referenceInstant.addingTimeInterval(hours * 3_600)
        let offset = offsetHours * 3_600
        let text = description ?? milestone.rawValue.replacingOccurrences(of: "_", with: " ").capitalized
        return ScanEvent(
            occurredAt: instant,
            localTime: LocalDateTime(instant: instant, utcOffsetSeconds: offset),
            utcOffsetSeconds: offset,
            zoneConfidence: confidence,
            location: EventLocation(city: city, region: region, postalCode: postalCode, countryCode: country),
            carrierCode: code,
            description: text,
            milestone: milestone,
            raw: raw ?? #"{"code":"\#(code)","description":"\#(text)"}"#,
            carrierSequence: sequence
        )
    }
}
