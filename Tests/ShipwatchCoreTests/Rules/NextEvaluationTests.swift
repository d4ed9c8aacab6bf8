import Foundation
import Testing
@testable import ShipwatchCore

@Suite("Next evaluation: when time alone could change a shipment's findings")
struct NextEvaluationTests {
    typealias F = RulesFixture

    /// Customs from t0 + 1 day (default customs_stall: watch 3, act 7 days; the domestic window ends later).
    static let customs = [
        F.scan(.accepted, 0, city: "Shenzhen", country: "CN"),
        F.scan(.customsInProgress, 1, city: "Chicago"),
        F.scan(.customsHeld, 1.5, city: "Chicago"),
    ]

    static func next(_ events: [ScanEvent], facts: ShipmentFacts = F.facts(), policy: StorePolicy = F.policy(), now: Date) -> Date? {
        NextEvaluation.instant(timeline: Timeline(events: events), facts: facts, policy: policy, now: now)
    }

    @Test("a parcel entering customs is due when its stay reaches the watch days, then the act days")
    func customsStay() throws {
        let stayStart = F.days(1, after: F.t0)
        #expect(Self.next(Self.customs, now: F.days(1.5, after: F.t0)) == F.days(3, after: stayStart))
        #expect(Self.next(Self.customs, now: F.days(3, after: stayStart)) == F.days(7, after: stayStart))
    }

    @Test("a delivered or cancelled parcel is never due by time")
    func terminal() {
        let delivered = Self.customs + [F.scan(.delivered, 9)]
        #expect(Self.next(delivered, now: F.days(9, after: F.t0)) == nil)
        #expect(Self.next(Self.customs + [F.scan(.cancelled, 2)], now: F.days(2, after: F.t0)) == nil)
    }

    @Test("once every rule that applies has reached act, only the delivery promise is left, then nothing")
    func afterAct() throws {
        let shipped = F.facts(shippedAt: F.t0)
        let now = F.days(30, after: F.t0)
        // Shipped at t0 (12:00 UTC): the 12-day domestic promise ends at the start of day t0 + 13 (UTC calendar);
        // act two days later: both have passed by day 30, as have the customs thresholds.
        #expect(Self.next(Self.customs, facts: shipped, now: now) == nil)
    }

    @Test("a label that is never scanned is due at the end of the watch, then the act business day")
    func neverScanned() throws {
        let policy = F.policy(zone: "America/New_York")
        let label = F.scan(.labelCreated, at: F.instant("2024-11-05T02:00:00Z"))  // Monday 21:00 in New York
        // Watch after 2 fully passed business days (Tue, Wed): Thursday 00:00 New York; act after 4: Saturday 00:00.
        #expect(Self.next([label], policy: policy, now: label.occurredAt) == F.instant("2024-11-07T05:00:00Z"))
        #expect(Self.next([label], policy: policy, now: F.instant("2024-11-07T05:00:00Z")) == F.instant("2024-11-09T05:00:00Z"))
    }

    @Test("an order without label is due when the processing window ends, then when the allowance after it ends")
    func lateDispatch() throws {
        let ordered = F.instant("2024-11-04T15:00:00Z")  // Monday
        let facts = F.facts(orderedAt: ordered)
        let policy = F.policy()
        let calendar = policy.businessCalendar
        let window = policy.processingWindow.maxBusinessDays
        let extra = policy.thresholds.lateDispatch.actAfterExtraDays
        let watch = try #require(calendar.endOfBusinessDays(window, after: ordered))
        let act = try #require(calendar.endOfBusinessDays(window + extra, after: ordered))
        #expect(Self.next([], facts: facts, policy: policy, now: ordered) == watch)
        #expect(Self.next([], facts: facts, policy: policy, now: watch) == act)
        #expect(Self.next([], facts: facts, policy: policy, now: act) == nil)
    }

    @Test("tracking_not_found is due from the shipped date, not two days after the first not-found answer")
    func trackingNotFoundFromShipping() {
        let shipped = F.t0
        let firstAnswer = F.days(1, after: F.t0)
        let facts = F.facts(shippedAt: shipped, notFoundSince: firstAnswer)
        // Grace 2 days, act at 5, both counted from the shipped date.
        #expect(Self.next([], facts: facts, now: firstAnswer) == F.days(2, after: shipped))
        #expect(Self.next([], facts: facts, now: F.days(2, after: shipped)) == F.days(5, after: shipped))
    }

    /// Timelines of every kind the time-based rules judge, with their facts.
    static let journeys: [(name: String, events: [ScanEvent], facts: ShipmentFacts)] = [
        ("customs", customs, F.facts(shippedAt: F.t0)),
        ("sort facility", [F.scan(.accepted, 0), F.scan(.sortArrived, 0.5, city: "Louisville")], F.facts()),
        ("in transit", [F.scan(.accepted, 0), F.scan(.inTransit, 0.3, city: "Denver")], F.facts(shippedAt: F.t0)),
        ("export hand-off", [F.scan(.accepted, 0, country: "CN"), F.scan(.customsExport, 0.4, city: "Shanghai", country: "CN")],
         F.facts(destination: "US")),
        ("pickup point", [F.scan(.accepted, 0), F.scan(.availableForPickup, 2)], F.facts()),
        ("carrier exception", [F.scan(.accepted, 0), F.scan(.exception, 1)], F.facts()),
        ("carrier delay", [F.scan(.accepted, 0), F.scan(.sortArrived, 0.5), F.scan(.delayed, 0.6)], F.facts()),
        ("returning", [F.scan(.accepted, 0), F.scan(.returnToSender, 1)], F.facts()),
        ("label only", [F.scan(.labelCreated, 0)], F.facts(orderedAt: F.days(-1, after: F.t0))),
        ("ordered, nothing else", [], F.facts(orderedAt: F.t0)),
        ("unknown to the carrier", [], F.facts(shippedAt: F.t0, notFoundSince: F.days(0.5, after: F.t0))),
    ]

    @Test("findings never change before the next evaluation, and stay as they are once none is left", arguments: 0..<journeys.count)
    func verdictsHoldUntilTheNextEvaluation(_ index: Int) throws {
        let journey = Self.journeys[index]
        var now = F.days(2.5, after: F.t0)
        var steps = 0
        while let next = Self.next(journey.events, facts: journey.facts, now: now), steps < 12 {
            let before = F.evaluate(journey.events, facts: journey.facts, now: now).verdicts
            // Every hour up to just before the next evaluation: the same findings.
            var probe = now
            while probe < next.addingTimeInterval(-1) {
                let verdicts = F.evaluate(journey.events, facts: journey.facts, now: probe).verdicts
                #expect(verdicts == before, "\(journey.name): findings changed at \(probe), before the next evaluation \(next)")
                probe = min(probe.addingTimeInterval(3_600), next.addingTimeInterval(-1))
            }
            let justBefore = F.evaluate(journey.events, facts: journey.facts, now: next.addingTimeInterval(-1)).verdicts
            #expect(justBefore == before, "\(journey.name): findings changed just before \(next)")
            now = next
            steps += 1
        }
        // Nothing is due any more: the findings stay as they are a year later.
        let last = F.evaluate(journey.events, facts: journey.facts, now: now).verdicts
        #expect(F.evaluate(journey.events, facts: journey.facts, now: F.days(365, after: now)).verdicts == last, "\(journey.name)")
        #expect(steps < 12, "\(journey.name): more next evaluations than thresholds")
    }

    @Test("every next evaluation of a stall is an instant where a verdict changes")
    func nextEvaluationsAreCrossings() throws {
        var now = F.days(1.5, after: F.t0)
        var changes: [[RuleVerdict]] = []
        while let next = Self.next(Self.customs, now: now) {
            let before = F.evaluate(Self.customs, now: next.addingTimeInterval(-1)).verdicts
            let at = F.evaluate(Self.customs, now: next).verdicts
            #expect(before != at, "nothing changed at \(next)")
            changes.append(at)
            now = next
        }
        #expect(changes.count >= 3)  // customs watch, customs act, the delivery promise broken (and its act)
    }
}
