import CarrierHTTP
import Foundation
import ShipwatchCore
import Testing

@Suite("Quota budget")
struct QuotaBudgetTests {
    /// One step: advance the clock, then try to consume one call.
    struct Step: Sendable {
        let advance: Duration
        let allowed: Bool
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let windows: [QuotaWindow]
        /// Seconds after midnight UTC at which the test clock starts.
        let startSecondOfDay: Int
        let steps: [Step]
        var testDescription: String { name }
    }

    static func step(_ seconds: Int, _ allowed: Bool) -> Step {
        Step(advance: .seconds(seconds), allowed: allowed)
    }

    static let cases: [Case] = [
        Case(name: "unlimited", windows: [], startSecondOfDay: 0, steps: [step(0, true), step(0, true)]),
        Case(name: "3 per hour, fourth refused", windows: [.perHour(3)], startSecondOfDay: 3_600,
             steps: [step(0, true), step(0, true), step(0, true), step(0, false), step(3_599, false), step(1, true)]),
        Case(name: "rolling hour frees the oldest call first", windows: [.perHour(2)], startSecondOfDay: 3_600,
             steps: [step(0, true), step(1_800, true), step(1_801, true), step(0, false), step(1_799, true)]),
        Case(name: "per day resets at 00:00 UTC", windows: [.perDay(2)], startSecondOfDay: 86_400 - 60,
             steps: [step(0, true), step(0, true), step(59, false), step(1, true), step(0, true), step(0, false)]),
        Case(name: "tightest window wins", windows: [.perHour(5), .perDay(2)], startSecondOfDay: 0,
             steps: [step(0, true), step(0, true), step(3_600, false)]),
        Case(name: "zero budget", windows: [.perDay(0)], startSecondOfDay: 0, steps: [step(0, false)]),
    ]

    /// 2025-06-15T00:00:00Z
    static let midnight = Date(timeIntervalSince1970: 1_749_945_600)

    @Test("windows", arguments: cases)
    func windows(_ testCase: Case) async {
        let clock = ManualClock(wall: Self.midnight.addingTimeInterval(Double(testCase.startSecondOfDay)))
        let budget = QuotaBudget(windows: testCase.windows, time: clock.timeSource)
        for (index, step) in testCase.steps.enumerated() {
            clock.advance(by: step.advance)
            let allowed = await budget.tryConsume()
            #expect(allowed == step.allowed, "step \(index)")
        }
    }

    @Test("remaining, refund and next refill")
    func remaining() async {
        let clock = ManualClock(wall: Self.midnight.addingTimeInterval(3_600))
        let budget = QuotaBudget(windows: [.perHour(60), .perDay(250)], time: clock.timeSource)
        #expect(await budget.remaining == 60)
        #expect(await budget.tryConsume(59))
        #expect(await budget.remaining == 1)
        #expect(await budget.nextRefill == nil)
        #expect(await budget.tryConsume())
        #expect(await budget.remaining == 0)
        #expect(await budget.nextRefill == Self.midnight.addingTimeInterval(7_200))
        await budget.refund()
        #expect(await budget.remaining == 1)
        #expect(await QuotaBudget.unlimited().remaining == nil)
    }

    @Test("defaults per carrier follow the published limits")
    func defaults() {
        #expect(CarrierLimits.defaults(for: .usps).quotas == [.perHour(60)])
        #expect(CarrierLimits.defaults(for: .ups).quotas.isEmpty)
        #expect(CarrierLimits.defaults(for: .ups).requestsPerSecond == 5)
        let fedex = CarrierLimits.defaults(for: .fedex)
        #expect(fedex.quotas == [.perDay(100_000)])
        // Never more than 1,400 calls in any 10 s: burst + rate × 10.
        #expect(Double(fedex.burst) + (fedex.requestsPerSecond ?? 0) * 10 <= 1_400)
        #expect(CarrierLimits.defaults(for: .dhl) == CarrierLimits(requestsPerSecond: 1, quotas: [.perDay(250)]))
    }
}
