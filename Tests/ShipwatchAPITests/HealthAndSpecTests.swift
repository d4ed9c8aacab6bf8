import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ShipwatchAPI
import ShipwatchAPITestSupport
import Testing

@Suite("Health, metrics, errors and the committed OpenAPI document")
struct HealthAndSpecTests {
    @Test("healthz answers while the process runs; readyz reflects the database", arguments: Backend.allCases)
    func healthAndReadiness(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                #expect(try await client.send(.get, "/healthz").status == .ok)
                // Probed again as an orchestrator would: a machine loaded by the whole suite may miss the probe's
                // 2 s bound once.
                var ready = try await client.send(.get, "/readyz")
                for _ in 0..<4 where ready.status != .ok {
                    ready = try await client.send(.get, "/readyz")
                }
                #expect(ready.status == .ok, "\(ready.body)")
                #expect(try await client.send(.get, "/metrics").status == .ok)
            }
        }
        try await withStorefront(backend, readiness: FixedReadiness(reason: "2 migration(s) pending")) { harness in
            try await harness.makeApplication().test(.router) { client in
                let notReady = try await client.send(.get, "/readyz")
                #expect(notReady.status == .serviceUnavailable)
                #expect(notReady.body.contains("2 migration(s) pending"))
            }
        }
    }

    @Test("an unknown route is a 404 problem+json, never HTML or a stack trace", arguments: [Backend.memory])
    func unknownRouteIsProblem(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.get, "/v2/nothing")
                #expect(reply.status == .notFound)
                #expect(reply.headers[.contentType] == "application/problem+json")
                #expect(reply.json["status"] as? Int == 404)
            }
        }
    }

    @Test("a routed path asked with another method is 405 with Allow", arguments: [Backend.memory])
    func otherMethodIs405(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.delete, "/v1/trackings/\(TestWorld.upsNumber)", key: harness.charmsKey)
                #expect(reply.status == .methodNotAllowed)
                #expect(reply.headers[.allow] == "GET")
                #expect(reply.headers[.contentType] == "application/problem+json")
                #expect(try await client.send(.get, "/v1/shipments", key: harness.charmsKey).headers[.allow] == "POST")
            }
        }
    }

    @Test("every route of the router is in the committed OpenAPI document, and every documented operation is routed")
    func routesMatchTheDocument() async throws {
        try await withStorefront(.memory) { harness in
            // With the ops dashboard wired, as `serve` runs.
            var dependencies = harness.dependencies
            dependencies.ops = try await OpsHarness().dependencies.ops
            let router = APIRouter.build(dependencies: dependencies, templates: try PageTemplates())
            let routed = Set(router.routes.map { "\($0.method.rawValue) \($0.path.description.hasPrefix("/") ? "" : "/")\($0.path)" })
            let documented = try SpecValidator().operations
            #expect(routed == documented)
        }
    }

    @Test("the JSON and problem responses of every endpoint validate against the document's schemas", arguments: Backend.allCases)
    func responsesMatchTheirSchemas(backend: Backend) async throws {
        try await withStorefront(backend, settings: APISettings(maxBodyBytes: 400)) { harness in
            try await harness.makeApplication().test(.router) { client in
                let spec = try SpecValidator()
                let big = String(repeating: "x", count: 500)
                let cases: [(HTTPRequest.Method, String, String, String?, String?)] = [
                    (.get, "/v1/trackings/\(TestWorld.upsNumber)", "/v1/trackings/{tracking_number}", harness.charmsKey, nil),
                    (.get, "/v1/trackings/\(TestWorld.uspsNumber)", "/v1/trackings/{tracking_number}", harness.charmsKey, nil),
                    (.get, "/v1/trackings/\(TestWorld.dhlNumber)", "/v1/trackings/{tracking_number}", harness.charmsKey, nil),
                    (.get, "/v1/trackings/\(TestWorld.dhlNumber)", "/v1/trackings/{tracking_number}", nil, nil),
                    (.get, "/v1/trackings/\(TestWorld.dhlNumber)", "/v1/trackings/{tracking_number}", harness.opsKey, nil),
                    (.get, "/v1/orders/A-100/trackings", "/v1/orders/{order_ref}/trackings", harness.charmsKey, nil),
                    (.get, "/v1/orders/none/trackings", "/v1/orders/{order_ref}/trackings", harness.charmsKey, nil),
                    (.post, "/v1/shipments", "/v1/shipments", harness.charmsKey, #"{"order_ref":"Z","tracking_number":"1Z1000000000000027"}"#),
                    (.post, "/v1/shipments", "/v1/shipments", harness.charmsKey, #"{"order_ref":"Z","tracking_number":"1Z1000000000000027"}"#),
                    (.post, "/v1/shipments", "/v1/shipments", harness.charmsKey, #"{"tracking_number":"bad"}"#),
                    (.post, "/v1/shipments", "/v1/shipments", harness.charmsKey, "nope"),
                    (.post, "/v1/shipments", "/v1/shipments", harness.charmsKey, #"{"order_ref":"\#(big)"}"#),
                    (.get, "/openapi.json", "/openapi.json", nil, nil),
                ]
                var statuses: [String: Set<Int>] = [:]
                for (method, uri, template, key, body) in cases {
                    let reply = try await client.send(method, uri, key: key, body: body)
                    let contentType = reply.headers[.contentType] ?? ""
                    let code = Int(reply.status.code)
                    statuses[template, default: []].insert(code)
                    let schema = spec.responseSchema(method: method.rawValue, path: template, status: code, contentType: contentType)
                    guard let schema else {
                        Issue.record("\(method) \(uri): \(code) \(contentType) is not documented")
                        continue
                    }
                    guard let schema, let value = try? JSONSerialization.jsonObject(with: Data(reply.body.utf8), options: .fragmentsAllowed) else { continue }
                    let problems = spec.violations(of: value, against: schema)
                    #expect(problems.isEmpty, "\(method) \(uri) → \(code): \(problems)")
                }
                #expect(statuses["/v1/shipments"] == [200, 201, 400, 413, 422])
                #expect(statuses["/v1/trackings/{tracking_number}"] == [200, 401, 403, 404])
            }
        }
    }
}
