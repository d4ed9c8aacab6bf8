import Foundation
import Testing
@testable import ShipwatchCore

@Suite("tracking_not_found counts from when the parcel should have been known")
struct TrackingNotFoundClockTests {
    typealias F = RulesFixture

    @Test("a parcel shipped five days ago that the carrier does not know is a finding at its first poll")
    func shippedLongAgo() throws {
        let firstPoll = F.days(5, after: F.t0)
        let findings = F.evaluate([], facts: F.facts(shippedAt: F.t0, notFoundSince: firstPoll), now: firstPoll)
        #expect(findings.verdicts == [RuleVerdict(.trackingNotFound, .act)])
        let finding = try #require(findings.first)
        #expect(finding.measuredSince == F.t0)
        #expect(finding.durationDays == 5)
    }

    @Test("shipped three days ago: watch at the first poll, act two days later")
    func shippedWithinTheActDays() {
        let firstPoll = F.days(3, after: F.t0)
        let facts = F.facts(shippedAt: F.t0, notFoundSince: firstPoll)
        #expect(F.evaluate([], facts: facts, now: firstPoll).verdicts == [RuleVerdict(.trackingNotFound, .watch)])
        #expect(F.evaluate([], facts: facts, now: F.days(5, after: F.t0)).verdicts == [RuleVerdict(.trackingNotFound, .act)])
    }

    @Test("a first not-found answer before the shipped date counts from the answer")
    func answerBeforeShipping() {
        let facts = F.facts(shippedAt: F.days(1, after: F.t0), notFoundSince: F.t0)
        #expect(F.evaluate([], facts: facts, now: F.days(1.9, after: F.t0)).isEmpty)
        #expect(F.evaluate([], facts: facts, now: F.days(2, after: F.t0)).verdicts == [RuleVerdict(.trackingNotFound, .watch)])
    }

    @Test("without any not-found answer, a shipped date alone is no tracking_not_found")
    func noAnswerYet() {
        let findings = F.evaluate([], facts: F.facts(shippedAt: F.t0), now: F.days(5, after: F.t0))
        #expect(!findings.contains { $0.rule == .trackingNotFound })
    }
}
