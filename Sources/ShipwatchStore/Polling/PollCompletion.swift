import Foundation
import ShipwatchCore

/// How one claimed shipment leaves a poll run: its next poll (or retirement) and its failure bookkeeping.
public struct PollCompletion: Sendable, Hashable {
    public var shipmentID: Int64
    /// When to poll next; ignored when `retiredReason` is set.
    public var nextPollAt: Date
    /// Set to stop polling the shipment for good.
    public var retiredReason: String?
    /// 0 after a success.
    public var consecutiveFailures: Int
    /// The start of an unbroken run of "not found" answers; nil once found.
    public var notFoundSince: Date?
    /// The last error, or nil to clear it.
    public var lastError: String?
    /// 0 out for delivery, 1 recently moving, 2 normal, 3 long idle.
    public var priority: Int
    /// False when the shipment was not fetched at all (deferred): its poll count and last-polled time stay.
    public var polled: Bool

    public init(
        shipmentID: Int64, nextPollAt: Date, retiredReason: String? = nil, consecutiveFailures: Int = 0,
        notFoundSince: Date? = nil, lastError: String? = nil, priority: Int = 2, polled: Bool = true
    ) {
        self.shipmentID = shipmentID
        self.nextPollAt = nextPollAt
        self.retiredReason = retiredReason
        self.consecutiveFailures = consecutiveFailures
        self.notFoundSince = notFoundSince
        self.lastError = lastError
        self.priority = priority
        self.polled = polled
    }
}

/// One row of the poll ledger: what happened when one shipment was polled.
public struct PollAttemptRecord: Sendable, Hashable {
    public var shipmentID: Int64
    public var carrier: Carrier
    /// found, not_found, invalid_number, malformed, failed, deferred…
    public var outcome: String
    public var httpStatus: Int?
    public var durationMilliseconds: Int?
    public var error: String?

    public init(shipmentID: Int64, carrier: Carrier, outcome: String, httpStatus: Int? = nil, durationMilliseconds: Int? = nil, error: String? = nil) {
        self.shipmentID = shipmentID
        self.carrier = carrier
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.durationMilliseconds = durationMilliseconds
        self.error = error
    }
}
