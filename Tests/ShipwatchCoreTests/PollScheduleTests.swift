import Foundation
import Testing
@testable import ShipwatchCore

@Suite("Adaptive poll schedule")
struct PollScheduleTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let schedule = PollSchedule()

    struct FoundCase: Sendable, CustomTestStringConvertible {
        let status: Milestone?
        let hours: Double
        var testDescription: String { status?.rawValue ?? "no scans" }
    }

    static let foundCases: [FoundCase] = [
        .init(status: nil, hours: 6),
        .init(status: .labelCreated, hours: 6),
        .init(status: .accepted, hours: 4),
        .init(status: .inTransit, hours: 4),
        .init(status: .sortDeparted, hours: 4),
        .init(status: .customsInProgress, hours: 8),
        .init(status: .customsHeld, hours: 8),
        .init(status: .sortArrived, hours: 8),
        .init(status: .sortProcessed, hours: 8),
        .init(status: .outForDelivery, hours: 1),
        .init(status: .deliveryAttempted, hours: 6),
        .init(status: .availableForPickup, hours: 6),
        .init(status: .delivered, hours: 12),
    ]

    @Test("the next poll follows the stage", arguments: foundCases)
    func afterFound(_ testCase: FoundCase) {
        let decision = Self.schedule.afterFound(
            status: testCase.status, lastEventAt: Self.now.addingTimeInterval(-3_600), createdAt: Self.now.addingTimeInterval(-86_400),
            deliveredConfirmed: false, now: Self.now
        )
        #expect(decision == .pollAgain(at: Self.now.addingTimeInterval(testCase.hours * 3_600)))
    }

    @Test("delivered: one confirming poll, then retired")
    func deliveredConfirmed() {
        let decision = Self.schedule.afterFound(
            status: .delivered, lastEventAt: Self.now, createdAt: Self.now, deliveredConfirmed: true, now: Self.now
        )
        #expect(decision == .retire(reason: "delivered"))
    }

    @Test("retired after the maximum age or a long silence")
    func retirement() {
        let old = Self.schedule.afterFound(
            status: .inTransit, lastEventAt: Self.now, createdAt: Self.now.addingTimeInterval(-91 * 86_400), deliveredConfirmed: false, now: Self.now
        )
        #expect(old == .retire(reason: "older than 90 days"))
        let silent = Self.schedule.afterFound(
            status: .customsHeld, lastEventAt: Self.now.addingTimeInterval(-46 * 86_400), createdAt: Self.now.addingTimeInterval(-50 * 86_400),
            deliveredConfirmed: false, now: Self.now
        )
        #expect(silent == .retire(reason: "no scan for 45 days"))
    }

    @Test("not found backs off exponentially up to its cap", arguments: [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 12.0), (9, 12.0)])
    func notFoundBackoff(_ consecutive: Int, _ hours: Double) {
        let decision = Self.schedule.afterNotFound(
            consecutive: consecutive, notFoundSince: Self.now.addingTimeInterval(-3_600), createdAt: Self.now.addingTimeInterval(-3_600), now: Self.now
        )
        #expect(decision == .pollAgain(at: Self.now.addingTimeInterval(hours * 3_600)))
    }

    @Test("failures back off from 15 minutes up to 6 hours", arguments: [(1, 15.0), (2, 30.0), (3, 60.0), (6, 360.0), (12, 360.0)])
    func failureBackoff(_ consecutive: Int, _ minutes: Double) {
        #expect(Self.schedule.afterFailure(consecutive: consecutive, now: Self.now) == Self.now.addingTimeInterval(minutes * 60))
    }

    @Test("claim priority", arguments: [
        (Milestone.outForDelivery, 30.0, 0), (.inTransit, 3.0, 1), (.inTransit, 48.0, 2), (.customsHeld, 200.0, 3),
    ])
    func priority(_ status: Milestone, _ hoursSinceScan: Double, _ expected: Int) {
        #expect(PollSchedule.priority(status: status, lastEventAt: Self.now.addingTimeInterval(-hoursSinceScan * 3_600), now: Self.now) == expected)
    }

    @Test("impossible values are named by key path")
    func problems() {
        var schedule = PollSchedule()
        schedule.movingHours = 0
        schedule.notFoundMaxHours = 0.5
        let problems = schedule.problems(at: "poll.schedule")
        #expect(problems["poll.schedule.moving_hours"] == "must be above 0")
        #expect(problems["poll.schedule.not_found_max_hours"] != nil)
    }
}
