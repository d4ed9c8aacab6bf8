import ArgumentParser
import CarrierCatalog
import CarrierHTTP
import CarrierSimulator
import Foundation
import Logging
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import Synchronization

/// Weeks of cron in minutes: shipments registered over simulated days, a `poll` run every few simulated minutes
/// with the default schedule and quotas, the carrier simulator's clock and ours moved together. Reports carrier
/// calls per delivered shipment next to a fixed 2-hour poller, how long stalled parcels waited for their
/// finding, and the most calls any quota window saw.
struct LifecycleBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lifecycle", abstract: "Simulated weeks of cron polling.")

    @Option(help: "Shipments registered in all.") var shipments: Int = 10_000
    @Option(help: "Simulated days.") var days: Int = 20
    @Option(name: .customLong("registration-days"), help: "Days over which the shipments are registered.") var registrationDays: Int = 12
    @Option(name: .customLong("cron-minutes"), help: "Simulated minutes between poll runs.") var cronMinutes: Int = 5
    @Option(name: .customLong("database-url"), help: "A PostgreSQL database the benchmark may wipe.") var databaseURL: String

    func run() async throws {
        let logger: Logger = {
            var logger = Logger(label: "bench")
            logger.logLevel = .error
            return logger
        }()
        let url = try DatabaseURL(parsing: databaseURL)
        let clock = SimulatedClock()
        let engine = SimulatorEngine()
        let started = ContinuousClock.now
        try await Database.with(url: url, logger: logger, maximumConnections: 12) { database in
            try await BenchDatabase.reset(database)
            try await withThrowingTaskGroup(of: Void.self) { group in
                let port = BoundPort()
                group.addTask {
                    // Critical only: the server's shutdown at the end logs its cancelled channel as an error.
                    var quiet = logger
                    quiet.logLevel = .critical
                    try await CarrierSimulatorServer.run(engine: engine, port: 0, logger: quiet, handleSignals: false) { await port.set($0) }
                }
                defer { group.cancelAll() }
                let baseURL = "http://127.0.0.1:\(try await port.wait())"
                let report = try await simulate(database: database, engine: engine, clock: clock, baseURL: baseURL, logger: logger)
                print(report.lines(wall: ContinuousClock.now - started).joined(separator: "\n"))
            }
        }
    }

    private func simulate(database: Database, engine: SimulatorEngine, clock: SimulatedClock, baseURL: String, logger: Logger) async throws -> LifecycleReport {
        var config = AppConfig()
        for carrier in CarrierCatalog.roster.carriers {
            var settings = CarrierSettings()
            settings.baseURL = baseURL
            settings.clientID = "bench"
            settings.clientSecret = "bench"
            settings.apiKey = "bench"
            // Default quotas and schedule; only the per-second pacing is lifted, since it sleeps in real time.
            settings.requestsPerSecond = 1_000
            config.carriers[carrier] = settings
        }
        let context = ShipwatchContext(config: config, logger: logger)
        let evaluator = FindingsEvaluator(context: context, database: database)
        let allowance = PostgresCarrierAllowance(database: database)
        let time = TimeSource(now: { ContinuousClock.now }, wallClock: { clock.now }, sleep: { try await Task.sleep(for: $0) })
        let steps = days * 24 * 60 / max(1, cronMinutes)
        let perStep = Double(shipments) / Double(max(1, registrationDays * 24 * 60 / max(1, cronMinutes)))
        var registered = 0
        var report = LifecycleReport(start: clock.now, shipments: shipments, days: days, cronMinutes: cronMinutes)

        try await HTTPClientFactory.withClient(connectionsPerHost: 16) { httpClient in
            let clients = try CarrierRegistry.makeClients(
                config: config, httpClient: httpClient, logger: logger, concurrentBatches: 8, allowance: allowance, time: time
            )
            for step in 0..<steps {
                let now = clock.now
                let due = min(shipments, Int((Double(step + 1) * perStep).rounded(.down)))
                if due > registered {
                    let stalls = try await register(registered..<due, at: now, start: report.start, database: database, engine: engine)
                    report.stallNumbers.merge(stalls) { first, _ in first }
                    registered = due
                }
                let job = PollJob(
                    config: config, database: database, clients: clients,
                    options: PollOptions(limit: 10_000, maxDurationSeconds: 240), logger: logger, quiet: true,
                    now: { clock.now },
                    onChanged: { ids in try await evaluator.evaluate(shipmentIDs: ids, now: clock.now).line },
                    // As `shipwatch poll` does: the run ends with the evaluation sweep, which flags stalls from the
                    // scans already stored (a quiet parcel brings no new scan to evaluate).
                    sweep: { deadline in try await EvaluationSweep(evaluator: evaluator).run(now: clock.now, deadline: deadline).line }
                )
                let summary = try await job.run()
                report.note(summary)
                try await report.noteFindings(database: database, at: now)
                for carrier in CarrierCatalog.roster.carriers {
                    report.noteUse(carrier, try await allowance.state(of: carrier, now: now))
                }
                clock.advance(seconds: Double(cronMinutes * 60))
                await engine.advanceClock(seconds: Double(cronMinutes * 60))
            }
        }
        report.calls = await engine.currentCounters().requests
        try await report.finish(database: database, end: clock.now)
        return report
    }

    /// Registers shipments `range` at `now`: most are parcels whose two-day journey starts about now, some are
    /// stuck in customs or a sort facility (last scan a day before the simulation began), some never scanned.
    /// Returns the stalled parcels' numbers and the rule that should flag them.
    private func register(
        _ range: Range<Int>, at now: Date, start: Date, database: Database, engine: SimulatorEngine
    ) async throws -> [String: RuleID] {
        let hours = max(1, Int((now.timeIntervalSince(start) / 3_600).rounded(.up)))
        var carriers: [String] = []
        var numbers: [String] = []
        var scenarios: [String: Scenario] = [:]
        var stalls: [String: RuleID] = [:]
        for index in range {
            let carrier = CarrierCatalog.roster.carriers[index % CarrierCatalog.roster.carriers.count]
            let number = "LC\(carrier.rawValue.uppercased())\(String(format: "%09d", index))"
            carriers.append(carrier.rawValue)
            numbers.append(number)
            switch index % 100 {
            case 0..<8:
                scenarios[number] = .customsStall(days: 1)
                stalls[number] = .customsStall
            case 8..<15:
                scenarios[number] = .sortingStall(days: 1)
                stalls[number] = .sortingStall
            case 15..<18: scenarios[number] = .neverScanned(days: 1)
            default: scenarios[number] = .lateFound(hours: hours)
            }
        }
        await engine.setScenarios(scenarios)
        try await database.withConnection { connection in
            try await connection.query(
                """
                INSERT INTO shipments (store_key, order_ref, carrier, tracking_number, shipped_at, created_at, next_poll_at, poll_priority)
                SELECT 'default', 'L-' || n, c::shipwatch_carrier, n, \(now), \(now), \(now), \(PollSchedule.firstPollPriority)
                FROM unnest(\(carriers)::text[], \(numbers)::text[]) AS u(c, n)
                """,
                logger: database.logger
            )
        }
        return stalls
    }
}

/// The simulation's clock: real time plus the simulated time skipped so far (the simulator's engine keeps the
/// same offset, so both agree).
final class SimulatedClock: Sendable {
    private let offset = Mutex<Double>(0)

    var now: Date { Date().addingTimeInterval(offset.withLock { $0 }) }

    func advance(seconds: Double) {
        offset.withLock { $0 += seconds }
    }
}

/// The in-process simulator's port, handed from its start callback.
actor BoundPort {
    private var port: Int?

    func set(_ port: Int) { self.port = port }

    func wait() async throws -> Int {
        for _ in 0..<500 {
            if let port { return port }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw ValidationError("the carrier simulator did not start within 5 s")
    }
}
