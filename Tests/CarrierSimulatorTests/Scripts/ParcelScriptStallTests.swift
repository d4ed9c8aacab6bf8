import CarrierCatalog
import CarrierDHL
@testable import CarrierSimulator
import Foundation
import ShipwatchCore
import Testing

@Suite("ParcelScript: stalls, never scanned, not found")
struct ParcelScriptStallTests {
    let anchor = Instants.utc("2025-01-15T12:00:00Z")

    @Test("customs stall: last scan held in customs N days before the anchor, and it stays there", arguments: CarrierCatalog.roster.carriers, [1, 9])
    func customsStall(carrier: Carrier, days: Int) throws {
        let script = ParcelScript(carrier: carrier, anchor: anchor)
        let parcel = try #require(script.parcel(trackingNumber: "N", scenario: .customsStall(days: days), now: anchor))
        let last = try #require(parcel.scans.last)
        #expect(last.milestone == .customsHeld)
        #expect(last.occurredAt == anchor.addingTimeInterval(-Double(days) * Instants.day))
        #expect(parcel.scans.map(\.milestone) == [
            .labelCreated, .accepted, .sortArrived, .sortDeparted, .customsExport, .sortArrived, .customsInProgress, .customsHeld,
        ])
        #expect(parcel.originCountry == "CN")
        #expect(parcel.destinationCountry == (carrier == .dhl ? "DE" : "US"))
        #expect(parcel.signedBy == nil)
        #expect(parcel.estimatedDelivery == nil)
        let monthLater = script.parcel(trackingNumber: "N", scenario: .customsStall(days: days), now: anchor.addingTimeInterval(30 * Instants.day))
        #expect(monthLater == parcel)
    }

    @Test("sorting stall: last scan processed in a sort facility N days before the anchor", arguments: CarrierCatalog.roster.carriers, [2, 6])
    func sortingStall(carrier: Carrier, days: Int) throws {
        let script = ParcelScript(carrier: carrier, anchor: anchor)
        let parcel = try #require(script.parcel(trackingNumber: "N", scenario: .sortingStall(days: days), now: anchor))
        let last = try #require(parcel.scans.last)
        #expect(last.milestone == .sortProcessed)
        #expect(last.occurredAt == anchor.addingTimeInterval(-Double(days) * Instants.day))
        #expect(last.location.city == (carrier == .dhl ? "Hamburg" : "Columbus"))
        #expect(parcel.scans.map(\.milestone) == [.labelCreated, .accepted, .sortArrived, .sortProcessed])
        #expect(parcel.originCountry == parcel.destinationCountry)
        let weekLater = script.parcel(trackingNumber: "N", scenario: .sortingStall(days: days), now: anchor.addingTimeInterval(7 * Instants.day))
        #expect(weekLater == parcel)
    }

    @Test("never scanned: only the label, N days before the anchor", arguments: CarrierCatalog.roster.carriers)
    func neverScanned(carrier: Carrier) throws {
        let script = ParcelScript(carrier: carrier, anchor: anchor)
        let parcel = try #require(script.parcel(trackingNumber: "N", scenario: .neverScanned(days: 4), now: anchor))
        #expect(parcel.scans.map(\.milestone) == [.labelCreated])
        #expect(parcel.scans.first?.occurredAt == anchor.addingTimeInterval(-4 * Instants.day))
        #expect(parcel.scans.first?.location.city == (carrier == .dhl ? "Hamburg" : "Dayton"))
        #expect(parcel.signedBy == nil)
    }

    @Test("not found: the carrier never knows the number", arguments: CarrierCatalog.roster.carriers)
    func notFound(carrier: Carrier) {
        let script = ParcelScript(carrier: carrier, anchor: anchor)
        for daysLater in [0.0, 1, 30, 365] {
            #expect(script.parcel(trackingNumber: "N", scenario: .notFound, now: anchor.addingTimeInterval(daysLater * Instants.day)) == nil)
        }
    }

    @Test("late found: unknown before H hours, known from then on", arguments: CarrierCatalog.roster.carriers)
    func lateFound(carrier: Carrier) throws {
        let script = ParcelScript(carrier: carrier, anchor: anchor)
        let visibleFrom = anchor.addingTimeInterval(3 * Instants.hour)
        #expect(script.parcel(trackingNumber: "N", scenario: .lateFound(hours: 3), now: anchor) == nil)
        #expect(script.parcel(trackingNumber: "N", scenario: .lateFound(hours: 3), now: visibleFrom.addingTimeInterval(-1)) == nil)
        let first = try #require(script.parcel(trackingNumber: "N", scenario: .lateFound(hours: 3), now: visibleFrom))
        #expect(first.scans.map(\.milestone) == [.labelCreated])
        #expect(first.scans.first?.occurredAt == visibleFrom.addingTimeInterval(-Instants.hour))
        let later = try #require(script.parcel(trackingNumber: "N", scenario: .lateFound(hours: 3), now: visibleFrom.addingTimeInterval(2 * Instants.day)))
        #expect(later.scans.last?.milestone == .delivered)
    }
}
