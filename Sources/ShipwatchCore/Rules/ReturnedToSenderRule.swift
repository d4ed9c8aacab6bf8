import Foundation

/// `returned_to_sender`: the carrier has begun returning the parcel. Once a return scan exists the
/// return holds until the parcel is delivered (back to the sender) or cancelled, even while the
/// return journey produces ordinary transit scans; the engine then judges no other rule, since stalls
/// and promises of a parcel on its way back no longer concern the customer.
enum ReturnedToSenderRule {
    /// The first return scan of the timeline, if any.
    static func firstReturnScan(in timeline: Timeline) -> ScanEvent? {
        let events = timeline.events
        guard let index = events.indices.first(where: { events[$0].milestone == .returnToSender }) else { return nil }
        return events[index]
    }

    static func evaluate(_ context: RuleContext, returnScan: ScanEvent) -> RuleOutcome? {
        let threshold = context.thresholds.returnedToSender
        let days = context.days(since: returnScan.occurredAt)
        guard let severity = threshold.severity(afterDays: days) else { return nil }
        var evidence = [FindingEvidence(event: returnScan)]
        if let latest = context.timeline.latestMeaningfulEvent, latest != returnScan {
            evidence.append(FindingEvidence(event: latest))
        }
        let summary = "Returning to sender since \(context.stamp(returnScan.occurredAt)) "
            + "(\(FindingText.days(days)); \(FindingText.levels(threshold))). Return scan: \(FindingEvidence.note(describing: returnScan))."
        return RuleOutcome(
            rule: .returnedToSender,
            severity: severity,
            measuredSince: returnScan.occurredAt,
            durationDays: days,
            evidence: evidence,
            summary: summary,
            customerReason: "is being returned to us by the carrier")
    }
}
