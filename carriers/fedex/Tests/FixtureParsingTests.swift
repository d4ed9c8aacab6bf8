import Foundation
import ShipwatchCore
import Testing
@testable import CarrierFedEx

/// What each single-number fixture must parse to.
struct FixtureExpectation: Sendable, CustomStringConvertible {
    var file: String
    var number: String
    var milestones: [Milestone]
    var carrierStatus: String?
    var service: String?
    var origin: String?
    var destination: String?
    var signedBy: String?
    var estimatedDelivery: LocalDateTime?

    var description: String { file }

    static let all: [FixtureExpectation] = [
        FixtureExpectation(
            file: "domestic-delivered.json", number: "612999000011224",
            milestones: [.labelCreated, .accepted, .sortDeparted, .sortArrived, .sortDeparted, .inTransit, .sortArrived, .outForDelivery, .delivered],
            carrierStatus: "Delivered", service: "FedEx Ground", origin: "US", destination: "US", signedBy: "M.ORTEGA",
            estimatedDelivery: wall(2025, 11, 21)
        ),
        FixtureExpectation(
            file: "international-customs-cleared.json", number: "771200000019",
            milestones: [.labelCreated, .accepted, .sortDeparted, .customsExport, .sortArrived, .sortDeparted, .customsInProgress,
                         .customsInProgress, .customsReleased, .sortDeparted, .sortArrived, .outForDelivery, .delivered],
            carrierStatus: "Delivered", service: "FedEx International Priority", origin: "DE", destination: "CA", signedBy: "K.SINGH",
            estimatedDelivery: wall(2025, 9, 10, 12)
        ),
        FixtureExpectation(
            file: "held-in-customs.json", number: "771200000030",
            milestones: [.labelCreated, .accepted, .sortDeparted, .customsExport, .sortDeparted, .sortArrived, .customsInProgress,
                         .customsHeld, .customsHeld],
            carrierStatus: "Clearance delay", service: "FedEx International Economy", origin: "CN", destination: "US", signedBy: nil,
            estimatedDelivery: wall(2026, 1, 10)
        ),
        FixtureExpectation(
            file: "stuck-at-sort-facility.json", number: "612999000011330",
            milestones: [.labelCreated, .accepted, .sortArrived, .sortDeparted, .sortArrived, .sortArrived],
            carrierStatus: "In transit", service: "FedEx Home Delivery", origin: "US", destination: "US", signedBy: nil,
            estimatedDelivery: wall(2025, 11, 4)
        ),
        FixtureExpectation(
            file: "delivery-exception.json", number: "771200000041",
            milestones: [.labelCreated, .accepted, .sortDeparted, .sortArrived, .sortDeparted, .sortArrived, .outForDelivery,
                         .deliveryAttempted, .outForDelivery, .deliveryAttempted, .availableForPickup],
            carrierStatus: "Ready for recipient pickup", service: "FedEx Priority Overnight", origin: "US", destination: "US", signedBy: nil,
            estimatedDelivery: wall(2025, 6, 10, 10, 30)
        ),
        FixtureExpectation(
            file: "return-to-sender.json", number: "771200000052",
            milestones: [.labelCreated, .accepted, .sortDeparted, .sortArrived, .customsExport, .sortDeparted, .customsInProgress,
                         .customsReleased, .sortArrived, .delayed, .outForDelivery, .deliveryAttempted, .exception, .returnToSender],
            carrierStatus: "Returning package to shipper", service: "FedEx International Priority", origin: "US", destination: "GB",
            signedBy: nil, estimatedDelivery: nil
        ),
        FixtureExpectation(
            file: "awkward-times.json", number: "771200000074",
            milestones: [.labelCreated, .accepted, .sortDeparted, .sortArrived, .sortDeparted, .inTransit, .info, .sortArrived,
                         .outForDelivery, .delivered],
            carrierStatus: "Delivered", service: "FedEx 2Day", origin: "US", destination: "US", signedBy: nil,
            estimatedDelivery: wall(2026, 3, 9)
        ),
    ]
}

@Suite("FedEx fixtures parse to the expected snapshots")
struct FixtureParsingTests {
    @Test("snapshot fields and milestones", arguments: FixtureExpectation.all)
    func snapshotMatches(_ expected: FixtureExpectation) throws {
        let snapshot = try Fixture.snapshot(expected.file, number: expected.number)
        #expect(snapshot.carrier == .fedex)
        #expect(snapshot.trackingNumber == expected.number)
        #expect(snapshot.events.map(\.milestone) == expected.milestones)
        #expect(snapshot.carrierStatus == expected.carrierStatus)
        #expect(snapshot.service == expected.service)
        #expect(snapshot.originCountry == expected.origin)
        #expect(snapshot.destinationCountry == expected.destination)
        #expect(snapshot.signedBy == expected.signedBy)
        #expect(snapshot.estimatedDelivery == expected.estimatedDelivery)
        #expect(snapshot.unmappedCodes.isEmpty)
    }

    @Test("events are oldest first, numbered in order, with instants rising", arguments: FixtureExpectation.all)
    func chronologicalOrder(_ expected: FixtureExpectation) throws {
        let events = try Fixture.snapshot(expected.file, number: expected.number).events
        #expect(events.map(\.carrierSequence) == Array(0..<events.count))
        for (earlier, later) in zip(events, events.dropFirst()) {
            #expect(earlier.occurredAt < later.occurredAt, "\(earlier.carrierCode) then \(later.carrierCode)")
        }
    }

    @Test("raw keeps each scan's JSON, including fields we do not model")
    func rawFragment() throws {
        let delivered = try #require(try Fixture.snapshot("domestic-delivered.json", number: "612999000011224").events.last)
        #expect(delivered.raw.contains("\"eventType\":\"DL\""))
        #expect(delivered.raw.contains("\"exceptionCode\":\"014\""))
        #expect(delivered.raw.contains("\"residential\":\"true\""))
        let object = try JSONDecoder().decode(JSONFragment.self, from: Data(delivered.raw.utf8))
        #expect(object["date"] == .string("2025-11-20T14:22:09-07:00"))
    }

    @Test("domestic delivery: times, offsets, locations, exception text")
    func domesticDetails() throws {
        let events = try Fixture.snapshot("domestic-delivered.json", number: "612999000011224").events
        let delivered = try #require(events.last)
        #expect(delivered.occurredAt == utc("2025-11-20T21:22:09Z"))
        #expect(delivered.localTime == wall(2025, 11, 20, 14, 22, 9))
        #expect(delivered.utcOffsetSeconds == -7 * 3_600)
        #expect(delivered.zoneConfidence == .exact)
        #expect(delivered.location == EventLocation(city: "DENVER", region: "CO", postalCode: "80218", countryCode: "US"))
        #expect(delivered.carrierCode == "DL")
        #expect(delivered.description == "Delivered (Left at front door. Signature Service not requested.)")
        let label = events[0]
        #expect(label.location.isEmpty)
        #expect(label.occurredAt == utc("2025-11-17T14:12:44Z"))
        #expect(events[2].location.city == "LOUISVILLE")
        #expect(events[2].utcOffsetSeconds == -5 * 3_600)
    }

    @Test("international: export release in Germany, import release at the Canadian port of entry")
    func customsCleared() throws {
        let events = try Fixture.snapshot("international-customs-cleared.json", number: "771200000019").events
        let export = events[3]
        #expect(export.carrierCode == "CC")
        #expect(export.occurredAt == utc("2025-09-08T19:44:00Z"))
        #expect(export.utcOffsetSeconds == 2 * 3_600)
        #expect(export.location.countryCode == "DE")
        let arrival = events[6]
        #expect(arrival.carrierCode == "AR")
        #expect(arrival.milestone == .customsInProgress)
        let release = events[8]
        #expect(release.milestone == .customsReleased)
        #expect(release.occurredAt == utc("2025-09-09T17:02:00Z"))
        #expect(release.utcOffsetSeconds == -4 * 3_600)
        #expect(release.location == EventLocation(city: "MISSISSAUGA", region: "ON", postalCode: "L5T 2N7", countryCode: "CA"))
    }

    @Test("held in customs: CD at the broker, then a DY that inherits the latest status' CLEARANCE delay")
    func heldInCustoms() throws {
        let snapshot = try Fixture.snapshot("held-in-customs.json", number: "771200000030")
        let events = snapshot.events
        let hold = events[7]
        #expect(hold.carrierCode == "CD")
        #expect(hold.description == "Clearance delay - Import (Importer of record information required)")
        #expect(hold.occurredAt == utc("2026-01-07T17:50:00Z"))
        let latest = try #require(events.last)
        #expect(latest.carrierCode == "DY")
        #expect(latest.milestone == .customsHeld)
        let anchorage = events[5]
        #expect(anchorage.occurredAt == utc("2026-01-06T12:10:00Z"))
        #expect(anchorage.utcOffsetSeconds == -9 * 3_600)
        #expect(events[4].occurredAt == utc("2026-01-05T20:30:00Z"))
        #expect(events[3].carrierCode == "CC")
        #expect(events[3].location.countryCode == "CN")
    }

    @Test("sort-facility stall across the autumn DST change: wall time goes back, instants go forward")
    func autumnDST() throws {
        let events = try Fixture.snapshot("stuck-at-sort-facility.json", number: "612999000011330").events
        let departed = events[3]
        #expect(departed.localTime == wall(2025, 11, 1, 23, 58))
        #expect(departed.occurredAt == utc("2025-11-02T03:58:00Z"))
        let arrived = events[4]
        let sorted = events[5]
        #expect(arrived.localTime == wall(2025, 11, 2, 1, 30))
        #expect(arrived.utcOffsetSeconds == -4 * 3_600)
        #expect(arrived.occurredAt == utc("2025-11-02T05:30:00Z"))
        #expect(sorted.localTime == wall(2025, 11, 2, 1, 10))
        #expect(sorted.utcOffsetSeconds == -5 * 3_600)
        #expect(sorted.occurredAt == utc("2025-11-02T06:10:00Z"))
        #expect(sorted.carrierCode == "SF")
        #expect(sorted.location == EventLocation(city: "INDIANAPOLIS", region: "IN", postalCode: "46241", countryCode: "US"))
    }

    @Test("delivery exception: reasons kept in the descriptions")
    func deliveryException() throws {
        let events = try Fixture.snapshot("delivery-exception.json", number: "771200000041").events
        #expect(events[7].description == "Delivery exception (Customer not available or business closed)")
        #expect(events[9].description == "Delivery exception (Incorrect address - apartment number missing)")
        #expect(events[10].location.postalCode == "85014")
    }

    @Test("awkward times", arguments: [
        // (chronological index, UTC instant, offset, confidence)
        (0, "2026-03-06T22:44:10Z", Int?(-21_600), ZoneConfidence.exact),  // fractional seconds
        (1, "2026-03-07T00:05:00Z", -21_600, .exact),                // "… -0600": space, no colon; UTC date is the next day
        (2, "2026-03-07T04:40:00Z", -21_600, .exact),                // "…-0600": no colon
        (3, "2026-03-08T05:40:00Z", -21_600, .exact),                // 23:40 local, next day in UTC
        (4, "2026-03-08T07:40:00Z", -21_600, .exact),                // last scan before spring-forward (CST)
        (5, "2026-03-08T08:15:00Z", -18_000, .exact),                // first scan after spring-forward (CDT)
        (6, "2026-03-08T10:00:00Z", nil, .assumed),                  // no offset, no place: UTC assumed
        (7, "2026-03-09T11:05:00Z", -18_000, .zoneInferred),         // no offset: Fort Worth, TX keeps Central time
        (8, "2026-03-09T13:10:00Z", -18_000, .exact),
        (9, "2026-03-09T18:25:00Z", -18_000, .exact),
    ])
    func awkwardTimes(index: Int, instant: String, offset: Int?, confidence: ZoneConfidence) throws {
        let events = try Fixture.snapshot("awkward-times.json", number: "771200000074").events
        #expect(events[index].occurredAt == utc(instant))
        #expect(events[index].utcOffsetSeconds == offset)
        #expect(events[index].zoneConfidence == confidence)
    }

    @Test("awkward times: wall time kept as printed; country from the name when the code is missing")
    func awkwardWallTimes() throws {
        let events = try Fixture.snapshot("awkward-times.json", number: "771200000074").events
        #expect(events[1].localTime == wall(2026, 3, 6, 18, 5))
        #expect(events[3].localTime == wall(2026, 3, 7, 23, 40))
        #expect(events[7].localTime == wall(2026, 3, 9, 6, 5))
        #expect(events[7].location == EventLocation(city: "FORT WORTH", region: "TX", postalCode: "76177", countryCode: "US"))
        // DST: 1 h 35 min apart on the wall, 35 min apart in reality.
        #expect(events[5].occurredAt.timeIntervalSince(events[4].occurredAt) == 35 * 60)
    }

    @Test("not found: HTTP 200 with an in-band error and a bare-string alert")
    func notFound() throws {
        let outcome = try Fixture.outcomes("not-found.json", requested: ["771200000063"])["771200000063"]
        guard case .notFound(let detail)? = outcome else {
            Issue.record("expected .notFound, got \(String(describing: outcome))")
            return
        }
        #expect(detail.contains("TRACKING.TRACKINGNUMBER.NOTFOUND"))
    }
}
