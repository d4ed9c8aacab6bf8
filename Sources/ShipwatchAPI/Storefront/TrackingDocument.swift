import Foundation
import ShipwatchCore

/// The JSON of one shipment for a storefront (`GET /v1/trackings/{n}` and each item of an order's list).
/// Absent values are explicit `null`s. Never the customer's e-mail, never a carrier's raw fragment.
///
/// Written with ``JSONBytes`` (keys in sorted order), not `JSONEncoder`: this is the storefront's hottest answer.
struct TrackingDocument {
    var tracking: StorefrontTracking

    /// The document's JSON text.
    var json: [UInt8] {
        var json = JSONBytes()
        write(to: &json)
        return json.bytes
    }

    func write(to json: inout JSONBytes) {
        json.object { json in
            json.key("carrier"); json.string(tracking.carrier.rawValue)
            json.key("delay"); json.optional(tracking.delay) { json, delay in DelayDocument(delay: delay).write(to: &json) }
            json.key("delivered_at"); json.string(tracking.deliveredAt.map(Timestamps.utc))
            json.key("estimated_delivery"); json.string(tracking.estimatedDelivery?.description)
            json.key("events"); json.array(tracking.events) { json, event in EventDocument(event: event).write(to: &json) }
            json.key("last_event_at"); json.string(tracking.lastEventAt.map(Timestamps.utc))
            json.key("order_ref"); json.string(tracking.orderRef)
            json.key("status"); json.string(tracking.status?.rawValue)
            json.key("status_text"); json.string(Self.statusText(tracking.status))
            json.key("store"); json.string(tracking.store)
            json.key("tracking_number"); json.string(tracking.trackingNumber)
        }
    }

    /// A short customer-facing phrase for the status.
    static func statusText(_ status: Milestone?) -> String {
        guard let status else { return "waiting for the carrier's first scan" }
        let phrase = status.customerPhrase
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
    }
}

/// One scan in the API's JSON.
struct EventDocument {
    var event: StorefrontEvent

    func write(to json: inout JSONBytes) {
        json.object { json in
            json.key("description"); json.string(event.description)
            json.key("local_time"); json.string(event.localTime?.description)
            json.key("location"); LocationDocument(location: event.location).write(to: &json)
            json.key("milestone"); json.string(event.milestone.rawValue)
            json.key("occurred_at"); json.string(Timestamps.utc(event.occurredAt))
            json.key("utc_offset"); json.string(event.utcOffsetSeconds.map(Timestamps.offset))
        }
    }
}

/// A scan's place in the API's JSON.
struct LocationDocument {
    var location: EventLocation

    func write(to json: inout JSONBytes) {
        json.object { json in
            json.key("city"); json.string(location.city)
            json.key("country"); json.string(location.countryCode)
            json.key("postal_code"); json.string(location.postalCode)
            json.key("region"); json.string(location.region)
        }
    }
}

/// The open delay finding in the API's JSON: rule, severity and since when, nothing of the remedy.
struct DelayDocument {
    var delay: StorefrontDelay

    func write(to json: inout JSONBytes) {
        json.object { json in
            json.key("rule"); json.string(delay.rule)
            json.key("severity"); json.string(delay.severity.rawValue)
            json.key("since"); json.string(Timestamps.utc(delay.since))
        }
    }
}

/// `GET /v1/orders/{order_ref}/trackings`.
struct OrderTrackingsDocument {
    var orderRef: String
    var trackings: [TrackingDocument]

    /// The document's JSON text.
    var json: [UInt8] {
        var json = JSONBytes(reservingCapacity: 1_024 * max(1, trackings.count))
        json.object { json in
            json.key("order_ref"); json.string(orderRef)
            json.key("trackings"); json.array(trackings) { json, tracking in tracking.write(to: &json) }
        }
        return json.bytes
    }
}
