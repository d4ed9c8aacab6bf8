import Foundation

/// Stored API keys (port). Shared by every `serve` replica, so it lives in the database.
public protocol APIKeyDirectory: Sendable {
    /// Stores a new key; throws when its store does not exist.
    func create(_ key: NewAPIKey) async throws -> APIKeyRecord
    /// Keys, newest first, of one store or of all; revoked ones included.
    func list(store: String?) async throws -> [APIKeyRecord]
    /// Marks the key revoked at `at`; false when no unrevoked key has this id.
    func revoke(id: Int64, at: Date) async throws -> Bool
    /// The unrevoked key with this public id, read afresh (a revocation counts from the next request on).
    /// Nil when no such key exists or it was revoked. The caller compares the secret's hash.
    func activeKey(keyID: String) async throws -> APIKeyRecord?
}
