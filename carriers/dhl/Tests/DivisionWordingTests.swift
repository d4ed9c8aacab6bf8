import CarrierDHL
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing

@Suite("DHL codes outside our table: the wording decides before unknown")
struct DivisionWordingTests {
    @Test("an eCommerce parcel with codes we do not hold still gets every milestone family")
    func eCommerceCodesFallBackOnTheirWording() throws {
        let snapshot = try Fixtures.snapshot("ecommerce-milestone-families.json", number: "GM2951173059004812")
        #expect(snapshot.events.map(\.milestone) == [
            .labelCreated, .accepted, .sortArrived, .sortProcessed, .sortDeparted, .inTransit, .customsInProgress,
            .customsReleased, .outForDelivery, .deliveryAttempted, .availableForPickup, .delivered,
        ])
        #expect(Timeline(events: snapshot.events).derivedStatus == .delivered)
    }

    @Test("codes the table does not hold are still reported as unmapped, with their wording")
    func unheldCodesAreReported() throws {
        let snapshot = try Fixtures.snapshot("ecommerce-milestone-families.json", number: "GM2951173059004812")
        #expect(Set(snapshot.unmappedCodes.map(\.code)) == ["920", "921", "922", "923", "925"])
        #expect(snapshot.unmappedCodes.first { $0.code == "920" }?.description == "Out for delivery")
    }

    @Test("in every division, a code we do not hold is read from its wording and still reported", arguments: [
        ("express", "QQ"), ("ecommerce", "921"), ("ecommerce-europe", "501"), ("ecommerce-apac", "77999"),
        ("ecommerce-ppl", "610"), ("parcel-de", "XY"), ("parcel-nl", "PARCEL_TELEPORTED"), ("parcel-pl", "ZZZ_NEW"),
    ])
    func unknownCodesOfEveryDivisionFallBackOnWording(_ service: String, _ code: String) throws {
        #expect(DHLStatusTable.lookup(code: code, service: service) == nil, "\(service) \(code) must be unknown for this test")
        let body = """
            {"shipments":[{"id":"N1","service":"\(service)","events":[
              {"timestamp":"2024-05-07T08:12:00+02:00","statusCode":"transit","status":"\(code)","description":"Out for delivery"},
              {"timestamp":"2024-05-06T16:40:00+02:00","statusCode":"transit","status":"\(code)","description":"Ready for pickup at the parcel shop"}]}]}
            """
        let outcomes = try DHLTrackingAPI().parseTrackingResponse(WireResponse(status: 200, body: Array(body.utf8)), requested: ["N1"])
        guard case .found(let snapshot)? = outcomes["N1"] else {
            Issue.record("expected a snapshot, got \(String(describing: outcomes["N1"]))")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.availableForPickup, .outForDelivery])
        #expect(snapshot.unmappedCodes.map(\.code) == [code, code])
    }

    @Test("an unknown code with wording we cannot read stays unknown")
    func unreadableWordingStaysUnknown() throws {
        let body = """
            {"shipments":[{"id":"GM1","service":"ecommerce","events":[
              {"timestamp":"2024-05-02T09:10:00+08:00","statusCode":"transit","status":"999","description":"Zustand 7"}]}]}
            """
        let outcomes = try DHLTrackingAPI().parseTrackingResponse(WireResponse(status: 200, body: Array(body.utf8)), requested: ["GM1"])
        guard case .found(let snapshot)? = outcomes["GM1"] else {
            Issue.record("expected a snapshot, got \(String(describing: outcomes["GM1"]))")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.unknown])
        #expect(snapshot.unmappedCodes.map(\.code) == ["999"])
    }
}

@Suite("DHL wall times without an offset take their zone from the scan's country")
struct ZoneInferenceTests {
    @Test("on the westward route the timeline keeps DHL's order: Leipzig departure before East Midlands arrival")
    func westwardRouteKeepsTheCarrierOrder() throws {
        let snapshot = try Fixtures.snapshot("express-westward-no-offset.json", number: "7719042263")
        let timeline = Timeline(events: snapshot.events)
        #expect(timeline.events.map(\.carrierSequence) == Array(0..<snapshot.events.count))
        #expect(zip(timeline.events, timeline.events.dropFirst()).allSatisfy { $0.occurredAt <= $1.occurredAt })
        #expect(timeline.derivedStatus == .delivered)
    }

    @Test("an event without a usable time is left out and reported; the rest are stored")
    func undatedEventsCostOnlyThemselves() throws {
        let snapshot = try Fixtures.snapshot("express-undated-event.json", number: "7719042264")
        #expect(snapshot.events.count == 10)
        #expect(snapshot.skippedScans.count == 2)
        #expect(snapshot.skippedScans.map(\.path).allSatisfy { $0.hasPrefix("shipments[0].events[") && $0.hasSuffix("].timestamp") })
        #expect(snapshot.skippedScans.contains { $0.reason.contains("\"soon\"") })
        #expect(snapshot.events.last?.milestone == .delivered)
    }

    @Test("the dhl service setting is sent as the service parameter")
    func serviceParameterIsSent() {
        let request = DHLTrackingAPI(service: "parcel-de").trackingRequest(
            numbers: ["00340434161094027713"], credentials: CarrierCredentials(apiKey: "k"), accessToken: nil, requestID: "r")
        #expect(request.query.contains(WireField("service", "parcel-de")))
    }
}
