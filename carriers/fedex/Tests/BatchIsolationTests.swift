import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierFedEx

@Suite("A batch answer is read number by number")
struct BatchIsolationTests {
    static let requested = ["771200000085", "771200000096", "12345", "771200000100", "771200000111", "771200000122", "771200000133"]

    func outcomes() throws -> [String: TrackingOutcome] {
        try Fixture.outcomes("batch-mixed.json", requested: Self.requested)
    }

    @Test("one outcome per requested number, nothing else")
    func oneOutcomePerNumber() throws {
        #expect(Set(try outcomes().keys) == Set(Self.requested))
    }

    @Test("an unknown event code is kept as .unknown and listed as unmapped")
    func unmappedCode() throws {
        guard case .found(let snapshot)? = try outcomes()["771200000085"] else {
            Issue.record("771200000085 should be found")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.accepted, .sortArrived, .unknown])
        let unknown = try #require(snapshot.events.last)
        #expect(unknown.carrierCode == "ZQ")
        #expect(unknown.description == "Package data updated")
        #expect(unknown.raw.contains("\"eventType\":\"ZQ\""))
        #expect(snapshot.unmappedCodes == [UnmappedCode(carrier: .fedex, code: "ZQ", description: "Package data updated")])
    }

    @Test("in-band not-found and invalid-number errors are typed")
    func typedErrors() throws {
        let outcomes = try outcomes()
        guard case .notFound(let notFound)? = outcomes["771200000096"] else {
            Issue.record("771200000096 should be not found")
            return
        }
        #expect(notFound.contains("TRACKING.TRACKINGNUMBER.NOTFOUND"))
        guard case .invalidNumber(let invalid)? = outcomes["12345"] else {
            Issue.record("12345 should be invalid")
            return
        }
        #expect(invalid.contains("TRACKING.TRACKINGNUMBER.INVALID"))
    }

    @Test("a malformed element fails only its own number, naming the field path")
    func malformedElement() throws {
        guard case .malformed(let detail)? = try outcomes()["771200000100"] else {
            Issue.record("771200000100 should be malformed")
            return
        }
        #expect(detail.contains("output.completeTrackResults[3].trackResults[0].scanEvents[1].scanLocation"))
    }

    @Test("an unreadable scan time costs only that scan, reported with its field")
    func unreadableDate() throws {
        guard case .found(let snapshot)? = try outcomes()["771200000122"] else {
            Issue.record("771200000122 should be found")
            return
        }
        let skipped = try #require(snapshot.skippedScans.first)
        #expect(skipped.path == "output.completeTrackResults[5].trackResults[0].scanEvents[0].date")
        #expect(skipped.reason.contains("02/02/2026 10:00"))
    }

    @Test("a number shared by two shipments keeps the one with the newest scan")
    func duplicateNumber() throws {
        guard case .found(let snapshot)? = try outcomes()["771200000111"] else {
            Issue.record("771200000111 should be found")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.accepted, .sortDeparted])
        #expect(snapshot.events.last?.occurredAt == utc("2026-02-02T11:45:00Z"))
        #expect(snapshot.carrierStatus == "Departed FedEx location")
    }

    @Test("a requested number missing from the answer is malformed, not silently dropped")
    func missingNumber() throws {
        guard case .malformed(let detail)? = try outcomes()["771200000133"] else {
            Issue.record("771200000133 should be malformed")
            return
        }
        #expect(detail.contains("no result"))
    }

    @Test("numbers match without regard to spaces or case")
    func lenientNumberMatching() throws {
        let outcomes = try Fixture.outcomes("not-found.json", requested: [" 7712 0000 0063 "])
        guard case .notFound? = outcomes[" 7712 0000 0063 "] else {
            Issue.record("spaced number should match")
            return
        }
    }

    @Test("an element that is not even an object is isolated and attributed by position when possible")
    func elementOfWrongType() throws {
        let body = #"""
        {"output": {"completeTrackResults": [
          42,
          {"trackingNumber": "771200000063", "trackResults": [{"error": {"code": "TRACKING.TRACKINGNUMBER.NOTFOUND", "message": "x"}}]}
        ]}}
        """#
        let outcomes = try FedExTrackingAPI().parseTrackingResponse(
            WireResponse(status: 200, body: Array(body.utf8)), requested: ["771200000063", "771200000019"]
        )
        guard case .notFound? = outcomes["771200000063"] else {
            Issue.record("the good element must survive")
            return
        }
        guard case .malformed(let detail)? = outcomes["771200000019"] else {
            Issue.record("the unattributable number must be malformed")
            return
        }
        #expect(detail.contains("output.completeTrackResults[0]"))
    }
}

@Suite("Whole-answer failures throw CarrierError")
struct WholeAnswerFailureTests {
    let api = FedExTrackingAPI()

    @Test("401 with FedEx's error body is unauthorized, with FedEx's code in the detail")
    func unauthorized() throws {
        #expect {
            _ = try api.parseTrackingResponse(try Fixture.response("error-unauthorized.json", status: 401), requested: ["771200000019"])
        } throws: { error in
            guard case CarrierError.unauthorized(let detail) = error else { return false }
            return detail.contains("NOT.AUTHORIZED.ERROR")
        }
    }

    @Test("429 honours Retry-After")
    func rateLimited() throws {
        let response = try Fixture.response("error-rate-limited.json", status: 429, headers: [WireField("retry-after", "17")])
        #expect(throws: CarrierError.rateLimited(retryAfter: 17)) {
            _ = try api.parseTrackingResponse(response, requested: ["771200000019"])
        }
        let withoutHeader = try Fixture.response("error-rate-limited.json", status: 429)
        #expect(throws: CarrierError.rateLimited(retryAfter: nil)) {
            _ = try api.parseTrackingResponse(withoutHeader, requested: ["771200000019"])
        }
    }

    @Test("503 is transient")
    func unavailable() throws {
        #expect {
            _ = try api.parseTrackingResponse(try Fixture.response("error-service-unavailable.json", status: 503), requested: ["771200000019"])
        } throws: { error in
            guard case CarrierError.transient(let detail) = error else { return false }
            return detail.contains("SERVICE.UNAVAILABLE.ERROR")
        }
    }

    @Test("400 TRACKING.TRACKINGNUMBER.EMPTY: typed for a single number, a retryable batch failure for a batch")
    func emptyNumber() throws {
        let response = try Fixture.response("error-empty-number.json", status: 400)
        let single = try api.parseTrackingResponse(response, requested: [""])
        guard case .invalidNumber(let detail)? = single[""] else {
            Issue.record("expected .invalidNumber, got \(single)")
            return
        }
        #expect(detail.contains("TRACKING.TRACKINGNUMBER.EMPTY"))
        #expect {
            _ = try api.parseTrackingResponse(response, requested: ["", "771200000019"])
        } throws: { error in
            guard let error = error as? CarrierError, case .transient = error else { return false }
            return true
        }
        #expect(api.batchRejection(response, requested: ["", "771200000019"])?.named.isEmpty == true)
    }

    @Test("a body that is not JSON is malformedPayload")
    func notJSON() {
        #expect {
            _ = try api.parseTrackingResponse(WireResponse(status: 200, body: Array("<html>oops</html>".utf8)), requested: ["771200000019"])
        } throws: { error in
            guard case CarrierError.malformedPayload = error else { return false }
            return true
        }
    }

    @Test("completeTrackResults of the wrong type is malformedPayload naming the field")
    func wrongContainer() {
        let body = Array(#"{"output": {"completeTrackResults": "none"}}"#.utf8)
        #expect {
            _ = try api.parseTrackingResponse(WireResponse(status: 200, body: body), requested: ["771200000019"])
        } throws: { error in
            guard case CarrierError.malformedPayload(let detail) = error else { return false }
            return detail.contains("output.completeTrackResults")
        }
    }

    @Test("a 200 carrying only errors is classified by FedEx's code")
    func errorsInside200() {
        let body = Array(#"{"transactionId": "t", "errors": [{"code": "NOT.AUTHORIZED.ERROR", "message": "token expired"}]}"#.utf8)
        #expect {
            _ = try api.parseTrackingResponse(WireResponse(status: 200, body: body), requested: ["771200000019"])
        } throws: { error in
            guard case CarrierError.unauthorized(let detail) = error else { return false }
            return detail.contains("token expired")
        }
    }

    @Test("a 200 without output or errors is malformedPayload")
    func emptyObject() {
        #expect {
            _ = try api.parseTrackingResponse(WireResponse(status: 200, body: Array("{}".utf8)), requested: ["771200000019"])
        } throws: { error in
            guard case CarrierError.malformedPayload(let detail) = error else { return false }
            return detail.contains("completeTrackResults missing")
        }
    }

    @Test("a bare 404 NOT.FOUND.ERROR is not mistaken for an unknown number")
    func resourceNotFound() {
        let body = Array(#"{"errors": [{"code": "NOT.FOUND.ERROR", "message": "The resource you requested is no longer available."}]}"#.utf8)
        #expect {
            _ = try api.parseTrackingResponse(WireResponse(status: 404, body: body), requested: ["771200000019"])
        } throws: { error in
            guard case CarrierError.malformedPayload(let detail) = error else { return false }
            return detail.contains("NOT.FOUND.ERROR")
        }
    }
}
