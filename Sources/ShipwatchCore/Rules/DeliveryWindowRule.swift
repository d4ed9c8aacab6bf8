import Foundation

/// `delivery_window_exceeded`: not delivered by the end of the last promised day, i.e. the store's local
/// date of shipping plus the promised maximum (international window when origin and destination
/// countries differ). Shipping is the store's shipped date, else the first scan that shows the carrier
/// holding the parcel. `watch` from the end of that day, `act` the allowance later.
enum DeliveryWindowRule {
    static func evaluate(_ context: RuleContext) -> RuleOutcome? {
        guard let shipped = shippingStart(context) else { return nil }
        let window = context.policy.deliveryWindow.window(international: context.isInternational)
        let calendar = context.calendar
        let lastPromisedDay = calendar.localDate(of: shipped.instant).adding(days: window.maxDays)
        let deadline = calendar.startOfDay(lastPromisedDay.adding(days: 1))
        guard context.now >= deadline else { return nil }
        let overdue = context.days(since: deadline)
        let extra = context.thresholds.deliveryWindowExceeded.actAfterExtraDays
        let severity: Severity = overdue >= Double(extra) ? .act : .watch
        let scope = context.isInternational ? "international" : "domestic"

        var evidence = [shipped.evidence]
        evidence.append(FindingEvidence(
            factAt: deadline, note: "promised delivery by the end of \(lastPromisedDay) (\(scope) window \(window.displayText))"))
        if let latest = context.timeline.latestMeaningfulEvent, latest.occurredAt > shipped.instant {
            evidence.append(FindingEvidence(event: latest))
        }
        evidence.sort { $0.occurredAt < $1.occurredAt }

        var summary = "Not delivered by the end of \(lastPromisedDay), \(window.maxDays) days after shipping on "
            + "\(context.stamp(shipped.instant)) (\(scope) window \(window.displayText)): \(FindingText.days(overdue)) late; "
            + "act \(FindingText.count(extra, "day")) past it."
        if let estimate = context.facts.estimatedDelivery {
            summary += " The carrier estimates delivery on \(estimate.description.prefix(10))."
        }
        return RuleOutcome(
            rule: .deliveryWindowExceeded,
            severity: severity,
            measuredSince: deadline,
            durationDays: overdue,
            evidence: evidence,
            summary: summary,
            customerReason: "has not arrived within the \(window.displayText) we promised")
    }

    /// The instant the promise is broken (the rule's `watch`), or nil when the shipping start is unknown.
    static func deadline(_ context: RuleContext) -> Date? {
        guard let shipped = shippingStart(context) else { return nil }
        let window = context.policy.deliveryWindow.window(international: context.isInternational)
        let lastPromisedDay = context.calendar.localDate(of: shipped.instant).adding(days: window.maxDays)
        return context.calendar.startOfDay(lastPromisedDay.adding(days: 1))
    }

    /// When the parcel shipped, and the evidence for it.
    private static func shippingStart(_ context: RuleContext) -> (instant: Date, evidence: FindingEvidence)? {
        if let shippedAt = context.facts.shippedAt {
            return (shippedAt, FindingEvidence(factAt: shippedAt, note: "shipped, as the store reported"))
        }
        guard let firstHeld = context.timeline.events.first(where: { $0.milestone.showsCarrierHolding }) else { return nil }
        return (firstHeld.occurredAt, FindingEvidence(event: firstHeld))
    }
}

extension Milestone {
    /// True for scans only a carrier holding the parcel makes (not labels, cancellations, delays or
    /// uninterpreted scans).
    var showsCarrierHolding: Bool {
        switch self {
        case .labelCreated, .cancelled, .delayed, .info, .unknown: false
        default: true
        }
    }
}
