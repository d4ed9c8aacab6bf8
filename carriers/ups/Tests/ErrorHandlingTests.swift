import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierUPS

@Suite("UPS not found, errors and malformed answers")
struct ErrorHandlingTests {
    let api = UPSTrackingAPI()

    @Test("HTTP 200 with TW0001 and no package is notFound")
    func notFound() throws {
        let outcomes = try api.parseTrackingResponse(try Fixtures.response("not-found.json"), requested: ["1Z8E2F550399001827"])
        #expect(outcomes == ["1Z8E2F550399001827": .notFound(detail: "TW0001: Tracking Information Not Found")])
    }

    @Test("not found without inquiryNumber still belongs to the single requested number")
    func notFoundWithoutInquiry() throws {
        let outcomes = try api.parseTrackingResponse(try Fixtures.response("not-found-without-inquiry-number.json"), requested: ["1z8e2f550399001827"])
        #expect(outcomes == ["1z8e2f550399001827": .notFound(detail: "TW0001: Tracking Information Not Found")])
    }

    @Test("requested in another spelling still matches the answer")
    func spellingTolerant() throws {
        let outcomes = try api.parseTrackingResponse(try Fixtures.response("domestic-delivered.json"), requested: ["1z7r 40w2 0358 8124 06"])
        guard case .found(let snapshot)? = outcomes["1z7r 40w2 0358 8124 06"] else {
            Issue.record("expected found")
            return
        }
        #expect(snapshot.trackingNumber == "1z7r 40w2 0358 8124 06")
        #expect(snapshot.events.count == 12)
    }

    @Test("TV1002 (HTTP 400) is invalidNumber for the number")
    func invalidNumber() throws {
        let outcomes = try api.parseTrackingResponse(try Fixtures.response("error-invalid-number.json", status: 400), requested: ["1ZNOPE"])
        #expect(outcomes == ["1ZNOPE": .invalidNumber(detail: "TV1002: Invalid inquiry number")])
    }

    @Test("429 honors Retry-After")
    func rateLimited() throws {
        let response = try Fixtures.response("error-rate-limited.json", status: 429, headers: [WireField("Retry-After", "30")])
        #expect(throws: CarrierError.rateLimited(retryAfter: 30)) { try api.parseTrackingResponse(response, requested: ["1Z1"]) }
        let token = try Fixtures.response("error-rate-limited.json", status: 429)
        #expect(throws: CarrierError.rateLimited(retryAfter: nil)) { try api.parseTokenResponse(token) }
    }

    @Test("401 with UPS's error body is unauthorized with its detail")
    func unauthorized() throws {
        let response = try Fixtures.response("error-unauthorized.json", status: 401)
        #expect(throws: CarrierError.unauthorized(detail: "HTTP 401: 250002: Invalid Authentication Information.")) {
            try api.parseTrackingResponse(response, requested: ["1Z1"])
        }
        #expect(throws: CarrierError.unauthorized(detail: "HTTP 401: 250002: Invalid Authentication Information.")) {
            try api.parseTokenResponse(response)
        }
        // A credential code is unauthorized whatever the HTTP status.
        let asBadRequest = WireResponse(status: 400, body: Array(#"{"response":{"errors":[{"code":"250003","message":"Invalid Access License number"}]}}"#.utf8))
        #expect(throws: CarrierError.unauthorized(detail: "HTTP 400: 250003: Invalid Access License number")) {
            try api.parseTrackingResponse(asBadRequest, requested: ["1Z1"])
        }
    }

    @Test("5xx is transient; a non-JSON error body still classifies")
    func serverErrors() throws {
        let response = try Fixtures.response("error-server.json", status: 503)
        #expect(throws: CarrierError.transient(detail: "HTTP 503: 10500: Service temporarily unavailable")) {
            try api.parseTrackingResponse(response, requested: ["1Z1"])
        }
        let html = WireResponse(status: 502, body: Array("<html>Bad Gateway</html>".utf8))
        #expect(throws: CarrierError.transient(detail: "HTTP 502: <html>Bad Gateway</html>")) {
            try api.parseTrackingResponse(html, requested: ["1Z1"])
        }
    }

    @Test("HTTP 200 carrying UPS's error body is read as that error")
    func errorBodyWith200() throws {
        let response = WireResponse(status: 200, body: try Fixtures.bytes("error-invalid-number.json"))
        let outcomes = try api.parseTrackingResponse(response, requested: ["X"])
        #expect(outcomes == ["X": .invalidNumber(detail: "TV1002: Invalid inquiry number")])
    }

    @Test("one malformed shipment does not lose the others", arguments: [0])
    func isolation(_: Int) throws {
        let good = "1Z1B0A000000000011", badType = "1Z1B0A000000000020", noTime = "1Z1B0A000000000039"
        let outcomes = try api.parseTrackingResponse(try Fixtures.response("batch-one-malformed.json"), requested: [good, badType, noTime, "1ZABSENT"])
        guard case .found(let snapshot)? = outcomes[good] else {
            Issue.record("good shipment lost: \(String(describing: outcomes[good]))")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.sortArrived])
        guard case .malformed(let typeDetail)? = outcomes[badType] else {
            Issue.record("expected malformed, got \(String(describing: outcomes[badType]))")
            return
        }
        #expect(typeDetail.contains("trackResponse.shipment[1].package[0].activity[1].status"))
        // An activity without a time costs only that activity.
        guard case .found(let undated)? = outcomes[noTime] else {
            Issue.record("expected found, got \(String(describing: outcomes[noTime]))")
            return
        }
        #expect(undated.skippedScans.map(\.path).contains("trackResponse.shipment[2].package[0].activity[0]"))
        #expect(undated.skippedScans.first?.reason.contains("no readable date and time") == true)
        #expect(outcomes["1ZABSENT"] == .malformed(detail: "the UPS answer does not mention 1ZABSENT"))
    }

    @Test("whole-body failures throw malformedPayload", arguments: [
        "not json at all",
        "[1, 2, 3]",
        #"{"trackResponse": {"shipment": 42}}"#,
        #"{"somethingElse": true}"#,
        "",
    ])
    func wholeBody(_ body: String) {
        let response = WireResponse(status: 200, body: Array(body.utf8))
        #expect {
            try api.parseTrackingResponse(response, requested: ["1Z1"])
        } throws: { error in
            guard case CarrierError.malformedPayload = error else { return false }
            return true
        }
    }

    @Test("unknown status code: kept, milestone unknown, listed as unmapped")
    func unknownCode() throws {
        let body = #"""
        {"trackResponse":{"shipment":[{"inquiryNumber":"1ZUNK","package":[{"trackingNumber":"1ZUNK","activity":[
          {"status":{"type":"I","code":"QX","statusCode":"512","description":"Something new"},"date":"20250301","time":"101500","gmtDate":"20250301","gmtTime":"15:15:00","gmtOffset":"-05:00","location":{"address":{"city":"Reno","countryCode":"US"}}},
          {"status":{"type":"I","code":"AR","statusCode":"005","description":"Arrived at Facility"},"date":"20250301","time":"080000","gmtDate":"20250301","gmtTime":"13:00:00","gmtOffset":"-05:00"}
        ]}]}]}}
        """#
        let outcomes = try api.parseTrackingResponse(WireResponse(status: 200, body: Array(body.utf8)), requested: ["1ZUNK"])
        guard case .found(let snapshot)? = outcomes["1ZUNK"] else {
            Issue.record("expected found")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.sortArrived, .unknown])
        #expect(snapshot.events[1].carrierCode == "512")
        #expect(snapshot.events[1].description == "Something new")
        #expect(snapshot.events[1].raw.contains("\"QX\""))
        #expect(snapshot.unmappedCodes == [UnmappedCode(carrier: .ups, code: "512", description: "Something new")])
    }

    @Test("token answers: strings, numbers, missing lifetime, refused status, missing token")
    func tokenAnswers() throws {
        let fixture = try api.parseTokenResponse(try Fixtures.response("token.json"))
        #expect(fixture.value == "eyJraWQiOiJzaGlwd2F0Y2gtZml4dHVyZSJ9.c2hpcHdhdGNo.ZmFrZQ")
        #expect(fixture.expiresIn == 14_399)

        let numeric = WireResponse(status: 200, body: Array(#"{"access_token":"a","expires_in":3599,"issued_at":1747052400123}"#.utf8))
        #expect(try api.parseTokenResponse(numeric) == AccessToken(value: "a", expiresIn: 3_599))

        let noLifetime = WireResponse(status: 200, body: Array(#"{"access_token":"a"}"#.utf8))
        #expect(try api.parseTokenResponse(noLifetime).expiresIn == UPSTrackingAPI.fallbackTokenLifetime)

        let revoked = WireResponse(status: 200, body: Array(#"{"access_token":"a","expires_in":"100","status":"revoked"}"#.utf8))
        #expect(throws: CarrierError.unauthorized(detail: "UPS token status is \"revoked\"")) { try api.parseTokenResponse(revoked) }

        let empty = WireResponse(status: 200, body: Array(#"{"token_type":"Bearer"}"#.utf8))
        #expect(throws: CarrierError.malformedPayload(detail: "UPS token answer has no access_token")) { try api.parseTokenResponse(empty) }
    }
}
