import CarrierDHL
import CarrierUPS
import CarrierUSPS
import Foundation
import HTTPTypes
import ShipwatchCore

/// The shipments every storefront test starts from, identical for the in-memory and the PostgreSQL backend.
enum TestWorld {
    /// 2026-11-21T00:00:00Z.
    static let reference = Date(timeIntervalSince1970: 1_795_219_200)

    static let stores: [String: String] = ["charms": "Shoe Charms", "cases": "Phone <Cases> & Co"]

    /// UPS, charms, order A-100, three scans, customs stall flagged.
    static let upsNumber = "1Z1000000000000018"
    /// USPS, charms, order A-100 too (a split order), no scans yet.
    static let uspsNumber = "9400000000000000000115"
    /// DHL, cases, order B-7; its newest scan's description carries markup.
    static let dhlNumber = "1000000050"
    /// A valid UPS number registered nowhere, for POST tests.
    static let freshUPSNumber = "1Z1000000000000027"

    struct Seed {
        var shipment: NewShipment
        /// Chronological.
        var events: [ScanEvent]
        var estimatedDelivery: LocalDateTime?
        var delay: StorefrontDelay?
    }

    static let delaySince = reference.addingTimeInterval(3 * 86_400)

    static var seeds: [Seed] {
        [
            Seed(
                shipment: NewShipment(
                    store: "charms", orderRef: "A-100", carrier: .ups, trackingNumber: upsNumber,
                    shippedAt: reference, customerEmail: "secret.customer@example.com",
                    destinationPostalCode: "10001", destinationCountry: "US"),
                events: [
                    scan(.labelCreated, code: "MP", hours: 1, offsetHours: -5, city: "Louisville", region: "KY", description: "Shipper created a label"),
                    scan(.accepted, code: "OR", hours: 20, offsetHours: -5, city: "Louisville", region: "KY", description: "Origin Scan"),
                    scan(.customsInProgress, code: "CI", hours: 40, offsetHours: 1, city: "Köln", region: nil, country: "DE", description: "Clearance in progress"),
                ],
                estimatedDelivery: LocalDateTime(year: 2026, month: 11, day: 24),
                delay: StorefrontDelay(rule: "customs_stall", severity: .act, since: delaySince)),
            Seed(
                shipment: NewShipment(
                    store: "charms", orderRef: "A-100", carrier: .usps, trackingNumber: uspsNumber,
                    destinationPostalCode: "10001-1234"),
                events: [], estimatedDelivery: nil, delay: nil),
            Seed(
                shipment: NewShipment(
                    store: "cases", orderRef: "B-7", carrier: .dhl, trackingNumber: dhlNumber,
                    destinationPostalCode: "SW1A 1AA", destinationCountry: "GB"),
                events: [
                    scan(.inTransit, code: "PU", hours: 5, offsetHours: 0, city: "London", region: nil, country: "GB",
                         description: "<script>alert(1)</script> & departed"),
                ],
                estimatedDelivery: nil, delay: nil),
        ]
    }

    static func scan(
        _ milestone: Milestone, code: String, hours: Double, offsetHours: Int, city: String, region: String?,
        country: String = "US", description: String
    ) -> ScanEvent {
        let instant = reference.addingTimeInterval(hours * 3_600)
        return ScanEvent(
            occurredAt: instant,
            localTime: LocalDateTime(instant: instant, utcOffsetSeconds: offsetHours * 3_600),
            utcOffsetSeconds: offsetHours * 3_600,
            zoneConfidence: .exact,
            location: EventLocation(city: city, region: region, postalCode: nil, countryCode: country),
            carrierCode: code,
            description: description,
            milestone: milestone,
            raw: #"{"rawFragmentMarker":"do-not-leak"}"#)
    }

    /// The seed as the in-memory read model holds it (what the PostgreSQL one derives on ingest).
    static func tracking(_ seed: Seed) -> StorefrontTracking {
        let newestFirst = seed.events.reversed()
        return StorefrontTracking(
            store: seed.shipment.store, storeDisplayName: stores[seed.shipment.store] ?? seed.shipment.store,
            orderRef: seed.shipment.orderRef, carrier: seed.shipment.carrier, trackingNumber: seed.shipment.trackingNumber,
            status: newestFirst.first?.milestone,
            estimatedDelivery: seed.estimatedDelivery.map { CalendarDate(daysSinceEpoch: Int($0.instant(utcOffsetSeconds: 0).timeIntervalSince1970) / 86_400) },
            deliveredAt: nil, lastEventAt: newestFirst.first?.occurredAt,
            destinationPostalCode: seed.shipment.destinationPostalCode,
            events: newestFirst.map {
                StorefrontEvent(
                    occurredAt: $0.occurredAt, localTime: $0.localTime, utcOffsetSeconds: $0.utcOffsetSeconds,
                    milestone: $0.milestone, description: $0.description, location: $0.location)
            },
            delay: seed.delay)
    }
}
