import Foundation
import Logging
import PostgresNIO
@testable import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// `webhook_attempts`: one row per attempt, written with the delivery's update, listed by
/// `shipwatch webhooks deliveries --attempts`, and bounded (a replay starts anew, rows go with their delivery).
@Suite("webhook attempts", .serialized)
struct WebhookAttemptTests {
    static func action(_ url: DatabaseURL) -> WebhooksAction {
        var config = AppConfig()
        config.databaseURL = url.description
        return WebhooksAction(context: ShipwatchContext(config: config, logger: Logger(label: "test")))
    }

    static func attemptCount(_ database: Database) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query("SELECT count(*) FROM webhook_attempts", logger: database.logger).collect()
            return Int(try rows.first?.decode(Int64.self) ?? 0)
        }
    }

    @Test("a receiver failing twice, then accepting, leaves three attempt rows with its status codes in order; the CLI lists them")
    func attemptsAreRecordedAndListed() async throws {
        try await withTestDatabaseURL { url, database in
            let state = WebhookReceiverState()
            await state.configure(failStatuses: [503, 429])
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 1)
                let (endpointID, secret) = try await WebhookSeeding.endpoint(database, url: "\(baseURL)/codes")
                await state.configure(secret: secret)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
                let before = Date()
                let summary = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings(attempts: 5))
                #expect(summary.attempted == 3 && summary.delivered == 1, "\(summary.line)")

                let repository = WebhookDeliveryRepository(database: database)
                let delivery = try #require(try await repository.list(endpointID: endpointID).first)
                #expect(delivery.status == "delivered" && delivery.attempts == 3)
                let attempts = try await repository.attempts(deliveryIDs: [delivery.id])
                #expect(attempts.map(\.attempt) == [1, 2, 3])
                #expect(attempts.map(\.statusCode) == [503, 429, 204])
                #expect(attempts.map(\.outcome) == ["retry", "retry", "delivered"])
                #expect(attempts.map(\.error) == ["HTTP 503", "HTTP 429", nil])
                #expect(attempts.allSatisfy { $0.durationMilliseconds >= 0 && $0.attemptedAt >= before.addingTimeInterval(-1) })
                #expect(zip(attempts, attempts.dropFirst()).allSatisfy { $0.attemptedAt <= $1.attemptedAt })

                let listed = try await Self.action(url).deliveries(endpointID: endpointID, status: nil, limit: 10, attempts: true)
                let lines = listed.split(separator: "\n").map(String.init)
                #expect(lines.first?.hasPrefix("DELIVERY") == true, "\(listed)")
                let rows = lines.dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
                #expect(rows.count == 3, "\(listed)")
                #expect(rows.map { $0[3] } == ["1", "2", "3"], "\(listed)")
                #expect(rows.map { $0[5] } == ["503", "429", "204"], "\(listed)")
                #expect(rows.map { $0[7] } == ["retry", "retry", "delivered"], "\(listed)")
                #expect(rows.allSatisfy { $0[0] == String(delivery.id) && $0[2] == delivery.eventID }, "\(listed)")
                #expect(rows.allSatisfy { Int($0[6]) != nil }, "durations: \(listed)")
                #expect(lines[2].hasSuffix("HTTP 503") && lines[4].hasSuffix("-"), "\(listed)")

                // Without --attempts: still one line per delivery.
                let plain = try await Self.action(url).deliveries(endpointID: endpointID, status: nil, limit: 10)
                #expect(plain.split(separator: "\n").count == 3, "\(plain)")
                #expect(plain.contains("delivered") && plain.contains(delivery.eventID))
            }
        }
    }

    @Test("a completion by a pass that lost its lease records neither the delivery's status nor an attempt")
    func staleCompletionRecordsNothing() async throws {
        try await withTestDatabase { database in
            let ids = try await WebhookSeeding.shipments(database, count: 1)
            _ = try await WebhookSeeding.endpoint(database, url: "https://hooks.example.com/x")
            try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
            let repository = WebhookDeliveryRepository(database: database)
            let claimed = try #require(try await repository.claim(owner: "pass-a", limit: 10, leaseSeconds: 60).first)
            let result = WebhookAttemptResult(
                deliveryID: claimed.id, endpointID: claimed.endpointID, attemptedAt: Date(), outcome: .delivered, statusCode: 204,
                durationMilliseconds: 12, error: nil)
            try await repository.complete([result], owner: "pass-b", disableAfterFailures: 10)
            #expect(try await Self.attemptCount(database) == 0)
            #expect(try await WebhookSeeding.statuses(database) == ["pending": 1])
            try await repository.complete([result], owner: "pass-a", disableAfterFailures: 10)
            let attempts = try await repository.attempts(deliveryIDs: [claimed.id])
            #expect(attempts.map(\.attempt) == [1] && attempts.map(\.statusCode) == [204] && attempts.map(\.outcome) == ["delivered"])
            #expect(try await WebhookSeeding.statuses(database) == ["delivered": 1])
        }
    }

    @Test("a replay starts a delivery's attempts anew, and its attempts go when its endpoint is removed")
    func attemptsStayBounded() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            await state.configure(failFirst: 1)
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 1)
                let (endpointID, secret) = try await WebhookSeeding.endpoint(database, url: "\(baseURL)/flaky")
                await state.configure(secret: secret)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
                _ = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings(attempts: 3))
                #expect(try await Self.attemptCount(database) == 2)

                let eventID = try #require(await state.acceptedOrder.first)
                #expect(try await WebhookDeliveryRepository(database: database).replay(eventID: eventID) == 1)
                #expect(try await Self.attemptCount(database) == 0)
                _ = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings(attempts: 3))
                let repository = WebhookDeliveryRepository(database: database)
                let delivery = try #require(try await repository.list(endpointID: endpointID).first)
                let attempts = try await repository.attempts(deliveryIDs: [delivery.id])
                #expect(attempts.map(\.attempt) == [1] && attempts.map(\.outcome) == ["delivered"])

                #expect(try await WebhookEndpointRepository(database: database).remove(id: endpointID))
                #expect(try await Self.attemptCount(database) == 0)
            }
        }
    }
}
