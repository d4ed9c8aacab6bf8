import CarrierDHL
import Foundation
import ShipwatchCore
import Testing

@Suite("DHL requests")
struct RequestBuildingTests {
    private let credentials = CarrierCredentials(apiKey: "demo-key-123")

    @Test("tracking request: GET /track/shipments with the number, English wording, API key and JSON accept header")
    func trackingRequest() {
        let request = DHLTrackingAPI().trackingRequest(numbers: ["4821009731"], credentials: credentials, accessToken: nil, requestID: "r-1")
        #expect(request.method == .get)
        #expect(request.path == "/track/shipments")
        #expect(request.query == [WireField("trackingNumber", "4821009731"), WireField("language", "en")])
        #expect(request.headers == [WireField("DHL-API-Key", "demo-key-123"), WireField("Accept", "application/json")])
        #expect(request.body == nil)
    }

    @Test("the division and language are optional query parameters")
    func optionalParameters() {
        let pinned = DHLTrackingAPI(language: nil, service: "express")
            .trackingRequest(numbers: ["1"], credentials: credentials, accessToken: "ignored", requestID: "r")
        #expect(pinned.query == [WireField("trackingNumber", "1"), WireField("service", "express")])
        #expect(pinned.header("authorization") == nil)
    }

    @Test("one number per request; only the first of several is sent")
    func oneNumberPerRequest() {
        let api = DHLTrackingAPI()
        #expect(api.maxNumbersPerRequest == 1)
        let request = api.trackingRequest(numbers: ["A1", "B2"], credentials: credentials, accessToken: nil, requestID: "r")
        #expect(request.queryValue("trackingNumber") == "A1")
    }

    @Test("API facts: carrier, production host, no token endpoint")
    func constants() throws {
        let api = DHLTrackingAPI()
        #expect(api.carrier == .dhl)
        #expect(DHLTrackingAPI.productionBaseURL.absoluteString == "https://api-eu.dhl.com")
        #expect(DHLTrackingAPI.trackingPath == "/track/shipments")
        #expect(api.tokenRequest(credentials: CarrierCredentials(clientID: "id", clientSecret: "secret", apiKey: "k")) == nil)
        #expect(throws: CarrierError.self) {
            try api.parseTokenResponse(WireResponse(status: 200, body: Array(#"{"access_token": "x", "expires_in": 3600}"#.utf8)))
        }
    }
}
