import Foundation

/// Stored API keys (port). Shared by every `serve` replica, so it lives in the database.
public protocol APIKeyDirectory: Sendable {
    /// Stores a new key; throws when its store does not exist.
    func create(_ key: NewAPIKey) async throws -> APIKeyRecord
    /// Keys, newest first, of one store or of all; revoked ones included.
    func list(store: String?) async throws -> [APIKeyRecord]
    /// Marks the key revoked at `at`; false when no unrevoked key has this id.
    func revoke(id: Int64, at: Date) async throws -> Bool
    /// Finds the unrevoked key with this public id and counts one request against it in `window`, in one step.
    /// Nil when no such key exists or it was revoked. The caller compares the secret's hash.
    func admit(keyID: String, window: RateWindow) async throws -> KeyAdmission?
}

/// A key found for a request, and how many requests its window has seen, this one included.
public struct KeyAdmission: Sendable, Hashable {
    public var key: APIKeyRecord
    public var hitsInWindow: Int

    public init(key: APIKeyRecord, hitsInWindow: Int) {
        self.key = key
        self.hitsInWindow = hitsInWindow
    }
}
