import CarrierCatalog
import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("The runs page's webhook endpoints over PostgreSQL")
struct OpsWebhookHealthTests {
    static let secret = "whsec_b3BzLXdlYmhvb2staGVhbHRoLXRlc3Qtc2VjcmV0IQ=="

    /// One outbox event of `shipment` (its `sequence`-th), written at `at`; returns the row id.
    static func event(_ db: Database, shipment: Int64, store: String, sequence: Int64, at: Date) async throws -> Int64 {
        try await db.withConnection { connection in
            let eventID = String(format: "evt_%032llx", sequence)
            let rows = try await connection.query(
                """
                INSERT INTO webhook_events (event_id, type, store_key, shipment_id, shipment_sequence, payload, created_at)
                VALUES (\(eventID), 'finding.opened', \(store), \(shipment), \(sequence), '{"customer_email": "pat@example.com"}'::jsonb, \(at))
                RETURNING id
                """,
                logger: db.logger
            ).collect()
            return try #require(rows.first).decode(Int64.self)
        }
    }

    /// A delivery of event `event` (of `shipment`, its `sequence`-th) to `endpoint`.
    static func delivery(
        _ db: Database, event: Int64, endpoint: Int64, shipment: Int64, sequence: Int64, status: String, createdAt: Date,
        lastAttemptAt: Date?, code: Int?, error: String?
    ) async throws {
        try await db.withConnection { connection in
            let attempts = lastAttemptAt == nil ? 0 : 1
            _ = try await connection.query(
                """
                INSERT INTO webhook_deliveries (event_id, endpoint_id, shipment_id, shipment_sequence, status, attempts,
                    next_attempt_at, last_attempt_at, last_status_code, last_error, delivered_at, created_at)
                VALUES (\(event), \(endpoint), \(shipment), \(sequence), \(status), \(attempts), \(createdAt), \(lastAttemptAt),
                    \(code), \(error), CASE WHEN \(status) = 'delivered' THEN \(lastAttemptAt)::timestamptz END, \(createdAt))
                """,
                logger: db.logger)
        }
    }

    @Test("endpoints come with their deliveries of the last 24 hours by status, the newest attempt, and only the user's stores")
    func endpointsWithDayCounts() async throws {
        try await withTestDatabase { db in
            let ids = try await OpsStoreTests.seed(db)
            let now = FindingsFixtures.now
            func ago(_ hours: Double) -> Date { now.addingTimeInterval(-hours * 3_600) }
            let endpoints = WebhookEndpointRepository(database: db)
            let tokened = try await endpoints.add(
                store: "default", url: "https://hook-user:hook-pass@hooks.example/in/shipwatch?token=QUERYSECRET#frag",
                eventTypes: [.findingOpened, .findingResolved], secret: Self.secret)
            let silenced = try await endpoints.add(store: "default", url: "https://b.example/hook", eventTypes: nil, secret: Self.secret)
            _ = try await endpoints.setEnabled(id: silenced.id, false, reason: "3 consecutive deliveries failed; last: HTTP 410")
            try await db.withConnection { connection in
                _ = try await connection.query("UPDATE webhook_endpoints SET consecutive_failures = 3 WHERE id = \(silenced.id)", logger: db.logger)
            }
            let foreign = try await endpoints.add(store: "other", url: "http://127.0.0.1:8081/receiver", eventTypes: nil, secret: Self.secret)

            // To the tokened endpoint: 1 delivered, 2 pending (one never tried, one waiting for a retry), 1 failed in
            // the last day; a delivery finished two days ago does not count.
            let cases: [(String, Double, Double?, Int?, String?)] = [
                ("delivered", 2, 1, 200, nil),
                ("delivered", 72, 48, 200, nil),
                ("pending", 2, nil, nil, nil),
                ("pending", 3, 0.5, 503, "HTTP 503"),
                ("failed", 30, 5, nil, "timed out after 10.0 s"),
            ]
            // Past the sequence numbers the findings' own outbox events took.
            var sequence: Int64 = 1_000
            for (status, created, attempted, code, error) in cases {
                sequence += 1
                let event = try await Self.event(db, shipment: ids[0], store: "default", sequence: sequence, at: ago(created))
                try await Self.delivery(
                    db, event: event, endpoint: tokened.id, shipment: ids[0], sequence: sequence, status: status, createdAt: ago(created),
                    lastAttemptAt: attempted.map(ago), code: code, error: error)
                if status == "delivered", created > 24 {
                    // The disabled endpoint's only delivery failed long ago.
                    try await Self.delivery(
                        db, event: event, endpoint: silenced.id, shipment: ids[0], sequence: sequence, status: "failed",
                        createdAt: ago(created), lastAttemptAt: ago(40), code: 410, error: "HTTP 410")
                }
            }
            sequence += 1
            let otherEvent = try await Self.event(db, shipment: ids[3], store: "other", sequence: sequence, at: ago(4))
            try await Self.delivery(
                db, event: otherEvent, endpoint: foreign.id, shipment: ids[3], sequence: sequence, status: "delivered",
                createdAt: ago(4), lastAttemptAt: ago(4), code: 204, error: nil)

            let reader = PostgresOpsDashboard(database: db, carriers: CarrierCatalog.roster.carriers)
            let all = try await reader.pollHealth(scope: .everyStore, now: now).webhookEndpoints
            #expect(all.map(\.id) == [tokened.id, silenced.id, foreign.id])
            let first = try #require(all.first)
            #expect(first.store == "default")
            #expect(first.address == "https://hooks.example/in/shipwatch")
            #expect(first.eventTypes == ["finding.opened", "finding.resolved"])
            #expect(first.enabled && first.disabledAt == nil)
            #expect(first.delivered24h == 1 && first.pending24h == 2 && first.failed24h == 1)
            #expect(first.lastAttempt == OpsWebhookEndpointHealth.Attempt(at: ago(0.5), statusCode: 503, error: "HTTP 503"))
            let second = all[1]
            #expect(!second.enabled && second.disabledAt != nil)
            #expect(second.disabledReason == "3 consecutive deliveries failed; last: HTTP 410")
            #expect(second.consecutiveFailures == 3 && second.eventTypes == nil)
            #expect(second.delivered24h == 0 && second.pending24h == 0 && second.failed24h == 0 && second.lastAttempt == nil)
            #expect(all[2].address == "http://127.0.0.1:8081/receiver" && all[2].delivered24h == 1 && all[2].lastAttempt?.statusCode == 204)
            // Nothing secret reaches the dashboard: no signing secret, user info, query string or payload.
            let shown = String(describing: all)
            for secret in ["whsec_", "QUERYSECRET", "hook-pass", "frag", "pat@example.com"] { #expect(!shown.contains(secret)) }

            let otherOnly = try await reader.pollHealth(scope: OpsStoreScope(stores: ["other"]), now: now).webhookEndpoints
            #expect(otherOnly.map(\.id) == [foreign.id])
            let defaultOnly = try await reader.pollHealth(scope: OpsStoreScope(stores: ["default"]), now: now).webhookEndpoints
            #expect(defaultOnly.map(\.id) == [tokened.id, silenced.id])
        }
    }
}
