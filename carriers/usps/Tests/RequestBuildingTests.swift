import CarrierTestSupport
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("USPS request building and token answers")
struct RequestBuildingTests {
    let credentials = CarrierCredentials(clientID: "client id+1", clientSecret: "s3cr&t=")

    @Test("endpoints and limits")
    func constants() {
        #expect(USPSTrackingAPI.productionBaseURL == "https://apis.usps.com")
        #expect(USPSTrackingAPI.sandboxBaseURL == "https://apis-tem.usps.com")
        #expect(USPSTrackingAPI.tokenPath == "/oauth2/v3/token")
        #expect(USPSTrackingAPI.batchTrackingPath == "/tracking/v3r2/tracking")
        #expect(USPSTrackingAPI.singleTrackingPathPrefix == "/tracking/v3/tracking")
        #expect(USPSTrackingAPI.singleTrackingRoute == "/tracking/v3/tracking/:trackingNumber")
        #expect(USPSTrackingAPI().mode == .batchV3R2)
        #expect(USPSTrackingAPI().maxNumbersPerRequest == 35)
        #expect(USPSTrackingAPI(mode: .singleV3).maxNumbersPerRequest == 1)
        #expect(USPSTrackingAPI().carrier == .usps)
    }

    @Test("token request: form-encoded client credentials with the tracking scope")
    func tokenRequest() throws {
        let request = try #require(USPSTrackingAPI().tokenRequest(credentials: credentials))
        #expect(request.method == .post)
        #expect(request.path == "/oauth2/v3/token")
        #expect(request.query.isEmpty)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.header("Accept") == "application/json")
        #expect(request.header("Authorization") == nil)
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body == "grant_type=client_credentials&client_id=client%20id%2B1&client_secret=s3cr%26t%3D&scope=tracking")
    }

    @Test("extra scopes are space-separated and tracking is always there")
    func tokenScopes() throws {
        let request = try #require(USPSTrackingAPI(scopes: ["addresses", "labels"]).tokenRequest(credentials: credentials))
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body.hasSuffix("&scope=addresses%20labels%20tracking"))
        #expect(USPSTrackingAPI(scopes: ["tracking", "labels"]).scopes == ["tracking", "labels"])
    }

    @Test("v3r2: POST with a JSON array of trackingNumber objects and a bearer token")
    func batchRequest() throws {
        let request = USPSTrackingAPI().trackingRequest(
            numbers: ["9400100000000000000017", "9400100000000000000024"], credentials: credentials, accessToken: "tok-1", requestID: "r1"
        )
        #expect(request.method == .post)
        #expect(request.path == "/tracking/v3r2/tracking")
        #expect(request.query.isEmpty)
        #expect(request.header("Authorization") == "Bearer tok-1")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("Accept") == "application/json")
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body == #"[{"trackingNumber":"9400100000000000000017"},{"trackingNumber":"9400100000000000000024"}]"#)
    }

    @Test("v3: GET one number with expand=DETAIL and no body")
    func singleRequest() {
        let request = USPSTrackingAPI(mode: .singleV3).trackingRequest(
            numbers: ["RB123456785DE"], credentials: credentials, accessToken: "tok-2", requestID: "r2"
        )
        #expect(request.method == .get)
        #expect(request.path == "/tracking/v3/tracking/RB123456785DE")
        #expect(request.query == [WireField("expand", "DETAIL")])
        #expect(request.header("Authorization") == "Bearer tok-2")
        #expect(request.header("Content-Type") == nil)
        #expect(request.body == nil)
        #expect(USPSTrackingAPI.singleTrackingPath(for: "AB 12/3") == "/tracking/v3/tracking/AB%2012%2F3")
    }

    @Test("token answer: access_token and expires_in given as a string")
    func tokenFixture() throws {
        let token = try USPSTrackingAPI().parseTokenResponse(try Fixtures.response("token-response.json"))
        #expect(token.value == "eyJraWQiOiJzaW0tdGVzdC1rZXkiLCJhbGciOiJSUzI1NiJ9.c2ltdWxhdGVk.c2lnbmF0dXJl")
        #expect(token.expiresIn == 28_799)
    }

    @Test("token answer: expires_in as a number")
    func tokenNumericLifetime() throws {
        let token = try USPSTrackingAPI().parseTokenResponse(jsonResponse(#"{"access_token":"abc","token_type":"Bearer","expires_in":3600}"#))
        #expect(token == AccessToken(value: "abc", expiresIn: 3_600))
    }

    @Test("token refused: OAuth error body becomes unauthorized with its description")
    func tokenRefused() throws {
        let error = #expect(throws: CarrierError.self) {
            try USPSTrackingAPI().parseTokenResponse(try Fixtures.response("token-error-invalid-client.json", status: 401))
        }
        guard case .unauthorized(let detail)? = error else {
            Issue.record("expected unauthorized, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("invalid_client") && detail.contains("Client authentication failed."))
    }

    @Test("token answers that cannot be used", arguments: [
        (#"{"token_type":"Bearer","expires_in":3600}"#, 200, "malformed_payload"),
        (#"{"access_token":"abc"}"#, 200, "malformed_payload"),
        ("<html>gateway</html>", 200, "malformed_payload"),
        (#"{"error":"invalid_request"}"#, 400, "unauthorized"),
        ("", 503, "transient"),
        ("", 429, "rate_limited"),
    ])
    func tokenFailures(body: String, status: Int, kind: String) {
        let error = #expect(throws: CarrierError.self) {
            try USPSTrackingAPI().parseTokenResponse(jsonResponse(body, status: status))
        }
        #expect(error?.kind == kind)
    }
}
