import Foundation
import Testing
@testable import ShipwatchCore

@Suite("What counts as movement: informational scans and carrier-declared delays")
struct MovementSignalsTests {
    typealias F = RulesFixture

    @Test("an info scan is not movement: the clock keeps running from the last real scan")
    func infoScanIsNotMovement() throws {
        let transit = F.scan(.inTransit, 0)
        let events = [transit, F.scan(.info, 2, description: "Shipment information updated"), F.scan(.unknown, 2.5, code: "ZZ")]
        let finding = try #require(F.evaluate(events, now: F.days(3, after: F.t0)).first)
        #expect(finding.rule == .noMovement)
        #expect(finding.severity == .watch)
        #expect(finding.measuredSince == transit.occurredAt)
        #expect(finding.stage == .inTransit)
        #expect(finding.stageSince == transit.occurredAt)
        #expect(finding.lastEventAt == F.days(2.5, after: F.t0))
        #expect(finding.summary.contains("2 later informational scans do not count as movement."))
    }

    @Test("an info scan inside a customs stay neither ends nor restarts it")
    func infoInsideStay() {
        let events = [F.scan(.customsHeld, 0), F.scan(.info, 3), F.scan(.customsHeld, 5)]
        #expect(F.evaluate(events, now: F.days(7, after: F.t0)).verdicts == [RuleVerdict(.customsStall, .act)])
    }

    struct DelayCase: Sendable, CustomTestStringConvertible {
        var name: String
        var events: [ScanEvent]
        var now: Double
        var expected: [RuleVerdict]
        var carrierDeclared: Bool
        var testDescription: String { name }
    }

    @Test("a carrier-declared delay is reported as such: watch at once, act on our own threshold", arguments: [
        DelayCase(name: "no delay, 1.5 silent days: nothing", events: [F.scan(.inTransit, 0)], now: 1.5,
                  expected: [], carrierDeclared: false),
        DelayCase(name: "delay declared after 1 day: watch below our own threshold",
                  events: [F.scan(.inTransit, 0), F.scan(.delayed, 1, code: "048", description: "Weather delay")], now: 1.5,
                  expected: [RuleVerdict(.noMovement, .watch)], carrierDeclared: true),
        DelayCase(name: "a delay is not movement: act 6 days after the last real scan",
                  events: [F.scan(.inTransit, 0), F.scan(.delayed, 1, description: "Weather delay")], now: 6,
                  expected: [RuleVerdict(.noMovement, .act)], carrierDeclared: true),
        DelayCase(name: "repeated delays do not restart the clock either",
                  events: [F.scan(.inTransit, 0), F.scan(.delayed, 1), F.scan(.delayed, 3), F.scan(.delayed, 5)], now: 6,
                  expected: [RuleVerdict(.noMovement, .act)], carrierDeclared: true),
        DelayCase(name: "a delay in customs stays a customs finding, flagged as carrier-declared",
                  events: [F.scan(.customsInProgress, 0), F.scan(.delayed, 1, description: "Clearance delay")], now: 1.5,
                  expected: [RuleVerdict(.customsStall, .watch)], carrierDeclared: true),
        DelayCase(name: "a delay before the parcel moved on is history",
                  events: [F.scan(.inTransit, 0), F.scan(.delayed, 1), F.scan(.sortArrived, 2, city: "Louisville")], now: 3,
                  expected: [], carrierDeclared: false),
        DelayCase(name: "nothing but a delay",
                  events: [F.scan(.delayed, 0)], now: 0.5,
                  expected: [RuleVerdict(.noMovement, .watch)], carrierDeclared: true),
    ])
    func carrierDelay(_ example: DelayCase) {
        let findings = F.evaluate(example.events, now: F.days(example.now, after: F.t0))
        #expect(findings.verdicts == example.expected)
        #expect(findings.contains { $0.carrierDeclaredDelay } == example.carrierDeclared)
    }

    @Test("the delay's own words and date are in the finding")
    func delayEvidence() throws {
        let transit = F.scan(.inTransit, 0)
        let delay = F.scan(.delayed, 1, code: "048", description: "Weather delay")
        let finding = try #require(F.evaluate([transit, delay], now: F.days(1.5, after: F.t0)).first)
        #expect(finding.stage == .delayed)
        #expect(finding.stageSince == delay.occurredAt)
        #expect(finding.measuredSince == transit.occurredAt)
        #expect(finding.evidence.map(\.eventKey) == [transit.identityKey, delay.identityKey])
        #expect(finding.summary.contains(#"The carrier declared a delay on 2024-11-05 12:00 +00:00: "Weather delay"."#))
    }
}
