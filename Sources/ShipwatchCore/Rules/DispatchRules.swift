import Foundation

/// The rules for a shipment the carrier has no scan of at all: `late_dispatch` (the store has not
/// dispatched within its processing window) and `tracking_not_found` (the carrier does not know the number).
enum DispatchRules {
    /// `late_dispatch`: ordered, no scan and no shipped date, and the processing window's maximum has
    /// fully passed in business days; `act` once the allowance past it has passed too.
    static func lateDispatch(_ context: RuleContext) -> RuleOutcome? {
        guard context.timeline.events.isEmpty, context.facts.shippedAt == nil, let orderedAt = context.facts.orderedAt else {
            return nil
        }
        let window = context.policy.processingWindow
        let extra = context.thresholds.lateDispatch.actAfterExtraDays
        let elapsed = context.calendar.businessDaysElapsed(from: orderedAt, to: context.now)
        guard elapsed >= window.maxBusinessDays else { return nil }
        let severity: Severity = elapsed >= window.maxBusinessDays + extra ? .act : .watch
        let summary = "Ordered \(context.stamp(orderedAt)); no label and no scan after \(FindingText.businessDays(elapsed)) "
            + "(processing window \(window.displayText); act \(FindingText.businessDays(extra)) past it, "
            + "\(context.calendar.timeZoneIdentifier) calendar)."
        return RuleOutcome(
            rule: .lateDispatch,
            severity: severity,
            measuredSince: orderedAt,
            durationDays: context.days(since: orderedAt),
            businessDaysElapsed: elapsed,
            evidence: [FindingEvidence(factAt: orderedAt, note: "order placed; no label or carrier scan since")],
            summary: summary,
            customerReason: "has not shipped yet, \(FindingText.businessDays(elapsed)) after you ordered")
    }

    /// `tracking_not_found`: no scan, and the carrier answers "not found"; the watch threshold is the grace period.
    /// The days count from when the parcel should have been known: the earlier of the store's shipped date and
    /// the first "not found" answer, so a parcel shipped five days ago that the carrier still does not know is a
    /// finding at its first poll.
    static func trackingNotFound(_ context: RuleContext) -> RuleOutcome? {
        guard context.timeline.events.isEmpty, let since = notFoundClockStart(context.facts) else { return nil }
        let threshold = context.thresholds.trackingNotFound
        let days = context.days(since: since)
        guard let severity = threshold.severity(afterDays: days) else { return nil }
        let summary = "\(context.facts.carrierName) has not known tracking number \(context.facts.trackingNumber) "
            + "since \(context.stamp(since)) (\(FindingText.days(days)); grace \(FindingText.number(threshold.watchDays)) days, "
            + "act at \(FindingText.number(threshold.actDays)) days)."
        return RuleOutcome(
            rule: .trackingNotFound,
            severity: severity,
            measuredSince: since,
            durationDays: days,
            evidence: [FindingEvidence(
                factAt: since,
                note: since == context.facts.notFoundSince
                    ? "\(context.facts.carrierName) answered \"not found\" from here on"
                    : "shipped, as the store reported; \(context.facts.carrierName) has not known the number since")],
            summary: summary,
            customerReason: "does not show up in the carrier's tracking yet")
    }

    /// Where `tracking_not_found` starts counting: the earlier of the shipped date and the first "not found"
    /// answer; nil while the carrier has not answered "not found".
    static func notFoundClockStart(_ facts: ShipmentFacts) -> Date? {
        guard let notFoundSince = facts.notFoundSince else { return nil }
        guard let shippedAt = facts.shippedAt else { return notFoundSince }
        return min(shippedAt, notFoundSince)
    }
}
