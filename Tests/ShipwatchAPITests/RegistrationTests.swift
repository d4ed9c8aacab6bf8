import Foundation
import HTTPTypes
import HummingbirdTesting
import ShipwatchAPI
import Testing

@Suite("POST /v1/shipments: registration at label time")
struct RegistrationTests {
    @Test("a new shipment is 201 with its Location, the same one again is 200, and it is then readable", arguments: Backend.allCases)
    func registrationIsIdempotent(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let body = """
                    {"order_ref": "A-200", "tracking_number": "1z 1000 0000 0000 0027", "shipped_at": "2026-11-20",
                     "customer_email": "buyer@example.com", "destination_postal_code": "10001", "destination_country": "us"}
                    """
                let created = try await client.send(.post, "/v1/shipments", key: harness.charmsKey, body: body)
                #expect(created.status == .created)
                #expect(created.headers[.location] == "/v1/trackings/\(TestWorld.freshUPSNumber)")
                #expect(created.json["carrier"] as? String == "ups")
                #expect(created.json["store"] as? String == "charms")
                #expect(!created.body.contains("buyer@example.com"))
                let again = try await client.send(.post, "/v1/shipments", key: harness.charmsKey, body: body)
                #expect(again.status == .ok)
                #expect(again.headers[.location] == nil)
                let read = try await client.send(.get, "/v1/trackings/\(TestWorld.freshUPSNumber)", key: harness.charmsKey)
                #expect(read.status == .ok)
                #expect(read.json["order_ref"] as? String == "A-200")
                let otherStore = try await client.send(.get, "/v1/trackings/\(TestWorld.freshUPSNumber)", key: harness.casesKey)
                #expect(otherStore.status == .notFound)
            }
        }
    }

    @Test("a number scanned from a USPS label with its 420 + ZIP prefix is registered and read under the carrier's number", arguments: Backend.allCases)
    func routedLabelBarcode(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let body = #"{"order_ref": "A-300", "tracking_number": "420 78745 9400 1112 0620 6406 2607 87"}"#
                let created = try await client.send(.post, "/v1/shipments", key: harness.charmsKey, body: body)
                #expect(created.status == .created)
                #expect(created.headers[.location] == "/v1/trackings/9400111206206406260787")
                #expect(created.json["carrier"] as? String == "usps")
                for path in ["/v1/trackings/420787459400111206206406260787", "/v1/trackings/9400111206206406260787"] {
                    let read = try await client.send(.get, path, key: harness.charmsKey)
                    #expect(read.status == .ok, "\(path)")
                    #expect(read.json["tracking_number"] as? String == "9400111206206406260787")
                }
            }
        }
    }

    @Test("invalid fields are 422 naming each field, as the CSV import would reject them", arguments: Backend.allCases)
    func invalidFieldsAre422(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let body = """
                    {"store": "cases", "tracking_number": "1Z1000000000000019", "shipped_at": "2026-11-20T10:00:00",
                     "customer_email": "not-an-address", "destination_country": "USA"}
                    """
                let reply = try await client.send(.post, "/v1/shipments", key: harness.charmsKey, body: body)
                #expect(reply.status == .unprocessableContent)
                #expect(reply.headers[.contentType] == "application/problem+json")
                let errors = try #require(reply.json["errors"] as? [[String: Any]])
                let fields = errors.compactMap { $0["field"] as? String }
                #expect(fields == ["store", "order_ref", "tracking_number", "shipped_at", "customer_email", "destination_country"])
                let detail = errors.first { $0["field"] as? String == "tracking_number" }?["detail"] as? String ?? ""
                #expect(detail.contains("invalid tracking number"), "\(detail)")
            }
        }
    }

    @Test("unknown fields and non-string values are 422; text that is not a JSON object is 400", arguments: Backend.allCases)
    func malformedBodies(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let typed = try await client.send(
                    .post, "/v1/shipments", key: harness.charmsKey,
                    body: #"{"order_ref": 12, "tracking_number": "1Z1000000000000027", "colour": "red"}"#)
                #expect(typed.status == .unprocessableContent)
                let fields = (typed.json["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
                #expect(fields == ["colour", "order_ref"])
                let control = try await client.send(
                    .post, "/v1/shipments", key: harness.charmsKey,
                    body: #"{"order_ref": "A\u0000B", "tracking_number": "1Z1000000000000027"}"#)
                #expect(control.status == .unprocessableContent)
                #expect(control.body.contains("order_ref contains a control character"))
                for text in ["not json", "[1, 2]", "", "\"text\""] {
                    let reply = try await client.send(.post, "/v1/shipments", key: harness.charmsKey, body: text)
                    #expect(reply.status == .badRequest, "\(text)")
                    #expect(reply.headers[.contentType] == "application/problem+json")
                }
            }
        }
    }

    @Test("a body over the configured limit is 413 and registers nothing", arguments: Backend.allCases)
    func bodyTooLarge(backend: Backend) async throws {
        try await withStorefront(backend, settings: APISettings(maxBodyBytes: 64)) { harness in
            try await harness.makeApplication().test(.router) { client in
                let body = #"{"order_ref": "A-300", "tracking_number": "1Z1000000000000027", "destination_postal_code": "10001"}"#
                let reply = try await client.send(.post, "/v1/shipments", key: harness.charmsKey, body: body)
                #expect(reply.status == .contentTooLarge)
                #expect(reply.headers[.contentType] == "application/problem+json")
                let read = try await client.send(.get, "/v1/trackings/\(TestWorld.freshUPSNumber)", key: harness.charmsKey)
                #expect(read.status == .notFound)
            }
        }
    }

    @Test("registration needs a key like every /v1 route", arguments: Backend.allCases)
    func registrationNeedsAKey(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.post, "/v1/shipments", body: #"{"order_ref":"A","tracking_number":"1Z1000000000000027"}"#)
                #expect(reply.status == .unauthorized)
            }
        }
    }
}
