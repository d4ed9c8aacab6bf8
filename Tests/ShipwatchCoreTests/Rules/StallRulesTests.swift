import Foundation
import Testing
@testable import ShipwatchCore

@Suite("Stage rules: customs, sorting, no movement, carrier exception, returned to sender")
struct StallRulesTests {
    typealias F = RulesFixture

    struct StallCase: Sendable, CustomTestStringConvertible {
        var name: String
        var events: [ScanEvent]
        /// Days after `t0`.
        var now: Double
        var destination: String? = "US"
        var expected: [RuleVerdict]
        var testDescription: String { name }
    }

    static let cases: [StallCase] = [
        // customs_stall: watch at 3, act at 7 days.
        StallCase(name: "customs held 2.9 days: nothing yet", events: [F.scan(.customsHeld, 0)], now: 2.9, expected: []),
        StallCase(name: "customs held 3 days: watch", events: [F.scan(.customsHeld, 0)], now: 3, expected: [RuleVerdict(.customsStall, .watch)]),
        StallCase(name: "customs held 6.9 days: still watch", events: [F.scan(.customsHeld, 0)], now: 6.9, expected: [RuleVerdict(.customsStall, .watch)]),
        StallCase(name: "customs held 7 days: act", events: [F.scan(.customsHeld, 0)], now: 7, expected: [RuleVerdict(.customsStall, .act)]),
        StallCase(name: "repeated customs scans do not restart the clock",
                  events: [F.scan(.customsInProgress, 0), F.scan(.customsHeld, 2, city: "Jamaica"), F.scan(.customsInProgress, 5)],
                  now: 7, expected: [RuleVerdict(.customsStall, .act)]),
        StallCase(name: "released from customs: the customs clock stops",
                  events: [F.scan(.customsInProgress, 0), F.scan(.customsReleased, 6.5)], now: 7, expected: []),
        // sorting_stall: watch at 2, act at 5 days in one facility.
        StallCase(name: "in a sort facility 1.9 days", events: [F.scan(.sortArrived, 0)], now: 1.9, expected: []),
        StallCase(name: "in a sort facility 2 days: watch", events: [F.scan(.sortArrived, 0)], now: 2, expected: [RuleVerdict(.sortingStall, .watch)]),
        StallCase(name: "in a sort facility 5 days: act", events: [F.scan(.sortProcessed, 0)], now: 5, expected: [RuleVerdict(.sortingStall, .act)]),
        StallCase(name: "arrived then processed at the same facility: one stay",
                  events: [F.scan(.sortArrived, 0), F.scan(.sortProcessed, 1.5)], now: 2, expected: [RuleVerdict(.sortingStall, .watch)]),
        StallCase(name: "a new facility is movement",
                  events: [F.scan(.sortArrived, 0), F.scan(.sortArrived, 1.5, city: "Louisville")], now: 3, expected: []),
        // no_movement, standard: watch at 3, act at 6 days.
        StallCase(name: "in transit 2.9 days", events: [F.scan(.inTransit, 0)], now: 2.9, expected: []),
        StallCase(name: "in transit 3 days: watch", events: [F.scan(.inTransit, 0)], now: 3, expected: [RuleVerdict(.noMovement, .watch)]),
        StallCase(name: "in transit 6 days: act", events: [F.scan(.inTransit, 0)], now: 6, expected: [RuleVerdict(.noMovement, .act)]),
        StallCase(name: "accepted and silent 3 days: watch", events: [F.scan(.accepted, 0)], now: 3, expected: [RuleVerdict(.noMovement, .watch)]),
        StallCase(name: "out for delivery again and again at one place",
                  events: [F.scan(.outForDelivery, 0), F.scan(.outForDelivery, 1), F.scan(.outForDelivery, 2)], now: 3,
                  expected: [RuleVerdict(.noMovement, .watch)]),
        StallCase(name: "departed a facility in the destination country: domestic silence",
                  events: [F.scan(.sortDeparted, 0)], now: 3, expected: [RuleVerdict(.noMovement, .watch)]),
        // no_movement, international hand-off: watch at 7, act at 12 days.
        StallCase(name: "export scan, 5 days: tolerated (domestic silence would be watched)",
                  events: [F.scan(.customsExport, 0, city: "Shenzhen", country: "CN")], now: 5, expected: []),
        StallCase(name: "export scan, 7 days: watch",
                  events: [F.scan(.customsExport, 0, city: "Shenzhen", country: "CN")], now: 7, expected: [RuleVerdict(.noMovement, .watch)]),
        StallCase(name: "export scan, 12 days: act",
                  events: [F.scan(.customsExport, 0, city: "Shenzhen", country: "CN")], now: 12, expected: [RuleVerdict(.noMovement, .act)]),
        StallCase(name: "departed in the origin country, 6.9 days: tolerated",
                  events: [F.scan(.sortDeparted, 0, city: "Guangzhou", country: "CN")], now: 6.9, expected: []),
        StallCase(name: "in transit in the origin country, 7 days: watch",
                  events: [F.scan(.inTransit, 0, city: "Guangzhou", country: "CN")], now: 7, expected: [RuleVerdict(.noMovement, .watch)]),
        StallCase(name: "departed abroad but the destination is unknown: domestic silence",
                  events: [F.scan(.sortDeparted, 0, city: "Guangzhou", country: "CN")], now: 3, destination: nil,
                  expected: [RuleVerdict(.noMovement, .watch)]),
        StallCase(name: "accepted in the origin country is not a hand-off",
                  events: [F.scan(.accepted, 0, city: "Guangzhou", country: "CN")], now: 3, expected: [RuleVerdict(.noMovement, .watch)]),
        // no_movement, awaiting pickup: watch at 5, act at 10 days.
        StallCase(name: "at a pickup point 4.9 days", events: [F.scan(.availableForPickup, 0)], now: 4.9, expected: []),
        StallCase(name: "at a pickup point 5 days: watch", events: [F.scan(.availableForPickup, 0)], now: 5, expected: [RuleVerdict(.noMovement, .watch)]),
        StallCase(name: "at a pickup point 10 days: act", events: [F.scan(.availableForPickup, 0)], now: 10, expected: [RuleVerdict(.noMovement, .act)]),
        // carrier_exception: watch at once, act at 2 days.
        StallCase(name: "exception just reported: watch", events: [F.scan(.inTransit, 0), F.scan(.exception, 1)], now: 1,
                  expected: [RuleVerdict(.carrierException, .watch)]),
        StallCase(name: "exception standing 2 days: act", events: [F.scan(.exception, 0)], now: 2, expected: [RuleVerdict(.carrierException, .act)]),
        StallCase(name: "moving again after an exception: resolved",
                  events: [F.scan(.exception, 0), F.scan(.inTransit, 1, city: "Nashville")], now: 2, expected: []),
        // returned_to_sender: act at once, and it holds through the return journey.
        StallCase(name: "return to sender: act", events: [F.scan(.inTransit, 0), F.scan(.returnToSender, 1)], now: 1,
                  expected: [RuleVerdict(.returnedToSender, .act)]),
        StallCase(name: "return journey scans keep the return, and silence on the way back is not judged",
                  events: [F.scan(.returnToSender, 0), F.scan(.inTransit, 1, city: "Nashville")], now: 30,
                  expected: [RuleVerdict(.returnedToSender, .act)]),
        // Terminal stages.
        StallCase(name: "delivered: nothing, however old", events: [F.scan(.customsHeld, 0), F.scan(.delivered, 9)], now: 60, expected: []),
        StallCase(name: "cancelled label: nothing", events: [F.scan(.labelCreated, 0), F.scan(.cancelled, 1)], now: 60, expected: []),
        StallCase(name: "returned parcel delivered back: nothing",
                  events: [F.scan(.returnToSender, 0), F.scan(.delivered, 5)], now: 6, expected: []),
    ]

    @Test("each stage rule fires at its watch and act thresholds, not before", arguments: cases)
    func thresholds(_ example: StallCase) {
        let findings = F.evaluate(
            example.events, facts: F.facts(destination: example.destination), now: F.days(example.now, after: F.t0))
        #expect(findings.verdicts == example.expected)
    }

    @Test("the hand-off gap is flagged as such, measured from the export scan")
    func handOffFlag() throws {
        let export = F.scan(.customsExport, 0, city: "Shenzhen", country: "CN")
        let finding = try #require(F.evaluate([F.scan(.accepted, -1, city: "Shenzhen", country: "CN"), export], now: F.days(8, after: F.t0)).first)
        #expect(finding.rule == .noMovement)
        #expect(finding.internationalHandOff)
        #expect(finding.measuredSince == export.occurredAt)
        #expect(abs(finding.durationDays - 8) < 1e-9)
        #expect(finding.summary.hasPrefix("International hand-off gap after customs_export in CN since 2024-11-04 12:00 +00:00: 8.0 days"))
    }

    @Test("a stall is measured from the first scan of the stay, and reports the stage")
    func stallFields() throws {
        let first = F.scan(.customsInProgress, 0, city: "Jamaica", description: "Import scan")
        let held = F.scan(.customsHeld, 2, city: "Jamaica", code: "RZ", description: "Pending release from a government agency")
        let finding = try #require(F.evaluate([F.scan(.inTransit, -2), first, held], now: F.days(7.5, after: F.t0)).first)
        #expect(finding.rule == .customsStall)
        #expect(finding.severity == .act)
        #expect(finding.stage == .customsHeld)
        #expect(finding.stageSince == held.occurredAt)
        #expect(finding.measuredSince == first.occurredAt)
        #expect(abs(finding.durationDays - 7.5) < 1e-9)
        #expect(finding.lastEventAt == held.occurredAt)
        #expect(finding.lastLocation == "Jamaica, US")
        #expect(finding.evidence.map(\.eventKey) == [first.identityKey, held.identityKey])
        #expect(finding.evidence.last?.note == #"customs_held at Jamaica, US: "Pending release from a government agency" (code RZ)"#)
        #expect(finding.summary == "In customs since 2024-11-04 12:00 +00:00: 7.5 days without movement (watch at 3, act at 7 days). "
            + #"Latest scan: customs_held at Jamaica, US: "Pending release from a government agency" (code RZ)."#)
        #expect(!finding.carrierDeclaredDelay)
        #expect(!finding.internationalHandOff)
    }

    @Test("summaries use the store's zone")
    func summaryZone() throws {
        let finding = try #require(
            F.evaluate([F.scan(.customsHeld, 0)], policy: F.policy(zone: "America/New_York"), now: F.days(3, after: F.t0)).first)
        #expect(finding.summary.hasPrefix("In customs since 2024-11-04 07:00 -05:00: 3.0 days"))
    }
}

@Suite("returned_to_sender evidence")
struct ReturnedToSenderEvidenceTests {
    typealias F = RulesFixture

    @Test("the return scan and the latest scan are the evidence; the return is measured from its scan")
    func evidence() throws {
        let returned = F.scan(.returnToSender, 1, code: "033", description: "Returning to sender: refused")
        let latest = F.scan(.inTransit, 2, city: "Nashville")
        let finding = try #require(F.evaluate([F.scan(.exception, 0.5), returned, latest], now: F.days(3, after: F.t0)).first)
        #expect(finding.rule == .returnedToSender)
        #expect(finding.measuredSince == returned.occurredAt)
        #expect(finding.stage == .inTransit)
        #expect(finding.evidence.map(\.eventKey) == [returned.identityKey, latest.identityKey])
        #expect(finding.remedy?.customerMessage.contains("it is being returned to us by the carrier.") == true)
    }
}
