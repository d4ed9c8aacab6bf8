import Foundation

/// One row of `webhook_endpoints`.
public struct WebhookEndpointRecord: Sendable, Hashable {
    public var id: Int64
    public var store: String
    public var url: String
    /// Nil: every event type.
    public var eventTypes: [String]?
    public var secret: String
    public var previousSecret: String?
    public var previousSecretExpiresAt: Date?
    public var enabled: Bool
    public var disabledReason: String?
    public var disabledAt: Date?
    public var consecutiveFailures: Int
    public var createdAt: Date
}
