extension Milestone {
    /// Where the parcel is, in words for a customer (`{{stage}}` in message templates).
    public var customerPhrase: String {
        switch self {
        case .labelCreated: "shipping label created"
        case .accepted: "accepted by the carrier"
        case .sortArrived, .sortProcessed: "at a carrier sorting facility"
        case .sortDeparted: "on its way from a sorting facility"
        case .inTransit, .info, .unknown: "in transit"
        case .customsExport: "on its way out of the origin country"
        case .customsInProgress: "in customs"
        case .customsHeld: "held in customs"
        case .customsReleased: "released by customs"
        case .outForDelivery: "out for delivery"
        case .deliveryAttempted: "delivery attempted"
        case .availableForPickup: "waiting at a pickup point"
        case .delivered: "delivered"
        case .delayed: "delayed by the carrier"
        case .exception: "held up by a carrier problem"
        case .returnToSender: "on its way back to us"
        case .cancelled: "cancelled"
        }
    }
}
