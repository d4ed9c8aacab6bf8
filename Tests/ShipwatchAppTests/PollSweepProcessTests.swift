import CarrierFedEx
import CarrierSimulator
import CarrierUPS
import Foundation
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// Time-based rules from cron alone: `shipwatch poll` processes, a real PostgreSQL, one simulator per carrier (each
/// anchored so its parcel's last scan is a minute old), a store policy with thresholds of minutes, and the clock
/// driven by `TimeTravel` and the simulators' `advanceClock`, never by waiting.
@Suite("poll processes: stalls that ripen between polls", .serialized)
struct PollSweepProcessTests {
    /// customs_stall and sorting_stall watch after 0.01 day (14.4 minutes), act after 0.02 day (28.8 minutes).
    static let policyYAML = """
        stores:
          default:
            policy:
              thresholds:
                customs_stall:
                  watch_days: 0.01
                  act_days: 0.02
                sorting_stall:
                  watch_days: 0.01
                  act_days: 0.02
        """

    static func yaml(upsURL: String, fedexURL: String) -> String {
        """
        carriers:
          ups:
            base_url: \(upsURL)
            client_id: test-id
            client_secret: test-secret
            requests_per_second: 2000
          fedex:
            base_url: \(fedexURL)
            client_id: test-id
            client_secret: test-secret
            requests_per_second: 2000
          usps:
            enabled: false
          dhl:
            enabled: false
        \(policyYAML)
        """
    }

    static func findings(_ database: Database) async throws -> [String] {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT s.carrier::text || ' ' || f.rule || ' ' || f.severity FROM findings f JOIN shipments s ON s.id = f.shipment_id
                WHERE f.state = 'open' ORDER BY 1
                """,
                logger: database.logger
            )
            var lines: [String] = []
            for try await line in rows.decode(String.self) { lines.append(line) }
            return lines
        }
    }

    @Test("a UPS parcel entering customs and a FedEx parcel arriving at a hub, quiet afterwards, are flagged by a later poll with no new scans")
    func quietParcelsAreFlagged() async throws {
        try await withTestDatabaseURL { url, database in
            let numbers = try await PollSeeding.seed(database, perCarrier: 1, carriers: [.ups, .fedex])
            let ups = try #require(numbers[.ups]?.first)
            let fedex = try #require(numbers[.fedex]?.first)
            let now = Date()
            // customs_stall:1 enters customs 1 day + 11 hours before the anchor; sorting_stall:1 arrives at the hub
            // 1 day + 2 hours before it. Both a minute ago; their next scans lie hours ahead.
            let upsSimulator = SimulatorEngine(
                anchor: now.addingTimeInterval(86_400 + 11 * 3_600 - 60), scenarios: [ups: .customsStall(days: 1)])
            let fedexSimulator = SimulatorEngine(
                anchor: now.addingTimeInterval(86_400 + 2 * 3_600 - 60), scenarios: [fedex: .sortingStall(days: 1)])
            try await SimulatorHarness.withSimulator(upsSimulator) { upsURL in
                try await SimulatorHarness.withSimulator(fedexSimulator) { fedexURL in
                    let environment = try PollProcessTests.environment(
                        url: url, baseURL: upsURL, yaml: Self.yaml(upsURL: upsURL, fedexURL: fedexURL))

                    let first = try await ShipwatchProcess.run(["poll"], environment: environment)
                    #expect(first.status == 0, "first poll failed: \(first.stderr)")
                    #expect(first.stdout.contains("2 shipment(s) changed"), "\(first.stdout)")
                    #expect(try await Self.findings(database).isEmpty, "fresh parcels flagged at once")
                    #expect(try await PollSeeding.scalar(
                        database, "SELECT count(*) FROM shipments WHERE next_evaluation_at > now() + interval '10 minutes'") == 2)

                    // Forty minutes pass: past both act thresholds; the carriers have nothing new.
                    try await TimeTravel.advance(database, seconds: 2_400)
                    await upsSimulator.advanceClock(seconds: 2_400)
                    await fedexSimulator.advanceClock(seconds: 2_400)
                    try await PollSeeding.makeEverythingDue(database)

                    let second = try await ShipwatchProcess.run(["poll"], environment: environment)
                    #expect(second.status == 0, "second poll failed: \(second.stderr)")
                    #expect(second.stdout.contains("; 0 new event(s), 0 shipment(s) changed"), "\(second.stdout)")
                    #expect(second.stdout.contains("sweep: 2 due shipment(s) evaluated; findings: 2 opened"), "\(second.stdout)")
                    #expect(try await Self.findings(database) == ["fedex sorting_stall act", "ups customs_stall act"])

                    // Nothing is due any more: a third run evaluates nothing and changes nothing.
                    let third = try await ShipwatchProcess.run(["poll"], environment: environment)
                    #expect(third.status == 0, "third poll failed: \(third.stderr)")
                    #expect(!third.stdout.contains("sweep:"), "\(third.stdout)")
                }
            }
        }
    }

    @Test("scans a killed run committed but never evaluated are judged by the next poll's sweep")
    func committedButUnevaluatedChangesArePickedUp() async throws {
        try await withTestDatabaseURL { url, database in
            let numbers = try await PollSeeding.seed(database, perCarrier: 1, carriers: [.ups])
            let ups = try #require(numbers[.ups]?.first)
            // Not due for polling: only the sweep can look at this shipment.
            try await database.withConnection { connection in
                _ = try await connection.query("UPDATE shipments SET next_poll_at = now() + interval '1 day'", logger: database.logger)
            }
            try await SimulatorHarness.withSimulator(SimulatorEngine()) { baseURL in
                let environment = try PollProcessTests.environment(
                    url: url, baseURL: baseURL, yaml: Self.yaml(upsURL: baseURL, fedexURL: baseURL))
                let settle = try await ShipwatchProcess.run(["poll"], environment: environment)
                #expect(settle.status == 0, "\(settle.stderr)")
                #expect(try await PollSeeding.scalar(database, "SELECT count(*) FROM shipments WHERE next_evaluation_at IS NULL") == 1)

                // What a run killed right after its ingest transaction leaves behind: customs scans, no evaluation.
                let id = try #require(try await ShipmentRepository(database: database).find(trackingNumber: ups).first).id
                let entered = Date().addingTimeInterval(-3_600)
                let scan = ScanEvent(
                    occurredAt: entered, localTime: LocalDateTime(instant: entered, utcOffsetSeconds: 0), utcOffsetSeconds: 0,
                    zoneConfidence: .exact, location: EventLocation(city: "Louisville", countryCode: "US"), carrierCode: "CI",
                    description: "Import customs in progress", milestone: .customsInProgress, raw: "{}")
                _ = try await EventIngest(database: database).ingest([ShipmentIngest(shipmentID: id, events: [scan])])

                let next = try await ShipwatchProcess.run(["poll"], environment: environment)
                #expect(next.status == 0, "\(next.stderr)")
                #expect(next.stdout.contains("0 shipment(s) in"), "the shipment was polled: \(next.stdout)")
                #expect(next.stdout.contains("sweep: 1 due shipment(s) evaluated; findings: 1 opened"), "\(next.stdout)")
                #expect(try await Self.findings(database) == ["ups customs_stall act"])
            }
        }
    }
}
