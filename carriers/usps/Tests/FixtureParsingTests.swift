import CarrierTestSupport
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("USPS fixtures parse to the expected timelines")
struct FixtureParsingTests {
    @Test("every fixture", arguments: FixtureCatalog.cases)
    func fixture(_ fixture: FixtureCase) throws {
        let api = USPSTrackingAPI(mode: fixture.file.hasPrefix("v3r2") ? .batchV3R2 : .singleV3)
        let outcomes = try api.parseTrackingResponse(try Fixtures.response(fixture.file, status: fixture.status), requested: fixture.requested)
        #expect(outcomes.count == fixture.requested.count)

        for number in fixture.notFound {
            guard case .notFound(let detail) = outcomes[number] else {
                Issue.record("\(number): expected notFound, got \(String(describing: outcomes[number]))")
                continue
            }
            #expect(detail.lowercased().contains("not available") || detail.lowercased().contains("not yet available"))
        }

        for expected in fixture.parcels {
            let snapshot = try #require(outcomes[expected.number]?.snapshot, "\(expected.number) should be found")
            #expect(snapshot.carrier == .usps)
            #expect(snapshot.trackingNumber == expected.number)
            #expect(snapshot.events.map(\.milestone) == expected.milestones)
            #expect(snapshot.events.map(\.carrierCode) == expected.codes)
            #expect(snapshot.events.map(\.carrierSequence) == Array(0..<expected.codes.count))
            #expect(snapshot.carrierStatus == expected.carrierStatus)
            #expect(snapshot.service == expected.service)
            #expect(snapshot.originCountry == expected.origin)
            #expect(snapshot.destinationCountry == expected.destination)
            #expect(snapshot.signedBy == expected.signedBy)
            #expect(snapshot.estimatedDelivery?.description == expected.estimatedDelivery)
            #expect(snapshot.unmappedCodes.isEmpty)
            for event in snapshot.events {
                #expect(event.raw.contains("\"eventCode\":\"\(event.carrierCode)\""), "raw keeps the fragment: \(event.raw)")
                #expect(!event.description.isEmpty)
            }
            for check in expected.checks {
                let event = try #require(snapshot.events.indices.contains(check.index) ? snapshot.events[check.index] : nil)
                #expect(event.occurredAt == utc(check.utc), "event \(check.index) instant")
                #expect(event.utcOffsetSeconds == check.offset, "event \(check.index) offset")
                #expect(event.zoneConfidence == check.confidence, "event \(check.index) confidence")
                #expect(event.localTime == check.local.map(wall), "event \(check.index) wall time")
                #expect(event.location.city == check.city, "event \(check.index) city")
                #expect(event.location.countryCode == check.country, "event \(check.index) country")
                if let postalCode = check.postalCode {
                    #expect(event.location.postalCode == postalCode, "event \(check.index) postal code")
                }
            }
        }
    }

    @Test("the raw fragment keeps fields the model does not read")
    func rawKeepsUnmodelledFields() throws {
        let outcomes = try USPSTrackingAPI(mode: .singleV3)
            .parseTrackingResponse(try Fixtures.response("v3-domestic-delivered.json"), requested: ["9400111000000000000127"])
        let delivered = try #require(outcomes["9400111000000000000127"]?.snapshot?.events.last)
        #expect(delivered.raw.contains("\"additionalProp\":null"))
        #expect(delivered.raw.contains("\"authorizedAgent\":\"false\""))
        #expect(delivered.raw.contains("\"GMTTimestamp\":\"2024-11-22T20:58:31Z\""))
    }

    @Test("spring-forward pair at one facility: 100 minutes of wall clock are 40 real minutes")
    func daylightSavingSpringForward() throws {
        let outcomes = try USPSTrackingAPI(mode: .singleV3)
            .parseTrackingResponse(try Fixtures.response("v3-international-customs-delivered.json"), requested: ["RB123456785DE"])
        let events = try #require(outcomes["RB123456785DE"]?.snapshot?.events)
        let before = events[4], after = events[5]
        #expect(before.utcOffsetSeconds == -21_600 && after.utcOffsetSeconds == -18_000)
        #expect(after.occurredAt.timeIntervalSince(before.occurredAt) == 40 * 60)
        let wallMinutes = after.localTime!.instant(utcOffsetSeconds: 0).timeIntervalSince(before.localTime!.instant(utcOffsetSeconds: 0)) / 60
        #expect(wallMinutes == 100)
    }

    @Test("fall-back pair: the later scan shows an earlier wall time but sorts later")
    func daylightSavingFallBack() throws {
        let outcomes = try USPSTrackingAPI()
            .parseTrackingResponse(try Fixtures.response("v3r2-time-formats.json"), requested: ["9300100000000000000448"])
        let events = try #require(outcomes["9300100000000000000448"]?.snapshot?.events)
        let arrived = events[2], departed = events[3]
        #expect(departed.localTime! < arrived.localTime!)
        #expect(departed.occurredAt > arrived.occurredAt)
        #expect(departed.occurredAt.timeIntervalSince(arrived.occurredAt) == 50 * 60)
        #expect(departed.carrierSequence > arrived.carrierSequence)
    }

    @Test("events come oldest first and instants never go backwards in any fixture")
    func chronologicalOrder() throws {
        for fixture in FixtureCatalog.cases where !fixture.parcels.isEmpty {
            let outcomes = try USPSTrackingAPI().parseTrackingResponse(try Fixtures.response(fixture.file, status: fixture.status), requested: fixture.requested)
            for parcel in fixture.parcels {
                let instants = try #require(outcomes[parcel.number]?.snapshot).events.map(\.occurredAt)
                #expect(instants == instants.sorted(), "\(fixture.file) \(parcel.number)")
            }
        }
    }
}
