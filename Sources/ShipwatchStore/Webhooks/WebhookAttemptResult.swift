import Foundation

/// What one attempt of a delivery came to, and what follows.
public struct WebhookAttemptResult: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// 2xx.
        case delivered
        /// Try again at this instant.
        case retry(at: Date)
        /// No attempt left: the delivery is `failed` and kept.
        case failed

        /// The outcome as `webhook_attempts.outcome` stores it.
        public var name: String {
            switch self {
            case .delivered: "delivered"
            case .retry: "retry"
            case .failed: "failed"
            }
        }

        /// The delivery's status after this outcome.
        var deliveryStatus: String {
            switch self {
            case .delivered: "delivered"
            case .retry: "pending"
            case .failed: "failed"
            }
        }
    }

    public var deliveryID: Int64
    public var endpointID: Int64
    /// When the attempt started.
    public var attemptedAt: Date
    public var outcome: Outcome
    /// The HTTP status, when the receiver answered.
    public var statusCode: Int?
    public var durationMilliseconds: Int
    /// Why it was not delivered (status, timeout, refused target…).
    public var error: String?

    public init(
        deliveryID: Int64, endpointID: Int64, attemptedAt: Date, outcome: Outcome, statusCode: Int?, durationMilliseconds: Int,
        error: String?
    ) {
        self.deliveryID = deliveryID
        self.endpointID = endpointID
        self.attemptedAt = attemptedAt
        self.outcome = outcome
        self.statusCode = statusCode
        self.durationMilliseconds = durationMilliseconds
        self.error = error
    }
}
