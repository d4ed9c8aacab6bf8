import ArgumentParser
import CarrierCatalog
import Foundation
import Logging
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore

/// End-to-end polling throughput: N due shipments in a real PostgreSQL, the carrier simulator (a separate
/// process) on loopback, one `PollJob` run. Prints shipments/s, events/s and this process's peak memory.
struct PollBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "poll", abstract: "End-to-end polling throughput.")

    @Option(help: "Due shipments to poll (spread evenly over the four carriers).") var shipments: Int = 10_000
    @Option(name: .customLong("database-url"), help: "A PostgreSQL database the benchmark may wipe.") var databaseURL: String
    @Option(help: "Base URL of a running `shipwatch-simulator`.") var simulator: String
    @Option(help: "Concurrent requests per carrier.") var concurrency: Int = 16

    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let url = try DatabaseURL(parsing: databaseURL)
        var config = AppConfig()
        for carrier in CarrierCatalog.roster.carriers {
            var settings = CarrierSettings()
            settings.baseURL = simulator
            settings.clientID = "bench"
            settings.clientSecret = "bench"
            settings.apiKey = "bench"
            settings.requestsPerSecond = 100_000
            settings.quotaPerDay = 100_000_000
            config.carriers[carrier] = settings
        }
        config.poll.concurrencyPerCarrier = concurrency
        config.poll.claimBatchSize = 1_000

        try await Database.with(url: url, logger: logger, maximumConnections: 12) { database in
            // The same seed polled twice, as `shipwatch poll` runs it (the changed shipments evaluated), once without
            // and once with the evaluation sweep that ends every run: the sweep's cost shows as the difference.
            var rates: [Double] = []
            for withSweep in [false, true] {
                let rate = try await measure(database: database, config: config, logger: logger, withSweep: withSweep)
                rates.append(rate)
            }
            if let without = rates.first, let with = rates.last, without > 0 {
                print(String(format: "poll: with the sweep %.0f shipments/s, without %.0f: %+.1f %% (goal: no drop beyond 10 %%)",
                             with, without, (with / without - 1) * 100))
            }
        }
    }

    /// Seeds afresh, polls once; returns shipments per second.
    private func measure(database: Database, config: AppConfig, logger: Logger, withSweep: Bool) async throws -> Double {
        try await BenchDatabase.reset(database)
        let seeded = ContinuousClock.now
        try await BenchDatabase.seed(database, shipments: shipments)
        let label = withSweep ? "poll + sweep" : "poll"
        print("\(label): seeded \(shipments) due shipments in \(BenchFormat.seconds(ContinuousClock.now - seeded)) s")
        let context = ShipwatchContext(config: config, logger: logger)
        let evaluator = FindingsEvaluator(context: context, database: database)
        var sweep: (@Sendable (ContinuousClock.Instant) async throws -> String?)?
        if withSweep {
            sweep = { deadline in try await EvaluationSweep(evaluator: evaluator).run(now: Date(), deadline: deadline).line }
        }
        let summary = try await HTTPClientFactory.withClient(connectionsPerHost: concurrency * 2) { [sweep] httpClient in
            // The production path: every claim round reserves its calls from the shared allowance in PostgreSQL.
            let clients = try CarrierRegistry.makeClients(
                config: config, httpClient: httpClient, logger: logger, concurrentBatches: concurrency,
                allowance: PostgresCarrierAllowance(database: database)
            )
            let job = PollJob(
                config: config, database: database, clients: clients,
                options: PollOptions(limit: shipments, maxDurationSeconds: 3_600), logger: logger, quiet: true,
                onChanged: { ids in try await evaluator.evaluate(shipmentIDs: ids, now: Date()).line },
                sweep: sweep
            )
            return try await job.run()
        }
        let seconds = BenchFormat.seconds(summary.duration)
        let claimed = summary.shipmentsClaimed
        let rate = Double(claimed) / seconds
        let eventRate = Double(summary.eventsInserted) / seconds
        let calls = summary.callsUsed.keys.sorted().map { "\($0) \(summary.callsUsed[$0] ?? 0)" }.joined(separator: ", ")
        let figures = String(format: "%.2f s = %.0f shipments/s, ", seconds, rate)
            + "\(summary.eventsInserted) events = " + String(format: "%.0f events/s", eventRate)
        print("\(label): \(claimed) shipments in \(figures); calls \(calls); peak RSS "
            + String(format: "%.1f MiB", BenchFormat.peakResidentMiB()))
        print("\(label): outcomes \(summary.byOutcome.keys.sorted().map { "\($0) \(summary.byOutcome[$0] ?? 0)" }.joined(separator: ", "))")
        if let note = summary.sweepNote { print("\(label): sweep \(note)") }
        return rate
    }
}

/// Database set-up for benchmarks.
enum BenchDatabase {
    /// Drops everything and migrates from scratch.
    static func reset(_ database: Database) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query("DROP SCHEMA public CASCADE", logger: database.logger)
            _ = try await connection.query("CREATE SCHEMA public", logger: database.logger)
        }
        try await Migrator().migrate(on: database)
        try await StoreRepository(database: database).upsert(key: "default", displayName: "Bench", policy: StorePolicy.default)
    }

    /// `count` due shipments, carriers in turn, numbers the simulator turns into its scenario mix.
    static func seed(_ database: Database, shipments count: Int) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query(
                """
                INSERT INTO shipments (store_key, order_ref, carrier, tracking_number, shipped_at, next_poll_at)
                SELECT 'default', 'B-' || i, (ARRAY['usps','ups','fedex','dhl'])[1 + i % 4],
                       'BENCH' || upper((ARRAY['usps','ups','fedex','dhl'])[1 + i % 4]) || lpad(i::text, 9, '0'),
                       now() - interval '3 days', now() - interval '1 minute'
                FROM generate_series(1, \(count)) AS i
                """,
                logger: database.logger
            )
        }
    }
}

/// Formatting helpers for benchmark output.
enum BenchFormat {
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// This process's peak resident set size (getrusage), in MiB.
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1_024
    }
}
