import CarrierTestSupport
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("USPS failures: per number where possible, whole request otherwise")
struct FailureTests {
    static let good = """
    {"statusCode":"200","trackingNumber":"9400100000000000000017","mailType":"DM","trackingEvents":[
      {"eventCode":"03","eventType":"USPS in possession of item","eventTimestamp":"2025-03-09T15:40:00-07:00"}]}
    """

    @Test("a malformed element costs only its own number, with the field path in the detail")
    func malformedElementIsolated() throws {
        let body = """
        [\(Self.good),
         {"statusCode":"200","trackingNumber":"9400100000000000000024","trackingEvents":[
           {"eventCode":"03","eventTimestamp":"2025-03-09T15:40:00-07:00"},
           {"eventCode":{"oops":true},"eventTimestamp":"2025-03-08T15:40:00-07:00"}]},
         {"statusCode":"200","trackingNumber":"9400100000000000000031","trackingEvents":"none"}]
        """
        let numbers = ["9400100000000000000017", "9400100000000000000024", "9400100000000000000031"]
        let outcomes = try USPSTrackingAPI().parseTrackingResponse(jsonResponse(body), requested: numbers)
        #expect(outcomes[numbers[0]]?.snapshot?.events.map(\.milestone) == [.accepted])
        guard case .malformed(let detail)? = outcomes[numbers[1]] else {
            Issue.record("expected malformed, got \(String(describing: outcomes[numbers[1]]))")
            return
        }
        #expect(detail.hasPrefix("[1].trackingEvents[1].eventCode:"), "\(detail)")
        guard case .malformed(let listDetail)? = outcomes[numbers[2]] else {
            Issue.record("expected malformed")
            return
        }
        #expect(listDetail.hasPrefix("[2].trackingEvents:"), "\(listDetail)")
    }

    @Test("a scan without any readable time is left out and reported, naming the field; the number is kept")
    func scanWithoutTime() throws {
        let body = """
        [\(Self.good),
         {"statusCode":"200","trackingNumber":"9400100000000000000024","trackingEvents":[
           {"eventCode":"OF","eventTimestamp":"tomorrow"}]}]
        """
        let outcomes = try USPSTrackingAPI().parseTrackingResponse(jsonResponse(body), requested: ["9400100000000000000017", "9400100000000000000024"])
        #expect(outcomes["9400100000000000000017"]?.snapshot != nil)
        let snapshot = try #require(outcomes["9400100000000000000024"]?.snapshot)
        #expect(snapshot.events.isEmpty)
        #expect(snapshot.skippedScans.map(\.path) == ["[1].trackingEvents[0].eventTimestamp"])
        #expect(snapshot.skippedScans.first?.reason.contains("tomorrow") == true)
    }

    @Test("a number the answer does not mention is malformed; numbers match without case or spaces")
    func missingNumber() throws {
        let outcomes = try USPSTrackingAPI().parseTrackingResponse(
            jsonResponse("[\(Self.good)]"), requested: ["9400 1000 0000 0000 0000 17", "9400100000000000000099"]
        )
        #expect(outcomes["9400 1000 0000 0000 0000 17"]?.snapshot?.trackingNumber == "9400 1000 0000 0000 0000 17")
        guard case .malformed(let detail)? = outcomes["9400100000000000000099"] else {
            Issue.record("expected malformed")
            return
        }
        #expect(detail.contains("no element"))
    }

    @Test("bodies that cannot be read at all throw malformedPayload", arguments: [
        "<html><body>Service Unavailable</body></html>",
        "",
        "\"just a string\"",
        "[1, 2",
    ])
    func wholeBodyMalformed(body: String) {
        for mode in USPSTrackingMode.allCases {
            let error = #expect(throws: CarrierError.self) {
                try USPSTrackingAPI(mode: mode).parseTrackingResponse(jsonResponse(body), requested: ["9400100000000000000017"])
            }
            #expect(error?.kind == "malformed_payload")
        }
    }

    @Test("a v3 object that does not fit the model is that number's malformed outcome")
    func singleObjectMalformed() throws {
        let outcomes = try USPSTrackingAPI(mode: .singleV3).parseTrackingResponse(
            jsonResponse(#"{"trackingNumber":"RB123456785DE","trackingEvents":[{"eventTimestamp":["x"]}]}"#), requested: ["RB123456785DE"]
        )
        guard case .malformed(let detail)? = outcomes["RB123456785DE"] else {
            Issue.record("expected malformed")
            return
        }
        #expect(detail.hasPrefix("trackingEvents[0].eventTimestamp:"), "\(detail)")
    }

    @Test("lenient fields: numbers, booleans and single strings where USPS is inconsistent")
    func lenientFields() throws {
        let body = """
        {"trackingNumber":9400100000000000000017,"mailType":"DM","services":"USPS Tracking","emailEnabled":true,
         "servicesEligibility":{"proofOfDeliveryEnabled":"true","RREEnabled":0},
         "trackingEvents":[{"eventCode":3,"eventType":"USPS in possession of item","eventTimestamp":"2025-03-09T15:40:00",
           "GMTOffset":"-0700","eventZIP":89502,"eventCity":"RENO","eventState":"NV","authorizedAgent":false}]}
        """
        let detail = try JSONDecoder().decode(USPSTrackingDetail.self, from: Data(body.utf8))
        #expect(detail.services == ["USPS Tracking"])
        #expect(detail.emailEnabled == "true")
        #expect(detail.servicesEligibility == USPSServicesEligibility(proofOfDeliveryEnabled: true, rreEnabled: false))
        #expect(detail.trackingEvents?.first?.eventZIP == "89502")
        #expect(detail.trackingEvents?.first?.authorizedAgent == "false")
        let outcomes = try USPSTrackingAPI(mode: .singleV3).parseTrackingResponse(jsonResponse(body), requested: ["9400100000000000000017"])
        let event = try #require(outcomes["9400100000000000000017"]?.snapshot?.events.first)
        // A numeric code 3 is not the table's "03": kept, unmapped.
        #expect(event.carrierCode == "3" && event.milestone == .unknown)
        #expect(event.occurredAt == utc("2025-03-09T22:40:00Z") && event.utcOffsetSeconds == -25_200)
    }

    @Test("401 for a token without the tracking scope")
    func missingScope() {
        let error = #expect(throws: CarrierError.self) {
            try USPSTrackingAPI().parseTrackingResponse(try Fixtures.response("error-401-missing-scope.json", status: 401), requested: ["9400100000000000000017"])
        }
        guard case .unauthorized(let detail)? = error else {
            Issue.record("expected unauthorized, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("tracking scope"))
    }

    @Test("429 honours Retry-After, or leaves it open")
    func rateLimited() throws {
        let withHeader = #expect(throws: CarrierError.self) {
            try USPSTrackingAPI().parseTrackingResponse(
                try Fixtures.response("error-429-quota.json", status: 429, headers: [WireField("Retry-After", "120")]), requested: ["1"]
            )
        }
        #expect(withHeader == .rateLimited(retryAfter: 120))
        let withoutHeader = #expect(throws: CarrierError.self) {
            try USPSTrackingAPI().parseTrackingResponse(try Fixtures.response("error-429-quota.json", status: 429), requested: ["1"])
        }
        #expect(withoutHeader == .rateLimited(retryAfter: nil))
    }

    @Test("5xx with an HTML body is transient")
    func gatewayError() {
        let error = #expect(throws: CarrierError.self) {
            try USPSTrackingAPI().parseTrackingResponse(jsonResponse("<html>502 Bad Gateway</html>", status: 502), requested: ["1"])
        }
        #expect(error?.kind == "transient")
    }

    @Test("v3 'invalid number' answer is typed for that number")
    func invalidNumber() throws {
        let body = #"{"apiVersion":"/tracking/v3","error":{"code":"400","message":"Invalid tracking number.","errors":[{"code":"150002","title":"Invalid tracking number."}]}}"#
        let outcomes = try USPSTrackingAPI(mode: .singleV3).parseTrackingResponse(jsonResponse(body, status: 400), requested: ["ABC"])
        #expect(outcomes["ABC"] == .invalidNumber(detail: "Invalid tracking number."))
    }

    @Test("a v3r2 400 about the request body fails the whole request")
    func badBatchRequest() {
        let body = #"{"apiVersion":"/tracking/v3r2","error":{"code":"400","message":"Request body must hold 1 to 35 items."}}"#
        let error = #expect(throws: CarrierError.self) {
            try USPSTrackingAPI().parseTrackingResponse(jsonResponse(body, status: 400), requested: ["1", "2"])
        }
        #expect(error?.kind == "malformed_payload")
    }

    @Test("a whole-answer 404 is the number's for one number, a retryable batch failure for a batch")
    func wholeNotFound() throws {
        let response = try Fixtures.response("v3r2-not-found-404.json", status: 404)
        let single = try USPSTrackingAPI().parseTrackingResponse(response, requested: ["9200100000000000000999"])
        #expect(single == ["9200100000000000000999": .notFound(detail: "Tracking is not available for this item.")])
        let batch = ["9200100000000000000999", "9200100000000000000998"]
        #expect {
            _ = try USPSTrackingAPI().parseTrackingResponse(response, requested: batch)
        } throws: { error in
            (error as? CarrierError)?.isRetryable == true
        }
        // The envelope's source.example names one of the two: only that one is condemned, the other asked again.
        #expect(USPSTrackingAPI().batchRejection(response, requested: batch)?.named
            == ["9200100000000000000999": .notFound(detail: "Tracking is not available for this item.")])
    }
}
