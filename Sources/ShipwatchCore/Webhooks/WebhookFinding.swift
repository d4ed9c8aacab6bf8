import Foundation

/// The finding an event is about.
public struct WebhookFinding: Sendable, Codable, Hashable {
    public var id: Int64
    public var rule: String
    /// `watch` or `act`.
    public var severity: String
    /// `open` or `resolved`.
    public var state: String
    /// The milestone the parcel is stuck at, when the rule names one.
    public var stage: String?
    /// Since when the parcel is at that stage.
    public var since: Date?
    public var lastLocation: WebhookLocation?

    public init(id: Int64, rule: String, severity: String, state: String, stage: String?, since: Date?, lastLocation: WebhookLocation?) {
        self.id = id
        self.rule = rule
        self.severity = severity
        self.state = state
        self.stage = stage
        self.since = since
        self.lastLocation = lastLocation
    }

    enum CodingKeys: String, CodingKey {
        case id, rule, severity, state, stage, since
        case lastLocation = "last_location"
    }
}
