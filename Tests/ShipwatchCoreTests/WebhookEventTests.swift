import Foundation
import ShipwatchCore
import Testing

@Suite("webhook events")
struct WebhookEventTests {
    static let facts = WebhookEventFacts(
        store: "phonecases", orderRef: "PH-1003", carrier: "ups", trackingNumber: "1Z999AA10123456784",
        shipmentStatus: "customs_held", customerEmail: "jane@example.com",
        finding: WebhookFinding(
            id: 7, rule: "customs_stall", severity: "act", state: "open", stage: "customs_held",
            since: Date(timeIntervalSince1970: 1_731_888_000),
            lastLocation: WebhookLocation(city: "Leipzig", region: nil, countryCode: "DE")),
        remedy: WebhookRemedy(id: 3, kind: "reshipment", status: "proposed", compensation: "an extra phone case", message: "Dear customer…"))

    @Test("the body carries type, id, time, order, carrier, the finding and the remedy, with snake_case keys")
    func bodyShape() throws {
        let event = WebhookEvent(
            id: WebhookEvent.makeID(high: 1, low: 255), type: .remedyProposed, timestamp: Date(timeIntervalSince1970: 1_731_900_000),
            facts: Self.facts, includeCustomerEmail: false)
        let text = String(decoding: try event.jsonBody(), as: UTF8.self)
        #expect(event.id == "evt_000000000000000100000000000000ff")
        #expect(text.contains(#""type":"remedy.proposed""#))
        #expect(text.contains(#""order_ref":"PH-1003""#))
        #expect(text.contains(#""tracking_number":"1Z999AA10123456784""#))
        #expect(text.contains(#""last_location":{"city":"Leipzig","country_code":"DE"}"#))
        #expect(text.contains(#""compensation":"an extra phone case""#))
        #expect(text.contains(#""timestamp":"2024-11-18T03:20:00Z""#))
        #expect(try WebhookEvent.decode(event.jsonBody()) == event)
    }

    @Test("the customer's e-mail is left out unless the store opted in")
    func emailOnlyWhenOptedIn() throws {
        let id = WebhookEvent.makeID(high: 2, low: 2)
        let without = WebhookEvent(id: id, type: .findingOpened, timestamp: Date(), facts: Self.facts, includeCustomerEmail: false)
        let with = WebhookEvent(id: id, type: .findingOpened, timestamp: Date(), facts: Self.facts, includeCustomerEmail: true)
        #expect(!String(decoding: try without.jsonBody(), as: UTF8.self).contains("jane@"))
        #expect(String(decoding: try with.jsonBody(), as: UTF8.self).contains(#""customer_email":"jane@example.com""#))
    }

    @Test("an events filter is parsed from a comma-separated list, and an unknown name is named")
    func eventFilter() throws {
        #expect(try WebhookEventType.parseList("finding.opened, remedy.proposed,finding.opened") == [.findingOpened, .remedyProposed])
        #expect(throws: WebhookEventTypeError(name: "finding.closed")) { try WebhookEventType.parseList("finding.opened,finding.closed") }
        #expect(throws: WebhookEventTypeError.self) { try WebhookEventType.parseList(" , ") }
    }
}
