import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `stores` table: one row per configured store with its policy.
public struct StoreRepository: Sendable {
    public let database: Database

    /// Repository over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Creates the store or updates its name and policy. `policyJSON` must be a JSON document.
    ///
    /// When an existing store's policy changes, its shipments the rules may still judge are marked for evaluation
    /// in the same transaction (their next evaluations were computed from the old thresholds).
    public func upsert(key: String, displayName: String, policyJSON: String) async throws {
        try await database.withTransaction { connection in
            let changed = try await connection.query(
                """
                SELECT 1 FROM stores WHERE key = \(key) AND policy IS DISTINCT FROM \(policyJSON)::jsonb FOR UPDATE
                """,
                logger: database.logger
            ).collect()
            try await connection.query(
                """
                INSERT INTO stores (key, display_name, policy)
                VALUES (\(key), \(displayName), \(policyJSON)::jsonb)
                ON CONFLICT (key) DO UPDATE
                SET display_name = EXCLUDED.display_name, policy = EXCLUDED.policy, updated_at = now()
                WHERE stores.display_name IS DISTINCT FROM EXCLUDED.display_name
                   OR stores.policy IS DISTINCT FROM EXCLUDED.policy
                """,
                logger: database.logger
            )
            if !changed.isEmpty {
                try await connection.query(
                    """
                    UPDATE shipments s SET next_evaluation_at = now()
                    WHERE s.store_key = \(key) AND (s.next_evaluation_at IS NULL OR s.next_evaluation_at > now())
                      AND (s.status IS NULL OR s.status NOT IN ('delivered', 'cancelled')
                           OR EXISTS (SELECT 1 FROM findings f WHERE f.shipment_id = s.id AND f.state = 'open'))
                    """,
                    logger: database.logger
                )
            }
        }
        database.logger.debug("store upserted", metadata: [LogKey.store: "\(key)"])
    }

    /// Creates or updates the store with a policy encoded as JSON (sorted keys).
    public func upsert<Policy: Encodable>(key: String, displayName: String, policy: Policy) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let json = String(decoding: try encoder.encode(policy), as: UTF8.self)
        try await upsert(key: key, displayName: displayName, policyJSON: json)
    }

    /// Every store, by key.
    public func list() async throws -> [StoreRecord] {
        try await fetch("SELECT key, display_name, policy::text, created_at, updated_at FROM stores ORDER BY key")
    }

    /// The store with this key, or nil.
    public func find(key: String) async throws -> StoreRecord? {
        try await fetch(
            "SELECT key, display_name, policy::text, created_at, updated_at FROM stores WHERE key = \(key)"
        ).first
    }

    /// True when a store with this key exists.
    public func exists(key: String) async throws -> Bool {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                "SELECT EXISTS (SELECT 1 FROM stores WHERE key = \(key))", logger: database.logger
            ).collect()
            return try rows.first?.decode(Bool.self) ?? false
        }
    }

    private func fetch(_ query: PostgresQuery) async throws -> [StoreRecord] {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger)
            var stores: [StoreRecord] = []
            for try await (key, name, policy, createdAt, updatedAt) in rows.decode((String, String, String, Date, Date).self) {
                stores.append(
                    StoreRecord(key: key, displayName: name, policyJSON: policy, createdAt: createdAt, updatedAt: updatedAt))
            }
            return stores
        }
    }
}
