import ShipwatchCore

/// A change that is announced to webhooks: its type and the rows it is about. The outbox reads the rest (store,
/// order, carrier, finding, remedy, last location) in the change's transaction.
public struct WebhookCause: Sendable, Hashable {
    public var type: WebhookEventType
    public var shipmentID: Int64?
    public var findingID: Int64?
    public var remedyID: Int64?
    /// For `shipment.status_changed`: the status before the change.
    public var previousStatus: String?

    /// A finding's event (opened, escalated, resolved).
    public static func finding(_ type: WebhookEventType, findingID: Int64, shipmentID: Int64) -> WebhookCause {
        WebhookCause(type: type, shipmentID: shipmentID, findingID: findingID, remedyID: nil, previousStatus: nil)
    }

    /// A remedy's event (proposed, approved, rejected, executed).
    public static func remedy(_ type: WebhookEventType, remedyID: Int64) -> WebhookCause {
        WebhookCause(type: type, shipmentID: nil, findingID: nil, remedyID: remedyID, previousStatus: nil)
    }

    /// A shipment reached an announced status.
    public static func statusChanged(shipmentID: Int64, from previous: Milestone?) -> WebhookCause {
        WebhookCause(type: .shipmentStatusChanged, shipmentID: shipmentID, findingID: nil, remedyID: nil, previousStatus: previous?.rawValue)
    }
}
