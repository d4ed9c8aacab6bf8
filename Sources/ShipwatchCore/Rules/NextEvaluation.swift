import Foundation

/// When a shipment's findings could next change by the passage of time alone, with nothing new from the carrier.
///
/// Every time-based rule compares how long something has lasted with a threshold of the store's policy. From a
/// timeline, the facts and the policy, each rule's crossing instants are known in advance: the stay's first scan
/// plus the watch and act days (`customs_stall`, `sorting_stall`, `no_movement`, `carrier_exception`), the end of
/// the N-th business day after the label or the order (`never_scanned`, `late_dispatch`), the end of the last
/// promised day and the allowance after it (`delivery_window_exceeded`), the return scan or the not-found clock
/// plus the thresholds (`returned_to_sender`, `tracking_not_found`). The next evaluation is the earliest of those
/// instants after `now`; each later crossing is found by the evaluation at the earlier one. Nil when no instant is
/// left: the parcel is delivered or cancelled, or every rule that applies has already reached `act`.
///
/// The result may be earlier than needed (an instant whose rule turns out not to apply costs one evaluation that
/// changes nothing), never later: a crossing of any rule that can fire is among the candidates.
public enum NextEvaluation {
    /// The earliest instant after `now` at which `RuleEngine.evaluate` could return other findings or severities
    /// for the same inputs; nil when it cannot change by time alone.
    public static func instant(timeline: Timeline, facts: ShipmentFacts, policy: StorePolicy, now: Date) -> Date? {
        if let latest = timeline.latestMeaningfulEvent, latest.milestone.isTerminal { return nil }
        let context = RuleContext(timeline: timeline, facts: facts, policy: policy, now: now)
        let candidates = crossings(context)
        return candidates.filter { $0 > now }.min()
    }

    /// Every instant at which a rule that applies to these inputs crosses a threshold (past ones included).
    static func crossings(_ context: RuleContext) -> [Date] {
        let thresholds = context.thresholds
        if let returnScan = ReturnedToSenderRule.firstReturnScan(in: context.timeline) {
            return daysCrossings(from: returnScan.occurredAt, thresholds.returnedToSender)
        }
        var instants: [Date] = []
        if let stay = context.stay {
            if stay.stage == .labelCreated {
                instants += businessDayCrossings(
                    after: stay.firstEvent.occurredAt,
                    [thresholds.neverScanned.watchBusinessDays, thresholds.neverScanned.actBusinessDays],
                    calendar: context.calendar)
            } else if let threshold = StallRules.threshold(context, stay: stay) {
                instants += daysCrossings(from: stay.firstEvent.occurredAt, threshold)
            }
        }
        if context.timeline.events.isEmpty {
            if context.facts.shippedAt == nil, let orderedAt = context.facts.orderedAt {
                let maximum = context.policy.processingWindow.maxBusinessDays
                instants += businessDayCrossings(
                    after: orderedAt, [maximum, maximum + thresholds.lateDispatch.actAfterExtraDays], calendar: context.calendar)
            }
            if let since = DispatchRules.notFoundClockStart(context.facts) {
                instants += daysCrossings(from: since, thresholds.trackingNotFound)
            }
        }
        if let deadline = DeliveryWindowRule.deadline(context) {
            instants.append(deadline)
            instants.append(deadline.addingTimeInterval(Double(thresholds.deliveryWindowExceeded.actAfterExtraDays) * 86_400))
        }
        return instants
    }

    private static func daysCrossings(from start: Date, _ threshold: EscalationThreshold) -> [Date] {
        [threshold.watchDays, threshold.actDays].compactMap { days in
            let seconds = days * 86_400
            return seconds.isFinite ? start.addingTimeInterval(seconds) : nil
        }
    }

    private static func businessDayCrossings(after start: Date, _ counts: [Int], calendar: BusinessCalendar) -> [Date] {
        counts.compactMap { calendar.endOfBusinessDays($0, after: start) }
    }
}
