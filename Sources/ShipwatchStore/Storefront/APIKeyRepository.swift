import Foundation
import PostgresNIO
import ShipwatchCore

/// The `api_keys` table. The per-request lookup (``activeKey(keyID:)``) is a prepared statement.
public struct APIKeyRepository: APIKeyDirectory {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func create(_ key: NewAPIKey) async throws -> APIKeyRecord {
        if let store = key.store, try await !StoreRepository(database: database).exists(key: store) {
            throw StoreError.unknownStores([store])
        }
        let created = try await records(
            """
            INSERT INTO api_keys (key_id, secret_sha256, store_key, name, scope)
            VALUES (\(key.keyID), \(Data(key.secretHash)), \(key.store), \(key.name), \(key.scope.rawValue))
            RETURNING \(unescaped: Self.columns)
            """
        )
        guard let record = created.first else { throw StoreError.invalidArgument("the new key was not returned") }
        return record
    }

    public func list(store: String?) async throws -> [APIKeyRecord] {
        if let store {
            return try await records(
                "SELECT \(unescaped: Self.columns) FROM api_keys WHERE store_key = \(store) ORDER BY id DESC"
            )
        }
        return try await records("SELECT \(unescaped: Self.columns) FROM api_keys ORDER BY id DESC")
    }

    public func revoke(id: Int64, at: Date) async throws -> Bool {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                "UPDATE api_keys SET revoked_at = \(at) WHERE id = \(id) AND revoked_at IS NULL RETURNING id",
                logger: database.logger
            ).collect()
            return !rows.isEmpty
        }
    }

    public func activeKey(keyID: String) async throws -> APIKeyRecord? {
        try await database.withConnection { connection in
            for try await row in try await connection.execute(ActiveKeyStatement(keyID: keyID), logger: database.logger) {
                return try Self.record(row)
            }
            return nil
        }
    }

    /// The unrevoked key with this public id, through the `key_id` UNIQUE index.
    private struct ActiveKeyStatement: PostgresPreparedStatement {
        static let name = "shipwatch_active_api_key"
        static let sql = "SELECT \(APIKeyRepository.columns) FROM api_keys WHERE key_id = $1 AND revoked_at IS NULL"
        typealias Row = PostgresRow
        var keyID: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 1)
            bindings.append(keyID)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
    }

    private static let columns = "id, key_id, secret_sha256, store_key, name, scope, created_at, revoked_at"

    private func records(_ query: PostgresQuery) async throws -> [APIKeyRecord] {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger)
            var records: [APIKeyRecord] = []
            for try await row in rows { records.append(try Self.record(row)) }
            return records
        }
    }

    private static func record(_ row: PostgresRow) throws -> APIKeyRecord {
        try record(row.makeRandomAccess(), prefix: "")
    }

    /// A key from `api_keys`' columns, each named with `prefix` (a statement that also reads other tables).
    static func record(_ cells: PostgresRandomAccessRow, prefix: String) throws -> APIKeyRecord {
        let scopeText = try cells[prefix + "scope"].decode(String.self)
        guard let scope = APIKeyScope(rawValue: scopeText) else {
            throw StoreError.unreadableValue(table: "api_keys", column: "scope", value: scopeText)
        }
        return APIKeyRecord(
            id: try cells[prefix + "id"].decode(Int64.self),
            keyID: try cells[prefix + "key_id"].decode(String.self),
            secretHash: Array(try cells[prefix + "secret_sha256"].decode(Data.self)),
            store: try cells[prefix + "store_key"].decode(String?.self),
            name: try cells[prefix + "name"].decode(String.self),
            scope: scope,
            createdAt: try cells[prefix + "created_at"].decode(Date.self),
            revokedAt: try cells[prefix + "revoked_at"].decode(Date?.self)
        )
    }
}
