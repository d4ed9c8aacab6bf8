import Foundation
import ShipwatchCore

/// The JSON of one shipment for a storefront (`GET /v1/trackings/{n}` and each item of an order's list).
/// Absent values are explicit `null`s. Never the customer's e-mail, never a carrier's raw fragment.
struct TrackingDocument: Encodable {
    var tracking: StorefrontTracking

    enum CodingKeys: String, CodingKey {
        case store, orderRef = "order_ref", carrier, trackingNumber = "tracking_number", status
        case statusText = "status_text", estimatedDelivery = "estimated_delivery", deliveredAt = "delivered_at"
        case lastEventAt = "last_event_at", events, delay
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tracking.store, forKey: .store)
        try container.encode(tracking.orderRef, forKey: .orderRef)
        try container.encode(tracking.carrier.rawValue, forKey: .carrier)
        try container.encode(tracking.trackingNumber, forKey: .trackingNumber)
        try container.encode(tracking.status?.rawValue, forKey: .status)
        try container.encode(Self.statusText(tracking.status), forKey: .statusText)
        try container.encode(tracking.estimatedDelivery?.description, forKey: .estimatedDelivery)
        try container.encode(tracking.deliveredAt.map(Timestamps.utc), forKey: .deliveredAt)
        try container.encode(tracking.lastEventAt.map(Timestamps.utc), forKey: .lastEventAt)
        try container.encode(tracking.events.map(EventDocument.init), forKey: .events)
        try container.encode(tracking.delay.map(DelayDocument.init), forKey: .delay)
    }

    /// A short customer-facing phrase for the status.
    static func statusText(_ status: Milestone?) -> String {
        guard let status else { return "waiting for the carrier's first scan" }
        let phrase = status.customerPhrase
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
    }
}

/// One scan in the API's JSON.
struct EventDocument: Encodable {
    var event: StorefrontEvent

    enum CodingKeys: String, CodingKey {
        case occurredAt = "occurred_at", localTime = "local_time", utcOffset = "utc_offset", milestone, description, location
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Timestamps.utc(event.occurredAt), forKey: .occurredAt)
        try container.encode(event.localTime?.description, forKey: .localTime)
        try container.encode(event.utcOffsetSeconds.map(Timestamps.offset), forKey: .utcOffset)
        try container.encode(event.milestone.rawValue, forKey: .milestone)
        try container.encode(event.description, forKey: .description)
        try container.encode(LocationDocument(location: event.location), forKey: .location)
    }
}

/// A scan's place in the API's JSON.
struct LocationDocument: Encodable {
    var location: EventLocation

    enum CodingKeys: String, CodingKey {
        case city, region, postalCode = "postal_code", country
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.city, forKey: .city)
        try container.encode(location.region, forKey: .region)
        try container.encode(location.postalCode, forKey: .postalCode)
        try container.encode(location.countryCode, forKey: .country)
    }
}

/// The open delay finding in the API's JSON: rule, severity and since when, nothing of the remedy.
struct DelayDocument: Encodable {
    var delay: StorefrontDelay

    enum CodingKeys: String, CodingKey {
        case rule, severity, since
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(delay.rule, forKey: .rule)
        try container.encode(delay.severity.rawValue, forKey: .severity)
        try container.encode(Timestamps.utc(delay.since), forKey: .since)
    }
}

/// `GET /v1/orders/{order_ref}/trackings`.
struct OrderTrackingsDocument: Encodable {
    var orderRef: String
    var trackings: [TrackingDocument]

    enum CodingKeys: String, CodingKey {
        case orderRef = "order_ref", trackings
    }
}
