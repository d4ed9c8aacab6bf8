import CarrierUPS
import Foundation
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore

/// Endpoints and outbox events in a test database, and small webhook settings for fast tests.
enum WebhookSeeding {
    /// A retry schedule of no delay, `attempts` attempts and small batches. The timeout is generous: on a loaded
    /// machine a loopback answer can take seconds, and a timed-out success is (rightly) sent again, which would
    /// break the exact counts tests expect. Tests of the timeout itself pass a short one.
    static func settings(attempts: Int = 5, timeoutSeconds: Double = 30, disableAfter: Int = 10) -> WebhookSettings {
        var settings = WebhookSettings()
        settings.retryFirstDelaySeconds = 0
        settings.retryMaxDelaySeconds = 0
        settings.retryJitter = 0
        settings.maxAttempts = attempts
        settings.timeoutSeconds = timeoutSeconds
        settings.disableAfterFailures = disableAfter
        settings.batchSize = 64
        settings.concurrency = 16
        return settings
    }

    /// `shipments` shipments in store `default`; returns their ids in order.
    static func shipments(_ database: Database, count: Int) async throws -> [Int64] {
        try await StoreRepository(database: database).upsert(key: "default", displayName: "Default", policy: StorePolicy.default)
        let rows = (0..<count).map { index in
            NewShipment(
                store: "default", orderRef: "ORD-\(index)", carrier: .ups, trackingNumber: TrackingNumberFactory.number(.ups, index),
                customerEmail: "customer\(index)@example.com")
        }
        _ = try await ShipmentRepository(database: database).insert(rows)
        return try await database.withConnection { connection in
            let rows = try await connection.query("SELECT id FROM shipments ORDER BY id", logger: database.logger)
            var ids: [Int64] = []
            for try await id in rows.decode(Int64.self) { ids.append(id) }
            return ids
        }
    }

    /// Adds an endpoint for store `default`; returns its id and secret.
    static func endpoint(_ database: Database, url: String, types: [WebhookEventType]? = nil) async throws -> (Int64, WebhookSecret) {
        let secret = WebhookSecret.generate()
        let record = try await WebhookEndpointRepository(database: database).add(store: "default", url: url, eventTypes: types, secret: secret.text)
        return (record.id, secret)
    }

    /// Writes `perShipment` `shipment.status_changed` events for each shipment, in one transaction.
    static func events(_ database: Database, shipments: [Int64], perShipment: Int) async throws {
        let causes = (0..<perShipment).flatMap { _ in shipments.map { WebhookCause.statusChanged(shipmentID: $0, from: nil) } }
        try await database.withTransaction { connection in
            _ = try await WebhookOutbox.record(causes, on: connection, logger: database.logger)
        }
    }

    /// Deliveries by status.
    static func statuses(_ database: Database) async throws -> [String: Int] {
        try await database.withConnection { connection in
            let rows = try await connection.query("SELECT status, count(*) FROM webhook_deliveries GROUP BY status", logger: database.logger)
            var counts: [String: Int] = [:]
            for try await (status, count) in rows.decode((String, Int64).self) { counts[status] = Int(count) }
            return counts
        }
    }

    /// Runs one delivery pass in this process.
    static func pass(_ database: Database, settings: WebhookSettings, seconds: Double = 60) async throws -> WebhookPassSummary {
        try await WebhookHTTPClient.with(settings: settings) { client in
            try await WebhookDeliveryPass(database: database, client: client, settings: settings, logger: database.logger)
                .run(limit: 1_000_000, deadline: ContinuousClock.now + .seconds(seconds))
        }
    }
}
