import Foundation
import ShipwatchStore

extension WebhooksAction {
    /// `webhooks deliveries --attempts`: one line per recorded attempt, deliveries in the listing's order (newest
    /// first), attempts in order; a delivery with none recorded yet gets one line saying so.
    static func attemptsTable(_ deliveries: [WebhookDeliveryRecord], _ attempts: [WebhookAttemptRecord]) -> String {
        let byDelivery = Dictionary(grouping: attempts, by: \.deliveryID)
        var table = TextTable(headers: ["DELIVERY", "ENDPOINT", "EVENT", "ATTEMPT", "AT", "CODE", "MS", "OUTCOME", "ERROR"])
        for delivery in deliveries {
            let recorded = byDelivery[delivery.id] ?? []
            if recorded.isEmpty {
                table.add([String(delivery.id), String(delivery.endpointID), delivery.eventID, "-", "-", "-", "-", "none recorded", "-"])
            }
            for attempt in recorded {
                table.add([
                    String(delivery.id), String(delivery.endpointID), delivery.eventID, String(attempt.attempt),
                    Formatting.iso8601(attempt.attemptedAt), attempt.statusCode.map(String.init) ?? "-",
                    String(attempt.durationMilliseconds), attempt.outcome, attempt.error.map { String($0.prefix(100)) } ?? "-",
                ])
            }
        }
        return table.render()
    }
}
