import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierHTTP
import CarrierSimulator
import CarrierUPS
import CarrierUSPS
import ShipwatchCore
import Testing

/// Broken answers and rejected credentials: typed errors, and other carriers unaffected.
@Suite("End to end: broken bodies and credentials")
struct EndToEndPayloadFaultTests {
    /// Another carrier, tracked alongside to show the fault stays with its carrier.
    private func bystander(of carrier: Carrier) -> Carrier {
        carrier == .dhl ? .ups : .dhl
    }

    /// True when the number came back unreadable, as a whole-batch or a per-number failure.
    private func isMalformed(_ result: CarrierBatchResult, _ number: String) -> Bool {
        switch result.result(for: number) {
        case .failure(.malformedPayload), .success(.malformed): true
        default: false
        }
    }

    @Test("malformed JSON and truncated bodies are malformed payloads; other carriers unaffected",
          arguments: CarrierCatalog.roster.carriers, [Fault.Kind.malformedJSON, .truncatedBody])
    func brokenBody(carrier: Carrier, kind: Fault.Kind) async throws {
        let number = SampleNumbers.valid(for: carrier)
        let other = bystander(of: carrier)
        let otherNumber = SampleNumbers.valid(for: other)
        let engine = SimulatorEngine(
            scenarios: [number: .domesticDelivered, otherNumber: .domesticDelivered],
            faults: [carrier: [Fault(kind: kind)]]
        )
        let (faulted, healthy, counters) = try await LiveSimulator.run(engine: engine) { simulator in
            async let faulted = simulator.client(for: carrier).track([number])
            async let healthy = simulator.client(for: other).track([otherNumber])
            return (await faulted, await healthy, await engine.currentCounters())
        }
        #expect(isMalformed(faulted, number), "\(String(describing: faulted.result(for: number)))")
        #expect(faulted.retries == 0)
        #expect(counters.requests["\(carrier.rawValue).tracking"] == 1)
        #expect(counters.faults == ["\(carrier.rawValue).\(kind.rawValue)": 1])
        #expect(healthy.foundSnapshot(otherNumber)?.latestMeaningfulEvent?.milestone == .delivered)
        #expect(counters.numbers == [otherNumber: 1])
    }

    @Test("a malformed batch loses only itself: the next batch of the same call parses")
    func malformedBatchIsolated() async throws {
        let numbers = SampleNumbers.batch(of: 40, for: .usps)
        let engine = SimulatorEngine(
            scenarios: Dictionary(uniqueKeysWithValues: numbers.map { ($0, Scenario.domesticDelivered) }),
            faults: [.usps: [Fault(kind: .malformedJSON, first: 1)]]
        )
        let result = try await LiveSimulator.run(engine: engine) { simulator in
            var options = CarrierClientOptions.quickTests
            options.maxConcurrentBatches = 1
            return await simulator.client(for: .usps, options: options).track(numbers)
        }
        #expect(numbers.prefix(35).allSatisfy { isMalformed(result, $0) })
        #expect(numbers.suffix(5).allSatisfy { result.foundSnapshot($0) != nil })
        #expect(result.failedBatches == 1)
    }

    @Test("invalid credentials: unauthorized, and no tracking call for OAuth carriers", arguments: CarrierCatalog.roster.carriers)
    func invalidToken(carrier: Carrier) async throws {
        let number = SampleNumbers.valid(for: carrier)
        let engine = SimulatorEngine(faults: [carrier: [Fault(kind: .invalidToken)]])
        let (result, counters) = try await LiveSimulator.run(engine: engine) { simulator in
            let result = await simulator.client(for: carrier).track([number])
            return (result, await engine.currentCounters())
        }
        guard case .unauthorized = result.failure(number) else {
            Issue.record("expected unauthorized, got \(String(describing: result.result(for: number)))")
            return
        }
        if carrier == .dhl {
            #expect(counters.requests == ["dhl.tracking": 1])
        } else {
            #expect(counters.requests == ["\(carrier.rawValue).token": 1])
            #expect(counters.tokensIssued.isEmpty)
        }
        #expect(counters.faults == ["\(carrier.rawValue).invalid_token": 1])
        #expect(counters.numbers.isEmpty)
    }

    @Test("an expired token: one 401, one refresh, then success", arguments: [Carrier.usps, .ups, .fedex])
    func expiredToken(carrier: Carrier) async throws {
        let number = SampleNumbers.valid(for: carrier)
        let engine = SimulatorEngine(scenarios: [number: .inTransit], faults: [carrier: [Fault(kind: .expiredToken, first: 1)]])
        let (result, counters) = try await LiveSimulator.run(engine: engine) { simulator in
            let result = await simulator.client(for: carrier).track([number])
            return (result, await engine.currentCounters())
        }
        #expect(result.foundSnapshot(number) != nil, "\(String(describing: result.result(for: number)))")
        #expect(counters.tokensIssued == [carrier.rawValue: 2])
        #expect(result.tokenRequests == 2)
        #expect(result.retries == 1)
        #expect(counters.requests == ["\(carrier.rawValue).token": 2, "\(carrier.rawValue).tracking": 2])
        #expect(counters.numbers == [number: 1])
    }
}
