import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `webhook_endpoints` table: where each store's events go, with their signing secrets.
public struct WebhookEndpointRepository: Sendable {
    public let database: Database

    /// Repository over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Adds an enabled endpoint; `eventTypes` nil means every type.
    public func add(store: String, url: String, eventTypes: [WebhookEventType]?, secret: String) async throws -> WebhookEndpointRecord {
        let types = eventTypes.map { $0.map(\.rawValue) }
        let rows = try await fetch(
            """
            INSERT INTO webhook_endpoints (store_key, url, event_types, secret)
            VALUES (\(store), \(url), \(types)::text[], \(secret))
            RETURNING \(unescaped: Self.columns)
            """)
        guard let record = rows.first else { throw StoreError.invalidArgument("the endpoint was not added") }
        return record
    }

    /// Endpoints by id, optionally of one store.
    public func list(store: String? = nil) async throws -> [WebhookEndpointRecord] {
        try await fetch(
            """
            SELECT \(unescaped: Self.columns) FROM webhook_endpoints
            WHERE \(store)::text IS NULL OR store_key = \(store) ORDER BY id
            """)
    }

    /// The endpoint with this id, or nil.
    public func find(id: Int64) async throws -> WebhookEndpointRecord? {
        try await fetch("SELECT \(unescaped: Self.columns) FROM webhook_endpoints WHERE id = \(id)").first
    }

    /// Removes the endpoint and its deliveries (the events stay); false when there is none.
    public func remove(id: Int64) async throws -> Bool {
        let removed = try await fetch("DELETE FROM webhook_endpoints WHERE id = \(id) RETURNING \(unescaped: Self.columns)")
        return !removed.isEmpty
    }

    /// Replaces the secret; the current one keeps signing alongside for `overlapSeconds`.
    public func rotateSecret(id: Int64, newSecret: String, overlapSeconds: Double) async throws -> WebhookEndpointRecord? {
        try await fetch(
            """
            UPDATE webhook_endpoints SET previous_secret = secret,
                previous_secret_expires_at = now() + \(overlapSeconds) * interval '1 second',
                secret = \(newSecret), updated_at = now()
            WHERE id = \(id)
            RETURNING \(unescaped: Self.columns)
            """
        ).first
    }

    /// Enables (clearing the failure count and reason) or disables (recording `reason`) the endpoint.
    public func setEnabled(id: Int64, _ enabled: Bool, reason: String?) async throws -> WebhookEndpointRecord? {
        try await fetch(
            """
            UPDATE webhook_endpoints SET enabled = \(enabled),
                disabled_reason = CASE WHEN \(enabled) THEN NULL ELSE \(reason) END,
                disabled_at = CASE WHEN \(enabled) THEN NULL ELSE now() END,
                consecutive_failures = CASE WHEN \(enabled) THEN 0 ELSE consecutive_failures END,
                updated_at = now()
            WHERE id = \(id)
            RETURNING \(unescaped: Self.columns)
            """
        ).first
    }

    /// Records whether each store's payloads carry the customer's full e-mail (config `webhooks.stores`).
    public func setCustomerEmailOptIn(stores: [String], optedIn: Set<String>) async throws {
        guard !stores.isEmpty else { return }
        try await database.withConnection { connection in
            try await connection.query(
                """
                UPDATE stores s SET webhook_customer_email = u.opted
                FROM unnest(\(stores)::text[], \(stores.map { optedIn.contains($0) })::bool[]) AS u(key, opted)
                WHERE s.key = u.key AND s.webhook_customer_email IS DISTINCT FROM u.opted
                """,
                logger: database.logger)
        }
    }

    static let columns = """
        id, store_key, url, event_types, secret, previous_secret, previous_secret_expires_at, enabled, disabled_reason, \
        disabled_at, consecutive_failures, created_at
        """

    private func fetch(_ query: PostgresQuery) async throws -> [WebhookEndpointRecord] {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger)
            var records: [WebhookEndpointRecord] = []
            for try await row in rows {
                let cells = row.makeRandomAccess()
                records.append(WebhookEndpointRecord(
                    id: try cells[0].decode(Int64.self), store: try cells[1].decode(String.self),
                    url: try cells[2].decode(String.self), eventTypes: try cells[3].decode([String]?.self),
                    secret: try cells[4].decode(String.self), previousSecret: try cells[5].decode(String?.self),
                    previousSecretExpiresAt: try cells[6].decode(Date?.self), enabled: try cells[7].decode(Bool.self),
                    disabledReason: try cells[8].decode(String?.self), disabledAt: try cells[9].decode(Date?.self),
                    consecutiveFailures: Int(try cells[10].decode(Int32.self)), createdAt: try cells[11].decode(Date.self)))
            }
            return records
        }
    }
}
