import CarrierDHL
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing

@Suite("DHL answers: not found, errors, isolation of malformed shipments")
struct ResponseParsingTests {
    private let api = DHLTrackingAPI()

    private func answer(_ json: String, status: Int = 200, headers: [WireField] = []) -> WireResponse {
        WireResponse(status: status, headers: headers, body: Array(json.utf8))
    }

    private static let goodShipment = """
    {"id": "1111111111", "service": "express",
     "events": [{"timestamp": "2025-03-08T06:55:00+01:00", "statusCode": "transit", "status": "AF",
                 "description": "Arrived at DHL Sort Facility LEIPZIG - GERMANY",
                 "location": {"address": {"addressLocality": "LEIPZIG - GERMANY"}}}]}
    """

    @Test("404 with DHL's problem document is a typed not-found, not an error")
    func notFound() throws {
        let response = try Fixtures.response("not-found.json", status: 404, headers: [WireField("Content-Type", "application/problem+json")])
        let outcomes = try api.parseTrackingResponse(response, requested: ["4820000000"])
        #expect(outcomes == ["4820000000": .notFound(detail: "No result found: No shipment with given tracking number found.")])
    }

    @Test("404 without a body is still not-found")
    func notFoundWithoutBody() throws {
        let outcomes = try api.parseTrackingResponse(answer("", status: 404), requested: ["123"])
        guard case .notFound? = outcomes["123"] else {
            Issue.record("expected notFound, got \(String(describing: outcomes["123"]))")
            return
        }
    }

    @Test("an answer without shipments is not-found for the number")
    func emptyShipments() throws {
        let outcomes = try api.parseTrackingResponse(answer(#"{"shipments": []}"#), requested: ["123"])
        guard case .notFound? = outcomes["123"] else {
            Issue.record("expected notFound, got \(String(describing: outcomes["123"]))")
            return
        }
    }

    @Test("401 (invalid key) throws unauthorized with DHL's explanation")
    func unauthorized() throws {
        let response = try Fixtures.response("error-401-invalid-key.json", status: 401)
        #expect(throws: CarrierError.unauthorized(detail: "HTTP 401: Unauthorized: Unauthorized for given resource.")) {
            try api.parseTrackingResponse(response, requested: ["1"])
        }
    }

    @Test("429 throws rate-limited with the Retry-After seconds")
    func rateLimited() throws {
        let response = try Fixtures.response("error-429-quota.json", status: 429, headers: [WireField("Retry-After", "30")])
        #expect(throws: CarrierError.rateLimited(retryAfter: 30)) {
            try api.parseTrackingResponse(response, requested: ["1"])
        }
        let withoutHeader = try Fixtures.response("error-429-quota.json", status: 429)
        #expect(throws: CarrierError.rateLimited(retryAfter: nil)) {
            try api.parseTrackingResponse(withoutHeader, requested: ["1"])
        }
    }

    @Test("5xx problem documents are transient", arguments: [500, 502, 503])
    func serverErrors(_ status: Int) {
        let response = answer(#"{"title": "Service Unavailable", "status": \#(status), "detail": "Try again later."}"#, status: status)
        #expect(throws: CarrierError.transient(detail: "HTTP \(status): Service Unavailable: Try again later.")) {
            try api.parseTrackingResponse(response, requested: ["1"])
        }
    }

    @Test("400 (bad query) is reported as an unexpected answer with DHL's detail")
    func badRequest() {
        let response = answer(#"{"title": "Bad Request", "status": "400", "detail": "Unknown service."}"#, status: 400)
        #expect(throws: CarrierError.malformedPayload(detail: "unexpected HTTP 400: Bad Request: Unknown service.")) {
            try api.parseTrackingResponse(response, requested: ["1"])
        }
    }

    @Test("an unreadable 200 body throws malformedPayload", arguments: [
        "<html>gateway timeout</html>", "[1, 2]", #"{"shipments": "none"}"#, "",
    ])
    func unreadableBody(_ body: String) {
        #expect {
            try api.parseTrackingResponse(answer(body), requested: ["1"])
        } throws: { error in
            guard let error = error as? CarrierError, case .malformedPayload = error else { return false }
            return true
        }
    }

    @Test("one malformed shipment does not lose the other, and its detail names the field")
    func malformedShipmentIsIsolated() throws {
        let broken = """
        {"id": "2222222222", "service": "express",
         "events": [{"timestamp": "2025-03-08T06:55:00+01:00", "status": "AF"}, {"timestamp": 20250307, "status": "PU"}]}
        """
        let response = answer(#"{"shipments": [\#(Self.goodShipment), \#(broken)]}"#)
        let outcomes = try api.parseTrackingResponse(response, requested: ["1111111111", "2222222222"])
        guard case .found(let snapshot)? = outcomes["1111111111"] else {
            Issue.record("good shipment lost: \(String(describing: outcomes["1111111111"]))")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.sortArrived])
        guard case .malformed(let detail)? = outcomes["2222222222"] else {
            Issue.record("expected malformed, got \(String(describing: outcomes["2222222222"]))")
            return
        }
        #expect(detail.hasPrefix("shipments[1].events[1].timestamp"))
    }

    @Test("an event whose time cannot be read is left out and reported with its path; the others are kept", arguments: [
        (#""timestamp": "yesterday at noon""#, "unreadable time \"yesterday at noon\""),
        (#""timestamp": null"#, "missing"),
    ])
    func unreadableEventTime(_ field: String, _ expectedReason: String) throws {
        let response = answer(#"{"shipments": [{"id": "3", "events": [{\#(field), "status": "PU"}, {"timestamp": "2025-03-08T06:55:00+01:00", "status": "AF"}]}]}"#)
        let outcomes = try api.parseTrackingResponse(response, requested: ["3"])
        guard case .found(let snapshot)? = outcomes["3"] else {
            Issue.record("expected found, got \(String(describing: outcomes["3"]))")
            return
        }
        #expect(snapshot.events.map(\.carrierCode) == ["AF"])
        #expect(snapshot.skippedScans.map(\.path) == ["shipments[0].events[0].timestamp"])
        #expect(snapshot.skippedScans.first?.reason.hasPrefix(expectedReason) == true)
    }

    @Test("a number the answer does not mention is malformed when several were asked for")
    func unmentionedNumber() throws {
        let outcomes = try api.parseTrackingResponse(answer(#"{"shipments": [\#(Self.goodShipment)]}"#), requested: ["1111111111", "9999999999"])
        guard case .found? = outcomes["1111111111"] else {
            Issue.record("expected found")
            return
        }
        #expect(outcomes["9999999999"] == .malformed(detail: "DHL's answer does not mention 9999999999"))
    }

    @Test("a piece-id lookup answered with the waybill is found under the number asked for")
    func pieceIdLookup() throws {
        let answer = answer(#"{"shipments": [{"id": "5527316640", "service": "express", "details": {"pieceIds": ["JD014600009912340001"]}, "events": []}]}"#)
        let outcomes = try api.parseTrackingResponse(answer, requested: ["JD014600009912340001"])
        guard case .found(let snapshot)? = outcomes["JD014600009912340001"] else {
            Issue.record("expected found, got \(String(describing: outcomes["JD014600009912340001"]))")
            return
        }
        #expect(snapshot.trackingNumber == "JD014600009912340001")
        #expect(snapshot.events.isEmpty)
    }

    @Test("with one number asked for, the readable shipment with that id wins over other divisions")
    func prefersMatchingId() throws {
        let other = #"{"id": "OTHER-1", "service": "dgf", "events": [{"timestamp": "2025-01-01T10:00:00Z", "statusCode": "transit"}]}"#
        let outcomes = try api.parseTrackingResponse(answer(#"{"shipments": [\#(other), \#(Self.goodShipment)]}"#), requested: ["1111 111 111"])
        guard case .found(let snapshot)? = outcomes["1111 111 111"] else {
            Issue.record("expected found")
            return
        }
        #expect(snapshot.service == "express")
    }

    @Test("an unknown code keeps its event, shows up in unmappedCodes and keeps its raw JSON")
    func unknownCodeIsKept() throws {
        let json = """
        {"shipments": [{"id": "7", "service": "express", "events": [
          {"timestamp": "2025-05-02T10:00:00+02:00", "statusCode": "transit", "status": "ZQ", "description": "New kind of scan",
           "servicePoint": {"label": "Packstation 123"}},
          {"timestamp": "2025-05-01T09:00:00+02:00", "statusCode": "transit", "status": "PU", "description": "Shipment picked up"}]}]}
        """
        let outcomes = try api.parseTrackingResponse(answer(json), requested: ["7"])
        guard case .found(let snapshot)? = outcomes["7"] else {
            Issue.record("expected found")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.accepted, .unknown])
        #expect(snapshot.events[1].carrierCode == "ZQ")
        #expect(snapshot.events[1].raw.contains("Packstation 123"))
        #expect(snapshot.unmappedCodes == [UnmappedCode(carrier: .dhl, code: "ZQ", description: "New kind of scan")])
    }

    @Test("lenient types: numeric id and postal code, textual counts and flags, lone strings for lists")
    func lenientTypes() throws {
        let answer = try JSONDecoder().decode(DHLTrackingResponse.self, from: Data(try Fixtures.bytes("express-odd-time-formats.json")))
        let shipment = try #require(answer.shipments?.first)
        #expect(shipment.id == "7350012845")
        #expect(shipment.details?.totalNumberOfPieces == 1)
        #expect(shipment.details?.proofOfDeliverySignedAvailable == false)
        #expect(shipment.details?.pieceIds == ["JD014600003344550001"])
        #expect(shipment.details?.weight?.value == 1.5)
        #expect(shipment.destination?.address?.postalCode == "10115")
        #expect(answer.possibleAdditionalShipmentsUrl == ["/track/shipments?trackingNumber=7350012845&service=parcel-de"])
    }

    @Test("lists with numbers or nulls inside still read as text lists")
    func mixedLists() throws {
        let json = #"{"pieceIds": [123, null, "JD01"], "totalNumberOfPieces": "two", "proofOfDeliverySignedAvailable": 1}"#
        let details = try JSONDecoder().decode(DHLShipmentDetails.self, from: Data(json.utf8))
        #expect(details.pieceIds == ["123", "JD01"])
        #expect(details.totalNumberOfPieces == nil)
        #expect(details.proofOfDeliverySignedAvailable == true)
    }
}
