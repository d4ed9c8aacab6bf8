/// A delivery a pass leased: what to send where, and with which secrets to sign it.
public struct ClaimedWebhookDelivery: Sendable, Hashable {
    public var id: Int64
    public var endpointID: Int64
    /// The event's stable id (`webhook-id`).
    public var eventID: String
    public var url: String
    /// The JSON body, the same bytes on every attempt.
    public var body: String
    /// The current secret first, then the previous one while it is still valid (rotation).
    public var secrets: [String]
    /// This attempt's number (1 for the first).
    public var attempt: Int
}
