import Foundation

/// `never_scanned`: the label was created but the carrier has not scanned the parcel since, counted in
/// fully passed business days of the store's calendar from the first label scan of the stay.
enum NeverScannedRule {
    static func evaluate(_ context: RuleContext, stay: StageStay) -> RuleOutcome? {
        let threshold = context.thresholds.neverScanned
        let labelAt = stay.firstEvent.occurredAt
        let elapsed = context.calendar.businessDaysElapsed(from: labelAt, to: context.now)
        let severity = StallRules.escalate(
            threshold.severity(afterBusinessDays: elapsed), carrierDeclared: stay.isCarrierDeclaredDelay)
        guard let severity else { return nil }
        let days = context.days(since: labelAt)
        var summary = "Label created \(context.stamp(labelAt)), no acceptance scan after "
            + "\(FindingText.businessDays(elapsed)) (watch at \(threshold.watchBusinessDays), "
            + "act at \(threshold.actBusinessDays) business days, \(context.calendar.timeZoneIdentifier) calendar)."
        summary += StallRules.stayNotes(stay, context)
        return RuleOutcome(
            rule: .neverScanned,
            severity: severity,
            measuredSince: labelAt,
            durationDays: days,
            businessDaysElapsed: elapsed,
            carrierDeclaredDelay: stay.isCarrierDeclaredDelay,
            evidence: StallRules.evidence(of: stay),
            summary: summary,
            customerReason: "has not been picked up by the carrier yet, \(FindingText.wholeDays(days)) after its shipping label was created")
    }
}
