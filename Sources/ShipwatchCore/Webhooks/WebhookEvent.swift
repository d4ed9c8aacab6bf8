import Foundation

/// One outbound webhook event, as its JSON body (Standard Webhooks payload shape: `type`, `timestamp`, `data`,
/// plus the event's `id`, which is also the `webhook-id` header).
///
/// Built from values passed in (``WebhookEventFacts``); the body is encoded once, when the event is written to the
/// outbox, and sent byte for byte on every attempt and replay.
public struct WebhookEvent: Sendable, Codable, Hashable {
    /// `evt_` + 32 lowercase hexadecimal digits; stable across retries and replays.
    public var id: String
    public var type: WebhookEventType
    /// When the change happened.
    public var timestamp: Date
    public var data: WebhookEventData

    public init(id: String, type: WebhookEventType, timestamp: Date, data: WebhookEventData) {
        self.id = id
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The event built from what the outbox read about its shipment, finding and remedy. The customer's e-mail
    /// is included only when `includeCustomerEmail` (the store opted in).
    public init(id: String, type: WebhookEventType, timestamp: Date, facts: WebhookEventFacts, includeCustomerEmail: Bool) {
        self.init(
            id: id, type: type, timestamp: timestamp,
            data: WebhookEventData(
                store: facts.store, orderRef: facts.orderRef, carrier: facts.carrier, trackingNumber: facts.trackingNumber,
                shipmentStatus: facts.shipmentStatus, previousShipmentStatus: facts.previousShipmentStatus,
                customerEmail: includeCustomerEmail ? facts.customerEmail : nil,
                finding: facts.finding, remedy: facts.remedy))
    }

    /// An event id: `evt_` + the 128 bits given, as 32 lowercase hexadecimal digits.
    public static func makeID(high: UInt64, low: UInt64) -> String {
        "evt_" + hex16(high) + hex16(low)
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The body: compact JSON with sorted keys and ISO 8601 instants.
    public func jsonBody() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    /// Reads a body written by ``jsonBody()``.
    public static func decode(_ body: Data) throws -> WebhookEvent {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(WebhookEvent.self, from: body)
    }
}
