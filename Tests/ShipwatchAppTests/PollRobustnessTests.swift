import CarrierCatalog
import CarrierFedEx
import CarrierSimulator
import CarrierUPS
import CarrierUSPS
import Foundation
import Logging
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// `shipwatch poll` against bad carrier data, database outages and hostile headers: the run goes on, records
/// itself, loses nothing and fetches nothing twice.
@Suite("poll robustness: bad data, database faults, hostile numbers", .serialized)
struct PollRobustnessTests {
    @Test("a NUL in UPS scans and a +19:00 offset in FedEx scans leave every carrier's shipments polled and the run recorded")
    func badScans() async throws {
        try await withTestDatabaseURL { url, database in
            try await PollSeeding.seed(database, perCarrier: 60)
            let engine = SimulatorEngine(faults: [.ups: [Fault(kind: .nulInText)], .fedex: [Fault(kind: .impossibleOffset)]])
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                let environment = try PollProcessTests.environment(url: url, baseURL: baseURL, yaml: PollTestConfig.yaml(baseURL: baseURL))
                let result = try await ShipwatchProcess.run(["poll"], environment: environment)
                #expect(result.status == 0, "poll failed: \(result.stderr)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NULL") == 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE lease_owner IS NOT NULL") == 0)
                #expect(try await PollSeeding.scalar(
                    database, "SELECT count(*) FROM poll_runs WHERE status IN ('succeeded', 'partial') AND finished_at IS NOT NULL") == 1)
                for healthy in ["usps", "dhl"] {
                    #expect(try await PollSeeding.scalar(database, """
                        SELECT count(*) FROM poll_attempts WHERE carrier::text = \(healthy) AND outcome IN ('found', 'not_found')
                        """) == 60, "\(healthy) was not fully polled")
                }
                // UPS: the NUL is gone from the stored text, the scans are there.
                #expect(try await PollSeeding.scalar(database, """
                    SELECT count(*) FROM scan_events e JOIN shipments s ON s.id = e.shipment_id
                    WHERE s.carrier = 'ups' AND e.description = 'Processingat facility'
                    """) > 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_attempts WHERE carrier = 'ups' AND outcome = 'found'") > 0)
                // FedEx: the parcels with the impossible offset are refused at parse time and rescheduled with
                // backoff; the other FedEx parcels are stored.
                let refused = try await PollSeeding.scalar(database, """
                    SELECT count(*) FROM shipments WHERE carrier = 'fedex' AND consecutive_failures > 0 AND last_error IS NOT NULL
                    """)
                #expect(refused > 0 && refused < 60, "refused \(refused)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_attempts WHERE carrier = 'fedex' AND outcome = 'found'") > 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM scan_events WHERE abs(utc_offset_seconds) > 64800") == 0)
            }
        }
    }

    @Test("PostgreSQL stopped and restarted mid-run: the run retries, nothing is lost or fetched twice, a later run finishes")
    func databaseRestart() async throws {
        let postgres = try await ScratchPostgres.start()
        do {
            try await Database.with(url: postgres.url, logger: TestDatabase.logger, maximumConnections: 2) { database in
                try await Migrator().migrate(on: database)
                try await PollSeeding.seed(database, perCarrier: 150)
                let slow = Fault(kind: .slow, delayMilliseconds: 150)
                let engine = SimulatorEngine(faults: Dictionary(uniqueKeysWithValues: CarrierCatalog.roster.carriers.map { ($0, [slow]) }))
                try await SimulatorHarness.withSimulator(engine) { baseURL in
                    let yaml = PollTestConfig.yaml(baseURL: baseURL, leaseSeconds: 180, maxDuration: 40)
                    let environment = try PollProcessTests.environment(url: postgres.url, baseURL: baseURL, yaml: yaml)
                    let run = try ShipwatchProcess.start(["poll"], environment: environment)
                    for _ in 0..<500 {
                        if try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NOT NULL") >= 40 { break }
                        try await Task.sleep(for: .milliseconds(20))
                    }
                    let polledBeforeOutage = try await PollSeeding.scalar(
                        database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NOT NULL")
                    #expect(polledBeforeOutage < 600, "the run had finished before the outage")
                    try await postgres.pause()
                    try await Task.sleep(for: .seconds(3))
                    try await postgres.resume()
                    // The run must end by itself: within its bound (40 s), the database grace (20 s), the cleanup grace
                    // (10 s) and the pool's shutdown (10 s), or be given up by its own watchdog at bound + 40 s. A hang
                    // is a failure; this watchdog only keeps the suite going.
                    let pid = run.process.processIdentifier
                    let watchdog = Task {
                        try await Task.sleep(for: .seconds(150))
                        kill(pid, SIGKILL)
                        return true
                    }
                    let first = await run.finish()
                    watchdog.cancel()
                    let hung = await (try? watchdog.value) == true
                    #expect(!hung, "the run hung after the restart and was killed: \(first.stderr.suffix(2_000))")
                    // Usually the run retries its statements and ends well. Now and then PostgresNIO leaves a statement
                    // sent just as the server closed the connection unanswered forever; the run's watchdog then gives the
                    // run up: exit 2 with the reason, its leases handed back (a chunk fetched but not stored is fetched
                    // again by the next run).
                    let gaveUp = first.status == 2 && first.stderr.contains("it was given up; its leases were handed back")
                    #expect(first.status == 0 || gaveUp, "the run did not survive the restart: \(first.stderr.suffix(2_000))")
                    #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE lease_owner IS NOT NULL") == 0,
                            "the run kept leases")

                    for carrier in CarrierCatalog.roster.carriers { await engine.setFaults([], for: carrier) }
                    let second = try await ShipwatchProcess.run(["poll"], environment: environment)
                    #expect(second.status == 0, "second run failed: \(second.stderr)")
                    #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NULL") == 0)
                    #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE lease_owner IS NOT NULL") == 0)
                    #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_runs WHERE status = 'running'") == 0)
                    let counters = await engine.currentCounters()
                    #expect(counters.numbers.count == 600)
                    if !gaveUp { #expect(counters.numbers.values.allSatisfy { $0 == 1 }, "some numbers were fetched twice") }

                    let events = try await PollSeeding.scalar(database, "SELECT count(*) FROM scan_events")
                    try await PollSeeding.makeEverythingDue(database)
                    let again = try await ShipwatchProcess.run(["poll"], environment: environment)
                    #expect(again.stdout.contains("; 0 new event(s)"), "a re-poll found events the runs had lost: \(again.stdout)")
                    #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM scan_events") == events)
                }
            }
        } catch {
            await postgres.stop()
            throw error
        }
        await postgres.stop()
    }

    @Test("a poll that cannot reach the database exits 2 with a clear message")
    func unreachableDatabase() async throws {
        let postgres = try await ScratchPostgres.start()
        await postgres.stop()
        let environment = try PollProcessTests.environment(
            url: postgres.url, baseURL: "http://127.0.0.1:9", yaml: PollTestConfig.yaml(baseURL: "http://127.0.0.1:9"))
        let result = try await ShipwatchProcess.run(["poll"], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("could not connect to postgres://"), "\(result.stderr)")
    }

    @Test("Retry-After: 999999999999 neither traps nor parks the carrier's shipments past the one-hour cap")
    func hugeRetryAfter() async throws {
        try await withTestDatabase { database in
            try await PollSeeding.seed(database, perCarrier: 30, carriers: [.ups, .usps])
            let engine = SimulatorEngine(faults: [.ups: [Fault(kind: .rateLimited, retryAfterSeconds: 999_999_999_999)]])
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                let config = PollTestConfig.config(baseURL: baseURL, maxAttempts: 2)
                var logger = Logger(label: "test.poll")
                logger.logLevel = .critical
                let started = Date()
                let run = try await PollFaultTests.poll(config: config, database: database, maxDuration: 60, logger: logger, now: { Date() })
                #expect((run.summary.byCarrier["ups"] ?? [:])["deferred", default: 0] == 30, "\(run.summary.byCarrier)")
                #expect((run.summary.byCarrier["usps"] ?? [:])["deferred", default: 0] == 0)
                let latest = try await PollSeeding.scalar(
                    database, "SELECT extract(epoch FROM max(next_poll_at))::int8 FROM shipments WHERE carrier = 'ups'")
                let cap = Int(started.timeIntervalSince1970) + 3_600
                #expect(latest <= cap + 60, "parked until \(latest), more than an hour after \(Int(started.timeIntervalSince1970))")
                #expect(latest >= cap - 120, "the carrier's pause was not honoured up to the cap")
            }
        }
    }

    @Test("--max-duration must be finite, positive and below the lease", arguments: ["inf", "nan", "-5", "0", "600", "1e300"])
    func maxDurationIsChecked(_ value: String) async throws {
        let environment = try PollProcessTests.environment(
            url: try DatabaseURL(parsing: "postgres://nobody@127.0.0.1:9/none"), baseURL: "http://127.0.0.1:9",
            yaml: PollTestConfig.yaml(baseURL: "http://127.0.0.1:9"))
        let result = try await ShipwatchProcess.run(["poll", "--max-duration=\(value)"], environment: environment)
        #expect(result.status == 2, "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("--max-duration"), "\(result.stderr)")
    }
}
