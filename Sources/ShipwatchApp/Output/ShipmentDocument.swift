import CarrierCatalog
import Foundation
import ShipwatchCore

/// A stored shipment and its timeline, for `shipments show` (JSON and text).
struct ShipmentDocument: Encodable {
    var shipment: Shipment
    var timeline: Timeline

    enum CodingKeys: String, CodingKey {
        case id, store, carrier, status, events
        case orderRef = "order_ref"
        case trackingNumber = "tracking_number"
        case printedNumber = "printed_number"
        case shippedAt = "shipped_at"
        case orderedAt = "ordered_at"
        case lastEventAt = "last_event_at"
        case estimatedDelivery = "estimated_delivery"
        case deliveredAt = "delivered_at"
        case destinationCountry = "destination_country"
        case destinationPostalCode = "destination_postal_code"
        case customerEmail = "customer_email"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(shipment.id, forKey: .id)
        try container.encode(shipment.store, forKey: .store)
        try container.encode(shipment.orderRef, forKey: .orderRef)
        try container.encode(shipment.carrier.rawValue, forKey: .carrier)
        try container.encode(shipment.trackingNumber, forKey: .trackingNumber)
        try container.encodeIfPresent(shipment.printedNumber, forKey: .printedNumber)
        try container.encode(shipment.status?.rawValue, forKey: .status)
        try container.encode(shipment.shippedAt.map(Formatting.iso8601), forKey: .shippedAt)
        try container.encode(shipment.orderedAt.map(Formatting.iso8601), forKey: .orderedAt)
        try container.encode(shipment.lastEventAt.map(Formatting.iso8601), forKey: .lastEventAt)
        try container.encode(shipment.estimatedDelivery.map(Formatting.date), forKey: .estimatedDelivery)
        try container.encode(shipment.deliveredAt.map(Formatting.iso8601), forKey: .deliveredAt)
        try container.encode(shipment.destinationCountry, forKey: .destinationCountry)
        try container.encode(shipment.destinationPostalCode, forKey: .destinationPostalCode)
        try container.encode(shipment.customerEmail.map(Formatting.maskedEmail), forKey: .customerEmail)
        try container.encode(TimelineDocument.events(timeline), forKey: .events)
    }

    var text: String {
        var lines = [
            "\(CarrierCatalog.roster.displayName(of: shipment.carrier)) \(shipment.trackingNumber)"
                + (shipment.printedNumber.map { " (printed \($0))" } ?? "")
                + " — order \(shipment.orderRef), store \(shipment.store)",
            "status: \(shipment.status?.rawValue ?? "not scanned yet")"
                + (shipment.lastEventAt.map { ", last scan \(Formatting.iso8601($0))" } ?? "")
                + (shipment.estimatedDelivery.map { ", estimated delivery \(Formatting.date($0))" } ?? ""),
        ]
        if let shippedAt = shipment.shippedAt { lines.append("shipped: \(Formatting.iso8601(shippedAt))") }
        lines.append("")
        lines.append(TimelineText.render(timeline))
        return lines.joined(separator: "\n")
    }
}

/// A timeline as a text table, newest first.
enum TimelineText {
    static func render(_ timeline: Timeline) -> String {
        guard !timeline.events.isEmpty else { return "(no scans yet)" }
        var table = TextTable(headers: ["when (UTC)", "local", "milestone", "code", "location", "description"])
        for event in timeline.events.reversed() {
            let local = event.localTime.map { "\($0.description)\(event.utcOffsetSeconds.map(Formatting.offset) ?? " (zone?)")" } ?? ""
            table.add([
                Formatting.iso8601(event.occurredAt), local, event.milestone.rawValue, event.carrierCode,
                event.location.displayText, event.description,
            ])
        }
        return table.render()
    }
}
