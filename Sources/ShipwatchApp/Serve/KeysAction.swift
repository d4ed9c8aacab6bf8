import Foundation
import ShipwatchAPI
import ShipwatchCore
import ShipwatchStore

/// `shipwatch keys create | list | revoke`.
public struct KeysAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// Creates a key; returns the key text (print it alone on stdout) and a description for stderr.
    public func create(store: String, name: String, scope scopeText: String) async throws -> (key: String, details: String) {
        guard let scope = APIKeyScope(rawValue: scopeText) else {
            throw ShipwatchFailure.unknownName(kind: "--scope", name: scopeText, expected: "storefront, ops")
        }
        let trimmedName = name.trimmingCharacters(in: .whitespaces)
        guard !trimmedName.isEmpty else { throw ShipwatchFailure.invalidOption(option: "--name", reason: "must not be empty") }
        return try await context.withDatabase { database in
            guard try await StoreRepository(database: database).exists(key: store) else {
                throw ShipwatchFailure.unknownStore(store)
            }
            let text = APIKeyText.generate()
            let record = try await APIKeyRepository(database: database).create(
                NewAPIKey(keyID: text.keyID, secretHash: text.secretHash, store: store, name: trimmedName, scope: scope))
            let details = "created \(scope.rawValue) key \(record.id) '\(record.name)' for store \(store) (key id \(record.keyID)); it is shown once"
            return (text.text, details)
        }
    }

    /// The keys as a table; never a secret.
    public func list(store: String?) async throws -> String {
        try await context.withDatabase { database in
            let keys = try await APIKeyRepository(database: database).list(store: store)
            guard !keys.isEmpty else { return "no keys" }
            var table = TextTable(headers: ["ID", "KEY ID", "STORE", "SCOPE", "NAME", "CREATED", "REVOKED"])
            for key in keys {
                table.add([
                    String(key.id), key.keyID, key.store ?? "*", key.scope.rawValue, key.name,
                    Self.stamp(key.createdAt), key.revokedAt.map(Self.stamp) ?? "-",
                ])
            }
            return table.render()
        }
    }

    /// Revokes a key (effective on its next request).
    public func revoke(id: Int64) async throws -> String {
        try await context.withDatabase { database in
            guard try await APIKeyRepository(database: database).revoke(id: id, at: Date()) else {
                throw ShipwatchFailure.rejectedInput("no active key with id \(id)")
            }
            return "revoked key \(id)"
        }
    }

    private static func stamp(_ date: Date) -> String {
        LocalDateTime(instant: date, utcOffsetSeconds: 0).minuteKey + "Z"
    }
}
