import CarrierDHL
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing

@Suite("DHL fixtures parse into the expected timelines")
struct FixtureParsingTests {
    @Test("every fixture is either an expected tracking answer or a known error body")
    func everyFixtureIsCovered() throws {
        let names = Fixtures.allNames
        let covered = Set(FixtureExpectation.all.map(\.file)).union(FixtureExpectation.errorBodies)
            .union(FixtureExpectation.wordingFixtures).union(["express-undated-event.json"])
        #expect(names.count >= 16)
        for name in names {
            #expect(covered.contains(name), "fixture \(name) has no expectation")
        }
    }

    @Test("snapshot fields and milestones", arguments: FixtureExpectation.all)
    func snapshotMatches(_ expected: FixtureExpectation) throws {
        let snapshot = try Fixtures.snapshot(expected.file, number: expected.number)
        #expect(snapshot.carrier == .dhl)
        #expect(snapshot.trackingNumber == expected.number)
        #expect(snapshot.events.map(\.milestone) == expected.milestones)
        #expect(snapshot.carrierStatus == expected.carrierStatus)
        #expect(snapshot.service == expected.service)
        #expect(snapshot.originCountry == expected.origin)
        #expect(snapshot.destinationCountry == expected.destination)
        #expect(snapshot.signedBy == expected.signedBy)
        #expect(snapshot.estimatedDelivery?.description == expected.estimatedDelivery)
        #expect(snapshot.unmappedCodes.isEmpty, "fixtures use only known codes")
        #expect(snapshot.events.map(\.carrierSequence) == Array(0..<snapshot.events.count))
    }

    @Test("times, offsets, zone confidence and locations of chosen scans", arguments: FixtureExpectation.all)
    func scansMatch(_ expected: FixtureExpectation) throws {
        let snapshot = try Fixtures.snapshot(expected.file, number: expected.number)
        for check in expected.events {
            try #require(snapshot.events.indices.contains(check.index), "\(expected.file) has no scan \(check.index)")
            let event = snapshot.events[check.index]
            #expect(event.carrierCode == check.code, "scan \(check.index)")
            #expect(event.occurredAt == utc(check.utc), "scan \(check.index)")
            #expect(event.localTime?.description == check.local, "scan \(check.index)")
            #expect(event.utcOffsetSeconds == check.offset, "scan \(check.index)")
            #expect(event.zoneConfidence == check.confidence, "scan \(check.index)")
            #expect(event.location.city == check.city, "scan \(check.index)")
            #expect(event.location.region == check.region, "scan \(check.index)")
            #expect(event.location.postalCode == check.postalCode, "scan \(check.index)")
            #expect(event.location.countryCode == check.country, "scan \(check.index)")
        }
    }

    @Test("raw keeps each event's JSON, including fields the model ignores", arguments: FixtureExpectation.all)
    func rawFragments(_ expected: FixtureExpectation) throws {
        let snapshot = try Fixtures.snapshot(expected.file, number: expected.number)
        for event in snapshot.events {
            let raw = try JSONDecoder().decode(JSONFragment.self, from: Data(event.raw.utf8))
            guard case .object(let members) = raw else {
                Issue.record("raw is not an object: \(event.raw)")
                continue
            }
            #expect(members["description"] == .string(event.description))
            #expect(members["timestamp"] != nil)
        }
    }

    @Test("the held-for-payment scan keeps DHL's nextSteps in its raw fragment")
    func rawKeepsUnmodeledText() throws {
        let snapshot = try Fixtures.snapshot("express-customs-held.json", number: "3390174528")
        let latest = try #require(snapshot.events.last)
        #expect(latest.raw.contains("\"nextSteps\""))
        #expect(latest.raw.contains("the shipment is released once payment is recorded"))
    }

    @Test("instants stay in order across the spring-forward change while wall times jump an hour")
    func springForward() throws {
        let events = try Fixtures.snapshot("express-dst-spring-forward.json", number: "4407712693").events
        let arrived = events[2], processed = events[3]
        #expect(processed.occurredAt.timeIntervalSince(arrived.occurredAt) == 40 * 60)
        #expect(arrived.utcOffsetSeconds == -5 * 3_600)
        #expect(processed.utcOffsetSeconds == -4 * 3_600)
    }

    @Test("after the fall-back change a later scan shows an earlier wall time, and its instant is still later")
    func fallBack() throws {
        let events = try Fixtures.snapshot("express-dst-fall-back.json", number: "2958806114").events
        let arrived = events[2], processed = events[3]
        let arrivedLocal = try #require(arrived.localTime)
        let processedLocal = try #require(processed.localTime)
        #expect(processedLocal < arrivedLocal)
        #expect(processed.occurredAt.timeIntervalSince(arrived.occurredAt) == 40 * 60)
        #expect(processed.carrierSequence == arrived.carrierSequence + 1)
    }

    @Test("scans near midnight keep the local date while the UTC date differs")
    func midnight() throws {
        let events = try Fixtures.snapshot("express-midnight-utc-date.json", number: "9013385720").events
        let processed = events[1]
        #expect(processed.localTime == wallTime(2024, 11, 29, 0, 30))
        #expect(LocalDateTime(instant: processed.occurredAt, utcOffsetSeconds: 0) == wallTime(2024, 11, 28, 18, 45))
        let delivered = events[9]
        #expect(delivered.localTime == wallTime(2024, 12, 2, 16, 20))
        #expect(LocalDateTime(instant: delivered.occurredAt, utcOffsetSeconds: 0) == wallTime(2024, 12, 3, 0, 20))
    }

    @Test("old Express answers without offsets keep the wall time and take the zone of the scan's country")
    func legacyTimesTakeTheCountrysZone() throws {
        let events = try Fixtures.snapshot("express-legacy-no-offset.json", number: "2210458873").events
        #expect(events.count == 12)
        #expect(events.allSatisfy { $0.zoneConfidence == .zoneInferred && $0.utcOffsetSeconds != nil })
        #expect(events.allSatisfy { $0.carrierCode.isEmpty })
    }
}
