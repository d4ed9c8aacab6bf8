import Foundation

/// A store as persisted: its key, display name and policy document.
public struct StoreRecord: Sendable, Hashable {
    /// The store's key, its name in the configuration (e.g. "default").
    public var key: String
    public var displayName: String
    /// The policy as JSON text (PostgreSQL's jsonb rendering: keys may come back in another order).
    public var policyJSON: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(key: String, displayName: String, policyJSON: String, createdAt: Date, updatedAt: Date) {
        self.key = key
        self.displayName = displayName
        self.policyJSON = policyJSON
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Decodes the policy document into the caller's type.
    public func policy<Policy: Decodable>(as type: Policy.Type, decoder: JSONDecoder = JSONDecoder()) throws -> Policy {
        try decoder.decode(type, from: Data(policyJSON.utf8))
    }
}
