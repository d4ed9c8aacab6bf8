import Foundation
import HTTPTypes
import HummingbirdTesting
import ShipwatchAPI
import Testing

@Suite("Storefront reads: one shipment, one order, caching")
struct StorefrontReadTests {
    @Test("a tracking shows the normalized timeline newest first, the delay without remedy details, and no e-mail or raw fragment", arguments: Backend.allCases)
    func trackingShowsTheNormalizedTimeline(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.get, "/v1/trackings/\(TestWorld.upsNumber)", key: harness.charmsKey)
                #expect(reply.status == .ok)
                #expect(reply.headers[.contentType] == "application/json")
                let json = reply.json
                #expect(json["store"] as? String == "charms")
                #expect(json["order_ref"] as? String == "A-100")
                #expect(json["carrier"] as? String == "ups")
                #expect(json["status"] as? String == "customs_in_progress")
                #expect(json["status_text"] as? String == "In customs")
                #expect(json["estimated_delivery"] as? String == "2026-11-24")
                #expect(json["delivered_at"] is NSNull)
                #expect(json["last_event_at"] as? String == "2026-11-22T16:00:00Z")
                let events = try #require(json["events"] as? [[String: Any]])
                #expect(events.map { $0["milestone"] as? String } == ["customs_in_progress", "accepted", "label_created"])
                #expect(events.first?["local_time"] as? String == "2026-11-22T17:00:00")
                #expect(events.first?["utc_offset"] as? String == "+01:00")
                #expect((events.first?["location"] as? [String: Any])?["city"] as? String == "Köln")
                #expect(events.last?["utc_offset"] as? String == "-05:00")
                let delay = try #require(json["delay"] as? [String: Any])
                #expect(delay["rule"] as? String == "customs_stall")
                #expect(delay["severity"] as? String == "act")
                #expect(delay["since"] as? String == "2026-11-24T00:00:00Z")
                #expect(Set(delay.keys) == ["rule", "severity", "since"])
                #expect(!reply.body.contains("secret.customer"))
                #expect(!reply.body.contains("rawFragmentMarker"))
                #expect(!reply.body.contains("internal-remedy-marker"))
            }
        }
    }

    @Test("the number in the path may differ in case, spaces and dashes", arguments: Backend.allCases)
    func numberIsNormalized(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.get, "/v1/trackings/1z10-0000%2000000-00018", key: harness.charmsKey)
                #expect(reply.status == .ok)
                #expect(reply.json["tracking_number"] as? String == TestWorld.upsNumber)
            }
        }
    }

    @Test("another store's shipment answers exactly like one that does not exist", arguments: Backend.allCases)
    func otherStoresShipmentIsNotFound(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let foreign = try await client.send(.get, "/v1/trackings/\(TestWorld.dhlNumber)", key: harness.charmsKey)
                let missing = try await client.send(.get, "/v1/trackings/\(TestWorld.freshUPSNumber)", key: harness.charmsKey)
                #expect(foreign.status == .notFound)
                #expect(foreign.headers[.contentType] == "application/problem+json")
                #expect(foreign.body == missing.body)
                #expect(foreign.status == missing.status)
                for impossible in ["/v1/trackings/%00U%C2%92", "/v1/orders/%00/trackings", "/track/%00U?postal_code=%00"] {
                    let reply = try await client.send(.get, impossible, key: harness.charmsKey)
                    #expect(reply.status == .notFound, "\(impossible)")
                }
                let own = try await client.send(.get, "/v1/trackings/\(TestWorld.dhlNumber)", key: harness.casesKey)
                #expect(own.status == .ok)
            }
        }
    }

    @Test("an order lists every parcel of a split order, oldest first; an unknown order is 404", arguments: Backend.allCases)
    func orderListsEveryParcel(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.get, "/v1/orders/A-100/trackings", key: harness.charmsKey)
                #expect(reply.status == .ok)
                #expect(reply.json["order_ref"] as? String == "A-100")
                let trackings = try #require(reply.json["trackings"] as? [[String: Any]])
                #expect(trackings.map { $0["tracking_number"] as? String } == [TestWorld.upsNumber, TestWorld.uspsNumber])
                #expect(trackings.last?["status"] is NSNull)
                #expect(trackings.last?["status_text"] as? String == "waiting for the carrier's first scan")
                let foreign = try await client.send(.get, "/v1/orders/B-7/trackings", key: harness.charmsKey)
                #expect(foreign.status == .notFound)
            }
        }
    }

    @Test("every GET carries a strong ETag and private caching, and a matching If-None-Match answers 304 without a body", arguments: Backend.allCases)
    func conditionalGetAnswers304(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                for path in ["/v1/trackings/\(TestWorld.upsNumber)", "/v1/orders/A-100/trackings"] {
                    let first = try await client.send(.get, path, key: harness.charmsKey)
                    let tag = try #require(first.headers[.eTag])
                    #expect(tag.hasPrefix("\"") && !tag.hasPrefix("W/"))
                    #expect(first.headers[.cacheControl] == "private, max-age=60")
                    let again = try await client.send(.get, path, key: harness.charmsKey, headers: [.ifNoneMatch: tag])
                    #expect(again.status == .notModified)
                    #expect(again.body.isEmpty)
                    #expect(again.headers[.eTag] == tag)
                    let stale = try await client.send(.get, path, key: harness.charmsKey, headers: [.ifNoneMatch: "\"0000\""])
                    #expect(stale.status == .ok)
                    #expect(stale.body == first.body)
                }
            }
        }
    }
}
