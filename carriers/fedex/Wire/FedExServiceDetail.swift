import Foundation

/// `serviceDetail`: e.g. `{type: "FEDEX_GROUND", description: "FedEx Ground", shortDescription: "FG"}`.
public struct FedExServiceDetail: Codable, Sendable, Hashable {
    /// Service enum name.
    public var type: String?
    /// Service name for people.
    public var description: String?
    /// Short service code.
    public var shortDescription: String?

    /// Creates a service block.
    public init(type: String? = nil, description: String? = nil, shortDescription: String? = nil) {
        self.type = type
        self.description = description
        self.shortDescription = shortDescription
    }
}

/// `serviceCommitMessage`: `{message, type}`.
public struct FedExServiceCommitMessage: Codable, Sendable, Hashable {
    /// Human text.
    public var message: String?
    /// Message kind, e.g. ESTIMATED_DELIVERY_DATE_UNAVAILABLE.
    public var type: String?

    /// Creates a commit message.
    public init(message: String? = nil, type: String? = nil) {
        self.message = message
        self.type = type
    }
}
