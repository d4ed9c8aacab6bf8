import Foundation
import Logging
import PostgresNIO

/// The `audit_log` table: every change to findings and remedies, appended in the transaction that made it.
public struct AuditLogRepository: Sendable {
    public let database: Database

    /// Repository over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// One entity's history, oldest first (`audit_log_entity_idx`).
    public func entries(entity: String, entityID: String) async throws -> [AuditEntry] {
        try await fetch(
            """
            SELECT id, at, actor, entity, entity_id, action, detail::text FROM audit_log
            WHERE entity = \(entity) AND entity_id = \(entityID) ORDER BY at, id
            """
        )
    }

    /// The newest entries first (primary key order).
    public func recent(limit: Int) async throws -> [AuditEntry] {
        guard limit > 0 else { throw StoreError.invalidArgument("limit must be positive, got \(limit)") }
        return try await fetch(
            "SELECT id, at, actor, entity, entity_id, action, detail::text FROM audit_log ORDER BY id DESC LIMIT \(limit)"
        )
    }

    /// The number of entries, all or of one action.
    public func count(action: String? = nil) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                "SELECT count(*) FROM audit_log WHERE \(action)::text IS NULL OR action = \(action)",
                logger: database.logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }

    /// Appends entries inside the caller's transaction, in one statement.
    static func append(_ entries: [AuditEntry], on connection: PostgresConnection, logger: Logger) async throws {
        guard !entries.isEmpty else { return }
        try await connection.query(
            """
            INSERT INTO audit_log (actor, entity, entity_id, action, detail)
            SELECT a.actor, a.entity, a.entity_id, a.action, a.detail::jsonb
            FROM unnest(
                \(entries.map(\.actor))::text[], \(entries.map(\.entity))::text[], \(entries.map(\.entityID))::text[],
                \(entries.map(\.action))::text[], \(entries.map(\.detailJSON))::text[]
            ) WITH ORDINALITY AS a(actor, entity, entity_id, action, detail, position)
            ORDER BY a.position
            """,
            logger: logger
        )
    }

    private func fetch(_ query: PostgresQuery) async throws -> [AuditEntry] {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger)
            var entries: [AuditEntry] = []
            for try await (id, at, actor, entity, entityID, action, detail) in rows.decode(
                (Int64, Date, String, String, String, String, String).self)
            {
                entries.append(AuditEntry(
                    id: id, at: at, actor: actor, entity: entity, entityID: entityID, action: action, detailJSON: detail))
            }
            return entries
        }
    }
}
