import Foundation

/// The arithmetic of the shared allowance, pure so that every implementation (PostgreSQL, in-memory) grants the
/// same calls for the same state and time.
///
/// A reservation is checked in this order:
/// 1. **Ban**: while `bannedUntil` is ahead, nothing is granted.
/// 2. **Quotas**: at most what remains in the rolling hour and in the UTC day.
/// 3. **Spreading** (when `CallLimits.spreadsQuota`): each quota window is a pace, not a heap. The remaining calls
///    are spread evenly over what is left of the window: one call costs `hour / perHour` seconds of pace in the
///    rolling hour, `(end of day − now) / calls left today` in the UTC day. A window's pace mark records how far
///    its pace has been spent; a reservation gets the whole calls its unspent pace (`now − mark`) pays for.
///    Unspent pace saves up to a quarter of the window (at least one call), and the day's pace starts at 00:00
///    UTC, so a quota is never spent in the first minutes after it resets. `urgent` work may borrow up to an
///    eighth of the window ahead (at least one call; never past the end of the day); the normal work after it
///    waits until the pace has caught up.
/// 4. **Rate**: a generic cell rate algorithm over the shared theoretical arrival time: the grant's first call
///    goes at `notBefore`, the rest at the sustained rate; the next grant starts after them.
public enum AllowancePolicy {
    public static let slotSeconds: Double = 60
    public static let hourSeconds: Double = 3_600
    public static let daySeconds: Double = 86_400
    /// The most pace a spread window saves up, as a fraction of the window.
    public static let savingsFraction: Double = 0.25
    /// The most pace urgent work may borrow ahead, as a fraction of the window.
    public static let borrowFraction: Double = 0.125

    /// The start of the one-minute slot `now` falls in.
    public static func slotStart(of now: Date) -> Date {
        Date(timeIntervalSince1970: (now.timeIntervalSince1970 / slotSeconds).rounded(.down) * slotSeconds)
    }

    /// The oldest slot that still counts in the rolling hour at `now`. Counting whole slots errs on the safe side:
    /// a call stays counted for at least sixty minutes, at most sixty-one.
    public static func hourHorizon(at now: Date) -> Date {
        slotStart(of: now.addingTimeInterval(-hourSeconds))
    }

    /// 00:00 UTC of `now`'s day.
    public static func dayStart(of now: Date) -> Date {
        Date(timeIntervalSince1970: (now.timeIntervalSince1970 / daySeconds).rounded(.down) * daySeconds)
    }

    /// A grant and the state to store with it.
    public struct Decision: Sendable, Hashable {
        public var grant: AllowanceGrant
        public var state: AllowanceState
    }

    /// How far a stored rate instant may differ from a grant's `rateEnd` and still be that grant's (the database
    /// keeps microseconds).
    public static let rateEndTolerance: Double = 0.001

    /// The rate instant after giving back `unused` calls of `grant`: moved back only while it is still the one
    /// this grant left (no later grant was scheduled after it), never before `now`; unchanged otherwise.
    public static func rateAfterRefund(_ rateTAT: Date?, grant: AllowanceGrant, unused: Int, now: Date) -> Date? {
        guard let rateTAT, let end = grant.rateEnd, abs(rateTAT.timeIntervalSince(end)) <= rateEndTolerance else { return rateTAT }
        return max(now, rateTAT.addingTimeInterval(-grant.rateIntervalSeconds * Double(unused)))
    }

    /// Decides a reservation against `state` at `now`.
    public static func decide(_ request: AllowanceRequest, state: AllowanceState, now: Date) -> Decision {
        var grant = AllowanceGrant(carrier: request.carrier, calls: 0, slotStart: slotStart(of: now))
        guard request.calls > 0 else { return Decision(grant: grant, state: state) }
        if let until = state.bannedUntil, until > now {
            grant.refusal = .banned(until: until, reason: state.banReason ?? "carrier ban")
            return Decision(grant: grant, state: state)
        }
        let limits = request.limits
        let urgent = request.urgency == .urgent
        var allowed = Double(request.calls)
        var limitedBy: AllowanceRefusal?
        func limit(to value: Double, because reason: AllowanceRefusal) {
            if value < allowed {
                allowed = value
                limitedBy = reason
            }
        }
        var hourPace: WindowPace?
        var dayPace: WindowPace?

        if let perHour = limits.perHour {
            let remaining = perHour - state.hourUsed
            let retryAt = now.addingTimeInterval(slotSeconds)
            guard remaining > 0 else {
                grant.refusal = .exhausted(window: .hour, retryAt: retryAt)
                return Decision(grant: grant, state: state)
            }
            limit(to: Double(remaining), because: .exhausted(window: .hour, retryAt: retryAt))
            if limits.spreadsQuota {
                let pace = WindowPace(
                    cost: hourSeconds / Double(perHour), stored: state.hourPaceMark, windowStart: nil,
                    windowEnd: nil, span: hourSeconds, urgent: urgent, now: now
                )
                guard pace.affordable >= 1 else {
                    grant.refusal = .paced(nextAt: pace.nextAt)
                    return Decision(grant: grant, state: state)
                }
                limit(to: pace.affordable.rounded(.down), because: .paced(nextAt: pace.nextAt))
                hourPace = pace
            }
        }
        if let perDay = limits.perDay {
            let remaining = perDay - state.dayUsed
            let start = dayStart(of: now)
            let end = start.addingTimeInterval(daySeconds)
            guard remaining > 0 else {
                grant.refusal = .exhausted(window: .day, retryAt: end)
                return Decision(grant: grant, state: state)
            }
            limit(to: Double(remaining), because: .exhausted(window: .day, retryAt: end))
            if limits.spreadsQuota {
                let pace = WindowPace(
                    cost: end.timeIntervalSince(now) / Double(remaining), stored: state.dayPaceMark, windowStart: start,
                    windowEnd: end, span: daySeconds, urgent: urgent, now: now
                )
                guard pace.affordable >= 1 else {
                    grant.refusal = .paced(nextAt: pace.nextAt)
                    return Decision(grant: grant, state: state)
                }
                limit(to: pace.affordable.rounded(.down), because: .paced(nextAt: pace.nextAt))
                dayPace = pace
            }
        }

        // `allowed` is at least 1 here and at most `request.calls`, so the conversion cannot trap.
        let calls = Int(allowed)
        var next = state
        grant.calls = calls
        grant.refusal = limitedBy
        if let hourPace {
            next.hourPaceMark = hourPace.mark(after: calls)
            grant.hourPaceSeconds = hourPace.cost
        }
        if let dayPace {
            next.dayPaceMark = dayPace.mark(after: calls)
            grant.dayPaceSeconds = dayPace.cost
        }
        next.hourUsed += calls
        next.dayUsed += calls
        if let rate = limits.requestsPerSecond {
            let interval = 1 / rate
            let tolerance = interval * Double(limits.burst - 1)
            let arrival = max(state.rateTAT ?? now, now)
            let start = arrival.addingTimeInterval(-tolerance)
            grant.notBefore = start > now ? start : nil
            next.rateTAT = arrival.addingTimeInterval(interval * Double(calls))
            grant.rateEnd = next.rateTAT
            grant.rateIntervalSeconds = interval
        }
        return Decision(grant: grant, state: next)
    }
}

/// The pace of one spread quota window at one instant.
private struct WindowPace {
    /// Seconds of pace one call costs.
    let cost: Double
    /// Where the unspent pace starts (after the savings cap and the window start).
    let mark: Date
    let borrow: Double
    let windowEnd: Date?
    let now: Date

    init(cost: Double, stored: Date?, windowStart: Date?, windowEnd: Date?, span: Double, urgent: Bool, now: Date) {
        self.cost = cost
        let savings = max(span * AllowancePolicy.savingsFraction, cost)
        var floor = now.addingTimeInterval(-savings)
        if let windowStart { floor = max(floor, windowStart) }
        self.mark = max(stored ?? floor, floor)
        var borrow = urgent ? max(span * AllowancePolicy.borrowFraction, cost) : 0
        if let windowEnd { borrow = min(borrow, windowEnd.timeIntervalSince(now)) }
        self.borrow = borrow
        self.windowEnd = windowEnd
        self.now = now
    }

    /// Whole and fractional calls the unspent (and borrowable) pace pays for; negative while in debt. A hair is
    /// added so that a division that should be whole (21,600 s / 172.8 s) does not floor one call short.
    var affordable: Double {
        (now.timeIntervalSince(mark) + borrow) / cost + 1e-9
    }

    /// When the next call is paid for (without borrowing).
    var nextAt: Date {
        mark.addingTimeInterval(cost)
    }

    /// The mark after spending `calls`; never past the end of the window (a new day starts with a fresh pace).
    func mark(after calls: Int) -> Date {
        let spent = mark.addingTimeInterval(cost * Double(calls))
        guard let windowEnd else { return spent }
        return min(spent, windowEnd)
    }
}
