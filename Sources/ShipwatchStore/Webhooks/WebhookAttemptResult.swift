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
    }

    public var deliveryID: Int64
    public var endpointID: Int64
    public var outcome: Outcome
    /// The HTTP status, when the receiver answered.
    public var statusCode: Int?
    public var durationMilliseconds: Int
    /// Why it was not delivered (status, timeout, refused target…).
    public var error: String?

    public init(deliveryID: Int64, endpointID: Int64, outcome: Outcome, statusCode: Int?, durationMilliseconds: Int, error: String?) {
        self.deliveryID = deliveryID
        self.endpointID = endpointID
        self.outcome = outcome
        self.statusCode = statusCode
        self.durationMilliseconds = durationMilliseconds
        self.error = error
    }
}
