import Foundation

/// The kinds of event Shipwatch announces to a store's webhook endpoints.
public enum WebhookEventType: String, Sendable, Codable, CaseIterable, Hashable {
    case findingOpened = "finding.opened"
    /// A finding went from `watch` to `act`.
    case findingEscalated = "finding.escalated"
    case findingResolved = "finding.resolved"
    case remedyProposed = "remedy.proposed"
    case remedyApproved = "remedy.approved"
    case remedyRejected = "remedy.rejected"
    case remedyExecuted = "remedy.executed"
    /// The parcel went out for delivery, was delivered, hit an exception or is being returned.
    case shipmentStatusChanged = "shipment.status_changed"

    /// The shipment statuses (milestones) whose arrival is announced as `shipment.status_changed`.
    public static let announcedStatuses: Set<Milestone> = [.outForDelivery, .delivered, .exception, .returnToSender]

    /// Parses a comma-separated list (`finding.opened,remedy.proposed`); throws naming the first unknown name.
    public static func parseList(_ text: String) throws(WebhookEventTypeError) -> [WebhookEventType] {
        var types: [WebhookEventType] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let type = WebhookEventType(rawValue: name) else { throw WebhookEventTypeError(name: name) }
            if !types.contains(type) { types.append(type) }
        }
        guard !types.isEmpty else { throw WebhookEventTypeError(name: text) }
        return types
    }
}
