import Foundation

/// The fields of one shipment to register, as text from outside (a CSV row, the CLI, an API body).
///
/// Empty or blank values count as absent. `ShipmentFieldsValidator` turns them into a `NewShipment`.
public struct ShipmentFields: Sendable, Hashable {
    public var store: String?
    public var orderRef: String?
    public var carrier: String?
    public var trackingNumber: String?
    public var shippedAt: String?
    public var orderedAt: String?
    public var customerEmail: String?
    public var destinationPostalCode: String?
    public var destinationCountry: String?

    public init(
        store: String? = nil, orderRef: String? = nil, carrier: String? = nil, trackingNumber: String? = nil,
        shippedAt: String? = nil, orderedAt: String? = nil, customerEmail: String? = nil,
        destinationPostalCode: String? = nil, destinationCountry: String? = nil
    ) {
        self.store = Self.clean(store)
        self.orderRef = Self.clean(orderRef)
        self.carrier = Self.clean(carrier)
        self.trackingNumber = Self.clean(trackingNumber)
        self.shippedAt = Self.clean(shippedAt)
        self.orderedAt = Self.clean(orderedAt)
        self.customerEmail = Self.clean(customerEmail)
        self.destinationPostalCode = Self.clean(destinationPostalCode)
        self.destinationCountry = Self.clean(destinationCountry)
    }

    /// Every field with its CSV column / JSON name, in column order.
    public var named: [(String, String?)] {
        [
            ("store", store), ("order_ref", orderRef), ("carrier", carrier), ("tracking_number", trackingNumber),
            ("shipped_at", shippedAt), ("ordered_at", orderedAt), ("customer_email", customerEmail),
            ("destination_postal_code", destinationPostalCode), ("destination_country", destinationCountry),
        ]
    }

    private static func clean(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
