import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `ops_sessions` table (``OpsSessionStore``): every replica sees the same sessions.
public struct PostgresOpsSessions: OpsSessionStore {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func create(tokenHash: String, csrfToken: String, userID: Int64, expiresAt: Date) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query(
                """
                INSERT INTO ops_sessions (token_sha256, user_id, csrf_token, expires_at)
                VALUES (\(tokenHash), \(userID), \(csrfToken), \(expiresAt))
                """,
                logger: database.logger)
        }
    }

    public func session(tokenHash: String, now: Date) async throws -> OpsSession? {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT s.csrf_token, s.expires_at, u.id, u.email, u.password_hash, u.role, u.stores, u.disabled_at, u.created_at
                FROM ops_sessions s JOIN ops_users u ON u.id = s.user_id
                WHERE s.token_sha256 = \(tokenHash) AND s.expires_at > \(now) AND u.disabled_at IS NULL
                """,
                logger: database.logger
            ).collect()
            guard let row = rows.first else { return nil }
            let (csrf, expiresAt, id, email, hash, roleText, stores, disabledAt, createdAt) =
                try row.decode((String, Date, Int64, String, String, String, [String], Date?, Date).self)
            guard let role = OpsRole(rawValue: roleText) else {
                throw StoreError.unreadableValue(table: "ops_users", column: "role", value: roleText)
            }
            let user = OpsUser(
                id: id, email: email, passwordHash: hash, role: role, stores: stores, disabledAt: disabledAt, createdAt: createdAt)
            return OpsSession(tokenHash: tokenHash, csrfToken: csrf, user: user, expiresAt: expiresAt)
        }
    }

    public func delete(tokenHash: String) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query("DELETE FROM ops_sessions WHERE token_sha256 = \(tokenHash)", logger: database.logger)
        }
    }

    public func purge(before cutoff: Date) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                "WITH gone AS (DELETE FROM ops_sessions WHERE expires_at < \(cutoff) RETURNING 1) SELECT count(*) FROM gone",
                logger: database.logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }
}
