import Foundation
import Testing
@testable import ShipwatchCore

@Suite("Business-day rules: never scanned, late dispatch; and tracking not found")
struct DispatchRulesTests {
    typealias F = RulesFixture

    struct BusinessDayCase: Sendable, CustomTestStringConvertible {
        var name: String
        var zone: String = "America/New_York"
        var holidays: [String] = []
        /// When the label was created (`never_scanned`) or the order placed (`late_dispatch`).
        var start: String
        var now: String
        var expected: Severity?
        var businessDays: Int
        var testDescription: String { name }
    }

    // never_scanned: watch at 2, act at 4 fully passed business days after the label's local day.
    @Test("never_scanned counts whole business days in the store's zone", arguments: [
        BusinessDayCase(name: "Monday 21:00 NY label, Wednesday 23:59 NY: 1 business day",
                        start: "2024-11-05T02:00:00Z", now: "2024-11-07T04:59:59Z", expected: nil, businessDays: 1),
        BusinessDayCase(name: "Monday 21:00 NY label, Thursday 00:00 NY: 2 business days, watch",
                        start: "2024-11-05T02:00:00Z", now: "2024-11-07T05:00:00Z", expected: .watch, businessDays: 2),
        BusinessDayCase(name: "same instants in UTC: the label is a Tuesday one, only 1 business day",
                        zone: "UTC", start: "2024-11-05T02:00:00Z", now: "2024-11-07T05:00:00Z", expected: nil, businessDays: 1),
        BusinessDayCase(name: "Monday label, Saturday 00:00 NY: 4 business days, act",
                        start: "2024-11-05T02:00:00Z", now: "2024-11-09T05:00:00Z", expected: .act, businessDays: 4),
        BusinessDayCase(name: "a Thursday holiday postpones act to after Monday",
                        holidays: ["2024-11-07"], start: "2024-11-05T02:00:00Z", now: "2024-11-09T05:00:00Z",
                        expected: .watch, businessDays: 3),
        BusinessDayCase(name: "a Thursday holiday: act once Monday has passed",
                        holidays: ["2024-11-07"], start: "2024-11-05T02:00:00Z", now: "2024-11-12T05:00:00Z",
                        expected: .act, businessDays: 4),
        BusinessDayCase(name: "Friday label, the weekend passes without counting",
                        start: "2024-11-08T15:00:00Z", now: "2024-11-12T04:59:59Z", expected: nil, businessDays: 0),
        BusinessDayCase(name: "Friday label, Tuesday evening NY: only Monday has passed",
                        start: "2024-11-08T15:00:00Z", now: "2024-11-13T04:59:59Z", expected: nil, businessDays: 1),
        BusinessDayCase(name: "Friday label, Wednesday 00:00 NY: watch",
                        start: "2024-11-08T15:00:00Z", now: "2024-11-13T05:00:00Z", expected: .watch, businessDays: 2),
        // Tokyo is ahead of UTC: Friday 08:00 JST is still Thursday in UTC.
        BusinessDayCase(name: "Friday 08:00 Tokyo label, Tuesday 19:00 Tokyo: only Monday has passed in Tokyo",
                        zone: "Asia/Tokyo", start: "2024-11-07T23:00:00Z", now: "2024-11-12T10:00:00Z", expected: nil, businessDays: 1),
        BusinessDayCase(name: "the same instants in UTC: Friday and Monday have passed, watch",
                        zone: "UTC", start: "2024-11-07T23:00:00Z", now: "2024-11-12T10:00:00Z", expected: .watch, businessDays: 2),
        BusinessDayCase(name: "Tokyo: watch from Wednesday 00:00 JST",
                        zone: "Asia/Tokyo", start: "2024-11-07T23:00:00Z", now: "2024-11-12T15:00:00Z", expected: .watch, businessDays: 2),
    ])
    func neverScanned(_ example: BusinessDayCase) {
        let label = F.scan(.labelCreated, at: F.instant(example.start))
        let findings = F.evaluate(
            [label], policy: F.policy(zone: example.zone, holidays: example.holidays), now: F.instant(example.now))
        #expect(findings.verdicts == (example.expected.map { [RuleVerdict(.neverScanned, $0)] } ?? []))
        if let finding = findings.first {
            #expect(finding.businessDaysElapsed == example.businessDays)
            #expect(finding.measuredSince == label.occurredAt)
        } else {
            let calendar = F.policy(zone: example.zone, holidays: example.holidays).businessCalendar
            #expect(calendar.businessDaysElapsed(from: label.occurredAt, to: F.instant(example.now)) == example.businessDays)
        }
    }

    @Test("an acceptance scan ends never_scanned")
    func acceptedAfterLabel() {
        let events = [F.scan(.labelCreated, at: F.instant("2024-11-05T02:00:00Z")), F.scan(.accepted, at: F.instant("2024-11-08T20:00:00Z"))]
        let findings = F.evaluate(events, policy: F.policy(zone: "America/New_York"), now: F.instant("2024-11-09T05:00:00Z"))
        #expect(!findings.contains { $0.rule == .neverScanned })
    }

    // late_dispatch: watch once the 5-business-day processing window has passed, act 2 business days later.
    @Test("late_dispatch follows the processing window in business days", arguments: [
        BusinessDayCase(name: "Friday 15:00 NY order, Friday 23:59 NY a week later: 4 business days",
                        start: "2024-11-01T19:00:00Z", now: "2024-11-09T04:59:59Z", expected: nil, businessDays: 4),
        BusinessDayCase(name: "Saturday 00:00 NY: the window has passed, watch",
                        start: "2024-11-01T19:00:00Z", now: "2024-11-09T05:00:00Z", expected: .watch, businessDays: 5),
        BusinessDayCase(name: "Tuesday 23:59 NY: 6 business days, still watch",
                        start: "2024-11-01T19:00:00Z", now: "2024-11-13T04:59:59Z", expected: .watch, businessDays: 6),
        BusinessDayCase(name: "Wednesday 00:00 NY: 7 business days, act",
                        start: "2024-11-01T19:00:00Z", now: "2024-11-13T05:00:00Z", expected: .act, businessDays: 7),
        BusinessDayCase(name: "a Monday holiday postpones act by a day",
                        holidays: ["2024-11-11"], start: "2024-11-01T19:00:00Z", now: "2024-11-13T05:00:00Z",
                        expected: .watch, businessDays: 6),
        BusinessDayCase(name: "an order at 22:00 NY on Thursday belongs to Thursday, not to Friday (UTC)",
                        start: "2024-11-01T02:00:00Z", now: "2024-11-08T05:00:00Z", expected: .watch, businessDays: 5),
        BusinessDayCase(name: "the same order judged in UTC is a Friday order: 4 business days at that instant",
                        zone: "UTC", start: "2024-11-01T02:00:00Z", now: "2024-11-08T05:00:00Z", expected: nil, businessDays: 4),
    ])
    func lateDispatch(_ example: BusinessDayCase) {
        let policy = F.policy(zone: example.zone, holidays: example.holidays)
        let ordered = F.instant(example.start)
        let findings = F.evaluate([], facts: F.facts(orderedAt: ordered), policy: policy, now: F.instant(example.now))
        #expect(findings.verdicts == (example.expected.map { [RuleVerdict(.lateDispatch, $0)] } ?? []))
        #expect(policy.businessCalendar.businessDaysElapsed(from: ordered, to: F.instant(example.now)) == example.businessDays)
        if let finding = findings.first {
            #expect(finding.businessDaysElapsed == example.businessDays)
            #expect(finding.stage == nil)
            #expect(finding.evidence.map(\.eventKey) == [nil])
        }
    }

    @Test("a jewelry store's 1–3 day window flags earlier than the default 2–5")
    func shorterWindow() {
        var policy = F.policy(zone: "America/New_York")
        policy.processingWindow = BusinessDayRange(minBusinessDays: 1, maxBusinessDays: 3)
        let ordered = F.instant("2024-11-01T19:00:00Z")
        let now = F.instant("2024-11-07T05:00:00Z")  // Thursday 00:00: Mon, Tue, Wed passed
        #expect(F.evaluate([], facts: F.facts(orderedAt: ordered), policy: policy, now: now).verdicts == [RuleVerdict(.lateDispatch, .watch)])
        #expect(F.evaluate([], facts: F.facts(orderedAt: ordered), policy: F.policy(zone: "America/New_York"), now: now).isEmpty)
    }

    @Test("a label, any scan or a shipped date means the order was dispatched")
    func dispatched() {
        let ordered = F.instant("2024-10-01T12:00:00Z")
        let now = F.instant("2024-11-01T12:00:00Z")
        let policy = F.policy()
        let withLabel = F.evaluate([F.scan(.labelCreated, at: F.instant("2024-10-31T12:00:00Z"))],
                                   facts: F.facts(orderedAt: ordered), policy: policy, now: now)
        #expect(!withLabel.contains { $0.rule == .lateDispatch })
        let withShippedDate = F.evaluate([], facts: F.facts(orderedAt: ordered, shippedAt: F.instant("2024-10-31T12:00:00Z")), policy: policy, now: now)
        #expect(!withShippedDate.contains { $0.rule == .lateDispatch })
        #expect(F.evaluate([], facts: F.facts(), policy: policy, now: now).isEmpty)
    }

    @Test("tracking_not_found waits out the grace period", arguments: [
        (1.9, Severity?.none), (2.0, .watch), (4.9, .watch), (5.0, .act),
    ])
    func trackingNotFound(days: Double, expected: Severity?) {
        let findings = F.evaluate([], facts: F.facts(notFoundSince: F.t0), now: F.days(days, after: F.t0))
        #expect(findings.verdicts == (expected.map { [RuleVerdict(.trackingNotFound, $0)] } ?? []))
    }

    @Test("once the carrier has scans, not-found answers are not tracking_not_found")
    func notFoundWithScans() {
        let findings = F.evaluate([F.scan(.inTransit, 0)], facts: F.facts(notFoundSince: F.t0), now: F.days(5, after: F.t0))
        #expect(findings.verdicts == [RuleVerdict(.noMovement, .watch)])
    }
}
