import Foundation
import PostgresNIO
import ShipwatchCore

/// Folds the rows of the storefront statements (``StorefrontTrackingStatements``: one row per scan, shipments in
/// order, scans newest first) into shipments with their scans. Shared by ``PostgresStorefrontReadModel`` and
/// ``PostgresKeyedTrackingReader``.
struct TrackingRowFolder {
    /// The shipments folded so far, in the rows' order.
    private(set) var trackings: [StorefrontTracking] = []
    private var currentID: Int64?

    /// Adds one row. A row whose shipment columns are null (a key whose store has no such shipment) adds nothing.
    mutating func add(_ cells: PostgresRandomAccessRow) throws {
        guard let id = try cells["id"].decode(Int64?.self) else { return }
        if id != currentID {
            currentID = id
            trackings.append(try Self.tracking(cells))
        }
        if let event = try Self.event(cells) {
            trackings[trackings.count - 1].events.append(event)
        }
    }

    /// The shipment columns of a row (`StorefrontTrackingStatements.trackingColumns`), without its scans.
    private static func tracking(_ cells: PostgresRandomAccessRow) throws -> StorefrontTracking {
        let carrierText = try cells["carrier"].decode(String.self)
        guard let carrier = Carrier(rawValue: carrierText) else {
            throw StoreError.unreadableValue(table: "shipments", column: "carrier", value: carrierText)
        }
        var delay: StorefrontDelay?
        if let rule = try cells["rule"].decode(String?.self) {
            let severityText = try cells["severity"].decode(String.self)
            guard let severity = Severity(rawValue: severityText) else {
                throw StoreError.unreadableValue(table: "findings", column: "severity", value: severityText)
            }
            delay = StorefrontDelay(rule: rule, severity: severity, since: try cells["opened_at"].decode(Date.self))
        }
        let estimated = try cells["estimated_delivery"].decode(Date?.self).map { day in
            CalendarDate(daysSinceEpoch: Int((day.timeIntervalSince1970 / 86_400).rounded(.down)))
        }
        return StorefrontTracking(
            store: try cells["store_key"].decode(String.self),
            storeDisplayName: try cells["display_name"].decode(String.self),
            orderRef: try cells["order_ref"].decode(String.self),
            carrier: carrier,
            trackingNumber: try cells["tracking_number"].decode(String.self),
            status: try cells["status"].decode(String?.self).map {
                try RowDecoding.milestone($0, table: "shipments", column: "status")
            },
            estimatedDelivery: estimated,
            deliveredAt: try cells["delivered_at"].decode(Date?.self),
            lastEventAt: try cells["last_event_at"].decode(Date?.self),
            destinationPostalCode: try cells["destination_postal_code"].decode(String?.self),
            events: [],
            delay: delay
        )
    }

    /// The scan of a row; nil when the row has none (a shipment before its first scan).
    private static func event(_ cells: PostgresRandomAccessRow) throws -> StorefrontEvent? {
        guard let occurredAt = try cells["occurred_at"].decode(Date?.self) else { return nil }
        return StorefrontEvent(
            occurredAt: occurredAt,
            localTime: try cells["local_time"].decode(Date?.self).map(LocalDateTime.init(wallClockInstant:)),
            utcOffsetSeconds: try cells["utc_offset_seconds"].decode(Int?.self),
            milestone: try RowDecoding.milestone(try cells["milestone"].decode(String.self), table: "scan_events", column: "milestone"),
            description: try cells["description"].decode(String.self),
            location: EventLocation(
                city: try cells["city"].decode(String?.self),
                region: try cells["region"].decode(String?.self),
                postalCode: try cells["postal_code"].decode(String?.self),
                countryCode: try cells["country_code"].decode(String?.self)
            )
        )
    }
}
