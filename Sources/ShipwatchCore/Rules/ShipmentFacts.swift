import Foundation

/// What the rules know about a shipment besides its timeline.
public struct ShipmentFacts: Sendable, Hashable {
    /// The store's key in the configuration.
    public var store: String
    public var orderRef: String
    public var carrier: Carrier
    /// The carrier's display name (`CarrierRoster.displayName(of:)`), for summaries and customer messages.
    public var carrierName: String
    public var trackingNumber: String
    /// When the customer ordered; `late_dispatch` needs it.
    public var orderedAt: Date?
    /// When the store says it shipped; starts the delivery promise.
    public var shippedAt: Date?
    /// ISO 3166-1 alpha-2, upper-case.
    public var destinationCountry: String?
    /// ISO 3166-1 alpha-2, upper-case, when known (the carrier's answer or the store's address);
    /// otherwise the first scan's country stands in.
    public var originCountry: String?
    /// Since when the carrier has answered "not found" without interruption; nil once it knows the number.
    public var notFoundSince: Date?
    /// The carrier's estimated delivery date, as it gave it.
    public var estimatedDelivery: LocalDateTime?
    /// When Shipwatch began watching the shipment.
    public var createdAt: Date

    public init(
        store: String,
        orderRef: String,
        carrier: Carrier,
        carrierName: String,
        trackingNumber: String,
        orderedAt: Date? = nil,
        shippedAt: Date? = nil,
        destinationCountry: String? = nil,
        originCountry: String? = nil,
        notFoundSince: Date? = nil,
        estimatedDelivery: LocalDateTime? = nil,
        createdAt: Date
    ) {
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.carrierName = carrierName
        self.trackingNumber = trackingNumber
        self.orderedAt = orderedAt
        self.shippedAt = shippedAt
        self.destinationCountry = ShipmentFacts.countryCode(destinationCountry)
        self.originCountry = ShipmentFacts.countryCode(originCountry)
        self.notFoundSince = notFoundSince
        self.estimatedDelivery = estimatedDelivery
        self.createdAt = createdAt
    }

    /// The facts of a stored shipment, plus what the shipment row does not hold.
    public init(shipment: Shipment, carrierName: String, originCountry: String? = nil, notFoundSince: Date? = nil) {
        self.init(
            store: shipment.store,
            orderRef: shipment.orderRef,
            carrier: shipment.carrier,
            carrierName: carrierName,
            trackingNumber: shipment.trackingNumber,
            orderedAt: shipment.orderedAt,
            shippedAt: shipment.shippedAt,
            destinationCountry: shipment.destinationCountry,
            originCountry: originCountry,
            notFoundSince: notFoundSince,
            estimatedDelivery: shipment.estimatedDelivery,
            createdAt: shipment.createdAt)
    }

    private static func countryCode(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed.uppercased()
    }
}
