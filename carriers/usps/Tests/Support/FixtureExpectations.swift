import Foundation
import ShipwatchCore

/// What one scan of a fixture must read as.
struct EventCheck: Sendable {
    /// Position oldest first.
    var index: Int
    var utc: String
    var offset: Int?
    var confidence: ZoneConfidence
    /// Expected wall time; nil means the event must carry none.
    var local: String?
    var city: String? = nil
    var country: String? = "US"
    var postalCode: String? = nil
}

/// What one tracking number of a fixture must read as.
struct ExpectedParcel: Sendable {
    var number: String
    /// Oldest first.
    var milestones: [Milestone]
    var codes: [String]
    var carrierStatus: String?
    var service: String?
    var origin: String?
    var destination: String?
    var signedBy: String? = nil
    var estimatedDelivery: String? = nil
    var checks: [EventCheck] = []
}

/// One fixture file, the HTTP status it is answered with, and what it must read as.
struct FixtureCase: Sendable, CustomStringConvertible {
    var file: String
    var status: Int
    var parcels: [ExpectedParcel]
    /// Numbers the answer reports as not found.
    var notFound: [String] = []

    var description: String { file }
    var requested: [String] { parcels.map(\.number) + notFound }
}

/// The expectations for every tracking fixture.
enum FixtureCatalog {
    static let cases: [FixtureCase] = [
        FixtureCase(file: "v3-domestic-delivered.json", status: 200, parcels: [ExpectedParcel(
            number: "9400111000000000000127",
            milestones: [.labelCreated, .accepted, .sortArrived, .sortDeparted, .inTransit, .sortArrived, .sortDeparted,
                         .sortArrived, .outForDelivery, .delivered],
            codes: ["GX", "03", "A1", "T1", "TL", "A1", "T1", "07", "OF", "01"],
            carrierStatus: "Delivered, Left with Individual",
            service: "USPS Ground Advantage", origin: "US", destination: "US", signedBy: "M REYES",
            checks: [
                EventCheck(index: 0, utc: "2024-11-18T22:05:00Z", offset: -18_000, confidence: .zoneInferred, local: "2024-11-18T17:05:00",
                           city: "ASHEVILLE", postalCode: "28801"),
                EventCheck(index: 2, utc: "2024-11-20T00:02:00Z", offset: -18_000, confidence: .exact, local: "2024-11-19T19:02:00",
                           city: "GREENSBORO NC DISTRIBUTION CENTER"),
                EventCheck(index: 4, utc: "2024-11-20T22:47:00Z", offset: -21_600, confidence: .exact, local: "2024-11-20T16:47:00"),
                EventCheck(index: 9, utc: "2024-11-22T20:58:00Z", offset: -25_200, confidence: .exact, local: "2024-11-22T13:58:00",
                           city: "BOULDER", postalCode: "80302"),
            ]
        )]),
        FixtureCase(file: "v3-international-customs-delivered.json", status: 200, parcels: [ExpectedParcel(
            number: "RB123456785DE",
            milestones: [.labelCreated, .sortProcessed, .sortDeparted, .sortProcessed, .customsInProgress, .customsInProgress,
                         .customsReleased, .sortArrived, .outForDelivery, .delivered],
            codes: ["NP", "E1", "E2", "I1", "I2", "I5", "I3", "07", "OF", "01"],
            carrierStatus: "Delivered, Front Door/Porch",
            service: "Priority Mail International", origin: "DE", destination: "US",
            checks: [
                EventCheck(index: 0, utc: "2025-03-05T09:02:00Z", offset: 3_600, confidence: .zoneInferred, local: "2025-03-05T10:02:00", country: "DE"),
                EventCheck(index: 1, utc: "2025-03-06T19:15:00Z", offset: 3_600, confidence: .exact, local: "2025-03-06T20:15:00",
                           city: "FRANKFURT", country: "DE"),
                EventCheck(index: 3, utc: "2025-03-09T04:05:00Z", offset: -21_600, confidence: .exact, local: "2025-03-08T22:05:00",
                           city: "ISC CHICAGO IL(USPS)"),
                EventCheck(index: 4, utc: "2025-03-09T07:30:00Z", offset: -21_600, confidence: .exact, local: "2025-03-09T01:30:00",
                           city: "ISC CHICAGO IL(USPS)"),
                EventCheck(index: 5, utc: "2025-03-09T08:10:00Z", offset: -18_000, confidence: .exact, local: "2025-03-09T03:10:00",
                           city: "ISC CHICAGO IL(USPS)"),
                EventCheck(index: 9, utc: "2025-03-12T16:24:00Z", offset: -18_000, confidence: .exact, local: "2025-03-12T11:24:00",
                           city: "EVANSTON", postalCode: "60201"),
            ]
        )]),
        FixtureCase(file: "v3-held-in-customs.json", status: 200, parcels: [ExpectedParcel(
            number: "LZ987654321CN",
            milestones: [.labelCreated, .sortProcessed, .customsExport, .sortDeparted, .sortProcessed, .customsInProgress, .customsHeld],
            codes: ["NP", "E1", "E3", "E2", "I1", "I2", "I4"],
            carrierStatus: "Held in Customs",
            service: "First-Class Package International Service", origin: "CN", destination: "US",
            checks: [
                EventCheck(index: 0, utc: "2025-06-11T08:00:00Z", offset: 28_800, confidence: .exact, local: "2025-06-11T16:00:00", country: "CN"),
                EventCheck(index: 3, utc: "2025-06-13T15:30:00Z", offset: 28_800, confidence: .exact, local: "2025-06-13T23:30:00",
                           city: "HONG KONG", country: "HK"),
                EventCheck(index: 6, utc: "2025-06-18T16:40:00Z", offset: -25_200, confidence: .exact, local: "2025-06-18T09:40:00",
                           city: "ISC LOS ANGELES CA(USPS)"),
            ]
        )]),
        FixtureCase(file: "v3r2-sort-facility-stall.json", status: 200, parcels: [ExpectedParcel(
            number: "9205500000000000004321",
            milestones: [.labelCreated, .accepted, .sortDeparted, .sortArrived, .sortDeparted, .inTransit, .sortArrived, .sortProcessed],
            codes: ["MA", "03", "SF", "10", "EF", "TL", "A1", "PC"],
            carrierStatus: "Sorting Complete",
            service: "Priority Mail", origin: "US", destination: "US", estimatedDelivery: "2025-04-08T00:00:00",
            checks: [
                EventCheck(index: 0, utc: "2025-04-03T07:00:00Z", offset: -25_200, confidence: .zoneInferred, local: "2025-04-03T00:00:00",
                           city: "SEATTLE", postalCode: "98101"),
                EventCheck(index: 5, utc: "2025-04-06T23:00:00Z", offset: -18_000, confidence: .exact, local: "2025-04-06T18:00:00", city: nil),
                EventCheck(index: 7, utc: "2025-04-08T09:40:00Z", offset: -14_400, confidence: .exact, local: "2025-04-08T05:40:00",
                           city: "MIAMI FL DISTRIBUTION CENTER"),
            ]
        )]),
        FixtureCase(file: "v3-delivery-exception.json", status: 200, parcels: [ExpectedParcel(
            number: "9405500000000000000862",
            milestones: [.accepted, .sortArrived, .exception, .sortArrived, .outForDelivery, .deliveryAttempted, .exception, .exception],
            codes: ["03", "A1", "08", "07", "OF", "53", "05", "DX"],
            carrierStatus: "Delivery Status Not Updated",
            service: "Priority Mail", origin: "US", destination: "US", estimatedDelivery: "2024-12-04T00:00:00",
            checks: [
                EventCheck(index: 1, utc: "2024-12-03T04:45:00Z", offset: -21_600, confidence: .exact, local: "2024-12-02T22:45:00",
                           city: "KANSAS CITY MO DISTRIBUTION CENTER"),
                EventCheck(index: 7, utc: "2024-12-07T00:00:00Z", offset: -21_600, confidence: .exact, local: "2024-12-06T18:00:00",
                           city: "KANSAS CITY", postalCode: "64105"),
            ]
        )]),
        FixtureCase(file: "v3r2-return-to-sender.json", status: 200, parcels: [
            ExpectedParcel(
                number: "9400100000000000000310",
                milestones: [.accepted, .outForDelivery, .deliveryAttempted, .availableForPickup, .returnToSender],
                codes: ["03", "OF", "52", "16", "27"],
                carrierStatus: "Unclaimed/Being Returned to Sender",
                service: "USPS Ground Advantage", origin: "US", destination: "US",
                checks: [EventCheck(index: 4, utc: "2025-02-26T14:15:00Z", offset: -18_000, confidence: .exact, local: "2025-02-26T09:15:00",
                                    city: "ATLANTA", postalCode: "30303")]
            ),
            ExpectedParcel(
                number: "9400100000000000000327",
                milestones: [.accepted, .sortArrived, .outForDelivery, .exception, .returnToSender],
                codes: ["03", "A1", "OF", "04", "09"],
                carrierStatus: "Return to Sender Processed",
                service: "Priority Mail", origin: "US", destination: "US",
                checks: [
                    EventCheck(index: 0, utc: "2025-02-20T23:00:00Z", offset: -28_800, confidence: .exact, local: "2025-02-20T15:00:00",
                               city: "PORTLAND", postalCode: "97205"),
                    EventCheck(index: 1, utc: "2025-02-23T06:55:00Z", offset: -25_200, confidence: .exact, local: "2025-02-22T23:55:00",
                               city: "DENVER CO DISTRIBUTION CENTER"),
                ]
            ),
        ]),
        FixtureCase(file: "v3r2-mixed-207.json", status: 207, parcels: [ExpectedParcel(
            number: "9434600000000000000555",
            milestones: [.accepted, .sortArrived, .outForDelivery],
            codes: ["03", "A1", "OF"],
            carrierStatus: "Out for Delivery",
            service: "USPS Ground Advantage", origin: "US", destination: "US", estimatedDelivery: "2025-05-14T00:00:00"
        )], notFound: ["9434600000000000000562"]),
        FixtureCase(file: "v3-not-found-400.json", status: 400, parcels: [], notFound: ["9400100000000000000999"]),
        FixtureCase(file: "v3r2-not-found-404.json", status: 404, parcels: [], notFound: ["9200100000000000000999"]),
        FixtureCase(file: "v3-time-pitfalls.json", status: 200, parcels: [ExpectedParcel(
            number: "9261200000000000000736",
            milestones: [.labelCreated, .accepted, .sortArrived, .sortDeparted, .sortArrived, .outForDelivery, .delivered],
            codes: ["GX", "03", "A1", "T1", "07", "OF", "01"],
            carrierStatus: "Delivered, In/At Mailbox",
            service: "Parcel Select", origin: "US", destination: "US",
            checks: [
                // Only a wall time: the nearest US scan's offset (-06:00) is presumed.
                EventCheck(index: 0, utc: "2024-11-23T16:00:00Z", offset: -21_600, confidence: .zoneInferred, local: "2024-11-23T10:00:00", city: "AUSTIN"),
                // "2024-11-24 08:12:44.000000": space separator and microseconds.
                EventCheck(index: 1, utc: "2024-11-24T14:12:44Z", offset: -21_600, confidence: .exact, local: "2024-11-24T08:12:44", city: "AUSTIN"),
                // GMTTimestamp kept the local date (2024-11-25T00:31Z); eventTimestamp + GMTOffset wins.
                EventCheck(index: 2, utc: "2024-11-26T00:31:00Z", offset: -21_600, confidence: .exact, local: "2024-11-25T18:31:00",
                           city: "DALLAS TX DISTRIBUTION CENTER"),
                // A misleading trailing Z on the local time.
                EventCheck(index: 3, utc: "2024-11-26T13:45:00Z", offset: -21_600, confidence: .exact, local: "2024-11-26T07:45:00",
                           city: "DALLAS TX DISTRIBUTION CENTER"),
                // No GMTOffset, GMTTimestamp with the local date: offset derived, the day error removed.
                EventCheck(index: 4, utc: "2024-11-27T03:10:00Z", offset: -21_600, confidence: .derived, local: "2024-11-26T21:10:00", city: "PLANO"),
                // No GMTOffset, GMT seconds differ: offset rounded to -06:00.
                EventCheck(index: 5, utc: "2024-11-27T15:05:00Z", offset: -21_600, confidence: .derived, local: "2024-11-27T09:05:00", city: "PLANO"),
                // Only GMTTimestamp.
                EventCheck(index: 6, utc: "2024-11-27T18:20:00Z", offset: nil, confidence: .exact, local: nil, city: "PLANO", postalCode: "75074"),
            ]
        )]),
        FixtureCase(file: "v3r2-time-formats.json", status: 200, parcels: [ExpectedParcel(
            number: "9300100000000000000448",
            milestones: [.labelCreated, .accepted, .sortArrived, .sortDeparted, .sortArrived],
            codes: ["MA", "03", "A1", "T1", "07"],
            carrierStatus: "Arrived at Post Office",
            service: "Priority Mail Express & Insurance", origin: "US", destination: "US", estimatedDelivery: "2025-11-04T00:00:00",
            checks: [
                // Date only, GMTOffset only.
                EventCheck(index: 0, utc: "2025-10-31T04:00:00Z", offset: -14_400, confidence: .exact, local: "2025-10-31T00:00:00", city: "DETROIT"),
                EventCheck(index: 1, utc: "2025-11-01T19:45:00Z", offset: -14_400, confidence: .exact, local: "2025-11-01T15:45:00", city: "DETROIT"),
                // DST fall-back: the later scan shows the earlier wall time.
                EventCheck(index: 2, utc: "2025-11-02T06:30:00Z", offset: -18_000, confidence: .exact, local: "2025-11-02T01:30:00",
                           city: "CHICAGO IL DISTRIBUTION CENTER"),
                EventCheck(index: 3, utc: "2025-11-02T07:20:00Z", offset: -21_600, confidence: .exact, local: "2025-11-02T01:20:00",
                           city: "CHICAGO IL DISTRIBUTION CENTER"),
                // Date only with a full GMTTimestamp; ZIP sent as a number.
                EventCheck(index: 4, utc: "2025-11-03T15:22:00Z", offset: -21_600, confidence: .exact, local: "2025-11-03T09:22:00",
                           city: "CHICAGO", postalCode: "60601"),
            ]
        )]),
    ]
}
