import Foundation

/// A shipment as a store's site and its customers see it: the normalized timeline without the customer's
/// e-mail, the carriers' raw fragments or internal remedy details.
public struct StorefrontTracking: Sendable, Hashable {
    public var store: String
    /// The store's display name, for the customer page.
    public var storeDisplayName: String
    public var orderRef: String
    public var carrier: Carrier
    public var trackingNumber: String
    /// The milestone of the timeline; nil before the first scan.
    public var status: Milestone?
    /// The carrier's promised delivery day, when it gave one.
    public var estimatedDelivery: CalendarDate?
    public var deliveredAt: Date?
    public var lastEventAt: Date?
    /// Compared (never shown) by the customer page, which asks for it.
    public var destinationPostalCode: String?
    /// Newest first.
    public var events: [StorefrontEvent]
    /// The open finding, when the parcel is flagged as late or stuck.
    public var delay: StorefrontDelay?

    public init(
        store: String, storeDisplayName: String, orderRef: String, carrier: Carrier, trackingNumber: String,
        status: Milestone?, estimatedDelivery: CalendarDate?, deliveredAt: Date?, lastEventAt: Date?,
        destinationPostalCode: String?, events: [StorefrontEvent], delay: StorefrontDelay?
    ) {
        self.store = store
        self.storeDisplayName = storeDisplayName
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.status = status
        self.estimatedDelivery = estimatedDelivery
        self.deliveredAt = deliveredAt
        self.lastEventAt = lastEventAt
        self.destinationPostalCode = destinationPostalCode
        self.events = events
        self.delay = delay
    }
}

/// One scan as shown to a store and its customer.
public struct StorefrontEvent: Sendable, Hashable {
    public var occurredAt: Date
    /// The carrier's wall time at the place of the scan, when it printed one.
    public var localTime: LocalDateTime?
    /// Seconds east of UTC of `localTime`, when known.
    public var utcOffsetSeconds: Int?
    public var milestone: Milestone
    public var description: String
    public var location: EventLocation

    public init(
        occurredAt: Date, localTime: LocalDateTime?, utcOffsetSeconds: Int?, milestone: Milestone, description: String,
        location: EventLocation
    ) {
        self.occurredAt = occurredAt
        self.localTime = localTime
        self.utcOffsetSeconds = utcOffsetSeconds
        self.milestone = milestone
        self.description = description
        self.location = location
    }
}

/// The open delay finding of a shipment: which rule, how urgent, since when.
public struct StorefrontDelay: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var since: Date

    public init(rule: String, severity: Severity, since: Date) {
        self.rule = rule
        self.severity = severity
        self.since = since
    }
}
