@testable import CarrierDHL
import Foundation
import ShipwatchCore
import Testing

@Suite("DHL milestone resolution in context")
struct MilestoneResolverTests {
    private func resolver(_ origin: String? = "CN", _ destination: String? = "DE", service: String? = "express") -> DHLMilestoneResolver {
        DHLMilestoneResolver(service: service, originCountry: origin, destinationCountry: destination)
    }

    private func event(_ code: String?, category: String? = "transit", _ description: String = "", remark: String? = nil) -> DHLEvent {
        DHLEvent(statusCode: category, status: code, description: description, remark: remark)
    }

    @Test("OH is a customs hold when the text speaks of duties, wherever it happens")
    func onHoldWithCustomsWording() {
        var resolver = resolver("AU", "AU")
        let result = resolver.classify(event("OH", "Shipment is on hold", remark: "Awaiting payment of import duties"), eventCountry: "AU")
        #expect(result == DHLEventClassification(milestone: .customsHeld, carrierCode: "OH", isUnmapped: false))
    }

    @Test("OH on a domestic shipment without customs wording is an exception")
    func onHoldDomestic() {
        var resolver = resolver("AU", "AU")
        #expect(resolver.classify(event("OH", "Shipment is on hold"), eventCountry: "AU").milestone == .exception)
    }

    @Test("OH in the destination country before any clearance is a customs hold")
    func onHoldAtImportGateway() {
        var resolver = resolver()
        #expect(resolver.classify(event("AF", "Arrived"), eventCountry: "DE").milestone == .sortArrived)
        #expect(resolver.classify(event("OH", "Shipment is on hold"), eventCountry: "DE").milestone == .customsHeld)
    }

    @Test("OH in the destination country after clearance is an exception")
    func onHoldAfterClearance() {
        var resolver = resolver()
        #expect(resolver.classify(event("CR", "Clearance processing complete at LEIPZIG - GERMANY"), eventCountry: "DE").milestone == .customsReleased)
        #expect(resolver.classify(event("OH", "Shipment is on hold"), eventCountry: "DE").milestone == .exception)
    }

    @Test("OH while an import customs stage is open is a customs hold even without a known location")
    func onHoldWhileCustomsOpen() {
        var resolver = resolver(nil, nil)
        #expect(resolver.classify(event("RR", "Customs status updated"), eventCountry: nil).milestone == .customsInProgress)
        #expect(resolver.classify(event("OH", "Shipment is on hold"), eventCountry: nil).milestone == .customsHeld)
    }

    @Test("CR in the origin country, or worded as export, is export clearance")
    func clearanceAtOrigin() {
        var resolver = resolver()
        #expect(resolver.classify(event("CR", "Clearance processing complete at SHENZHEN - CHINA MAINLAND"), eventCountry: "CN").milestone == .customsExport)
        #expect(resolver.classify(event("CR", "Clearance processing complete", remark: "Export clearance done"), eventCountry: nil).milestone == .customsExport)
        #expect(resolver.classify(event("BR", "Broker release"), eventCountry: "DE").milestone == .customsReleased)
    }

    @Test("an unknown code is kept as unknown and reported, unless the category settles the stage")
    func unknownCodes() {
        var resolver = resolver()
        #expect(resolver.classify(event("QQ", "Something new"), eventCountry: nil) == DHLEventClassification(milestone: .unknown, carrierCode: "QQ", isUnmapped: true))
        #expect(resolver.classify(event("QQ", category: "delivered", "Delivered to neighbour"), eventCountry: nil) == DHLEventClassification(milestone: .delivered, carrierCode: "QQ", isUnmapped: true))
        #expect(resolver.classify(event("QQ", category: "unknown", "?"), eventCountry: nil).milestone == .unknown)
    }

    @Test("without a code the wording decides, then the category")
    func wordingThenCategory() {
        var resolver = resolver()
        #expect(resolver.classify(event(nil, category: nil, "Shipment picked up"), eventCountry: nil) == DHLEventClassification(milestone: .accepted, carrierCode: "", isUnmapped: false))
        #expect(resolver.classify(event(nil, category: "transit", "Shipment is moving"), eventCountry: nil) == DHLEventClassification(milestone: .inTransit, carrierCode: "transit", isUnmapped: false))
        #expect(resolver.classify(event(nil, category: "unknown", "No information"), eventCountry: nil).milestone == .info)
        #expect(resolver.classify(event(nil, category: nil, "Shipment cancelled by the shipper"), eventCountry: nil).milestone == .cancelled)
        #expect(resolver.classify(event(nil, category: nil, "Mystery"), eventCountry: nil) == DHLEventClassification(milestone: .unknown, carrierCode: "", isUnmapped: true))
    }

    @Test("a category word in the status field counts as the category; long text in status is not a code")
    func statusFieldVariants() {
        var resolver = resolver()
        #expect(resolver.classify(event("delivered", category: nil, "Done"), eventCountry: nil) == DHLEventClassification(milestone: .delivered, carrierCode: "delivered", isUnmapped: false))
        #expect(resolver.classify(event("The shipment has been delivered", category: nil, "Delivered"), eventCountry: nil).milestone == .delivered)
    }

    @Test("wording table", arguments: [
        ("Delivered - Signed for by: J. DOE", Milestone.delivered),
        ("Delivered", .delivered),
        ("Delivery attempted; recipient not home", .deliveryAttempted),
        ("With delivery courier", .outForDelivery),
        ("Arrived at Delivery Facility in SHARJAH - UNITED ARAB EMIRATES", .sortArrived),
        ("Arrived at Sort Facility BRUSSELS - BELGIUM", .sortArrived),
        ("Processed at KARACHI - PAKISTAN", .sortProcessed),
        ("Departed Facility in CINCINNATI HUB - USA", .sortDeparted),
        ("Transferred through DUBAI - UNITED ARAB EMIRATES", .inTransit),
        ("Customs clearance status updated", .customsInProgress),
        ("Shipment on hold", .customsHeld),
        ("Payment is received and recorded for shipment related fees", .customsInProgress),
        ("Clearance processing complete at SOUTHERN ALBERTA - CANADA", .customsReleased),
        ("Returned to shipper", .returnToSender),
        ("Awaiting collection by recipient as requested", .availableForPickup),
        ("Shipment information received", .labelCreated),
    ])
    func wording(_ description: String, _ milestone: Milestone) {
        // An import customs stage is open, so a bare "on hold" reads as a customs hold.
        var resolver = DHLMilestoneResolver(service: "express", originCountry: "PK", destinationCountry: "CA")
        _ = resolver.classify(DHLEvent(status: "RR"), eventCountry: nil)
        let event = DHLEvent(description: description)
        #expect(resolver.classify(event, eventCountry: "CA").milestone == milestone)
    }
}
