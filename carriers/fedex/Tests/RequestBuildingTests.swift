import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierFedEx

@Suite("Requests are built exactly as FedEx wants them")
struct RequestBuildingTests {
    let api = FedExTrackingAPI()
    let credentials = CarrierCredentials(clientID: "l7abc key+1", clientSecret: "s3cr3t/+= &x")

    @Test("endpoints, hosts and batch size")
    func constants() {
        #expect(FedExTrackingAPI.productionBaseURL == "https://apis.fedex.com")
        #expect(FedExTrackingAPI.sandboxBaseURL == "https://apis-sandbox.fedex.com")
        #expect(FedExTrackingAPI.tokenPath == "/oauth/token")
        #expect(FedExTrackingAPI.trackingPath == "/track/v1/trackingnumbers")
        #expect(api.maxNumbersPerRequest == 30)
        #expect(api.carrier == .fedex)
    }

    @Test("token request: POST form body, values form-encoded")
    func tokenRequest() throws {
        let request = try #require(api.tokenRequest(credentials: credentials))
        #expect(request.method == .post)
        #expect(request.path == "/oauth/token")
        #expect(request.query.isEmpty)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.header("Authorization") == nil)
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body == "grant_type=client_credentials&client_id=l7abc%20key%2B1&client_secret=s3cr3t%2F%2B%3D%20%26x")
    }

    @Test("tracking request: POST JSON with detailed scans, one trackingInfo per number, FedEx headers")
    func trackingRequest() throws {
        let request = api.trackingRequest(
            numbers: ["771200000019", "612999000011224"], credentials: credentials, accessToken: "tok-123", requestID: "req-42"
        )
        #expect(request.method == .post)
        #expect(request.path == "/track/v1/trackingnumbers")
        #expect(request.query.isEmpty)
        #expect(request.header("Authorization") == "Bearer tok-123")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("x-locale") == "en_US")
        #expect(request.header("x-customer-transaction-id") == "req-42")
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body == #"{"includeDetailedScans":true,"trackingInfo":[{"trackingNumberInfo":{"trackingNumber":"771200000019"}},{"trackingNumberInfo":{"trackingNumber":"612999000011224"}}]}"#)
    }

    @Test("the simulator reads back the numbers of a full 30-number request, in order")
    func requestedNumbersRoundTrip() throws {
        let numbers = (0..<30).map { String(format: "7712%08d", $0) }
        let request = api.trackingRequest(numbers: numbers, credentials: credentials, accessToken: "t", requestID: "r")
        #expect(try FedExSimulation().requestedNumbers(in: request) == numbers)
    }

    @Test("the simulator rejects more than 30 numbers and empty numbers like FedEx")
    func requestedNumbersLimits() {
        let tooMany = api.trackingRequest(numbers: (0..<31).map { "n\($0)" }, credentials: credentials, accessToken: "t", requestID: "r")
        #expect {
            _ = try FedExSimulation().requestedNumbers(in: tooMany)
        } throws: { error in
            guard case CarrierError.malformedPayload = error else { return false }
            return true
        }
        let empty = api.trackingRequest(numbers: ["771200000019", " "], credentials: credentials, accessToken: "t", requestID: "r")
        #expect {
            _ = try FedExSimulation().requestedNumbers(in: empty)
        } throws: { error in
            guard case CarrierError.invalidNumber(let detail) = error else { return false }
            return detail.contains("TRACKING.TRACKINGNUMBER.EMPTY")
        }
    }

    @Test("the simulator reads the client credentials of a token request")
    func tokenCredentialsRoundTrip() throws {
        let request = try #require(api.tokenRequest(credentials: credentials))
        #expect(FedExSimulation().credentials(inTokenRequest: request) == credentials)
    }
}

@Suite("Token answers")
struct TokenTests {
    let api = FedExTrackingAPI()

    @Test("the recorded-shape token answer parses")
    func fixtureToken() throws {
        let token = try api.parseTokenResponse(try Fixture.response("token.json"))
        #expect(token.value == "eyJhbGciOiJSUzI1NiJ9.c2hpcHdhdGNoLWZpeHR1cmU.c2lnbmF0dXJl")
        #expect(token.expiresIn == 3_599)
    }

    @Test("renderToken → parseTokenResponse gives the token back, FedEx-shaped")
    func roundTrip() throws {
        let response = FedExSimulation().renderToken(AccessToken(value: "abc.def", expiresIn: 3_599))
        #expect(response.status == 200)
        let json = String(decoding: response.body, as: UTF8.self)
        #expect(json.contains(#""token_type":"bearer""#))
        #expect(json.contains(#""scope":"CXS-TP""#))
        #expect(json.contains(#""expires_in":3599"#))
        #expect(try api.parseTokenResponse(response) == AccessToken(value: "abc.def", expiresIn: 3_599))
    }

    @Test("expires_in as text, or missing")
    func lenientLifetime() throws {
        let text = WireResponse(status: 200, body: Array(#"{"access_token":"a","expires_in":"1800"}"#.utf8))
        #expect(try api.parseTokenResponse(text).expiresIn == 1_800)
        let missing = WireResponse(status: 200, body: Array(#"{"access_token":"a"}"#.utf8))
        #expect(try api.parseTokenResponse(missing).expiresIn == FedExTrackingAPI.defaultTokenLifetime)
    }

    @Test("refused or broken token answers", arguments: [
        (401, #"{"errors":[{"code":"NOT.AUTHORIZED.ERROR","message":"bad client"}]}"#, "unauthorized"),
        (400, #"{"errors":[{"code":"BAD.REQUEST.ERROR","message":"invalid grant"}]}"#, "unauthorized"),
        (429, "{}", "rate_limited"),
        (503, #"{"errors":[{"code":"SERVICE.UNAVAILABLE.ERROR","message":"down"}]}"#, "transient"),
        (200, #"{"token_type":"bearer"}"#, "malformed_payload"),
        (200, "not json", "malformed_payload"),
    ])
    func failures(status: Int, body: String, kind: String) {
        #expect {
            _ = try api.parseTokenResponse(WireResponse(status: status, body: Array(body.utf8)))
        } throws: { error in
            (error as? CarrierError)?.kind == kind
        }
    }
}
