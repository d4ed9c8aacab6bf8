import ShipwatchCore
import Testing

/// What one scan of a fixture must come out as (index in chronological order).
struct EventExpectation: Sendable {
    var index: Int
    var code: String
    var utc: String
    var local: String
    var offset: Int?
    var confidence: ZoneConfidence = .exact
    var city: String?
    var region: String?
    var postalCode: String?
    var country: String?
}

/// What a found-shipment fixture must parse into.
struct FixtureExpectation: Sendable, CustomTestStringConvertible {
    var file: String
    var number: String
    var milestones: [Milestone]
    var carrierStatus: String?
    var service: String?
    var origin: String?
    var destination: String?
    var signedBy: String?
    var estimatedDelivery: String?
    var events: [EventExpectation]

    var testDescription: String { file }

    static let all: [FixtureExpectation] = [
        // Parcel Germany: a code for every milestone family; the return carries no code, its wording decides.
        FixtureExpectation(
            file: "parcel-de-milestone-families.json", number: "00340434161094027713",
            milestones: [.labelCreated, .accepted, .sortProcessed, .customsInProgress, .sortDeparted, .sortArrived,
                         .outForDelivery, .deliveryAttempted, .exception, .availableForPickup, .returnToSender],
            carrierStatus: "The shipment was not picked up and is being returned to the sender", service: "DHL PAKET",
            origin: "DE", destination: "DE", signedBy: nil, estimatedDelivery: nil,
            events: [
                EventExpectation(index: 10, code: "failure", utc: "2024-10-18T07:30:00Z", local: "2024-10-18T09:30:00", offset: 7_200,
                                 city: "München", postalCode: "80331", country: "DE"),
            ]
        ),
        // Hong Kong (UTC+8) → Leipzig (UTC+1 in March) → East Midlands (UTC+0), wall times without offsets:
        // each zone comes from the scan's country, and the Leipzig departure (04:55 local) stays before the
        // East Midlands arrival (04:40 local, 04:40Z).
        FixtureExpectation(
            file: "express-westward-no-offset.json", number: "7719042263",
            milestones: [.accepted, .sortProcessed, .sortDeparted, .sortArrived, .sortProcessed, .sortDeparted,
                         .sortArrived, .sortProcessed, .sortDeparted, .sortArrived, .outForDelivery, .delivered],
            carrierStatus: "Delivered - Signed for by: J. HARGREAVES", service: "express",
            origin: "HK", destination: "GB", signedBy: "J. HARGREAVES", estimatedDelivery: nil,
            events: [
                EventExpectation(index: 0, code: "PU", utc: "2023-03-01T02:07:00Z", local: "2023-03-01T10:07:00", offset: 28_800,
                                 confidence: .zoneInferred, city: "HONG KONG", country: "HK"),
                EventExpectation(index: 2, code: "DF", utc: "2023-03-01T13:45:00Z", local: "2023-03-01T21:45:00", offset: 28_800,
                                 confidence: .zoneInferred, city: "HONG KONG", country: "HK"),
                EventExpectation(index: 3, code: "AF", utc: "2023-03-02T02:05:00Z", local: "2023-03-02T03:05:00", offset: 3_600,
                                 confidence: .zoneInferred, city: "LEIPZIG", country: "DE"),
                EventExpectation(index: 5, code: "DF", utc: "2023-03-02T03:55:00Z", local: "2023-03-02T04:55:00", offset: 3_600,
                                 confidence: .zoneInferred, city: "LEIPZIG", country: "DE"),
                EventExpectation(index: 6, code: "AF", utc: "2023-03-02T04:40:00Z", local: "2023-03-02T04:40:00", offset: 0,
                                 confidence: .zoneInferred, city: "EAST MIDLANDS", country: "GB"),
                EventExpectation(index: 11, code: "OK", utc: "2023-03-02T11:32:00Z", local: "2023-03-02T11:32:00", offset: 0,
                                 confidence: .zoneInferred, city: "NOTTINGHAM", country: "GB"),
            ]
        ),
        FixtureExpectation(
            file: "parcel-de-domestic-delivered.json", number: "00340434161094015902",
            milestones: [.labelCreated, .accepted, .sortProcessed, .sortProcessed, .outForDelivery, .delivered],
            carrierStatus: "The shipment has been successfully delivered", service: "DHL PAKET",
            origin: "DE", destination: "DE", signedBy: "M. Brandt", estimatedDelivery: "2024-09-18T00:00:00",
            events: [
                EventExpectation(index: 0, code: "VA", utc: "2024-09-16T17:02:00Z", local: "2024-09-16T19:02:00", offset: 7_200),
                EventExpectation(index: 1, code: "ES", utc: "2024-09-17T14:32:00Z", local: "2024-09-17T16:32:00", offset: 7_200,
                                 city: "Bonn", postalCode: "53113", country: "DE"),
                EventExpectation(index: 3, code: "NB", utc: "2024-09-18T01:55:00Z", local: "2024-09-18T03:55:00", offset: 7_200,
                                 city: "Hamburg-Allermöhe", postalCode: "21035", country: "DE"),
                EventExpectation(index: 5, code: "ZU", utc: "2024-09-18T11:07:00Z", local: "2024-09-18T13:07:00", offset: 7_200,
                                 city: "Hamburg", postalCode: "20095", country: "DE"),
            ]
        ),
        FixtureExpectation(
            file: "express-international-customs-delivered.json", number: "5527316640",
            milestones: [.accepted, .sortProcessed, .customsExport, .sortDeparted, .sortArrived, .sortDeparted, .sortArrived,
                         .customsInProgress, .customsReleased, .sortProcessed, .sortDeparted, .sortArrived, .outForDelivery, .delivered],
            carrierStatus: "Delivered - Signed for by: R. OKAFOR", service: "express",
            origin: "JP", destination: "CA", signedBy: "R. OKAFOR", estimatedDelivery: nil,
            events: [
                EventExpectation(index: 0, code: "PU", utc: "2024-11-12T06:47:00Z", local: "2024-11-12T15:47:00", offset: 32_400,
                                 city: "OSAKA", country: "JP"),
                EventExpectation(index: 2, code: "CR", utc: "2024-11-12T10:10:00Z", local: "2024-11-12T19:10:00", offset: 32_400,
                                 city: "OSAKA", country: "JP"),
                EventExpectation(index: 4, code: "AF", utc: "2024-11-13T06:16:00Z", local: "2024-11-13T01:16:00", offset: -18_000,
                                 city: "CINCINNATI HUB", region: "OH", country: "US"),
                EventExpectation(index: 8, code: "CR", utc: "2024-11-13T22:14:00Z", local: "2024-11-13T17:14:00", offset: -18_000,
                                 city: "TORONTO GATEWAY", country: "CA"),
                EventExpectation(index: 13, code: "OK", utc: "2024-11-14T19:26:00Z", local: "2024-11-14T14:26:00", offset: -18_000,
                                 city: "TORONTO", country: "CA"),
            ]
        ),
        FixtureExpectation(
            file: "express-customs-held.json", number: "3390174528",
            milestones: [.accepted, .sortProcessed, .sortDeparted, .sortArrived, .customsInProgress, .customsInProgress,
                         .customsHeld, .customsHeld, .customsHeld],
            carrierStatus: "Shipment is on hold", service: "express",
            origin: "GB", destination: "CH", signedBy: nil, estimatedDelivery: "2025-02-05T23:59:00",
            events: [
                EventExpectation(index: 0, code: "PU", utc: "2025-02-04T15:05:00Z", local: "2025-02-04T15:05:00", offset: 0,
                                 city: "NOTTINGHAM", country: "GB"),
                EventExpectation(index: 7, code: "OH", utc: "2025-02-05T15:45:00Z", local: "2025-02-05T16:45:00", offset: 3_600,
                                 city: "BASEL", country: "CH"),
                EventExpectation(index: 8, code: "HP", utc: "2025-02-06T09:12:00Z", local: "2025-02-06T10:12:00", offset: 3_600,
                                 city: "BASEL", country: "CH"),
            ]
        ),
        FixtureExpectation(
            file: "ecommerce-customs-held.json", number: "GM605112000174920081",
            milestones: [.sortArrived, .sortProcessed, .customsExport, .sortDeparted, .inTransit, .customsInProgress,
                         .customsHeld, .customsHeld, .customsHeld],
            carrierStatus: "Customs delay", service: "DHL Parcel International Direct",
            origin: "US", destination: "GB", signedBy: nil, estimatedDelivery: "2024-10-23T23:59:00",
            events: [
                EventExpectation(index: 0, code: "104", utc: "2024-10-15T21:09:00Z", local: "2024-10-15T17:09:00", offset: -14_400,
                                 city: "Columbus", region: "OH", postalCode: "43004", country: "US"),
                EventExpectation(index: 4, code: "360", utc: "2024-10-17T12:26:00Z", local: "2024-10-17T13:26:00", offset: 3_600,
                                 city: "London Heathrow", country: "GB"),
                EventExpectation(index: 8, code: "508", utc: "2024-10-21T08:30:00Z", local: "2024-10-21T09:30:00", offset: 3_600,
                                 city: "Coventry", country: "GB"),
            ]
        ),
        FixtureExpectation(
            file: "express-sort-facility-stalled.json", number: "1184402956",
            milestones: [.accepted, .sortArrived, .sortDeparted, .sortArrived, .customsReleased, .sortProcessed, .sortDeparted,
                         .sortArrived, .sortProcessed],
            carrierStatus: "Processed at LOUISVILLE - USA", service: "express",
            origin: "DE", destination: "US", signedBy: nil, estimatedDelivery: "2025-01-23T00:00:00",
            events: [
                EventExpectation(index: 1, code: "AF", utc: "2025-01-21T01:44:00Z", local: "2025-01-21T02:44:00", offset: 3_600,
                                 city: "LEIPZIG", country: "DE"),
                EventExpectation(index: 8, code: "PL", utc: "2025-01-22T09:38:00Z", local: "2025-01-22T04:38:00", offset: -18_000,
                                 city: "LOUISVILLE", region: "KY", country: "US"),
            ]
        ),
        FixtureExpectation(
            file: "express-delivery-exception.json", number: "8062215937",
            milestones: [.accepted, .sortProcessed, .sortDeparted, .sortArrived, .delayed, .outForDelivery, .deliveryAttempted,
                         .exception, .exception],
            carrierStatus: "Delivery exception: the address is incomplete or incorrect", service: "express",
            origin: "AU", destination: "AU", signedBy: nil, estimatedDelivery: "2024-11-26T18:00:00",
            events: [
                EventExpectation(index: 0, code: "PU", utc: "2024-11-24T05:02:00Z", local: "2024-11-24T16:02:00", offset: 39_600,
                                 city: "SYDNEY", country: "AU"),
                EventExpectation(index: 7, code: "OH", utc: "2024-11-26T22:05:00Z", local: "2024-11-27T09:05:00", offset: 39_600,
                                 city: "MELBOURNE", country: "AU"),
            ]
        ),
        FixtureExpectation(
            file: "express-return-to-sender.json", number: "6671043385",
            milestones: [.accepted, .sortDeparted, .sortArrived, .customsInProgress, .customsHeld, .customsReleased, .inTransit,
                         .sortArrived, .outForDelivery, .exception, .returnToSender],
            carrierStatus: "Returned to shipper", service: "express",
            origin: "FR", destination: "US", signedBy: nil, estimatedDelivery: nil,
            events: [
                EventExpectation(index: 0, code: "PU", utc: "2025-04-11T17:35:00Z", local: "2025-04-11T19:35:00", offset: 7_200,
                                 city: "LYON", country: "FR"),
                EventExpectation(index: 10, code: "RT", utc: "2025-04-17T15:03:00Z", local: "2025-04-17T10:03:00", offset: -18_000,
                                 city: "AUSTIN", region: "TX", country: "US"),
            ]
        ),
        FixtureExpectation(
            file: "express-legacy-no-offset.json", number: "2210458873",
            milestones: [.accepted, .sortProcessed, .sortDeparted, .inTransit, .sortArrived, .customsInProgress, .customsHeld,
                         .customsInProgress, .customsReleased, .sortArrived, .outForDelivery, .delivered],
            carrierStatus: "Delivered - Signed for by: A. PEETERS", service: "express",
            origin: "PK", destination: "BE", signedBy: "A. PEETERS", estimatedDelivery: nil,
            events: [
                // No offsets: each zone comes from the country (Pakistan UTC+5, UAE UTC+4, Belgium UTC+2 in May).
                EventExpectation(index: 0, code: "", utc: "2021-05-05T10:42:00Z", local: "2021-05-05T15:42:00", offset: 18_000,
                                 confidence: .zoneInferred, city: "KARACHI", country: "PK"),
                EventExpectation(index: 3, code: "", utc: "2021-05-05T22:05:00Z", local: "2021-05-06T02:05:00", offset: 14_400,
                                 confidence: .zoneInferred, city: "DUBAI", country: "AE"),
                EventExpectation(index: 11, code: "", utc: "2021-05-10T09:26:00Z", local: "2021-05-10T11:26:00", offset: 7_200,
                                 confidence: .zoneInferred, city: "ANTWERP", country: "BE"),
            ]
        ),
        FixtureExpectation(
            file: "express-midnight-utc-date.json", number: "9013385720",
            milestones: [.accepted, .sortProcessed, .sortDeparted, .sortArrived, .sortDeparted, .sortArrived, .customsInProgress,
                         .customsReleased, .outForDelivery, .delivered],
            carrierStatus: "Delivered - Signed for by: T. NGUYEN", service: "express",
            origin: "NP", destination: "US", signedBy: "T. NGUYEN", estimatedDelivery: nil,
            events: [
                EventExpectation(index: 1, code: "PL", utc: "2024-11-28T18:45:00Z", local: "2024-11-29T00:30:00", offset: 20_700,
                                 city: "KATHMANDU", country: "NP"),
                EventExpectation(index: 4, code: "DF", utc: "2024-11-29T16:20:00Z", local: "2024-11-30T00:20:00", offset: 28_800,
                                 city: "HONG KONG", country: "HK"),
                EventExpectation(index: 5, code: "AF", utc: "2024-11-30T06:15:00Z", local: "2024-11-29T22:15:00", offset: -28_800,
                                 city: "LOS ANGELES GATEWAY", region: "CA", country: "US"),
                EventExpectation(index: 7, code: "CR", utc: "2024-11-30T08:00:00Z", local: "2024-11-30T00:00:00", offset: -28_800,
                                 city: "LOS ANGELES GATEWAY", region: "CA", country: "US"),
                EventExpectation(index: 9, code: "OK", utc: "2024-12-03T00:20:00Z", local: "2024-12-02T16:20:00", offset: -28_800,
                                 city: "LOS ANGELES", region: "CA", country: "US"),
            ]
        ),
        FixtureExpectation(
            file: "express-dst-spring-forward.json", number: "4407712693",
            milestones: [.accepted, .sortDeparted, .sortArrived, .sortProcessed, .customsReleased, .sortDeparted, .sortArrived],
            carrierStatus: "Arrived at DHL Delivery Facility CHICAGO - USA", service: "express",
            origin: "DE", destination: "US", signedBy: nil, estimatedDelivery: "2025-03-10T18:00:00",
            events: [
                EventExpectation(index: 2, code: "AF", utc: "2025-03-09T06:30:00Z", local: "2025-03-09T01:30:00", offset: -18_000,
                                 city: "CINCINNATI HUB", region: "OH", country: "US"),
                EventExpectation(index: 3, code: "PL", utc: "2025-03-09T07:10:00Z", local: "2025-03-09T03:10:00", offset: -14_400,
                                 city: "CINCINNATI HUB", region: "OH", country: "US"),
                EventExpectation(index: 6, code: "AR", utc: "2025-03-09T14:12:00Z", local: "2025-03-09T09:12:00", offset: -18_000,
                                 city: "CHICAGO", region: "IL", country: "US"),
            ]
        ),
        FixtureExpectation(
            file: "express-dst-fall-back.json", number: "2958806114",
            milestones: [.accepted, .sortDeparted, .sortArrived, .sortProcessed, .sortDeparted, .sortArrived, .outForDelivery, .delivered],
            carrierStatus: "Delivered - Signed for by: L. WAGNER", service: "express",
            origin: "NL", destination: "DE", signedBy: "Lena Wagner", estimatedDelivery: nil,
            events: [
                EventExpectation(index: 0, code: "PU", utc: "2024-10-26T15:20:00Z", local: "2024-10-26T17:20:00", offset: 7_200,
                                 city: "AMSTERDAM", country: "NL"),
                EventExpectation(index: 2, code: "AF", utc: "2024-10-27T00:30:00Z", local: "2024-10-27T02:30:00", offset: 7_200,
                                 city: "LEIPZIG", country: "DE"),
                EventExpectation(index: 3, code: "PL", utc: "2024-10-27T01:10:00Z", local: "2024-10-27T02:10:00", offset: 3_600,
                                 city: "LEIPZIG", country: "DE"),
            ]
        ),
        FixtureExpectation(
            file: "express-odd-time-formats.json", number: "7350012845",
            milestones: [.accepted, .sortProcessed, .sortDeparted, .sortArrived, .outForDelivery],
            carrierStatus: "With delivery courier", service: "express",
            origin: "DE", destination: "DE", signedBy: nil, estimatedDelivery: "2024-06-05T00:00:00",
            events: [
                EventExpectation(index: 0, code: "PU", utc: "2024-06-03T09:15:00Z", local: "2024-06-03T09:15:00", offset: 0,
                                 city: "FRANKFURT", country: "DE"),
                EventExpectation(index: 1, code: "PL", utc: "2024-06-03T16:40:00Z", local: "2024-06-03T18:40:00", offset: 7_200,
                                 city: "FRANKFURT", country: "DE"),
                EventExpectation(index: 2, code: "DF", utc: "2024-06-03T20:40:00Z", local: "2024-06-03T22:40:00", offset: 7_200),
                EventExpectation(index: 3, code: "AR", utc: "2024-06-04T05:05:00Z", local: "2024-06-04T07:05:00", offset: 7_200,
                                 city: "BERLIN", postalCode: "10115", country: "DE"),
                EventExpectation(index: 4, code: "WC", utc: "2024-06-04T09:30:00Z", local: "2024-06-04T11:30:00", offset: 7_200,
                                 city: "BERLIN", postalCode: "10115", country: "DE"),
            ]
        ),
        FixtureExpectation(
            file: "parcel-nl-clearance-delay.json", number: "CD220154836NL",
            milestones: [.labelCreated, .customsInProgress, .customsInProgress, .customsInProgress, .customsHeld, .customsHeld],
            carrierStatus: "Customs clearance is delayed", service: "DHL Parcel Connect",
            origin: "CN", destination: "NL", signedBy: nil, estimatedDelivery: nil,
            events: [
                EventExpectation(index: 0, code: "pre-transit", utc: "2024-12-01T20:12:00Z", local: "2024-12-02T04:12:00", offset: 28_800,
                                 city: "Shenzhen", country: "CN"),
                EventExpectation(index: 5, code: "CLEARANCE_DELAY", utc: "2024-12-09T13:02:00Z", local: "2024-12-09T14:02:00", offset: 3_600,
                                 city: "Schiphol", postalCode: "1118 CP", country: "NL"),
            ]
        ),
    ] + divisionJourneys

    /// Fixtures that are error bodies rather than tracking answers.
    /// Fixtures whose codes our table does not hold on purpose (the wording decides; the codes are reported as
    /// unmapped), tested in `DivisionWordingTests`.
    static let wordingFixtures: Set<String> = ["ecommerce-milestone-families.json"]

    static let errorBodies: Set<String> = ["not-found.json", "error-401-invalid-key.json", "error-429-quota.json"]
}
