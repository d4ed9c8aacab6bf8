import Foundation
import PostgresNIO
import ShipwatchCore

/// Reading model values out of rows selected with the column lists below.
enum RowDecoding {
    /// The columns ``shipment(_:)`` reads, for `SELECT … FROM shipments s`.
    static let shipmentColumns = """
        s.id, s.store_key, s.order_ref, s.carrier, s.tracking_number, s.ordered_at, s.shipped_at, \
        s.destination_country, s.destination_postal_code, s.customer_email, s.status, s.last_event_at, \
        s.estimated_delivery, s.delivered_at, s.created_at, s.printed_number
        """

    /// The columns ``scanEvent(_:)`` reads, for `SELECT … FROM scan_events e`.
    static let scanEventColumns = """
        e.occurred_at, e.local_time, e.utc_offset_seconds, e.zone_confidence, e.city, e.region, e.postal_code, \
        e.country_code, e.carrier_code, e.description, e.milestone, e.raw, e.carrier_sequence, e.date_only
        """

    static func shipment(_ row: PostgresRow) throws -> Shipment {
        let cells = row.makeRandomAccess()
        let carrierText = try cells["carrier"].decode(String.self)
        guard let carrier = Carrier(rawValue: carrierText) else {
            throw StoreError.unreadableValue(table: "shipments", column: "carrier", value: carrierText)
        }
        return Shipment(
            id: try cells["id"].decode(Int64.self),
            store: try cells["store_key"].decode(String.self),
            orderRef: try cells["order_ref"].decode(String.self),
            carrier: carrier,
            trackingNumber: try cells["tracking_number"].decode(String.self),
            orderedAt: try cells["ordered_at"].decode(Date?.self),
            shippedAt: try cells["shipped_at"].decode(Date?.self),
            destinationCountry: try cells["destination_country"].decode(String?.self),
            destinationPostalCode: try cells["destination_postal_code"].decode(String?.self),
            customerEmail: try cells["customer_email"].decode(String?.self),
            status: try cells["status"].decode(String?.self).map { try milestone($0, table: "shipments", column: "status") },
            lastEventAt: try cells["last_event_at"].decode(Date?.self),
            estimatedDelivery: try cells["estimated_delivery"].decode(Date?.self).map(LocalDateTime.init(wallClockInstant:)),
            deliveredAt: try cells["delivered_at"].decode(Date?.self),
            createdAt: try cells["created_at"].decode(Date.self),
            printedNumber: try cells["printed_number"].decode(String?.self)
        )
    }

    static func scanEvent(_ row: PostgresRow) throws -> ScanEvent {
        let cells = row.makeRandomAccess()
        let confidenceText = try cells["zone_confidence"].decode(String.self)
        guard let confidence = ZoneConfidence(rawValue: confidenceText) else {
            throw StoreError.unreadableValue(table: "scan_events", column: "zone_confidence", value: confidenceText)
        }
        return ScanEvent(
            occurredAt: try cells["occurred_at"].decode(Date.self),
            localTime: try cells["local_time"].decode(Date?.self).map(LocalDateTime.init(wallClockInstant:)),
            utcOffsetSeconds: try cells["utc_offset_seconds"].decode(Int?.self),
            zoneConfidence: confidence,
            location: EventLocation(
                city: try cells["city"].decode(String?.self),
                region: try cells["region"].decode(String?.self),
                postalCode: try cells["postal_code"].decode(String?.self),
                countryCode: try cells["country_code"].decode(String?.self)
            ),
            carrierCode: try cells["carrier_code"].decode(String.self),
            description: try cells["description"].decode(String.self),
            milestone: try milestone(try cells["milestone"].decode(String.self), table: "scan_events", column: "milestone"),
            raw: try cells["raw"].decode(String.self),
            carrierSequence: try cells["carrier_sequence"].decode(Int.self),
            isDateOnly: try cells["date_only"].decode(Bool.self)
        )
    }

    static func milestone(_ text: String, table: String, column: String) throws -> Milestone {
        try enumValue(text, table: table, column: column)
    }

    /// One of Core's enums (carrier, rule, severity, milestone…) from its stored text; a value this build does not
    /// know is a typed error naming where it was read.
    static func enumValue<Value: RawRepresentable>(_ text: String, table: String, column: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw StoreError.unreadableValue(table: table, column: column, value: text)
        }
        return value
    }

    /// Milestone names ordered by `progressRank`: `array_position` over it breaks ties between events of the
    /// same instant and carrier sequence exactly as `Timeline.chronological` does.
    static let milestonesByProgress: [String] = Milestone.allCases
        .sorted { $0.progressRank < $1.progressRank }
        .map(\.rawValue)
}
