import CarrierUPS
import Foundation
import ShipwatchCore
import Testing

@testable import ShipwatchAPI

/// The storefront's documents are written by hand (``JSONBytes``): they must still be valid JSON with every value
/// escaped, keys in sorted order, and explicit nulls.
@Suite("Tracking documents written as JSON bytes")
struct TrackingDocumentJSONTests {
    static let awkward = "Quote \" backslash \\ slash / tab \t newline \n bell \u{07} NUL \u{00} é 東京 🚚"

    static func tracking(events: Int, delay: Bool) -> StorefrontTracking {
        let location = EventLocation(city: awkward, region: "KY", postalCode: nil, countryCode: "us")
        let event = StorefrontEvent(
            occurredAt: Date(timeIntervalSince1970: 1_764_000_000), localTime: LocalDateTime(instant: Date(timeIntervalSince1970: 1_764_000_000), utcOffsetSeconds: -18_000),
            utcOffsetSeconds: -18_000, milestone: .sortArrived, description: awkward, location: location)
        return StorefrontTracking(
            store: "shop", storeDisplayName: "Shop", orderRef: "A-1 \"x\"", carrier: .ups, trackingNumber: "1Z999AA10123456784",
            status: events == 0 ? nil : .sortArrived, estimatedDelivery: nil, deliveredAt: nil,
            lastEventAt: events == 0 ? nil : Date(timeIntervalSince1970: 1_764_000_000), destinationPostalCode: "40201",
            events: Array(repeating: event, count: events),
            delay: delay ? StorefrontDelay(rule: "customs_stall", severity: .act, since: Date(timeIntervalSince1970: 1_764_100_000)) : nil)
    }

    @Test("every value round-trips through a JSON parser, control characters and non-ASCII text included")
    func valuesRoundTrip() throws {
        let bytes = TrackingDocument(tracking: Self.tracking(events: 2, delay: true)).json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["order_ref"] as? String == "A-1 \"x\"")
        #expect(object["estimated_delivery"] is NSNull)
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 2)
        #expect(events[0]["description"] as? String == Self.awkward)
        #expect(events[0]["utc_offset"] as? String == "-05:00")
        #expect(events[0]["occurred_at"] as? String == "2025-11-24T16:00:00Z")
        let location = try #require(events[0]["location"] as? [String: Any])
        #expect(location["city"] as? String == Self.awkward)
        #expect(location["postal_code"] is NSNull)
        #expect(location["country"] as? String == "US")
        let delay = try #require(object["delay"] as? [String: Any])
        #expect(delay["rule"] as? String == "customs_stall")
        #expect(delay["severity"] as? String == "act")
    }

    @Test("keys come in sorted order at every level, as the other answers' sorted-keys encoder writes them")
    func keysAreSorted() throws {
        let text = String(decoding: TrackingDocument(tracking: Self.tracking(events: 1, delay: true)).json, as: UTF8.self)
        let reencoded = try JSONSerialization.data(
            withJSONObject: try JSONSerialization.jsonObject(with: Data(text.utf8)), options: [.sortedKeys, .withoutEscapingSlashes])
        let reparsed = try JSONSerialization.jsonObject(with: reencoded) as? NSDictionary
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary == reparsed)
        let topLevelKeys = ["carrier", "delay", "delivered_at", "estimated_delivery", "events", "last_event_at", "order_ref",
                            "status", "status_text", "store", "tracking_number"]
        let positions = topLevelKeys.map { text.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test("a shipment before its first scan has an empty timeline and explicit nulls")
    func emptyTimeline() throws {
        let text = String(decoding: TrackingDocument(tracking: Self.tracking(events: 0, delay: false)).json, as: UTF8.self)
        #expect(text.contains("\"events\":[]"))
        #expect(text.contains("\"delay\":null"))
        #expect(text.contains("\"status\":null"))
        #expect(text.contains("\"status_text\":\"waiting for the carrier's first scan\""))
    }

    @Test("an order's list holds each of its shipments, separated by commas, under its reference")
    func orderList() throws {
        let document = OrderTrackingsDocument(orderRef: "A-1", trackings: [
            TrackingDocument(tracking: Self.tracking(events: 1, delay: false)),
            TrackingDocument(tracking: Self.tracking(events: 3, delay: true)),
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.json)) as? [String: Any])
        #expect(object["order_ref"] as? String == "A-1")
        let trackings = try #require(object["trackings"] as? [[String: Any]])
        #expect(trackings.map { ($0["events"] as? [Any])?.count } == [1, 3])
    }
}
