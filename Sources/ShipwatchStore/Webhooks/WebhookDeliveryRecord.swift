import Foundation

/// One row of `webhook_deliveries` with its event's id and type, for `shipwatch webhooks deliveries`.
public struct WebhookDeliveryRecord: Sendable, Hashable {
    public var id: Int64
    public var endpointID: Int64
    public var eventID: String
    public var eventType: String
    public var status: String
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastAttemptAt: Date?
    public var lastStatusCode: Int?
    public var lastDurationMilliseconds: Int?
    public var lastError: String?
    public var deliveredAt: Date?
}
