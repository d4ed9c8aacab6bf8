import Foundation
import HTTPTypes
import HummingbirdTesting
import ShipwatchAPI
import Testing

@Suite("Storefront keys: who may call, and how often")
struct StorefrontAuthTests {
    @Test("a missing, malformed, unknown or wrong key is 401 problem+json with a Bearer challenge", arguments: Backend.allCases)
    func badKeysAre401(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            let valid = try #require(APIKeyText(parsing: harness.charmsKey))
            let wrongSecret = APIKeyText(keyID: valid.keyID, secret: [UInt8](repeating: 7, count: 32)).text
            let unknown = APIKeyText.generate().text
            try await harness.makeApplication().test(.router) { client in
                let path = "/v1/trackings/\(TestWorld.upsNumber)"
                for headers: HTTPFields in [
                    [:], [.authorization: "Bearer"], [.authorization: "Basic abc"], [.authorization: "Bearer sw_nothex"],
                    [.authorization: "Bearer \(unknown)"], [.authorization: "Bearer \(wrongSecret)"],
                ] {
                    let reply = try await client.send(.get, path, headers: headers)
                    #expect(reply.status == .unauthorized, "\(headers)")
                    #expect(reply.headers[.contentType] == "application/problem+json")
                    #expect(reply.headers[.wwwAuthenticate] == "Bearer realm=\"shipwatch\"")
                    #expect(reply.json["status"] as? Int == 401)
                    #expect(reply.json["type"] as? String == "/problems/unauthorized")
                }
            }
        }
    }

    @Test("a path that cannot hold a tracking number is 404 for a good key, and still 401 for a bad one", arguments: Backend.allCases)
    func unusableNumberChecksTheKeyFirst(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let path = "/v1/trackings/" + String(repeating: "9", count: 200)
                let good = try await client.send(.get, path, key: harness.charmsKey)
                let unknown = try await client.send(.get, path, key: APIKeyText.generate().text)
                let otherScope = try await client.send(.get, path, key: harness.opsKey)
                #expect(good.status == .notFound)
                #expect(unknown.status == .unauthorized)
                #expect(otherScope.status == .forbidden)
            }
        }
    }

    @Test("a revoked key is refused on its very next request", arguments: Backend.allCases)
    func revokedKeyIsRefused(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let path = "/v1/trackings/\(TestWorld.upsNumber)"
                #expect(try await client.send(.get, path, key: harness.charmsKey).status == .ok)
                let revoked = try await harness.revoke(harness.charmsKeyID)
                #expect(revoked)
                #expect(try await client.send(.get, path, key: harness.charmsKey).status == .unauthorized)
                let again = try await harness.revoke(harness.charmsKeyID)
                #expect(!again, "a key is revoked once")
            }
        }
    }

    @Test("an ops key cannot use the storefront API", arguments: Backend.allCases)
    func opsKeyIsForbidden(backend: Backend) async throws {
        try await withStorefront(backend) { harness in
            try await harness.makeApplication().test(.router) { client in
                let reply = try await client.send(.get, "/v1/trackings/\(TestWorld.upsNumber)", key: harness.opsKey)
                #expect(reply.status == .forbidden)
                #expect(reply.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test("past its per-minute limit a key gets 429 with Retry-After, other keys are unaffected", arguments: Backend.allCases)
    func keyRateLimit(backend: Backend) async throws {
        try await withStorefront(backend, settings: APISettings(keyRequestsPerMinute: 2)) { harness in
            try await harness.makeApplication().test(.router) { client in
                let path = "/v1/trackings/\(TestWorld.upsNumber)"
                #expect(try await client.send(.get, path, key: harness.charmsKey).status == .ok)
                #expect(try await client.send(.get, path, key: harness.charmsKey).status == .ok)
                let limited = try await client.send(.get, path, key: harness.charmsKey)
                #expect(limited.status == .tooManyRequests)
                let retryAfter = try #require(limited.headers[.retryAfter].flatMap { Int($0) })
                #expect((1...60).contains(retryAfter))
                #expect(limited.headers[.contentType] == "application/problem+json")
                let other = try await client.send(.get, "/v1/trackings/\(TestWorld.dhlNumber)", key: harness.casesKey)
                #expect(other.status == .ok)
            }
        }
    }

    @Test("CORS headers appear only for an origin configured for the key's own store", arguments: Backend.allCases)
    func corsPerStore(backend: Backend) async throws {
        let settings = APISettings(corsOrigins: ["charms": ["https://charms.example"], "cases": ["https://cases.example"]])
        try await withStorefront(backend, settings: settings) { harness in
            try await harness.makeApplication().test(.router) { client in
                let path = "/v1/trackings/\(TestWorld.upsNumber)"
                let own = try await client.send(.get, path, key: harness.charmsKey, headers: [.origin: "https://charms.example"])
                #expect(own.headers[.accessControlAllowOrigin] == "https://charms.example")
                let other = try await client.send(.get, path, key: harness.charmsKey, headers: [.origin: "https://cases.example"])
                #expect(other.status == .ok)
                #expect(other.headers[.accessControlAllowOrigin] == nil)
                let preflight = try await client.send(
                    .options, path, headers: [.origin: "https://charms.example", .accessControlRequestMethod: "GET"])
                #expect(preflight.status == .noContent)
                #expect(preflight.headers[.accessControlAllowHeaders]?.contains("Authorization") == true)
            }
        }
    }
}
