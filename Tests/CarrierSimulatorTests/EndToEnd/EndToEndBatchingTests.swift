import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierHTTP
import CarrierSimulator
import CarrierUPS
import CarrierUSPS
import ShipwatchCore
import Testing

/// What the clients actually fetch, read back from the simulator's counters.
@Suite("End to end: batching and request counters")
struct EndToEndBatchingTests {
    /// Tracks `numbers` (all delivered parcels) and returns the client's result and the simulator's counters.
    private func trackDelivered(
        _ numbers: [String],
        carrier: Carrier,
        uspsMode: USPSTrackingMode = .batchV3R2
    ) async throws -> (CarrierBatchResult, SimulatorCounters) {
        let engine = SimulatorEngine(scenarios: Dictionary(numbers.map { ($0, Scenario.domesticDelivered) }, uniquingKeysWith: { first, _ in first }))
        return try await LiveSimulator.run(engine: engine) { simulator in
            let result = await simulator.client(for: carrier, uspsMode: uspsMode).track(numbers)
            return (result, await engine.currentCounters())
        }
    }

    @Test("USPS v3r2 sends 35 numbers per request")
    func uspsBatches() async throws {
        let numbers = SampleNumbers.batch(of: 70, for: .usps)
        let (result, counters) = try await trackDelivered(numbers, carrier: .usps)
        // The simulator refuses more than 35 numbers per request, so 70 numbers in 2 requests means 35 each.
        #expect(counters.requests == ["usps.token": 1, "usps.tracking": 2])
        #expect(counters.numbers == Dictionary(uniqueKeysWithValues: numbers.map { ($0, 1) }))
        #expect(counters.tokensIssued == ["usps": 1])
        #expect(result.batches == 2)
        #expect(result.httpCalls == 3)
        #expect(numbers.allSatisfy { result.foundSnapshot($0)?.latestMeaningfulEvent?.milestone == .delivered })
    }

    @Test("USPS v3r2: 36 numbers need a second request")
    func uspsOneOver() async throws {
        let numbers = SampleNumbers.batch(of: 36, for: .usps)
        let (result, counters) = try await trackDelivered(numbers, carrier: .usps)
        #expect(counters.requests["usps.tracking"] == 2)
        #expect(counters.numbers.count == 36)
        #expect(result.outcomes.count == 36)
    }

    @Test("USPS v3 asks one number per request")
    func uspsSingle() async throws {
        let numbers = SampleNumbers.batch(of: 3, for: .usps)
        let (result, counters) = try await trackDelivered(numbers, carrier: .usps, uspsMode: .singleV3)
        #expect(counters.requests == ["usps.token": 1, "usps.tracking": 3])
        #expect(counters.numbers == Dictionary(uniqueKeysWithValues: numbers.map { ($0, 1) }))
        #expect(numbers.allSatisfy { result.foundSnapshot($0) != nil })
    }

    @Test("FedEx sends 30 numbers per request")
    func fedexBatches() async throws {
        let numbers = SampleNumbers.batch(of: 60, for: .fedex)
        let (result, counters) = try await trackDelivered(numbers, carrier: .fedex)
        #expect(counters.requests == ["fedex.token": 1, "fedex.tracking": 2])
        #expect(counters.numbers == Dictionary(uniqueKeysWithValues: numbers.map { ($0, 1) }))
        #expect(result.batches == 2)
        #expect(numbers.allSatisfy { result.foundSnapshot($0) != nil })
    }

    @Test("UPS and DHL ask one number per request", arguments: [Carrier.ups, .dhl])
    func singleNumberCarriers(carrier: Carrier) async throws {
        let numbers = SampleNumbers.batch(of: 4, for: carrier)
        let (result, counters) = try await trackDelivered(numbers, carrier: carrier)
        var expectedRequests = ["\(carrier.rawValue).tracking": 4]
        if carrier == .ups { expectedRequests["ups.token"] = 1 }
        #expect(counters.requests == expectedRequests)
        #expect(counters.numbers == Dictionary(uniqueKeysWithValues: numbers.map { ($0, 1) }))
        #expect(counters.tokensIssued == (carrier == .ups ? ["ups": 1] : [:]))
        #expect(result.batches == 4)
    }

    @Test("a number asked twice in one call is fetched once", arguments: CarrierCatalog.roster.carriers)
    func duplicatesFetchedOnce(carrier: Carrier) async throws {
        let first = SampleNumbers.variant(1, for: carrier)
        let second = SampleNumbers.variant(2, for: carrier)
        let (result, counters) = try await trackDelivered([first, second, first], carrier: carrier)
        #expect(counters.numbers == [first: 1, second: 1])
        #expect(result.outcomes.count == 2)
    }

    @Test("the token is fetched once and reused across calls", arguments: [Carrier.usps, .ups, .fedex])
    func tokenReused(carrier: Carrier) async throws {
        let number = SampleNumbers.valid(for: carrier)
        let engine = SimulatorEngine(scenarios: [number: .inTransit])
        let counters = try await LiveSimulator.run(engine: engine) { simulator in
            let client = simulator.client(for: carrier)
            for _ in 0..<3 { _ = await client.track([number]) }
            return await engine.currentCounters()
        }
        #expect(counters.requests == ["\(carrier.rawValue).token": 1, "\(carrier.rawValue).tracking": 3])
        #expect(counters.numbers == [number: 3])
        #expect(counters.tokensIssued == [carrier.rawValue: 1])
    }
}
