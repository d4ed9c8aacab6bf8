import CarrierDHL
import CarrierUPS
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

/// The shared allowance's arithmetic: bans, quota windows, spreading, urgent borrowing and the shared rate.
@Suite("Allowance policy")
struct AllowancePolicyTests {
    /// 2025-06-15T00:00:00Z
    static let midnight = Date(timeIntervalSince1970: 1_749_945_600)
    static let dhlStarter = CallLimits(requestsPerSecond: 1, perDay: 250)

    /// Runs one reservation and keeps the new state, the way an implementation stores it.
    final class Ledger {
        var state = AllowanceState()
        let limits: CallLimits
        let carrier: Carrier

        init(limits: CallLimits, carrier: Carrier = .dhl) {
            self.limits = limits
            self.carrier = carrier
        }

        func reserve(_ calls: Int, urgency: CallUrgency = .normal, at now: Date) -> AllowanceGrant {
            let decision = AllowancePolicy.decide(
                AllowanceRequest(carrier: carrier, calls: calls, urgency: urgency, limits: limits), state: state, now: now
            )
            state = decision.state
            return decision.grant
        }
    }

    @Test("DHL's 250 calls a day, asked for every 5 minutes, are spread over the whole day instead of spent at reset")
    func dayQuotaIsSpreadOverTheDay() {
        let ledger = Ledger(limits: Self.dhlStarter)
        var perRun: [Int] = []
        for run in 0..<288 {
            let now = Self.midnight.addingTimeInterval(Double(run) * 300 + 30)
            perRun.append(ledger.reserve(500, at: now).calls)
        }
        let total = perRun.reduce(0, +)
        #expect(total <= 250)
        #expect(total >= 245, "the pace left too much of the day unspent: \(total)")
        #expect(perRun.prefix(2).reduce(0, +) <= 1, "spent right after the reset: \(perRun.prefix(2))")
        #expect(perRun.max() ?? 0 <= 2, "a run took more than its share: \(perRun.max() ?? 0)")
        // Every quarter of the day gets about a quarter of the calls.
        for quarter in 0..<4 {
            let calls = perRun[(quarter * 72)..<((quarter + 1) * 72)].reduce(0, +)
            #expect((55...70).contains(calls), "quarter \(quarter) got \(calls)")
        }
    }

    @Test("urgent work borrows ahead of the pace, and normal work then waits until the pace has caught up")
    func urgentWorkBorrowsAhead() {
        let ledger = Ledger(limits: Self.dhlStarter)
        let noon = Self.midnight.addingTimeInterval(43_200)
        let normal = ledger.reserve(1_000, at: noon)
        // Idle since 06:00: six hours of saved pace at 172.8 s a call (250 calls over the 12 hours left).
        #expect(normal.calls == 125)
        let refused = ledger.reserve(1, at: noon)
        #expect(refused.calls == 0)
        guard case .paced(let nextAt)? = refused.refusal else {
            Issue.record("expected a paced refusal, got \(String(describing: refused.refusal))")
            return
        }
        #expect(nextAt > noon)
        let urgent = ledger.reserve(1_000, urgency: .urgent, at: noon)
        // An eighth of a day borrowed at 345.6 s a call (125 calls over the 12 hours left).
        #expect(urgent.calls == 31)
        #expect(ledger.reserve(1, at: nextAt).calls == 0, "normal work did not wait for the borrowed pace")
        #expect(ledger.state.dayUsed == normal.calls + urgent.calls)
    }

    @Test("a ban refuses every call, urgent ones too, until it ends")
    func banRefusesUntilItEnds() {
        let ledger = Ledger(limits: CallLimits(requestsPerSecond: nil))
        let until = Self.midnight.addingTimeInterval(600)
        ledger.state.bannedUntil = until
        ledger.state.banReason = "Retry-After 600 s"
        let refused = ledger.reserve(5, urgency: .urgent, at: Self.midnight.addingTimeInterval(599))
        #expect(refused.calls == 0)
        #expect(refused.refusal == .banned(until: until, reason: "Retry-After 600 s"))
        #expect(ledger.reserve(5, at: until).calls == 5)
    }

    @Test("an unspread quota is spent as fast as asked, never past its limit, and a spent window names when it frees")
    func unspreadQuotaStopsAtItsLimit() {
        let ledger = Ledger(limits: CallLimits(requestsPerSecond: nil, perHour: 3, perDay: 5, spreadsQuota: false))
        let start = Self.midnight.addingTimeInterval(3_600)
        #expect(ledger.reserve(2, at: start).calls == 2)
        let partial = ledger.reserve(10, at: start)
        #expect(partial.calls == 1)
        #expect(partial.refusal == .exhausted(window: .hour, retryAt: start.addingTimeInterval(60)))
        #expect(ledger.reserve(1, at: start).refusal == .exhausted(window: .hour, retryAt: start.addingTimeInterval(60)))
        ledger.state.hourUsed = 0
        #expect(ledger.reserve(10, at: start).calls == 2)
        let tomorrow = Self.midnight.addingTimeInterval(86_400)
        #expect(ledger.reserve(1, at: start).refusal == .exhausted(window: .day, retryAt: tomorrow))
    }

    @Test("a rolling hour of 60 is paced at one call a minute, with at most a quarter hour saved up")
    func hourQuotaIsPaced() {
        let ledger = Ledger(limits: CallLimits(requestsPerSecond: nil, perHour: 60), carrier: .usps)
        let start = Self.midnight.addingTimeInterval(7_200)
        #expect(ledger.reserve(100, at: start).calls == 15)
        #expect(ledger.reserve(100, at: start.addingTimeInterval(300)).calls == 5)
        #expect(ledger.reserve(100, at: start.addingTimeInterval(330)).calls == 0)
    }

    @Test("the shared rate starts the next grant after the calls of the previous one")
    func sharedRateQueuesGrants() {
        let ledger = Ledger(limits: CallLimits(requestsPerSecond: 2), carrier: .ups)
        let first = ledger.reserve(10, at: Self.midnight)
        #expect(first.calls == 10)
        #expect(first.notBefore == nil)
        let second = ledger.reserve(4, at: Self.midnight.addingTimeInterval(1))
        #expect(second.notBefore == Self.midnight.addingTimeInterval(5))
        #expect(ledger.state.rateTAT == Self.midnight.addingTimeInterval(7))
    }

    @Test("asking for nothing grants nothing and changes nothing")
    func emptyRequest() {
        let ledger = Ledger(limits: Self.dhlStarter)
        let grant = ledger.reserve(0, at: Self.midnight)
        #expect(grant.calls == 0 && grant.refusal == nil)
        #expect(ledger.state == AllowanceState())
    }

    @Test("the rolling hour counts whole minute slots: a call stays counted at least 60 and at most 61 minutes")
    func hourHorizonIsConservative() {
        let call = Self.midnight.addingTimeInterval(3_600 + 42)
        let slot = AllowancePolicy.slotStart(of: call)
        #expect(slot == Self.midnight.addingTimeInterval(3_600))
        #expect(AllowancePolicy.hourHorizon(at: call.addingTimeInterval(3_599)) <= slot)
        #expect(AllowancePolicy.hourHorizon(at: slot.addingTimeInterval(3_660)) > slot)
    }
}
