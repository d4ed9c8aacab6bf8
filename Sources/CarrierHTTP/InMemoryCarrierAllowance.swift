import Foundation
import ShipwatchCore

/// The shared allowance kept in this process's memory: correct for one process (a single `shipwatch track`,
/// tests), shared by nobody else. Production polls use the PostgreSQL implementation, which every process and
/// host sees.
public actor InMemoryCarrierAllowance: CarrierAllowance {
    private var states: [Carrier: AllowanceState] = [:]
    /// Calls counted per carrier and one-minute slot.
    private var slots: [Carrier: [Date: Int]] = [:]

    public init() {}

    public func reserve(_ request: AllowanceRequest, now: Date) -> AllowanceGrant {
        let state = current(request.carrier, now: now)
        let decision = AllowancePolicy.decide(request, state: state, now: now)
        states[request.carrier] = decision.state
        if decision.grant.calls > 0 {
            slots[request.carrier, default: [:]][decision.grant.slotStart, default: 0] += decision.grant.calls
        }
        return decision.grant
    }

    public func refund(_ grant: AllowanceGrant, unused: Int, now: Date) {
        let count = min(max(0, unused), grant.calls)
        guard count > 0 else { return }
        if let counted = slots[grant.carrier]?[grant.slotStart] {
            slots[grant.carrier]?[grant.slotStart] = max(0, counted - count)
        }
        var state = states[grant.carrier] ?? AllowanceState()
        state.hourPaceMark = state.hourPaceMark?.addingTimeInterval(-grant.hourPaceSeconds * Double(count))
        state.dayPaceMark = state.dayPaceMark?.addingTimeInterval(-grant.dayPaceSeconds * Double(count))
        state.rateTAT = AllowancePolicy.rateAfterRefund(state.rateTAT, grant: grant, unused: count, now: now)
        states[grant.carrier] = state
    }

    public func ban(_ carrier: Carrier, until: Date, reason: String, now: Date) {
        var state = states[carrier] ?? AllowanceState()
        if state.bannedUntil.map({ $0 < until }) ?? true {
            state.bannedUntil = until
            state.banReason = reason
        }
        states[carrier] = state
    }

    public func state(of carrier: Carrier, now: Date) -> AllowanceState {
        current(carrier, now: now)
    }

    /// The stored state with the window counts as of `now`; slots older than a day and an hour are forgotten.
    private func current(_ carrier: Carrier, now: Date) -> AllowanceState {
        let hourHorizon = AllowancePolicy.hourHorizon(at: now)
        let dayStart = AllowancePolicy.dayStart(of: now)
        let oldest = min(hourHorizon, dayStart)
        let kept = (slots[carrier] ?? [:]).filter { $0.key >= oldest }
        slots[carrier] = kept
        var state = states[carrier] ?? AllowanceState()
        state.hourUsed = kept.filter { $0.key >= hourHorizon }.values.reduce(0, +)
        state.dayUsed = kept.filter { $0.key >= dayStart }.values.reduce(0, +)
        return state
    }
}
