import CarrierCatalog
import CarrierSimulator
import Foundation
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// `shipwatch poll` as cron runs it: separate processes, a real PostgreSQL, the carrier simulator on loopback.
@Suite("poll processes: leases, crashes, idempotence", .serialized)
struct PollProcessTests {
    @Test("two concurrent poll processes over 5,000 due shipments fetch each exactly once, and a re-poll adds nothing")
    func concurrentRuns() async throws {
        try await withTestDatabaseURL { url, database in
            try await PollSeeding.seed(database, perCarrier: 1_250)
            let engine = SimulatorEngine()
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                // The simulator shares this test process with the rest of the suite; a generous request deadline
                // keeps a slow answer from being retried, so the counters below count lease exclusivity only.
                let yaml = PollTestConfig.yaml(baseURL: baseURL, timeoutSeconds: 60)
                let environment = try Self.environment(url: url, baseURL: baseURL, yaml: yaml)
                let first = try ShipwatchProcess.start(["poll", "--limit", "5000"], environment: environment)
                let second = try ShipwatchProcess.start(["poll", "--limit", "5000"], environment: environment)
                let results = [await first.finish(), await second.finish()]
                for result in results {
                    #expect(result.status == 0, "poll failed: \(result.stderr)")
                }
                let counters = await engine.currentCounters()
                #expect(counters.numbers.count == 5_000)
                #expect(counters.numbers.values.allSatisfy { $0 == 1 }, "some numbers were fetched twice: \(results.map(\.stderr).joined().suffix(3_000))")
                // The ledger says the same from our side: one attempt per shipment across both runs.
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM (SELECT shipment_id FROM poll_attempts WHERE outcome IN ('found', 'not_found') GROUP BY shipment_id HAVING count(*) > 1) twice") == 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NULL") == 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_runs WHERE status = 'succeeded'") == 2)

                let eventsBefore = try await PollSeeding.scalar(database, "SELECT count(*) FROM scan_events")
                #expect(eventsBefore > 5_000)
                try await PollSeeding.makeEverythingDue(database)
                let again = try await ShipwatchProcess.run(["poll", "--limit", "5000"], environment: environment)
                #expect(again.status == 0, "re-poll failed: \(again.stderr)")
                #expect(again.stdout.contains("; 0 new event(s)"), "re-poll output: \(again.stdout)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM scan_events") == eventsBefore)
            }
        }
    }

    @Test("a run killed with SIGKILL midway, then a second run: every shipment polled, nothing lost or duplicated; the killed run shows abandoned")
    func killedRun() async throws {
        try await withTestDatabaseURL { url, database in
            try await PollSeeding.seed(database, perCarrier: 150)
            let slow = Fault(kind: .slow, delayMilliseconds: 120)
            let engine = SimulatorEngine(faults: Dictionary(uniqueKeysWithValues: CarrierCatalog.roster.carriers.map { ($0, [slow]) }))
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                let yaml = PollTestConfig.yaml(baseURL: baseURL, leaseSeconds: 6, maxDuration: 5)
                let environment = try Self.environment(url: url, baseURL: baseURL, yaml: yaml)
                let victimStarted = Date()
                let victim = try ShipwatchProcess.start(["poll"], environment: environment)
                // Kill it once it has committed some work but not all.
                for _ in 0..<300 {
                    let done = try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NOT NULL")
                    if done >= 40 { break }
                    try await Task.sleep(for: .milliseconds(20))
                }
                victim.kill()
                let killed = await victim.finish()
                #expect(killed.status != 0)
                let polledBeforeKill = try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NOT NULL")
                #expect(polledBeforeKill > 0 && polledBeforeKill < 600, "kill came too late or too early: \(polledBeforeKill)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_runs WHERE status = 'running'") == 1)

                for carrier in CarrierCatalog.roster.carriers { await engine.setFaults([], for: carrier) }
                try await Task.sleep(for: .seconds(6.5))  // the killed run's leases expire
                // The later runs get room to finish all 600 even on a machine loaded by the whole suite.
                let roomy = try Self.environment(
                    url: url, baseURL: baseURL, yaml: PollTestConfig.yaml(baseURL: baseURL, leaseSeconds: 180, maxDuration: 60))
                let second = try await ShipwatchProcess.run(["poll"], environment: roomy)
                #expect(second.status == 0, "second run failed: \(second.stderr)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NULL") == 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE lease_owner IS NOT NULL") == 0)

                let events = try await PollSeeding.scalar(database, "SELECT count(*) FROM scan_events")
                try await PollSeeding.makeEverythingDue(database)
                let again = try await ShipwatchProcess.run(["poll"], environment: roomy)
                #expect(again.stdout.contains("; 0 new event(s)"), "a re-poll found events the runs had lost: \(again.stdout)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM scan_events") == events)

                // Once the killed run's bound and lease have passed (5 s + 6 s), the next run closes it as abandoned.
                let expiry = victimStarted.addingTimeInterval(11.5)
                if expiry > Date() { try await Task.sleep(for: .seconds(expiry.timeIntervalSinceNow)) }
                let later = try await ShipwatchProcess.run(["poll"], environment: roomy)
                #expect(later.status == 0, "\(later.stderr)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_runs WHERE status = 'running'") == 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_runs WHERE status = 'abandoned'") == 1)
                let runs = try await ShipwatchProcess.run(["runs"], environment: environment)
                #expect(runs.stdout.contains("abandoned"), "\(runs.stdout)")
            }
        }
    }

    static func environment(url: DatabaseURL, baseURL: String, yaml: String) throws -> [String: String] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("shipwatch-poll-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return ["DATABASE_URL": url.description, "SHIPWATCH_CONFIG": path, "SHIPWATCH_LOG_LEVEL": "warning"]
    }
}

extension PollProcessTests {
    @Test("SIGTERM: the run stops claiming, hands back its leases, records itself interrupted, exits within seconds")
    func terminated() async throws {
        try await withTestDatabaseURL { url, database in
            try await PollSeeding.seed(database, perCarrier: 150)
            let slow = Fault(kind: .slow, delayMilliseconds: 150)
            let engine = SimulatorEngine(faults: Dictionary(uniqueKeysWithValues: CarrierCatalog.roster.carriers.map { ($0, [slow]) }))
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                let environment = try Self.environment(url: url, baseURL: baseURL, yaml: PollTestConfig.yaml(baseURL: baseURL))
                let run = try ShipwatchProcess.start(["poll"], environment: environment)
                for _ in 0..<300 {
                    if try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NOT NULL") > 20 { break }
                    try await Task.sleep(for: .milliseconds(20))
                }
                let signalled = ContinuousClock.now
                kill(run.process.processIdentifier, SIGTERM)
                let result = await run.finish()
                #expect(ContinuousClock.now - signalled < .seconds(10))
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stdout.contains("interrupted"), "\(result.stdout)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_runs WHERE status = 'interrupted'") == 1)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE lease_owner IS NOT NULL") == 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NULL") > 0)
            }
        }
    }
}
