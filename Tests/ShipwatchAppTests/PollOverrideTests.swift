import CarrierSimulator
import CarrierUPS
import Foundation
import Logging
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("ops' code overrides apply to newly polled scans")
struct PollOverrideTests {
    @Test("an override remaps a carrier code for the scans polled after it, and the status follows")
    func overrideRemaps() async throws {
        try await withTestDatabase { database in
            let numbers = try await PollSeeding.seed(database, perCarrier: 1, carriers: [.ups])
            let number = try #require(numbers[.ups]?.first)
            // UPS's facility scans carry status code 005; pretend ops learned that here it means a customs hold.
            try await CarrierCodeOverrideRepository(database: database)
                .set(CarrierCodeOverride(carrier: .ups, code: "005", milestone: .customsHeld, note: "test"))
            let engine = SimulatorEngine(scenarios: [number: .sortingStall(days: 1)])
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                var logger = Logger(label: "test.poll")
                logger.logLevel = .critical
                let summary = try await PollFaultTests.poll(
                    config: PollTestConfig.config(baseURL: baseURL), database: database, maxDuration: 30, logger: logger, now: { Date() }
                )
                #expect(summary.summary.byOutcome["found"] == 1)
            }
            let shipment = try #require(try await ShipmentRepository(database: database).find(trackingNumber: number).first)
            let events = try await ShipmentRepository(database: database).events(shipmentID: shipment.id)
            let remapped = events.filter { $0.carrierCode == "005" }
            #expect(!remapped.isEmpty)
            #expect(remapped.allSatisfy { $0.milestone == .customsHeld })
            #expect(events.contains { $0.carrierCode != "005" && $0.milestone != .customsHeld })
        }
    }
}
