import Foundation

/// The delay monitor's rules, as one pure function of a shipment's timeline, its facts, its store's
/// policy and the time of evaluation. No I/O and no clock: the same inputs always give the same findings.
///
/// What the engine decides:
/// - A delivered or cancelled shipment (latest meaningful scan) has no findings, so every finding
///   resolves once the parcel is delivered.
/// - `info` and `unknown` scans are not movement, and a carrier-declared delay is reported as such
///   (see `StageStay`, `StallRules`).
/// - At most one stage rule fires (the stay decides which), `late_dispatch` and `tracking_not_found`
///   only without any scan, `delivery_window_exceeded` independently of the stage; a parcel being
///   returned yields `returned_to_sender` alone.
/// - When several findings reach `act`, only one carries the remedy (see `RuleID.remedyPriority`), so
///   ops never get two proposals for one parcel.
public enum RuleEngine {
    /// The findings for one shipment, in `RuleID` order.
    public static func evaluate(timeline: Timeline, facts: ShipmentFacts, policy: StorePolicy, now: Date) -> [Finding] {
        if let latest = timeline.latestMeaningfulEvent, latest.milestone.isTerminal { return [] }
        let context = RuleContext(timeline: timeline, facts: facts, policy: policy, now: now)
        let outcomes = evaluateRules(context).sorted { $0.rule < $1.rule }
        let stage = timeline.latestMeaningfulEvent?.milestone
        let remedyRule = outcomes
            .filter { $0.severity == .act && policy.remedies[$0.rule].remedyKind != nil }
            .min { $0.rule.remedyPriority < $1.rule.remedyPriority }?
            .rule
        return outcomes.map { outcome in
            let remedy = outcome.rule == remedyRule
                ? RemedyDrafter.proposal(for: outcome, facts: facts, stage: stage, policy: policy)
                : nil
            return finding(outcome, context: context, remedy: remedy)
        }
    }

    private static func evaluateRules(_ context: RuleContext) -> [RuleOutcome] {
        if let returnScan = ReturnedToSenderRule.firstReturnScan(in: context.timeline) {
            return [ReturnedToSenderRule.evaluate(context, returnScan: returnScan)].compactMap { $0 }
        }
        var outcomes: [RuleOutcome?] = []
        if let stay = context.stay {
            outcomes.append(StallRules.evaluate(context, stay: stay))
        }
        outcomes.append(DispatchRules.lateDispatch(context))
        outcomes.append(DispatchRules.trackingNotFound(context))
        outcomes.append(DeliveryWindowRule.evaluate(context))
        return outcomes.compactMap { $0 }
    }

    private static func finding(_ outcome: RuleOutcome, context: RuleContext, remedy: RemedyProposal?) -> Finding {
        let timeline = context.timeline
        let facts = context.facts
        let latestMeaningful = timeline.latestMeaningfulEvent
        let lastLocation = timeline.events.last { !$0.location.isEmpty }?.location.displayText
        return Finding(
            rule: outcome.rule,
            severity: outcome.severity,
            store: facts.store,
            orderRef: facts.orderRef,
            carrier: facts.carrier,
            trackingNumber: facts.trackingNumber,
            stage: latestMeaningful?.milestone,
            stageSince: latestMeaningful?.occurredAt,
            measuredSince: outcome.measuredSince,
            durationDays: outcome.durationDays,
            businessDaysElapsed: outcome.businessDaysElapsed,
            carrierDeclaredDelay: outcome.carrierDeclaredDelay,
            internationalHandOff: outcome.internationalHandOff,
            lastEventAt: timeline.latestEvent?.occurredAt,
            lastLocation: lastLocation,
            evidence: outcome.evidence,
            summary: outcome.summary,
            remedy: remedy)
    }
}
