import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierSimulator
import CarrierUPS
import CarrierUSPS
import Foundation
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// Quotas, rate and bans shared through PostgreSQL by separate `shipwatch poll` processes, as cron runs them.
@Suite("poll processes share carrier quotas and bans", .serialized)
struct QuotaProcessTests {
    @Test("two concurrent poll processes and a third after them spend a 5-call DHL and a 3-call USPS hour, never more")
    func concurrentAndConsecutiveRunsShareTheQuota() async throws {
        try await withTestDatabaseURL { url, database in
            try await PollSeeding.seed(database, perCarrier: 200, carriers: [.usps, .dhl])
            let engine = SimulatorEngine()
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                let yaml = Self.yaml(baseURL: baseURL, extra: [
                    .dhl: ["quota_per_hour: 5", "spread_quota: false"],
                    .usps: ["quota_per_hour: 3", "spread_quota: false"],
                ])
                let environment = try PollProcessTests.environment(url: url, baseURL: baseURL, yaml: yaml)
                let first = try ShipwatchProcess.start(["poll"], environment: environment)
                let second = try ShipwatchProcess.start(["poll"], environment: environment)
                for result in [await first.finish(), await second.finish()] {
                    #expect(result.status == 0, "poll failed: \(result.stderr)")
                }
                let third = try await ShipwatchProcess.run(["poll"], environment: environment)
                #expect(third.status == 0, "poll failed: \(third.stderr)")
                #expect(third.stdout.contains("dhl: hour quota spent"), "\(third.stdout)")

                let counters = await engine.currentCounters()
                #expect(counters.requests["dhl.tracking"] == 5, "\(counters.requests)")
                #expect(counters.requests["usps.tracking"] == 3, "\(counters.requests)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE last_polled_at IS NOT NULL AND carrier = 'usps'") == 105)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE lease_owner IS NOT NULL") == 0)

                let quota = try await ShipwatchProcess.run(["quota", "--format", "json"], environment: environment)
                #expect(quota.status == 0, "\(quota.stderr)")
                let rows = try JSONDecoder().decode([QuotaRow].self, from: Data(quota.stdout.utf8))
                let dhl = try #require(rows.first { $0.carrier == "dhl" })
                #expect(dhl.hourUsed == 5 && dhl.hourRemaining == 0)
                let usps = try #require(rows.first { $0.carrier == "usps" })
                #expect(usps.hourUsed == 3 && usps.hourRemaining == 0)
            }
        }
    }

    @Test("a long Retry-After answered to one run bans the carrier for the next run, which claims none of its shipments")
    func retryAfterBanIsHonoredByTheNextRun() async throws {
        try await withTestDatabaseURL { url, database in
            try await PollSeeding.seed(database, perCarrier: 30, carriers: [.ups, .fedex])
            let engine = SimulatorEngine(faults: [.ups: [Fault(kind: .rateLimited, retryAfterSeconds: 3_600)]])
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                let environment = try PollProcessTests.environment(url: url, baseURL: baseURL, yaml: Self.yaml(baseURL: baseURL))
                let first = try await ShipwatchProcess.run(["poll"], environment: environment)
                #expect(first.status == 0, "\(first.stderr)")
                let upsCallsAfterFirst = await engine.currentCounters().requests["ups.tracking"] ?? 0
                #expect(upsCallsAfterFirst > 0)

                await engine.setFaults([], for: .ups)
                try await PollSeeding.makeEverythingDue(database)
                let second = try await ShipwatchProcess.run(["poll"], environment: environment)
                #expect(second.status == 0, "\(second.stderr)")
                #expect(second.stdout.contains("ups: banned until"), "\(second.stdout)")
                #expect(await engine.currentCounters().requests["ups.tracking"] ?? 0 == upsCallsAfterFirst)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE carrier = 'ups' AND last_polled_at IS NOT NULL") == 0)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE carrier = 'fedex' AND last_polled_at IS NULL") == 0)

                let quota = try await ShipwatchProcess.run(["quota"], environment: environment)
                #expect(quota.stdout.contains("Retry-After 3600"), "\(quota.stdout)")
            }
        }
    }

    @Test("a banned carrier claims nothing and counts its due shipments deferred, while another carrier uses the whole limit")
    func bannedCarrierLeavesTheLimitToOthers() async throws {
        try await withTestDatabaseURL { url, database in
            try await PollSeeding.seed(database, perCarrier: 50, carriers: [.ups, .fedex])
            try await PostgresCarrierAllowance(database: database)
                .ban(.ups, until: Date().addingTimeInterval(3_600), reason: "test ban", now: Date())
            let engine = SimulatorEngine()
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                let environment = try PollProcessTests.environment(url: url, baseURL: baseURL, yaml: Self.yaml(baseURL: baseURL))
                let run = try await ShipwatchProcess.run(["poll", "--limit", "40"], environment: environment)
                #expect(run.status == 0, "\(run.stderr)")
                #expect(run.stdout.contains("deferred 40"), "\(run.stdout)")
                #expect(run.stdout.contains("ups: banned until"), "\(run.stdout)")
                #expect(await engine.currentCounters().requests["ups.tracking"] == nil)
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE carrier = 'fedex' AND last_polled_at IS NOT NULL") == 40, "\(run.stdout)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM poll_attempts WHERE carrier = 'ups'") == 0)
            }
        }
    }

    /// `PollTestConfig.yaml` with extra keys per carrier (they replace the generous default quota).
    static func yaml(baseURL: String, extra: [Carrier: [String]] = [:]) -> String {
        var lines = ["carriers:"]
        for carrier in CarrierCatalog.roster.carriers {
            lines.append("  \(carrier.rawValue):")
            lines.append("    base_url: \(baseURL)")
            lines.append("    requests_per_second: 2000")
            lines.append("    timeout_seconds: 5")
            if let more = extra[carrier] {
                lines += more.map { "    \($0)" }
            } else {
                lines.append("    quota_per_day: 10000000")
            }
            if carrier == .dhl { lines.append("    api_key: test-key") } else {
                lines.append("    client_id: test-id")
                lines.append("    client_secret: test-secret")
            }
        }
        lines.append("poll:")
        lines.append("  max_duration_seconds: 60")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// One line of `shipwatch quota --format json`, as the test reads it.
private struct QuotaRow: Decodable {
    var carrier: String
    var hourUsed: Int
    var hourRemaining: Int?

    enum CodingKeys: String, CodingKey {
        case carrier
        case hourUsed = "hour_used"
        case hourRemaining = "hour_remaining"
    }
}
