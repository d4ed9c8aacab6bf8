/// What the outbox knows about an event's shipment, finding and remedy when it writes the event.
public struct WebhookEventFacts: Sendable, Hashable {
    public var store: String
    public var orderRef: String
    public var carrier: String
    public var trackingNumber: String
    public var shipmentStatus: String?
    public var previousShipmentStatus: String?
    public var customerEmail: String?
    public var finding: WebhookFinding?
    public var remedy: WebhookRemedy?

    public init(
        store: String, orderRef: String, carrier: String, trackingNumber: String, shipmentStatus: String? = nil,
        previousShipmentStatus: String? = nil, customerEmail: String? = nil, finding: WebhookFinding? = nil,
        remedy: WebhookRemedy? = nil
    ) {
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.shipmentStatus = shipmentStatus
        self.previousShipmentStatus = previousShipmentStatus
        self.customerEmail = customerEmail
        self.finding = finding
        self.remedy = remedy
    }
}
