import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierUPS

/// A fixture and everything its snapshot must say.
struct FixtureExpectation: CustomStringConvertible, Sendable {
    let file: String
    let number: String
    let carrierStatus: String?
    let estimatedDelivery: String?
    let service: String?
    let origin: String?
    let destination: String?
    let signedBy: String?
    let events: [ExpectedEventRow]

    var description: String { file }
}

/// What one parsed event must look like (oldest first).
struct ExpectedEventRow: Sendable {
    let milestone: Milestone
    let code: String
    let utc: String
    let offsetHours: Double?
    let confidence: ZoneConfidence
    let city: String?

    init(_ milestone: Milestone, _ code: String, _ utc: String, _ offsetHours: Double?, _ confidence: ZoneConfidence = .exact, city: String? = nil) {
        self.milestone = milestone
        self.code = code
        self.utc = utc
        self.offsetHours = offsetHours
        self.confidence = confidence
        self.city = city
    }
}

@Suite("UPS fixtures parse to the expected timelines")
struct FixtureParsingTests {
    static let expectations: [FixtureExpectation] = [
        FixtureExpectation(
            file: "domestic-delivered.json", number: "1Z7R40W20358812406",
            carrierStatus: "Delivered", estimatedDelivery: "2025-05-16T00:00:00", service: "UPS Ground",
            origin: "US", destination: "US", signedBy: "MARISOL",
            events: [
                ExpectedEventRow(.labelCreated, "003", "2025-05-12T21:02:11Z", -7),
                ExpectedEventRow(.accepted, "038", "2025-05-13T01:40:00Z", -7, city: "PORTLAND"),
                ExpectedEventRow(.accepted, "005", "2025-05-13T04:55:00Z", -7, city: "PORTLAND"),
                ExpectedEventRow(.sortDeparted, "005", "2025-05-13T09:30:00Z", -7, city: "PORTLAND"),
                ExpectedEventRow(.sortArrived, "005", "2025-05-14T11:10:00Z", -6, city: "SALT LAKE CITY"),
                ExpectedEventRow(.sortDeparted, "005", "2025-05-14T15:45:00Z", -6, city: "SALT LAKE CITY"),
                ExpectedEventRow(.sortArrived, "005", "2025-05-16T04:20:00Z", -5, city: "AUSTIN"),
                ExpectedEventRow(.sortArrived, "005", "2025-05-16T10:12:00Z", -5, city: "AUSTIN"),
                ExpectedEventRow(.sortProcessed, "071", "2025-05-16T11:40:00Z", -5, city: "AUSTIN"),
                ExpectedEventRow(.outForDelivery, "072", "2025-05-16T13:05:00Z", -5),
                ExpectedEventRow(.outForDelivery, "021", "2025-05-16T13:30:00Z", -5),
                ExpectedEventRow(.delivered, "011", "2025-05-16T18:47:26Z", -5, city: "AUSTIN"),
            ]
        ),
        FixtureExpectation(
            file: "international-customs-cleared.json", number: "1Z2V8E696612390475",
            carrierStatus: "Delivered", estimatedDelivery: "2025-04-10T00:00:00", service: "UPS Worldwide Saver®",
            origin: "IT", destination: "US", signedBy: "HALVORSEN",
            events: [
                ExpectedEventRow(.labelCreated, "003", "2025-04-07T08:20:00Z", 2),
                ExpectedEventRow(.accepted, "005", "2025-04-07T14:05:00Z", 2, city: "Milano"),
                ExpectedEventRow(.sortDeparted, "005", "2025-04-07T19:30:00Z", 2, city: "Milano"),
                ExpectedEventRow(.sortArrived, "005", "2025-04-07T23:10:00Z", 2, city: "Koeln"),
                ExpectedEventRow(.customsExport, "005", "2025-04-08T01:40:00Z", 2, city: "Koeln"),
                ExpectedEventRow(.sortDeparted, "005", "2025-04-08T02:25:00Z", 2, city: "Koeln"),
                ExpectedEventRow(.sortArrived, "005", "2025-04-08T10:55:00Z", -4, city: "Philadelphia"),
                ExpectedEventRow(.customsInProgress, "005", "2025-04-08T11:30:00Z", -4, city: "Philadelphia"),
                ExpectedEventRow(.customsInProgress, "092", "2025-04-08T12:02:00Z", -4, city: nil),
                ExpectedEventRow(.customsHeld, "012", "2025-04-09T15:16:40Z", -4, city: "Philadelphia"),
                ExpectedEventRow(.customsReleased, "014", "2025-04-09T20:48:05Z", -4, city: nil),
                ExpectedEventRow(.sortDeparted, "005", "2025-04-10T02:50:00Z", -4, city: "Philadelphia"),
                ExpectedEventRow(.sortArrived, "005", "2025-04-10T08:35:00Z", -4, city: "Trenton"),
                ExpectedEventRow(.outForDelivery, "021", "2025-04-10T13:10:00Z", -4),
                ExpectedEventRow(.delivered, "011", "2025-04-10T19:22:09Z", -4, city: "PRINCETON"),
            ]
        ),
        FixtureExpectation(
            file: "customs-held.json", number: "1Z0H4Y386794402218",
            carrierStatus: "Pending Government Agency Release", estimatedDelivery: "2025-06-10T00:00:00",
            service: "UPS Worldwide Expedited®", origin: "CN", destination: "CA", signedBy: nil,
            events: [
                ExpectedEventRow(.labelCreated, "003", "2025-06-02T01:15:00Z", 8),
                ExpectedEventRow(.accepted, "005", "2025-06-02T10:30:00Z", 8, city: "SHENZHEN"),
                ExpectedEventRow(.sortArrived, "005", "2025-06-02T17:20:00Z", 8, city: "HONG KONG"),
                ExpectedEventRow(.customsExport, "005", "2025-06-02T19:50:00Z", 8, city: "HONG KONG"),
                ExpectedEventRow(.sortDeparted, "005", "2025-06-02T22:15:00Z", 8, city: "HONG KONG"),
                ExpectedEventRow(.sortArrived, "005", "2025-06-03T06:40:00Z", -8, city: "ANCHORAGE"),
                ExpectedEventRow(.sortDeparted, "005", "2025-06-03T09:10:00Z", -8, city: "ANCHORAGE"),
                ExpectedEventRow(.sortArrived, "005", "2025-06-03T15:30:00Z", -4, city: "HAMILTON"),
                ExpectedEventRow(.customsInProgress, "005", "2025-06-03T16:05:00Z", -4, city: "HAMILTON"),
                ExpectedEventRow(.customsHeld, "058", "2025-06-03T18:40:00Z", -4, city: nil),
                ExpectedEventRow(.customsHeld, "124", "2025-06-04T13:05:00Z", -4, city: "HAMILTON"),
                ExpectedEventRow(.customsHeld, "126", "2025-06-05T14:20:00Z", -4, city: "HAMILTON"),
            ]
        ),
        FixtureExpectation(
            file: "sort-facility-stuck.json", number: "1Z9X31E40317095530",
            carrierStatus: "On the Way", estimatedDelivery: "2025-11-07T00:00:00", service: "UPS Ground",
            origin: "US", destination: "US", signedBy: nil,
            events: [
                ExpectedEventRow(.labelCreated, "003", "2025-11-03T16:05:00Z", -5),
                ExpectedEventRow(.accepted, "005", "2025-11-04T00:20:00Z", -5, city: "NEWARK"),
                ExpectedEventRow(.sortDeparted, "005", "2025-11-04T05:45:00Z", -5, city: "NEWARK"),
                ExpectedEventRow(.sortArrived, "005", "2025-11-05T03:10:00Z", -6, city: "HODGKINS"),
                ExpectedEventRow(.sortProcessed, "005", "2025-11-05T06:15:00Z", -6, city: "HODGKINS"),
            ]
        ),
        FixtureExpectation(
            file: "delivery-exception.json", number: "1Z6F0W100380441762",
            carrierStatus: "Exception: Action Required", estimatedDelivery: "2025-01-27T00:00:00", service: "UPS 2nd Day Air®",
            origin: "US", destination: "US", signedBy: nil,
            events: [
                ExpectedEventRow(.labelCreated, "003", "2025-01-20T16:00:00Z", -6),
                ExpectedEventRow(.accepted, "038", "2025-01-20T23:15:00Z", -6, city: "CHICAGO"),
                ExpectedEventRow(.sortDeparted, "005", "2025-01-21T07:30:00Z", -6, city: "CHICAGO"),
                ExpectedEventRow(.sortArrived, "005", "2025-01-22T11:20:00Z", -5, city: "CHELSEA"),
                ExpectedEventRow(.delayed, "052", "2025-01-22T12:45:00Z", -5, city: "CHELSEA"),
                ExpectedEventRow(.outForDelivery, "021", "2025-01-23T13:10:00Z", -5),
                ExpectedEventRow(.deliveryAttempted, "022", "2025-01-23T19:32:00Z", -5, city: "BOSTON"),
                ExpectedEventRow(.exception, "050", "2025-01-24T00:05:00Z", -5),
                ExpectedEventRow(.exception, "029", "2025-01-24T14:00:00Z", -5),
            ]
        ),
        FixtureExpectation(
            file: "return-to-sender.json", number: "1Z4A7V520389127713",
            carrierStatus: "Returned to Sender", estimatedDelivery: "2025-09-20T00:00:00", service: "UPS Ground",
            origin: "US", destination: "US", signedBy: nil,
            events: [
                ExpectedEventRow(.labelCreated, "003", "2025-09-02T19:00:00Z", -7),
                ExpectedEventRow(.accepted, "038", "2025-09-03T00:30:00Z", -7),
                ExpectedEventRow(.sortDeparted, "005", "2025-09-03T07:30:00Z", -7),
                ExpectedEventRow(.sortArrived, "005", "2025-09-05T08:40:00Z", -4, city: "MEDLEY"),
                ExpectedEventRow(.outForDelivery, "072", "2025-09-05T12:35:00Z", -4),
                ExpectedEventRow(.deliveryAttempted, "022", "2025-09-05T20:05:00Z", -4, city: "MIAMI"),
                ExpectedEventRow(.availableForPickup, "040", "2025-09-06T14:15:00Z", -4, city: "MIAMI"),
                ExpectedEventRow(.returnToSender, "119", "2025-09-16T22:00:00Z", -4),
                ExpectedEventRow(.returnToSender, "035", "2025-09-17T13:10:00Z", -4),
                ExpectedEventRow(.sortDeparted, "005", "2025-09-18T01:30:00Z", -4, city: "MEDLEY"),
                ExpectedEventRow(.sortArrived, "005", "2025-09-20T13:15:00Z", -7, city: "SEATTLE"),
                ExpectedEventRow(.returnToSender, "034", "2025-09-20T21:10:00Z", -7, city: "SEATTLE"),
            ]
        ),
        FixtureExpectation(
            file: "times-midnight-and-gmt-formats.json", number: "1Z3K9T040459781120",
            carrierStatus: "On the Way", estimatedDelivery: "2025-04-04T00:00:00", service: "UPS Worldwide Express®",
            origin: "JP", destination: "US", signedBy: nil,
            events: [
                ExpectedEventRow(.sortArrived, "005", "2025-03-31T21:30:00Z", 9, city: "NARITA"),
                ExpectedEventRow(.customsExport, "005", "2025-04-01T07:47:00Z", 9, city: "NARITA"),
                ExpectedEventRow(.sortArrived, "005", "2025-04-01T18:10:00Z", -7, city: "ONTARIO"),
                ExpectedEventRow(.customsInProgress, "005", "2025-04-02T05:40:00Z", -7, city: "ONTARIO"),
                ExpectedEventRow(.sortDeparted, "005", "2025-04-03T00:00:05Z", -7, city: "ONTARIO"),
                ExpectedEventRow(.sortArrived, "005", "2025-04-03T07:20:00Z", -7, city: "LOS ANGELES"),
            ]
        ),
        FixtureExpectation(
            file: "times-dst-spring-forward-us.json", number: "1Z5D1S210360204418",
            carrierStatus: "On the Way", estimatedDelivery: nil, service: "UPS Next Day Air®",
            origin: nil, destination: nil, signedBy: nil,
            events: [
                ExpectedEventRow(.sortArrived, "005", "2025-03-09T04:05:00Z", -5, city: "LOUISVILLE"),
                ExpectedEventRow(.sortProcessed, "071", "2025-03-09T06:40:00Z", -5, city: "LOUISVILLE"),
                ExpectedEventRow(.sortDeparted, "005", "2025-03-09T07:05:00Z", -4, city: "LOUISVILLE"),
            ]
        ),
        FixtureExpectation(
            file: "times-dst-fall-back-eu.json", number: "1Z5D1S210360204427",
            carrierStatus: "On the Way", estimatedDelivery: nil, service: "UPS Standard",
            origin: nil, destination: nil, signedBy: nil,
            events: [
                ExpectedEventRow(.sortArrived, "005", "2025-10-25T23:45:00Z", 2, city: "KOELN"),
                ExpectedEventRow(.sortProcessed, "071", "2025-10-26T00:40:00Z", 2, city: "KOELN"),
                ExpectedEventRow(.sortDeparted, "005", "2025-10-26T01:10:00Z", 1, city: "KOELN"),
            ]
        ),
        // No gmt* fields at all, across Eastern (Louisville, KY) and Central (Evansville, IN is a Central-time city
        // in an Eastern state) time: the arrival at 21:45 local comes after the departure at 21:50 local.
        FixtureExpectation(
            file: "times-two-zones-without-gmt.json", number: "1Z4W81E60318844190",
            carrierStatus: "Out For Delivery Today", estimatedDelivery: nil, service: "UPS Ground",
            origin: nil, destination: nil, signedBy: nil,
            events: [
                ExpectedEventRow(.accepted, "038", "2025-01-14T21:30:00Z", -5, .zoneInferred, city: "LOUISVILLE"),
                ExpectedEventRow(.sortArrived, "005", "2025-01-15T01:15:00Z", -5, .zoneInferred, city: "LOUISVILLE"),
                ExpectedEventRow(.sortDeparted, "005", "2025-01-15T02:50:00Z", -5, .zoneInferred, city: "LOUISVILLE"),
                ExpectedEventRow(.sortArrived, "005", "2025-01-15T03:45:00Z", -6, .zoneInferred, city: "EVANSVILLE"),
                ExpectedEventRow(.sortProcessed, "071", "2025-01-15T10:30:00Z", -6, .zoneInferred, city: "EVANSVILLE"),
                ExpectedEventRow(.outForDelivery, "021", "2025-01-15T14:12:00Z", -6, .zoneInferred, city: "EVANSVILLE"),
            ]
        ),
        FixtureExpectation(
            file: "times-missing-offset.json", number: "1Z7M2P930372550061",
            carrierStatus: "Out for Delivery", estimatedDelivery: nil, service: "UPS Ground",
            origin: nil, destination: nil, signedBy: nil,
            events: [
                ExpectedEventRow(.labelCreated, "003", "2025-08-05T13:15:00Z", -4, .derived),
                // No gmt* fields and no offset: Atlanta, GA keeps Eastern time (EDT in August).
                ExpectedEventRow(.accepted, "038", "2025-08-05T18:30:00Z", -4, .zoneInferred, city: "ATLANTA"),
                ExpectedEventRow(.sortDeparted, "005", "2025-08-05T22:00:00Z", -4, .exact, city: "ATLANTA"),
                ExpectedEventRow(.sortArrived, "005", "2025-08-06T12:00:00Z", -4, .derived, city: "MACON"),
                ExpectedEventRow(.sortProcessed, "071", "2025-08-06T14:00:00Z", -4, .exact, city: "MACON"),
                ExpectedEventRow(.outForDelivery, "021", "2025-08-06T16:30:00Z", -4, .exact, city: "MACON"),
            ]
        ),
    ]

    @Test("snapshot fields and events", arguments: expectations)
    func parsesFixture(_ expected: FixtureExpectation) throws {
        let snapshot = try #require(try Fixtures.snapshot(expected.file, number: expected.number))
        #expect(snapshot.carrier == .ups)
        #expect(snapshot.trackingNumber == expected.number)
        #expect(snapshot.carrierStatus == expected.carrierStatus)
        #expect(snapshot.estimatedDelivery?.description == expected.estimatedDelivery)
        #expect(snapshot.service == expected.service)
        #expect(snapshot.originCountry == expected.origin)
        #expect(snapshot.destinationCountry == expected.destination)
        #expect(snapshot.signedBy == expected.signedBy)
        #expect(snapshot.unmappedCodes.isEmpty)
        try #require(snapshot.events.count == expected.events.count)
        for (index, (event, row)) in zip(snapshot.events, expected.events).enumerated() {
            #expect(event.milestone == row.milestone, "event \(index)")
            #expect(event.carrierCode == row.code, "event \(index)")
            #expect(event.occurredAt == instant(row.utc), "event \(index)")
            #expect(event.utcOffsetSeconds == row.offsetHours.map(hours), "event \(index)")
            #expect(event.zoneConfidence == row.confidence, "event \(index)")
            if let city = row.city {
                #expect(event.location.city == city, "event \(index)")
            }
            #expect(event.carrierSequence == index, "event \(index): fixtures are in carrier order")
            #expect(!event.description.isEmpty, "event \(index)")
            #expect(event.raw.hasPrefix("{") && event.raw.contains("\"status\""), "event \(index)")
        }
    }

    @Test("local wall time stays as printed when the UTC date differs")
    func keepsLocalWallTimeAcrossMidnight() throws {
        let domestic = try #require(try Fixtures.snapshot("domestic-delivered.json", number: "1Z7R40W20358812406"))
        #expect(domestic.events[6].localTime == wallTime("2025-05-15T23:20:00"))
        #expect(domestic.events[6].occurredAt == instant("2025-05-16T04:20:00Z"))

        let held = try #require(try Fixtures.snapshot("customs-held.json", number: "1Z0H4Y386794402218"))
        // Across the date line: Anchorage's local date is a day before Hong Kong's, yet it is later in UTC.
        #expect(held.events[4].localTime == wallTime("2025-06-03T06:15:00"))
        #expect(held.events[5].localTime == wallTime("2025-06-02T22:40:00"))
        #expect(held.events[4].occurredAt < held.events[5].occurredAt)

        let tokyo = try #require(try Fixtures.snapshot("times-midnight-and-gmt-formats.json", number: "1Z3K9T040459781120"))
        #expect(tokyo.events[0].localTime == wallTime("2025-04-01T06:30:00"))
        #expect(tokyo.events[4].localTime == wallTime("2025-04-02T17:00:05"))
    }

    @Test("raw fragment keeps fields Shipwatch does not model")
    func rawKeepsUnmodeledFields() throws {
        let snapshot = try #require(try Fixtures.snapshot("international-customs-cleared.json", number: "1Z2V8E696612390475"))
        let released = snapshot.events[10]
        #expect(released.raw.contains("\"slic\":\"1915\""))
        #expect(released.raw.contains("\"gmtTime\":\"20:48:05\""))
        #expect(released.location.isEmpty)
    }

    @Test("missing-offset fixture: only-UTC scan gets its local time computed from the offset")
    func onlyUTCScan() throws {
        let snapshot = try #require(try Fixtures.snapshot("times-missing-offset.json", number: "1Z7M2P930372550061"))
        #expect(snapshot.events[5].localTime == wallTime("2025-08-06T12:30:00"))
        #expect(snapshot.events[1].localTime == wallTime("2025-08-05T14:30:00"))
        #expect(snapshot.events[4].localTime == wallTime("2025-08-06T10:00:00"))
    }
}
