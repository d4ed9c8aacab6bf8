import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// Applies numbered migrations and keeps their history in `schema_migrations`.
///
/// Each migration runs in its own transaction together with the row that records it. Every transaction first
/// takes a transaction-scoped advisory lock and re-reads the history, so concurrent runners (two `migrate`
/// commands, several workers starting at once) apply each migration exactly once. Before applying anything the
/// recorded history is checked against the code; any disagreement stops the run with a ``MigrationError``.
public struct Migrator: Sendable {
    /// The key of the advisory lock all migration runners take.
    public static let advisoryLockKey: Int64 = {
        var hash = FNV1a64()
        hash.combine("shipwatch.schema_migrations".utf8)
        return Int64(bitPattern: hash.value)
    }()

    /// The migrations this runner applies, oldest first.
    public let migrations: [Migration]

    /// - Parameter migrations: oldest first; defaults to Shipwatch's schema.
    public init(migrations: [Migration] = ShipwatchSchema.migrations) {
        self.migrations = migrations
    }

    /// The validated history and the pending migrations, without changing anything (a dry run).
    public func plan(on database: Database) async throws -> MigrationPlan {
        try validateDefinitions()
        let history = try await database.withConnection { connection in
            try await Migrator.readHistory(on: connection, logger: database.logger, createIfMissing: false)
        }
        return MigrationPlan(applied: history, pending: try pending(after: history))
    }

    /// Applies every pending migration, each in its own transaction; returns those applied by this call
    /// (empty when the database was up to date or another runner applied them first).
    @discardableResult
    public func migrate(on database: Database) async throws -> [Migration] {
        try validateDefinitions()
        let logger = database.logger
        var appliedNow: [Migration] = []
        while true {
            let applied: Migration? = try await database.withTransaction { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Migrator.advisoryLockKey))", logger: logger)
                let history = try await Migrator.readHistory(on: connection, logger: logger, createIfMissing: true)
                guard let next = try pending(after: history).first else { return nil }
                try await apply(next, on: connection, logger: logger)
                return next
            }
            guard let applied else { break }
            logger.info(
                "migration applied",
                metadata: [LogKey.migrationVersion: "\(applied.version)", LogKey.migrationName: "\(applied.name)"]
            )
            appliedNow.append(applied)
        }
        return appliedNow
    }

    /// The recorded history, oldest first (empty when no migration ever ran).
    public func history(on database: Database) async throws -> [AppliedMigration] {
        try await database.withConnection { connection in
            try await Migrator.readHistory(on: connection, logger: database.logger, createIfMissing: false)
        }
    }

    /// The code's migrations not yet recorded, after checking that the history agrees with the code.
    func pending(after history: [AppliedMigration]) throws(MigrationError) -> [Migration] {
        let byVersion = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        for record in history {
            guard let migration = byVersion[record.version] else {
                throw .unknownAppliedVersion(version: record.version, name: record.name)
            }
            guard record.checksum == migration.checksum else {
                throw .checksumMismatch(
                    version: record.version, name: migration.name, recorded: record.checksum, expected: migration.checksum)
            }
            guard record.name == migration.name else {
                throw .nameMismatch(version: record.version, recorded: record.name, expected: migration.name)
            }
        }
        let recorded = Set(history.map(\.version))
        let newestRecorded = recorded.max() ?? 0
        if let gap = migrations.first(where: { $0.version < newestRecorded && !recorded.contains($0.version) }) {
            throw .missingVersion(version: gap.version, name: gap.name)
        }
        return migrations.filter { !recorded.contains($0.version) }
    }

    func validateDefinitions() throws(MigrationError) {
        for (index, migration) in migrations.enumerated() {
            guard migration.version == index + 1 else {
                throw .invalidDefinition(
                    version: migration.version, reason: "expected version \(index + 1): versions run 1, 2, 3… in order")
            }
            guard !migration.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalidDefinition(version: migration.version, reason: "the name is empty")
            }
            guard !migration.sql.isEmpty,
                  migration.sql.allSatisfy({ !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
            else {
                throw .invalidDefinition(version: migration.version, reason: "a migration needs non-empty statements")
            }
        }
    }

    private func apply(_ migration: Migration, on connection: PostgresConnection, logger: Logger) async throws {
        for (index, statement) in migration.sql.enumerated() {
            do {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            } catch {
                throw MigrationError.statementFailed(
                    version: migration.version, name: migration.name, statement: index, message: Database.describe(error))
            }
        }
        try await connection.query(
            """
            INSERT INTO schema_migrations (version, name, checksum)
            VALUES (\(migration.version), \(migration.name), \(migration.checksum))
            """,
            logger: logger
        )
    }

    private static func readHistory(
        on connection: PostgresConnection,
        logger: Logger,
        createIfMissing: Bool
    ) async throws -> [AppliedMigration] {
        if createIfMissing {
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer PRIMARY KEY CHECK (version > 0),
                    name text NOT NULL,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """,
                logger: logger
            )
        } else {
            let rows = try await connection.query(
                "SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger
            ).collect()
            guard let exists = try rows.first?.decode(Bool.self), exists else { return [] }
        }
        var history: [AppliedMigration] = []
        let rows = try await connection.query(
            "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version", logger: logger)
        for try await (version, name, checksum, appliedAt) in rows.decode((Int, String, String, Date).self) {
            history.append(AppliedMigration(version: version, name: name, checksum: checksum, appliedAt: appliedAt))
        }
        return history
    }
}
