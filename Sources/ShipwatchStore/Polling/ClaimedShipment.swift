import Foundation
import ShipwatchCore

/// A shipment leased to one poll run: what the poller needs to fetch it and decide its next poll.
public struct ClaimedShipment: Sendable, Hashable {
    public var id: Int64
    public var store: String
    public var carrier: Carrier
    public var trackingNumber: String
    public var status: Milestone?
    public var lastEventAt: Date?
    public var deliveredAt: Date?
    public var createdAt: Date
    public var nextPollAt: Date
    public var consecutiveFailures: Int
    public var notFoundSince: Date?
    public var pollCount: Int

    public init(
        id: Int64, store: String, carrier: Carrier, trackingNumber: String, status: Milestone?, lastEventAt: Date?,
        deliveredAt: Date?, createdAt: Date, nextPollAt: Date, consecutiveFailures: Int, notFoundSince: Date?, pollCount: Int
    ) {
        self.id = id
        self.store = store
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.status = status
        self.lastEventAt = lastEventAt
        self.deliveredAt = deliveredAt
        self.createdAt = createdAt
        self.nextPollAt = nextPollAt
        self.consecutiveFailures = consecutiveFailures
        self.notFoundSince = notFoundSince
        self.pollCount = pollCount
    }
}
