import ShipwatchCore

extension FixtureExpectation {
    /// One journey per division whose codes came in with the full lists: eCommerce Europe, eCommerce Asia-Pacific,
    /// eCommerce PPL and Parcel Poland. Every code is in the table, so the code (not DHL's category) decides.
    static let divisionJourneys: [FixtureExpectation] = [
        // Poland → France through a parcel shop: DHL files 44 ("handed to the parcel shop") under "delivered";
        // it stays available for pickup until the recipient collects it (66).
        FixtureExpectation(
            file: "ecommerce-europe-pickup-point.json", number: "JVGL0618204417730052",
            milestones: [.labelCreated, .accepted, .sortProcessed, .sortDeparted, .inTransit, .inTransit, .sortArrived,
                         .sortProcessed, .sortArrived, .outForDelivery, .deliveryAttempted, .availableForPickup, .delivered],
            carrierStatus: "The recipient collected the parcel at the parcel shop", service: "DHL Parcel Connect",
            origin: "PL", destination: "FR", signedBy: nil, estimatedDelivery: "2025-03-14T00:00:00",
            events: [
                EventExpectation(index: 0, code: "1", utc: "2025-03-10T17:41:00Z", local: "2025-03-10T18:41:00", offset: 3_600),
                EventExpectation(index: 11, code: "44", utc: "2025-03-14T16:02:00Z", local: "2025-03-14T17:02:00", offset: 3_600,
                                 city: "Lyon", postalCode: "69003", country: "FR"),
            ]
        ),
        FixtureExpectation(
            file: "ecommerce-apac-delivered.json", number: "MYKUL5530021948",
            milestones: [.labelCreated, .labelCreated, .accepted, .sortProcessed, .sortProcessed, .sortDeparted, .sortArrived,
                         .sortProcessed, .outForDelivery, .delivered],
            carrierStatus: "Delivered to the recipient", service: "DHL Parcel Domestic",
            origin: "MY", destination: "MY", signedBy: nil, estimatedDelivery: nil,
            events: [
                EventExpectation(index: 2, code: "77206", utc: "2024-08-06T03:44:00Z", local: "2024-08-06T11:44:00", offset: 28_800,
                                 city: "Kuala Lumpur", postalCode: "50450", country: "MY"),
                EventExpectation(index: 9, code: "77093", utc: "2024-08-07T06:33:00Z", local: "2024-08-07T14:33:00", offset: 28_800,
                                 city: "George Town", postalCode: "10200", country: "MY"),
            ]
        ),
        // PPL's numbers overlap eCommerce Americas codes (400, 460…); the service picks PPL's meaning.
        FixtureExpectation(
            file: "ecommerce-ppl-second-attempt.json", number: "40912785531",
            milestones: [.labelCreated, .accepted, .inTransit, .sortArrived, .outForDelivery, .delayed, .outForDelivery, .delivered],
            carrierStatus: "Handed to the recipient", service: "PPL Parcel CZ Private",
            origin: "CZ", destination: "CZ", signedBy: nil, estimatedDelivery: nil,
            events: [
                EventExpectation(index: 5, code: "460", utc: "2024-11-20T17:10:00Z", local: "2024-11-20T18:10:00", offset: 3_600,
                                 city: "Brno", postalCode: "619 00", country: "CZ"),
            ]
        ),
        FixtureExpectation(
            file: "parcel-pl-returned-to-sender.json", number: "30017744526",
            milestones: [.labelCreated, .accepted, .sortProcessed, .inTransit, .sortArrived, .outForDelivery, .deliveryAttempted,
                         .outForDelivery, .deliveryAttempted, .availableForPickup, .returnToSender, .returnToSender],
            carrierStatus: "Back with the sender", service: "DHL Parcel Polska",
            origin: "PL", destination: "PL", signedBy: nil, estimatedDelivery: nil,
            events: [
                EventExpectation(index: 10, code: "ZWR_ZB", utc: "2025-05-15T16:00:00Z", local: "2025-05-15T18:00:00", offset: 7_200,
                                 city: "Gdańsk", postalCode: "80-298", country: "PL"),
            ]
        ),
    ]
}
