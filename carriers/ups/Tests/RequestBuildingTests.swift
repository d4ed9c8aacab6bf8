import Foundation
import ShipwatchCore
import Testing
@testable import CarrierUPS

@Suite("UPS request building")
struct RequestBuildingTests {
    let api = UPSTrackingAPI()
    let credentials = CarrierCredentials(clientID: "shipwatch-client", clientSecret: "s3cret:with:colons")

    @Test("hosts and paths")
    func constants() {
        #expect(UPSTrackingAPI.productionBaseURL == "https://onlinetools.ups.com")
        #expect(UPSTrackingAPI.sandboxBaseURL == "https://wwwcie.ups.com")
        #expect(UPSTrackingAPI.tokenPath == "/security/v1/oauth/token")
        #expect(UPSTrackingAPI.trackingPath == "/api/track/v1/details")
        #expect(api.carrier == .ups)
        #expect(api.maxNumbersPerRequest == 1)
    }

    @Test("token request: POST, HTTP Basic, form body")
    func tokenRequest() throws {
        let request = try #require(api.tokenRequest(credentials: credentials))
        #expect(request.method == .post)
        #expect(request.path == "/security/v1/oauth/token")
        #expect(request.query.isEmpty)
        let expected = "Basic " + Data("shipwatch-client:s3cret:with:colons".utf8).base64EncodedString()
        #expect(request.header("Authorization") == expected)
        #expect(request.header("authorization") == "Basic c2hpcHdhdGNoLWNsaWVudDpzM2NyZXQ6d2l0aDpjb2xvbnM=")
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == "grant_type=client_credentials")
    }

    @Test("tracking request: GET with path number, fixed query, transId/transactionSrc/Bearer")
    func trackingRequest() {
        let request = api.trackingRequest(numbers: ["1Z7R40W20358812406"], credentials: credentials, accessToken: "tok-123", requestID: "7f1c2d9e-0b6a-4c55-9d0e-3f7a2b1c4d5e")
        #expect(request.method == .get)
        #expect(request.path == "/api/track/v1/details/1Z7R40W20358812406")
        #expect(request.query == [
            WireField("locale", "en_US"),
            WireField("returnSignature", "false"),
            WireField("returnMilestones", "false"),
            WireField("returnPOD", "false"),
        ])
        #expect(request.header("transId") == "7f1c2d9e-0b6a-4c55-9d0e-3f7a2b1c4d5e")
        #expect(request.header("transactionSrc") == "shipwatch")
        #expect(request.header("Authorization") == "Bearer tok-123")
        #expect(request.body == nil)
    }

    @Test("numbers are normalized and path-safe; only the first number is used")
    func numberInPath() {
        let request = api.trackingRequest(numbers: ["1z 7r40 w203-5881 2406", "1ZOTHER"], credentials: credentials, accessToken: nil, requestID: "r1")
        #expect(request.path == "/api/track/v1/details/1Z7R40W20358812406")
        #expect(request.header("Authorization") == nil)
        #expect(UPSTrackingAPI.trackingPath(for: "AB/12?x") == "/api/track/v1/details/AB%2F12%3FX")
    }

    @Test("custom transaction source and locale")
    func customSource() {
        let custom = UPSTrackingAPI(transactionSource: "shipwatch-test", locale: "de_DE")
        let request = custom.trackingRequest(numbers: ["1Z1"], credentials: credentials, accessToken: "t", requestID: "r")
        #expect(request.header("transactionSrc") == "shipwatch-test")
        #expect(request.queryValue("locale") == "de_DE")
    }
}
