import ArgumentParser
import CarrierCatalog
import Foundation
import Hummingbird
import Logging
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import Synchronization

/// Outbound webhooks: how fast the outbox is written and delivered to a receiver on loopback (in this process, so
/// sender and receiver share the cores), and what the outbox adds to a poll run (the same run with the outbox
/// suspended, alternated, medians).
struct WebhooksBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "webhooks", abstract: "Webhook delivery throughput and the outbox's cost in a poll run.")

    @Option(help: "Events to deliver (one per shipment).") var events: Int = 20_000
    @Option(name: .customLong("database-url"), help: "A PostgreSQL database the benchmark may wipe.") var databaseURL: String
    @Option(help: "Base URL of a running `shipwatch-simulator`; without it the poll-run comparison is skipped.") var simulator: String?
    @Option(name: .customLong("poll-shipments"), help: "Shipments per poll run of the comparison.") var pollShipments: Int = 10_000
    @Option(help: "Poll runs with and without the outbox each.") var rounds: Int = 2
    @Option(help: "Concurrent requests of the delivery pass.") var concurrency: Int = 64
    @Option(name: .customLong("batch-size"), help: "Deliveries claimed per round trip.") var batchSize: Int = 512

    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let url = try DatabaseURL(parsing: databaseURL)
        let received = ReceivedCount()
        try await Database.with(url: url, logger: logger, maximumConnections: 12) { database in
            try await BenchReceiver.with(received) { receiverURL in
                try await deliveryThroughput(database, receiverURL: receiverURL, received: received)
                if let simulator {
                    try await pollCost(database, simulator: simulator, receiverURL: receiverURL, logger: logger)
                }
            }
        }
    }

    private func deliveryThroughput(_ database: Database, receiverURL: String, received: ReceivedCount) async throws {
        try await BenchDatabase.reset(database)
        try await BenchDatabase.seed(database, shipments: events)
        _ = try await WebhookEndpointRepository(database: database).add(
            store: "default", url: "\(receiverURL)/hook", eventTypes: nil, secret: WebhookSecret.generate().text)
        let ids = try await database.withConnection { connection in
            let rows = try await connection.query("SELECT id FROM shipments ORDER BY id", logger: database.logger)
            var ids: [Int64] = []
            for try await id in rows.decode(Int64.self) { ids.append(id) }
            return ids
        }
        let writing = ContinuousClock.now
        for chunk in stride(from: 0, to: ids.count, by: 1_000) {
            let causes = ids[chunk..<min(chunk + 1_000, ids.count)].map { WebhookCause.statusChanged(shipmentID: $0, from: .inTransit) }
            try await database.withTransaction { connection in
                _ = try await WebhookOutbox.record(causes, on: connection, logger: database.logger)
            }
        }
        let written = BenchFormat.seconds(ContinuousClock.now - writing)
        print(String(format: "webhooks: outbox wrote %d events (and their deliveries) in %.2f s = %.0f events/s", ids.count, written,
                     Double(ids.count) / written))
        var settings = WebhookSettings()
        settings.concurrency = concurrency
        settings.batchSize = batchSize
        let sending = ContinuousClock.now
        let summary = try await WebhookHTTPClient.with(settings: settings) { client in
            try await WebhookDeliveryPass(database: database, client: client, settings: settings, logger: database.logger)
                .run(limit: Int.max, deadline: ContinuousClock.now + .seconds(3_600))
        }
        let seconds = BenchFormat.seconds(ContinuousClock.now - sending)
        print(String(
            format: "webhooks: delivered %d events in %.2f s = %.0f events/s (receiver saw %d; concurrency %d, batch %d; peak RSS %.1f MiB)",
            summary.delivered, seconds, Double(summary.delivered) / seconds, received.value.load(ordering: .relaxed), concurrency,
            batchSize, BenchFormat.peakResidentMiB()))
    }

    private func pollCost(_ database: Database, simulator: String, receiverURL: String, logger: Logger) async throws {
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
        config.poll.concurrencyPerCarrier = 16
        config.poll.claimBatchSize = 1_000
        var with: [Double] = []
        var without: [Double] = []
        var eventsWritten = 0
        for round in 0..<(rounds * 2) {
            let suspended = round % 2 == 1
            try await BenchDatabase.reset(database)
            try await BenchDatabase.seed(database, shipments: pollShipments)
            _ = try await WebhookEndpointRepository(database: database).add(
                store: "default", url: "\(receiverURL)/hook", eventTypes: nil, secret: WebhookSecret.generate().text)
            let context = ShipwatchContext(config: config, logger: logger)
            let started = ContinuousClock.now
            try await WebhookOutbox.$isSuspendedForBenchmark.withValue(suspended) {
                try await HTTPClientFactory.withClient(connectionsPerHost: 32) { httpClient in
                    let clients = try CarrierRegistry.makeClients(
                        config: config, httpClient: httpClient, logger: logger, concurrentBatches: 16,
                        allowance: PostgresCarrierAllowance(database: database))
                    let evaluator = FindingsEvaluator(context: context, database: database)
                    let job = PollJob(
                        config: config, database: database, clients: clients,
                        options: PollOptions(limit: pollShipments, maxDurationSeconds: 3_600), logger: logger, quiet: true,
                        onChanged: { ids in try await evaluator.evaluate(shipmentIDs: ids, now: Date()).line })
                    _ = try await job.run()
                }
            }
            let seconds = BenchFormat.seconds(ContinuousClock.now - started)
            if suspended {
                without.append(seconds)
            } else {
                with.append(seconds)
                eventsWritten = try await database.withConnection { connection in
                    let rows = try await connection.query("SELECT count(*) FROM webhook_events", logger: database.logger).collect()
                    return Int(try rows.first?.decode(Int64.self) ?? 0)
                }
            }
            print(String(format: "webhooks: poll run %d (%@): %.2f s", round + 1, suspended ? "outbox suspended" : "outbox on", seconds))
        }
        let on = Self.median(with)
        let off = Self.median(without)
        print(String(
            format: "webhooks: poll of %d shipments (ingest + evaluation, %d outbox events): %.2f s with the outbox, %.2f s without = %+.1f %%",
            pollShipments, eventsWritten, on, off, (on - off) / off * 100))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

/// Requests the benchmark's receiver answered.
final class ReceivedCount: Sendable {
    let value = Atomic<Int>(0)
}

/// A minimal receiver on loopback: counts and answers 204 (no verification: the figure is the sender's).
enum BenchReceiver {
    static func with<Result: Sendable>(_ count: ReceivedCount, _ body: (String) async throws -> Result) async throws -> Result {
        let router = Router()
        router.post("hook") { _, _ -> HTTPResponse.Status in
            count.value.add(1, ordering: .relaxed)
            return .noContent
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "bench.receiver")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            var port = 0
            for await bound in ports { port = bound }
            return try await body("http://127.0.0.1:\(port)")
        }
    }
}
