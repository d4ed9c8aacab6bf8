import Foundation

/// One row of `webhook_attempts`: one attempt of a delivery, for `shipwatch webhooks deliveries --attempts`.
public struct WebhookAttemptRecord: Sendable, Hashable {
    public var deliveryID: Int64
    /// 1 for the first attempt (numbers skip where a pass died mid-attempt).
    public var attempt: Int
    public var attemptedAt: Date
    /// The receiver's HTTP status; nil when it did not answer.
    public var statusCode: Int?
    public var durationMilliseconds: Int
    public var error: String?
    /// `delivered`, `retry` or `failed`.
    public var outcome: String

    public init(
        deliveryID: Int64, attempt: Int, attemptedAt: Date, statusCode: Int?, durationMilliseconds: Int, error: String?, outcome: String
    ) {
        self.deliveryID = deliveryID
        self.attempt = attempt
        self.attemptedAt = attemptedAt
        self.statusCode = statusCode
        self.durationMilliseconds = durationMilliseconds
        self.error = error
        self.outcome = outcome
    }
}
