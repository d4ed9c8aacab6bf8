@testable import CarrierDHL
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing

@Suite("DHL wording: sentences in the status field, and parcels picked up by their recipient")
struct StatusWordingTests {
    private func classify(_ event: DHLEvent, service: String? = "ecommerce") -> DHLEventClassification {
        var resolver = DHLMilestoneResolver(service: service, originCountry: "CN", destinationCountry: "US")
        return resolver.classify(event, eventCountry: "US")
    }

    @Test("a sentence in status, with no description, is read as wording before the category", arguments: [
        ("OUT FOR DELIVERY", "transit", Milestone.outForDelivery),
        ("LABEL CREATED", nil, .labelCreated),
        ("ARRIVAL DESTINATION DHL ECOMMERCE FACILITY", "transit", .sortArrived),
        ("DEPARTURE DHL DISTRIBUTION CENTER", "transit", .sortDeparted),
        ("ARRIVAL IN COUNTRY", "transit", .inTransit),
        ("PICKED UP BY CONSIGNEE FROM PICKUP LOCATION", "delivered", .delivered),
    ] as [(String, String?, Milestone)])
    func sentenceInStatus(_ status: String, _ category: String?, _ milestone: Milestone) {
        let result = classify(DHLEvent(statusCode: category, status: status))
        #expect(result == DHLEventClassification(milestone: milestone, carrierCode: category ?? "", isUnmapped: false))
    }

    @Test("the description is read before the sentence in status; a sentence we cannot read leaves the category")
    func descriptionFirstThenStatusThenCategory() {
        #expect(classify(DHLEvent(statusCode: "transit", status: "OUT FOR DELIVERY", description: "Delivered")).milestone == .delivered)
        #expect(classify(DHLEvent(statusCode: "transit", status: "OUT FOR DELIVERY", description: "Zustand 7")).milestone == .outForDelivery)
        #expect(classify(DHLEvent(statusCode: "transit", status: "SOMETHING NEW HAPPENED")).milestone == .inTransit)
        #expect(classify(DHLEvent(status: "SOMETHING NEW HAPPENED")) == DHLEventClassification(milestone: .unknown, carrierCode: "", isUnmapped: true))
    }

    @Test("a code in status is still a code, and its own wording is not read twice")
    func codesStayCodes() {
        #expect(classify(DHLEvent(statusCode: "transit", status: "597", description: "OUT FOR DELIVERY")) ==
            DHLEventClassification(milestone: .outForDelivery, carrierCode: "597", isUnmapped: false))
        #expect(classify(DHLEvent(statusCode: "transit", status: "OUT_FOR_DELIVERY"), service: "parcel-nl").milestone == .outForDelivery)
    }

    @Test("customs words in a status sentence reach the on-hold rule")
    func statusSentenceFeedsRefinements() {
        var resolver = DHLMilestoneResolver(service: "express", originCountry: "AU", destinationCountry: "AU")
        let result = resolver.classify(DHLEvent(statusCode: "transit", status: "OH"), eventCountry: "AU")
        #expect(result.milestone == .exception)
        var worded = DHLMilestoneResolver(service: "express", originCountry: "AU", destinationCountry: "AU")
        #expect(worded.classify(DHLEvent(statusCode: "transit", status: "SHIPMENT ON HOLD AWAITING IMPORT DUTIES"), eventCountry: "AU").milestone == .customsHeld)
    }

    @Test("a parcel picked up by its recipient is delivered; one picked up by the carrier is accepted", arguments: [
        ("PICKED UP BY CONSIGNEE FROM PICKUP LOCATION", Milestone.delivered),
        ("The shipment has been picked up by the recipient from Parcelshop", .delivered),
        ("Shipment picked up by Recipient in person at the sorting depot", .delivered),
        ("Picked up by the receiver at the DHL ServicePoint", .delivered),
        ("Collected by recipient at the service point", .delivered),
        ("Delivered - picked up from the Post Office", .delivered),
        ("PICKED UP FROM SENDER", .accepted),
        ("Picked up by DHL eCommerce", .accepted),
        ("Picked up at DHL ServicePoint by the courier", .accepted),
        ("Shipment picked up", .accepted),
    ])
    func pickupsByTheRecipient(_ description: String, _ milestone: Milestone) {
        #expect(classify(DHLEvent(statusCode: "transit", status: "99999", description: description)).milestone == milestone)
    }

    @Test("a pickup that did not happen is neither a delivery nor an acceptance", arguments: [
        ("The shipment has no been picked up by the recipient within the defined time and will be sent back to the sender", Milestone.returnToSender),
        ("The shipment was not picked up and is being returned to the sender", .returnToSender),
        ("Not collected by the recipient", .exception),
        ("Parcel has not been picked up by the recipient yet", .exception),
        ("Nothing picked up by the courier", .exception),
    ])
    func pickupsThatDidNotHappen(_ description: String, _ milestone: Milestone) {
        #expect(classify(DHLEvent(statusCode: "transit", status: "99999", description: description)).milestone == milestone)
    }

    @Test("an eCommerce answer with its sentences in status parses into the right timeline")
    func statusSentencesThroughTheParser() throws {
        let body = """
            {"shipments":[{"id":"GM77","service":"ecommerce","events":[
              {"timestamp":"2024-05-09T16:25:00-05:00","statusCode":"delivered","status":"PICKED UP BY CONSIGNEE FROM PICKUP LOCATION"},
              {"timestamp":"2024-05-08T07:50:00-05:00","statusCode":"transit","status":"OUT FOR DELIVERY"},
              {"timestamp":"2024-05-07T21:15:00-05:00","statusCode":"transit","status":"ARRIVAL DESTINATION DHL ECOMMERCE FACILITY"},
              {"timestamp":"2024-05-06T10:00:00-05:00","status":"LABEL CREATED"}]}]}
            """
        let outcomes = try DHLTrackingAPI().parseTrackingResponse(WireResponse(status: 200, body: Array(body.utf8)), requested: ["GM77"])
        guard case .found(let snapshot)? = outcomes["GM77"] else {
            Issue.record("expected a snapshot, got \(String(describing: outcomes["GM77"]))")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [.labelCreated, .sortArrived, .outForDelivery, .delivered])
        // The sentence is also the scan's text, for the timeline and the customer page.
        #expect(snapshot.events.map(\.description) == [
            "LABEL CREATED", "ARRIVAL DESTINATION DHL ECOMMERCE FACILITY", "OUT FOR DELIVERY",
            "PICKED UP BY CONSIGNEE FROM PICKUP LOCATION",
        ])
        #expect(snapshot.unmappedCodes.isEmpty)
    }
}
