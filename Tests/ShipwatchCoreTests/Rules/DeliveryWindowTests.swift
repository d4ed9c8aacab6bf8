import Foundation
import Testing
@testable import ShipwatchCore

@Suite("delivery_window_exceeded: shipped date plus the promised maximum")
struct DeliveryWindowTests {
    typealias F = RulesFixture

    /// Friday 2024-11-01 10:00 in New York (EDT): the last promised day is 2024-11-13, which ends at
    /// 2024-11-14 00:00 EST = 05:00 UTC.
    static let shipped = F.instant("2024-11-01T14:00:00Z")
    static let newYork = F.policy(zone: "America/New_York")

    @Test("watch from the end of the last promised day, act 3 days later", arguments: [
        ("2024-11-14T04:59:59Z", Severity?.none),
        ("2024-11-14T05:00:00Z", .watch),
        ("2024-11-17T04:59:59Z", .watch),
        ("2024-11-17T05:00:00Z", .act),
    ])
    func thresholds(now: String, expected: Severity?) {
        let findings = F.evaluate([], facts: F.facts(shippedAt: Self.shipped), policy: Self.newYork, now: F.instant(now))
        #expect(findings.verdicts == (expected.map { [RuleVerdict(.deliveryWindowExceeded, $0)] } ?? []))
    }

    @Test("the finding measures the overrun from the deadline and says what was promised")
    func fields() throws {
        let latest = F.scan(.inTransit, at: F.instant("2024-11-13T20:00:00Z"), city: "Chicago")
        let findings = F.evaluate(
            [latest], facts: F.facts(shippedAt: Self.shipped, estimatedDelivery: LocalDateTime(year: 2024, month: 11, day: 18)),
            policy: Self.newYork, now: F.instant("2024-11-15T17:00:00Z"))
        let finding = try #require(findings.first)
        #expect(finding.measuredSince == F.instant("2024-11-14T05:00:00Z"))
        #expect(abs(finding.durationDays - 1.5) < 1e-9)
        #expect(finding.evidence.map(\.note) == [
            "shipped, as the store reported",
            #"in_transit at Chicago, US: "in transit" (code IN_TRANSIT)"#,
            "promised delivery by the end of 2024-11-13 (domestic window 6–12 days)",
        ])
        #expect(finding.summary == "Not delivered by the end of 2024-11-13, 12 days after shipping on 2024-11-01 10:00 -04:00 "
            + "(domestic window 6–12 days): 1.5 days late; act 3 days past it. The carrier estimates delivery on 2024-11-18.")
    }

    @Test("an international parcel gets the international window")
    func internationalWindow() {
        var policy = Self.newYork
        policy.deliveryWindow.international = DayRange(minDays: 10, maxDays: 20)
        let now = F.instant("2024-11-15T05:00:00Z")
        let scans = [F.scan(.accepted, at: Self.shipped, city: "Shenzhen", country: "CN"),
                     F.scan(.inTransit, at: F.instant("2024-11-14T20:00:00Z"), city: "Los Angeles")]
        let international = F.evaluate(scans, facts: F.facts(shippedAt: Self.shipped, destination: "US"), policy: policy, now: now)
        #expect(international.isEmpty)
        let declaredOrigin = F.evaluate(
            [F.scan(.inTransit, at: F.instant("2024-11-14T20:00:00Z"), city: "Los Angeles")],
            facts: F.facts(shippedAt: Self.shipped, destination: "US", origin: "cn"), policy: policy, now: now)
        #expect(declaredOrigin.isEmpty)
        let domestic = F.evaluate(
            [F.scan(.inTransit, at: F.instant("2024-11-14T20:00:00Z"), city: "Los Angeles")],
            facts: F.facts(shippedAt: Self.shipped, destination: "US", origin: "US"), policy: policy, now: now)
        #expect(domestic.verdicts == [RuleVerdict(.deliveryWindowExceeded, .watch)])
    }

    @Test("without a shipped date the first scan of the carrier holding the parcel starts the promise")
    func firstHoldingScan() throws {
        let accepted = F.scan(.accepted, at: Self.shipped)
        let events = [F.scan(.labelCreated, at: F.instant("2024-10-20T12:00:00Z")), accepted,
                      F.scan(.inTransit, at: F.instant("2024-11-13T20:00:00Z"), city: "Chicago")]
        let finding = try #require(F.evaluate(events, policy: Self.newYork, now: F.instant("2024-11-14T05:00:00Z")).first)
        #expect(finding.rule == .deliveryWindowExceeded)
        #expect(finding.evidence.first?.eventKey == accepted.identityKey)
        #expect(F.evaluate([F.scan(.labelCreated, at: Self.shipped)], policy: Self.newYork, now: F.instant("2024-11-14T05:00:00Z"))
            .allSatisfy { $0.rule != .deliveryWindowExceeded })
    }

    @Test("a late parcel that is also stalled gets both findings; the remedy rides on the stall")
    func withStall() {
        let findings = F.evaluate(
            [F.scan(.customsHeld, at: F.instant("2024-11-05T12:00:00Z"))],
            facts: F.facts(shippedAt: Self.shipped), policy: Self.newYork, now: F.instant("2024-11-20T12:00:00Z"))
        #expect(findings.verdicts == [RuleVerdict(.customsStall, .act), RuleVerdict(.deliveryWindowExceeded, .act)])
        #expect(findings[0].remedy?.kind == .customerChoice)
        #expect(findings[1].remedy == nil)
    }

    @Test("delivered late is still delivered: nothing")
    func deliveredLate() {
        let findings = F.evaluate(
            [F.scan(.delivered, at: F.instant("2024-11-19T12:00:00Z"))],
            facts: F.facts(shippedAt: Self.shipped), policy: Self.newYork, now: F.instant("2024-11-20T12:00:00Z"))
        #expect(findings.isEmpty)
    }
}
