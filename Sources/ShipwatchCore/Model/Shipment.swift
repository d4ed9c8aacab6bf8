import Foundation

/// A parcel Shipwatch watches, with what its timeline says about it.
public struct Shipment: Sendable, Hashable {
    public var id: Int64
    /// The store's key (its name in the config, e.g. "default").
    public var store: String
    public var orderRef: String
    public var carrier: Carrier
    public var trackingNumber: String
    /// The number as printed on the label, when it differs from `trackingNumber` (a USPS `420` + ZIP routing
    /// prefix, a FedEx barcode embedding the number): shown to people, never sent to the carrier.
    public var printedNumber: String?
    public var orderedAt: Date?
    public var shippedAt: Date?
    public var destinationCountry: String?
    public var destinationPostalCode: String?
    public var customerEmail: String?
    /// Derived from the timeline; nil before the first scan.
    public var status: Milestone?
    public var lastEventAt: Date?
    public var estimatedDelivery: LocalDateTime?
    public var deliveredAt: Date?
    public var createdAt: Date

    public init(
        id: Int64,
        store: String,
        orderRef: String,
        carrier: Carrier,
        trackingNumber: String,
        orderedAt: Date? = nil,
        shippedAt: Date? = nil,
        destinationCountry: String? = nil,
        destinationPostalCode: String? = nil,
        customerEmail: String? = nil,
        status: Milestone? = nil,
        lastEventAt: Date? = nil,
        estimatedDelivery: LocalDateTime? = nil,
        deliveredAt: Date? = nil,
        createdAt: Date,
        printedNumber: String? = nil
    ) {
        self.id = id
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.printedNumber = printedNumber
        self.orderedAt = orderedAt
        self.shippedAt = shippedAt
        self.destinationCountry = destinationCountry
        self.destinationPostalCode = destinationPostalCode
        self.customerEmail = customerEmail
        self.status = status
        self.lastEventAt = lastEventAt
        self.estimatedDelivery = estimatedDelivery
        self.deliveredAt = deliveredAt
        self.createdAt = createdAt
    }
}

/// A shipment to register (from the CLI or a CSV row), already validated.
public struct NewShipment: Sendable, Hashable {
    public var store: String
    public var orderRef: String
    public var carrier: Carrier
    /// Normalized, as the carrier's API wants it (see `TrackingNumber`).
    public var trackingNumber: String
    /// The printed form when it differs from `trackingNumber` (see `TrackingNumber.printedWhenDifferent`).
    public var printedNumber: String?
    public var orderedAt: Date?
    public var shippedAt: Date?
    public var customerEmail: String?
    public var destinationPostalCode: String?
    public var destinationCountry: String?

    public init(
        store: String,
        orderRef: String,
        carrier: Carrier,
        trackingNumber: String,
        orderedAt: Date? = nil,
        shippedAt: Date? = nil,
        customerEmail: String? = nil,
        destinationPostalCode: String? = nil,
        destinationCountry: String? = nil,
        printedNumber: String? = nil
    ) {
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.printedNumber = printedNumber
        self.orderedAt = orderedAt
        self.shippedAt = shippedAt
        self.customerEmail = customerEmail
        self.destinationPostalCode = destinationPostalCode
        self.destinationCountry = destinationCountry
    }
}
