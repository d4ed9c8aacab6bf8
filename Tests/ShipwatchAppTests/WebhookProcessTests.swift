import CarrierSimulator
import CarrierUPS
import Foundation
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// `shipwatch` processes delivering webhooks to a loopback receiver in the test process.
@Suite("webhook processes", .serialized)
struct WebhookProcessTests {
    /// Retries without delay and small batches. A short timeout makes short leases (1 s × (2 + 2) rounds = 4 s) for
    /// the crash test; where exact deliveries are counted the timeout is generous, since on a loaded machine a
    /// loopback answer can take longer than a second and a timed-out success is (rightly) sent again later.
    static func webhooksYAML(timeoutSeconds: Int = 1) -> String {
        """
        webhooks:
          retry_first_delay_seconds: 0
          retry_max_delay_seconds: 0
          retry_jitter: 0
          max_attempts: 5
          timeout_seconds: \(timeoutSeconds)
          batch_size: 8
          concurrency: 4
        """
    }

    @Test("import, poll: the receiver gets finding.opened and remedy.proposed for the customs stall; approving with the CLI sends remedy.approved")
    func endToEnd() async throws {
        try await withTestDatabaseURL { url, database in
            let numbers = try await PollSeeding.seed(database, perCarrier: 1, carriers: [.ups])
            let ups = try #require(numbers[.ups]?.first)
            let simulator = SimulatorEngine(anchor: Date().addingTimeInterval(86_400 + 11 * 3_600 - 60), scenarios: [ups: .customsStall(days: 1)])
            let state = WebhookReceiverState()
            try await WebhookReceiver.with(state) { receiverURL in
                try await SimulatorHarness.withSimulator(simulator) { baseURL in
                    let yaml = PollSweepProcessTests.yaml(upsURL: baseURL, fedexURL: baseURL) + "\n" + Self.webhooksYAML(timeoutSeconds: 30)
                    let environment = try PollProcessTests.environment(url: url, baseURL: baseURL, yaml: yaml)

                    let added = try await ShipwatchProcess.run(
                        ["webhooks", "add", "--store", "default", "--url", "\(receiverURL)/ok"], environment: environment)
                    #expect(added.status == 0, "\(added.stderr)")
                    let secret = try #require(WebhookSecret(text: added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
                    await state.configure(secret: secret)

                    let first = try await ShipwatchProcess.run(["poll"], environment: environment)
                    #expect(first.status == 0, "\(first.stderr)")
                    try await TimeTravel.advance(database, seconds: 2_400)
                    await simulator.advanceClock(seconds: 2_400)
                    try await PollSeeding.makeEverythingDue(database)
                    let second = try await ShipwatchProcess.run(["poll"], environment: environment)
                    #expect(second.status == 0, "\(second.stderr)")
                    #expect(second.stdout.contains("webhooks: 2 delivered"), "\(second.stdout)")

                    let events = try await state.acceptedEvents()
                    #expect(events.map(\.type) == ["finding.opened", "remedy.proposed"])
                    let opened = try #require(events.first)
                    #expect(opened.data.finding?.rule == "customs_stall")
                    #expect(opened.data.tracking_number == ups)
                    #expect(opened.data.customer_email == nil)
                    let proposed = try #require(events.last)
                    #expect(proposed.data.remedy?.status == "proposed")
                    #expect(proposed.data.remedy?.message?.isEmpty == false, "no drafted message")

                    let remedyID = try await PollSeeding.scalar(database, "SELECT id FROM remedies")
                    let approved = try await ShipwatchProcess.run(["remedies", "approve", String(remedyID), "--by", "ops"], environment: environment)
                    #expect(approved.status == 0, "\(approved.stderr)")
                    let deliver = try await ShipwatchProcess.run(["webhooks", "deliver", "--max-duration", "30"], environment: environment)
                    #expect(deliver.status == 0, "\(deliver.stderr)")
                    #expect(deliver.stdout.contains("webhooks: 1 delivered, 0 to retry, 0 failed"), "\(deliver.stdout)")
                    #expect(try await state.acceptedEvents().map(\.type) == ["finding.opened", "remedy.proposed", "remedy.approved"])
                    #expect(await state.badSignatures == 0)

                    let listed = try await ShipwatchProcess.run(["webhooks", "deliveries", "--status", "delivered"], environment: environment)
                    #expect(listed.status == 0, "\(listed.stderr)")
                    #expect(listed.stdout.contains("remedy.approved"), "\(listed.stdout)")
                    #expect(!listed.stdout.contains(secret.text))
                    let endpoints = try await ShipwatchProcess.run(["webhooks", "list"], environment: environment)
                    #expect(endpoints.stdout.contains("enabled") && !endpoints.stdout.contains("whsec_"), "\(endpoints.stdout)")
                }
            }
        }
    }

    @Test("SIGKILL in the middle of a delivery pass, then another pass: every event delivered, duplicates only as repeated ids")
    func killedPass() async throws {
        try await withTestDatabaseURL { url, database in
            let state = WebhookReceiverState()
            await state.configure(slowMilliseconds: 100)
            try await WebhookReceiver.with(state) { receiverURL in
                let ids = try await WebhookSeeding.shipments(database, count: 300)
                let (_, secret) = try await WebhookSeeding.endpoint(database, url: "\(receiverURL)/slow")
                await state.configure(secret: secret)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
                let environment = try PollProcessTests.environment(url: url, baseURL: receiverURL, yaml: Self.webhooksYAML())

                let run = try ShipwatchProcess.start(["webhooks", "deliver"], environment: environment)
                for _ in 0..<1_000 {
                    if await state.acceptedOrder.count >= 40 { break }
                    try await Task.sleep(for: .milliseconds(10))
                }
                run.kill()
                _ = await run.finish()
                let beforeRestart = await state.acceptedOrder.count
                #expect(beforeRestart < 300, "the pass finished before it was killed")
                // The killed pass's leases lapse after 4 s.
                try await Task.sleep(for: .seconds(5))
                let again = try await ShipwatchProcess.run(["webhooks", "deliver", "--max-duration", "60"], environment: environment)
                #expect(again.status == 0, "\(again.stderr)")

                let written = Set(try await database.withConnection { connection in
                    let rows = try await connection.query("SELECT event_id FROM webhook_events", logger: database.logger)
                    var ids: [String] = []
                    for try await id in rows.decode(String.self) { ids.append(id) }
                    return ids
                })
                let accepted = await state.accepted
                #expect(written.count == 300)
                #expect(Set(accepted.keys) == written)
                #expect(Set(await state.attempts.keys) == written, "an attempt with an unknown id")
                #expect(await state.changedBodies == 0)
                #expect(await state.badSignatures == 0)
                #expect(try await WebhookSeeding.statuses(database) == ["delivered": 300])
            }
        }
    }
}
