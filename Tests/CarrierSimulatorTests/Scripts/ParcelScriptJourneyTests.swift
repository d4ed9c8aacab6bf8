import CarrierCatalog
import CarrierDHL
import CarrierFedEx
@testable import CarrierSimulator
import CarrierUPS
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("ParcelScript: moving and finished parcels")
struct ParcelScriptJourneyTests {
    let anchor = Instants.utc("2025-01-15T12:00:00Z")

    @Test("in transit: more scans appear as now advances, until delivered", arguments: CarrierCatalog.roster.carriers)
    func inTransitAdvances(carrier: Carrier) throws {
        let script = ParcelScript(carrier: carrier, anchor: anchor)
        let atAnchor = try #require(script.parcel(trackingNumber: "N", scenario: .inTransit, now: anchor))
        #expect(atAnchor.scans.map(\.milestone) == [.labelCreated, .accepted, .sortArrived, .sortProcessed, .sortDeparted])
        #expect(atAnchor.scans.last?.occurredAt == anchor.addingTimeInterval(-6 * Instants.hour))
        #expect(atAnchor.signedBy == nil)
        #expect(atAnchor.estimatedDelivery != nil)

        let sevenHoursLater = try #require(script.parcel(trackingNumber: "N", scenario: .inTransit, now: anchor.addingTimeInterval(7 * Instants.hour)))
        #expect(sevenHoursLater.scans.count == 6)
        #expect(sevenHoursLater.scans.last?.milestone == .sortArrived)
        #expect(sevenHoursLater.scans.last?.location.city == (carrier == .dhl ? "Leipzig" : "Memphis"))

        let delivered = try #require(script.parcel(trackingNumber: "N", scenario: .inTransit, now: anchor.addingTimeInterval(27 * Instants.hour)))
        #expect(delivered.scans.last?.milestone == .delivered)
        #expect(delivered.scans.count == 9)
        #expect(delivered.signedBy == "J SMITH")
        #expect(delivered.estimatedDelivery == nil)

        var previous: [SimulatedScan] = []
        for hour in 0...30 {
            let now = anchor.addingTimeInterval(Double(hour) * Instants.hour)
            let scans = try #require(script.parcel(trackingNumber: "N", scenario: .inTransit, now: now)).scans
            #expect(Array(scans.prefix(previous.count)) == previous, "hour \(hour): earlier scans must not change")
            #expect(scans.allSatisfy { $0.occurredAt <= now }, "hour \(hour): no scan from the future")
            previous = scans
        }
    }

    @Test("the estimated delivery is the delivery scan's local date", arguments: CarrierCatalog.roster.carriers)
    func estimatedDelivery(carrier: Carrier) throws {
        let parcel = try #require(ParcelScript(carrier: carrier, anchor: anchor).parcel(trackingNumber: "N", scenario: .inTransit, now: anchor))
        // Delivery at anchor + 27 h = 2025-01-16T15:00Z: 08:00 in Denver, 16:00 in Munich, both on the 16th.
        #expect(parcel.estimatedDelivery == LocalDateTime(year: 2025, month: 1, day: 16))
    }

    @Test("domestic delivered: delivered 13 hours before the anchor, signed for", arguments: CarrierCatalog.roster.carriers)
    func domesticDelivered(carrier: Carrier) throws {
        let parcel = try #require(ParcelScript(carrier: carrier, anchor: anchor).parcel(trackingNumber: "N", scenario: .domesticDelivered, now: anchor))
        #expect(parcel.scans.map(\.milestone) == [
            .labelCreated, .accepted, .sortArrived, .sortProcessed, .sortDeparted, .sortArrived, .sortDeparted, .outForDelivery, .delivered,
        ])
        #expect(parcel.scans.last?.occurredAt == anchor.addingTimeInterval(-13 * Instants.hour))
        #expect(parcel.scans.last?.location.city == (carrier == .dhl ? "Munich" : "Denver"))
        #expect(parcel.signedBy == "J SMITH")
        #expect(parcel.originCountry == (carrier == .dhl ? "DE" : "US"))
        #expect(parcel.trackingNumber == "N")
    }

    @Test("international through customs: every customs stage, then delivered", arguments: CarrierCatalog.roster.carriers)
    func internationalThroughCustoms(carrier: Carrier) throws {
        let parcel = try #require(
            ParcelScript(carrier: carrier, anchor: anchor).parcel(trackingNumber: "N", scenario: .internationalThroughCustoms, now: anchor)
        )
        let milestones = parcel.scans.map(\.milestone)
        #expect(milestones.filter(\.isCustoms) == [.customsExport, .customsInProgress, .customsHeld, .customsReleased])
        #expect(milestones.last == .delivered)
        #expect(parcel.scans.last?.occurredAt == anchor.addingTimeInterval(-14 * Instants.hour))
        #expect(parcel.originCountry == "CN")
        let internationalServices: [Carrier: String] = [
            .usps: "Priority Mail International", .ups: "UPS Worldwide Saver", .fedex: "FedEx International Priority", .dhl: "Express Worldwide",
        ]
        #expect(parcel.service == internationalServices[carrier])
        #expect(parcel.signedBy == "J SMITH")
    }

    @Test("delivery exception: ends in an exception 3 hours before the anchor", arguments: CarrierCatalog.roster.carriers)
    func deliveryException(carrier: Carrier) throws {
        let parcel = try #require(ParcelScript(carrier: carrier, anchor: anchor).parcel(trackingNumber: "N", scenario: .deliveryException, now: anchor))
        let last = try #require(parcel.scans.last)
        #expect(last.milestone == .exception)
        #expect(last.occurredAt == anchor.addingTimeInterval(-3 * Instants.hour))
        #expect(last.description == "Package damaged; delivery not possible")
        #expect(parcel.scans.dropLast().last?.milestone == .outForDelivery)
        #expect(parcel.signedBy == nil)
    }

    @Test("return to sender: an attempt, then returning", arguments: CarrierCatalog.roster.carriers)
    func returnToSender(carrier: Carrier) throws {
        let parcel = try #require(ParcelScript(carrier: carrier, anchor: anchor).parcel(trackingNumber: "N", scenario: .returnToSender, now: anchor))
        #expect(Array(parcel.scans.map(\.milestone).suffix(3)) == [.outForDelivery, .deliveryAttempted, .returnToSender])
        #expect(parcel.scans.last?.occurredAt == anchor.addingTimeInterval(-10 * Instants.hour))
        #expect(parcel.signedBy == nil)
    }

    @Test(
        "every story is in time order and shows nothing from the future",
        arguments: [
            Scenario.domesticDelivered, .inTransit, .internationalThroughCustoms, .customsStall(days: 3), .sortingStall(days: 2),
            .neverScanned(days: 1), .deliveryException, .returnToSender,
        ]
    )
    func ordered(scenario: Scenario) throws {
        for carrier in CarrierCatalog.roster.carriers {
            let parcel = try #require(ParcelScript(carrier: carrier, anchor: anchor).parcel(trackingNumber: "N", scenario: scenario, now: anchor))
            let times = parcel.scans.map(\.occurredAt)
            #expect(times == times.sorted(), "\(carrier) \(scenario)")
            #expect(times.allSatisfy { $0 <= anchor }, "\(carrier) \(scenario)")
        }
    }
}
