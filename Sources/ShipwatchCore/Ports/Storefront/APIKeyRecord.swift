import Foundation

/// A stored key, never its secret: only the SHA-256 of the secret is kept.
public struct APIKeyRecord: Sendable, Hashable {
    /// The row id (`shipwatch keys revoke ID`).
    public var id: Int64
    /// The public part of the key text, used to find the row; not a secret.
    public var keyID: String
    /// SHA-256 of the secret part, 32 bytes.
    public var secretHash: [UInt8]
    /// The one store the key sees; nil only for an `ops` key over every store.
    public var store: String?
    public var name: String
    public var scope: APIKeyScope
    public var createdAt: Date
    public var revokedAt: Date?

    public init(
        id: Int64, keyID: String, secretHash: [UInt8], store: String?, name: String, scope: APIKeyScope,
        createdAt: Date, revokedAt: Date?
    ) {
        self.id = id
        self.keyID = keyID
        self.secretHash = secretHash
        self.store = store
        self.name = name
        self.scope = scope
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

/// A key to store: everything but the id and dates.
public struct NewAPIKey: Sendable, Hashable {
    public var keyID: String
    public var secretHash: [UInt8]
    public var store: String?
    public var name: String
    public var scope: APIKeyScope

    public init(keyID: String, secretHash: [UInt8], store: String?, name: String, scope: APIKeyScope) {
        self.keyID = keyID
        self.secretHash = secretHash
        self.store = store
        self.name = name
        self.scope = scope
    }
}
