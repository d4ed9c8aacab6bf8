import AsyncHTTPClient
import CarrierDHL
import CarrierFedEx
import CarrierSimulator
import CarrierUPS
import CarrierUSPS
import Foundation
import PostgresNIO
import Logging
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// One carrier rate-limited, another down: the run keeps its time bound, the healthy carriers are unaffected,
/// and a later run picks up what was deferred.
@Suite("poll under carrier faults")
struct PollFaultTests {
    @Test("a 429 storm on UPS and a DHL outage leave USPS and FedEx unaffected; a later run polls the deferred")
    func stormAndOutage() async throws {
        try await withTestDatabase { database in
            try await PollSeeding.seed(database, perCarrier: 120)
            let engine = SimulatorEngine(faults: [
                .ups: [Fault(kind: .rateLimited, retryAfterSeconds: 1)],
                .dhl: [Fault(kind: .unavailable)],
            ])
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                // The faulty carriers answer at once, so a long request deadline costs nothing when quiet. On a machine
                // loaded by the whole suite, a healthy carrier's request can queue behind the others for the shared
                // simulator host's connections; a short deadline there would time it out twice, open its circuit
                // (threshold 2), and fail the rest of its batches (a CI run saw 70 of 120 USPS parcels fail so).
                var config = PollTestConfig.config(baseURL: baseURL, maxAttempts: 2, circuitThreshold: 2, timeoutSeconds: 30)
                config.poll.claimBatchSize = 40
                var logger = Logger(label: "test.poll")
                logger.logLevel = .critical
                // Generous, so a machine loaded by the whole suite still lets the healthy carriers finish: the
                // banned and broken carriers stop claiming at once, so the run ends long before this when quiet.
                let bound = 60.0
                let first = try await Self.poll(config: config, database: database, maxDuration: bound, logger: logger, now: { Date() })
                #expect(first.elapsed < .seconds(bound + 3), "the run overran its bound: \(first.elapsed)")
                let summary = first.summary
                for healthy in [Carrier.usps, .fedex] {
                    let outcomes = summary.byCarrier[healthy.rawValue] ?? [:]
                    #expect(outcomes["found", default: 0] + outcomes["not_found", default: 0] == 120, "\(healthy): \(outcomes)")
                    #expect(outcomes["failed", default: 0] == 0, "\(healthy): \(summary.carrierNotes[healthy.rawValue] ?? "no note")")
                }
                #expect((summary.byCarrier["ups"] ?? [:])["found", default: 0] == 0)
                #expect((summary.byCarrier["dhl"] ?? [:])["found", default: 0] == 0)
                #expect(summary.carrierNotes["dhl"]?.contains("circuit open") == true, "\(summary.carrierNotes)")
                #expect(summary.status == "partial")
                #expect(!summary.everyCarrierFailed)
                let counters = await engine.currentCounters()
                #expect((counters.faults["ups.rate_limited"] ?? 0) > 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE lease_owner IS NOT NULL") == 0)
                let deferredOrFailed = try await PollSeeding.scalar(
                    database, "SELECT count(*) FROM shipments WHERE carrier IN ('ups', 'dhl') AND last_error IS NOT NULL"
                )
                #expect(deferredOrFailed > 0)

                // The carriers recover; a later run (two hours on) polls everything that was deferred.
                await engine.setFaults([], for: .ups)
                await engine.setFaults([], for: .dhl)
                let later = try await Self.poll(
                    config: config, database: database, maxDuration: 30, logger: logger, now: { Date().addingTimeInterval(7_200) }
                )
                for recovered in [Carrier.ups, .dhl] {
                    let outcomes = later.summary.byCarrier[recovered.rawValue] ?? [:]
                    #expect(outcomes["found", default: 0] + outcomes["not_found", default: 0] == 120, "\(recovered): \(outcomes)")
                }
                #expect(try await PollSeeding.scalar(
                    database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NULL"
                ) == 0)
            }
        }
    }

    static func poll(
        config: AppConfig, database: Database, maxDuration: Double, logger: Logger, now: @escaping @Sendable () -> Date
    ) async throws -> (summary: PollRunSummary, elapsed: Duration) {
        try await HTTPClientFactory.withClient { httpClient in
            let clients = try CarrierRegistry.makeClients(config: config, httpClient: httpClient, logger: logger, concurrentBatches: 40)
            let job = PollJob(
                config: config, database: database, clients: clients,
                options: PollOptions(limit: 10_000, maxDurationSeconds: maxDuration), logger: logger, quiet: true, now: now
            )
            let started = ContinuousClock.now
            let summary = try await job.run()
            return (summary, ContinuousClock.now - started)
        }
    }
}
