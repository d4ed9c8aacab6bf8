import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `ops_users` table (``OpsUserDirectory``).
public struct PostgresOpsUsers: OpsUserDirectory {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func create(_ user: NewOpsUser) async throws -> OpsUser {
        let logger = database.logger
        return try await database.withTransaction { connection in
            if !user.stores.isEmpty {
                let known = try await connection.query(
                    "SELECT key FROM stores WHERE key = ANY(\(user.stores))", logger: logger
                ).collect().map { try $0.decode(String.self) }
                if let missing = user.stores.first(where: { !known.contains($0) }) { throw OpsUserError.unknownStore(missing) }
            }
            let rows = try await connection.query(
                """
                INSERT INTO ops_users (email, password_hash, role, stores)
                VALUES (\(user.email), \(user.passwordHash), \(user.role.rawValue), \(user.stores))
                ON CONFLICT (email) DO NOTHING
                RETURNING \(unescaped: Self.columns)
                """,
                logger: logger
            ).collect()
            guard let row = rows.first else { throw OpsUserError.duplicateEmail(user.email) }
            return try Self.decode(row)
        }
    }

    public func user(email: String) async throws -> OpsUser? {
        try await database.withConnection { connection in
            try await connection.query(
                "SELECT \(unescaped: Self.columns) FROM ops_users WHERE email = \(email)", logger: database.logger
            ).collect().first.map(Self.decode)
        }
    }

    public func list() async throws -> [OpsUser] {
        try await database.withConnection { connection in
            try await connection.query(
                "SELECT \(unescaped: Self.columns) FROM ops_users ORDER BY id", logger: database.logger
            ).collect().map(Self.decode)
        }
    }

    public func disable(email: String, at: Date) async throws -> Bool {
        let logger = database.logger
        return try await database.withTransaction { connection in
            let rows = try await connection.query(
                "UPDATE ops_users SET disabled_at = \(at) WHERE email = \(email) AND disabled_at IS NULL RETURNING id",
                logger: logger
            ).collect()
            guard let id = try rows.first?.decode(Int64.self) else { return false }
            try await connection.query("DELETE FROM ops_sessions WHERE user_id = \(id)", logger: logger)
            return true
        }
    }

    static let columns = "id, email, password_hash, role, stores, disabled_at, created_at"

    /// Decodes the ``columns`` (optionally prefixed by a table alias in the query).
    static func decode(_ row: PostgresRow) throws -> OpsUser {
        let (id, email, hash, roleText, stores, disabledAt, createdAt) =
            try row.decode((Int64, String, String, String, [String], Date?, Date).self)
        guard let role = OpsRole(rawValue: roleText) else {
            throw StoreError.unreadableValue(table: "ops_users", column: "role", value: roleText)
        }
        return OpsUser(
            id: id, email: email, passwordHash: hash, role: role, stores: stores, disabledAt: disabledAt, createdAt: createdAt)
    }
}
