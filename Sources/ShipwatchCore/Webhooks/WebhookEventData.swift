/// The `data` object of an event.
public struct WebhookEventData: Sendable, Codable, Hashable {
    public var store: String
    public var orderRef: String
    public var carrier: String
    public var trackingNumber: String
    /// The shipment's status (milestone) when the event was written.
    public var shipmentStatus: String?
    /// For `shipment.status_changed`: the status before.
    public var previousShipmentStatus: String?
    /// Only when the store's config opts in.
    public var customerEmail: String?
    public var finding: WebhookFinding?
    public var remedy: WebhookRemedy?

    public init(
        store: String, orderRef: String, carrier: String, trackingNumber: String, shipmentStatus: String?,
        previousShipmentStatus: String?, customerEmail: String?, finding: WebhookFinding?, remedy: WebhookRemedy?
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

    enum CodingKeys: String, CodingKey {
        case store, carrier, finding, remedy
        case orderRef = "order_ref"
        case trackingNumber = "tracking_number"
        case shipmentStatus = "shipment_status"
        case previousShipmentStatus = "previous_shipment_status"
        case customerEmail = "customer_email"
    }
}
