import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierHTTP
import CarrierSimulator
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

/// The production adapters and `CarrierClient` against the simulator over real HTTP: what each scenario
/// looks like once it went through a carrier's wire format and back.
@Suite("End to end: scenarios come back as the right milestones")
struct EndToEndMilestoneTests {
    @Test("every scenario, every carrier", arguments: CarrierCatalog.roster.carriers)
    func scenarios(carrier: Carrier) async throws {
        let cast = ScenarioCast(carrier: carrier)
        let anchor = Instants.currentMinute()
        let engine = SimulatorEngine(anchor: anchor, scenarios: cast.scenarios)
        let (result, counters) = try await LiveSimulator.run(engine: engine) { simulator in
            let result = await simulator.client(for: carrier).track(cast.numbers)
            return (result, await engine.currentCounters())
        }
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.outcomes.count == cast.numbers.count)

        // Exactly what was fetched: each number once; USPS and FedEx in one batch, UPS and DHL one by one.
        let trackingRequests = carrier == .usps || carrier == .fedex ? 1 : cast.numbers.count
        var expectedRequests = ["\(carrier.rawValue).tracking": trackingRequests]
        if carrier != .dhl { expectedRequests["\(carrier.rawValue).token"] = 1 }
        #expect(counters.requests == expectedRequests)
        #expect(counters.numbers == Dictionary(uniqueKeysWithValues: cast.numbers.map { ($0, 1) }))
        #expect(counters.faults.isEmpty)

        let customs = try #require(result.foundSnapshot(cast.customsStall), "\(String(describing: result.result(for: cast.customsStall)))")
        #expect(customs.latestMeaningfulEvent?.milestone == .customsHeld)
        #expect(customs.latestMeaningfulEvent?.occurredAt == anchor.addingTimeInterval(-Double(ScenarioCast.customsStallDays) * Instants.day))
        #expect(customs.originCountry == "CN")

        let sorting = try #require(result.foundSnapshot(cast.sortingStall))
        let expectedSortMilestone = carrier == .fedex ? FedExSimulation.roundTripMilestone(.sortProcessed) : .sortProcessed
        #expect(sorting.latestMeaningfulEvent?.milestone == expectedSortMilestone)
        #expect(sorting.latestMeaningfulEvent?.occurredAt == anchor.addingTimeInterval(-Double(ScenarioCast.sortingStallDays) * Instants.day))

        let delivered = try #require(result.foundSnapshot(cast.delivered))
        #expect(delivered.latestMeaningfulEvent?.milestone == .delivered)
        #expect(delivered.latestMeaningfulEvent?.occurredAt == anchor.addingTimeInterval(-13 * Instants.hour))
        #expect(delivered.signedBy?.uppercased() == "J SMITH")
        #expect(delivered.trackingNumber == cast.delivered)
        #expect(delivered.events.count == 9)

        let neverScanned = try #require(result.foundSnapshot(cast.neverScanned))
        #expect(neverScanned.milestones == [.labelCreated])

        let moving = try #require(result.foundSnapshot(cast.inTransit))
        #expect(moving.latestMeaningfulEvent?.milestone == .sortDeparted)
        #expect(moving.estimatedDelivery != nil)

        let exception = try #require(result.foundSnapshot(cast.exception))
        #expect(exception.latestMeaningfulEvent?.milestone == .exception)

        #expect(result.isNotFound(cast.notFound), "\(String(describing: result.result(for: cast.notFound)))")
        #expect(result.isNotFound(cast.lateFound), "\(String(describing: result.result(for: cast.lateFound)))")
    }

    @Test("scan times keep the facility's wall time and offset", arguments: CarrierCatalog.roster.carriers)
    func localTimes(carrier: Carrier) async throws {
        let anchor = Instants.currentMinute()
        let number = SampleNumbers.valid(for: carrier)
        let engine = SimulatorEngine(anchor: anchor, scenarios: [number: .domesticDelivered])
        let result = try await LiveSimulator.run(engine: engine) { simulator in
            await simulator.client(for: carrier).track([number])
        }
        let snapshot = try #require(result.foundSnapshot(number))
        for event in snapshot.events {
            let city = event.location.city ?? ""
            let zoneID = try #require(Self.zones[city.uppercased()], "unexpected city \(city)")
            let expectedOffset = try #require(TimeZone(identifier: zoneID)).secondsFromGMT(for: event.occurredAt)
            #expect(event.utcOffsetSeconds == expectedOffset, "\(carrier) \(city)")
            #expect(event.localTime == LocalDateTime(instant: event.occurredAt, utcOffsetSeconds: expectedOffset))
        }
    }

    private static let zones = [
        "DAYTON": "America/New_York", "COLUMBUS": "America/New_York", "MEMPHIS": "America/Chicago", "DENVER": "America/Denver",
        "HAMBURG": "Europe/Berlin", "LEIPZIG": "Europe/Berlin", "MUNICH": "Europe/Berlin",
    ]
}
