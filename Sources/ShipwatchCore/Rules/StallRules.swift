import Foundation

/// The rules judged from the current stay: `customs_stall`, `sorting_stall`, `no_movement`,
/// `carrier_exception` (and `never_scanned`, in its own file, for a stay at the label).
///
/// Each measures the days since the stay began against its threshold. A carrier-declared delay during
/// the stay is reported as such (`carrierDeclaredDelay`) and makes the finding at least `watch` from
/// the delay scan on, whatever our own threshold says; `act` still needs our act threshold.
enum StallRules {
    static func evaluate(_ context: RuleContext, stay: StageStay) -> RuleOutcome? {
        let thresholds = context.thresholds
        switch stay.stage {
        case .delivered, .cancelled, .returnToSender, .info, .unknown:
            return nil
        case .labelCreated:
            return NeverScannedRule.evaluate(context, stay: stay)
        case .customsInProgress, .customsHeld:
            return outcome(
                .customsStall, thresholds.customsStall, context, stay,
                headline: "In customs",
                reason: { "has been held up in customs for \($0)" })
        case .sortArrived, .sortProcessed:
            let place = stay.latestStageEvent.location.isEmpty ? "a sort facility" : "sort facility \(stay.latestStageEvent.location.displayText)"
            return outcome(
                .sortingStall, thresholds.sortingStall, context, stay,
                headline: "In \(place)",
                reason: { "has been waiting in a carrier sorting facility for \($0)" })
        case .exception:
            return outcome(
                .carrierException, thresholds.carrierException, context, stay,
                headline: "Carrier exception",
                reason: { _ in "has run into a delivery problem reported by the carrier" })
        case .availableForPickup:
            return outcome(
                .noMovement, thresholds.noMovement.awaitingPickup, context, stay,
                headline: "Waiting at a pickup point",
                reason: { "has been waiting at a pickup point for \($0)" })
        case .delayed:
            return outcome(
                .noMovement, thresholds.noMovement.standard, context, stay,
                headline: "Carrier-declared delay",
                reason: { "has been delayed by the carrier, with no tracking update for \($0)" })
        case .accepted, .sortDeparted, .inTransit, .customsExport, .customsReleased, .outForDelivery, .deliveryAttempted:
            if isInternationalHandOff(stay, destination: context.facts.destinationCountry) {
                let country = stay.latestStageEvent.location.countryCode.map { " in \($0)" } ?? ""
                return outcome(
                    .noMovement, thresholds.noMovement.internationalHandOff, context, stay,
                    headline: "International hand-off gap after \(stay.stage.rawValue)\(country)",
                    reason: { "has had no tracking update for \($0) since it left the origin country" },
                    handOff: true)
            }
            return outcome(
                .noMovement, thresholds.noMovement.standard, context, stay,
                headline: "No movement after \(stay.stage.rawValue)",
                reason: { "has had no tracking update for \($0)" })
        }
    }

    /// The calendar-day threshold `evaluate` judges a stay by (`never_scanned`'s business days excepted: nil for a
    /// stay at the label, and for stages no stage rule judges). Kept next to `evaluate` so both choose alike.
    static func threshold(_ context: RuleContext, stay: StageStay) -> EscalationThreshold? {
        let thresholds = context.thresholds
        switch stay.stage {
        case .delivered, .cancelled, .returnToSender, .info, .unknown, .labelCreated:
            return nil
        case .customsInProgress, .customsHeld:
            return thresholds.customsStall
        case .sortArrived, .sortProcessed:
            return thresholds.sortingStall
        case .exception:
            return thresholds.carrierException
        case .availableForPickup:
            return thresholds.noMovement.awaitingPickup
        case .delayed:
            return thresholds.noMovement.standard
        case .accepted, .sortDeparted, .inTransit, .customsExport, .customsReleased, .outForDelivery, .deliveryAttempted:
            return isInternationalHandOff(stay, destination: context.facts.destinationCountry)
                ? thresholds.noMovement.internationalHandOff : thresholds.noMovement.standard
        }
    }

    /// The parcel left the origin country and nothing came since: an export scan, or a departure /
    /// transit / customs release in a country other than the destination.
    static func isInternationalHandOff(_ stay: StageStay, destination: String?) -> Bool {
        switch stay.stage {
        case .customsExport:
            return true
        case .sortDeparted, .inTransit, .customsReleased:
            guard let destination, let country = stay.latestStageEvent.location.countryCode else { return false }
            return country != destination
        default:
            return false
        }
    }

    private static func outcome(
        _ rule: RuleID,
        _ threshold: EscalationThreshold,
        _ context: RuleContext,
        _ stay: StageStay,
        headline: String,
        reason: (String) -> String,
        handOff: Bool = false
    ) -> RuleOutcome? {
        let days = context.days(since: stay.firstEvent.occurredAt)
        guard let severity = escalate(threshold.severity(afterDays: days), carrierDeclared: stay.isCarrierDeclaredDelay) else {
            return nil
        }
        var summary = "\(headline) since \(context.stamp(stay.firstEvent.occurredAt)): "
            + "\(FindingText.days(days)) without movement (\(FindingText.levels(threshold)))."
        summary += stayNotes(stay, context)
        return RuleOutcome(
            rule: rule,
            severity: severity,
            measuredSince: stay.firstEvent.occurredAt,
            durationDays: days,
            carrierDeclaredDelay: stay.isCarrierDeclaredDelay,
            internationalHandOff: handOff,
            evidence: evidence(of: stay),
            summary: summary,
            customerReason: reason(FindingText.wholeDays(days)))
    }

    /// A carrier-declared delay makes any finding at least `watch`.
    static func escalate(_ severity: Severity?, carrierDeclared: Bool) -> Severity? {
        guard carrierDeclared else { return severity }
        return max(severity ?? .watch, .watch)
    }

    /// The sentences every stay-based summary ends with: the carrier's delay, ignored scans, the latest scan.
    static func stayNotes(_ stay: StageStay, _ context: RuleContext) -> String {
        var notes = ""
        if let delay = stay.latestDelay {
            let text = delay.description.isEmpty ? "" : ": \"\(delay.description)\""
            notes += " The carrier declared a delay on \(context.stamp(delay.occurredAt))\(text)."
        }
        if stay.laterNonMeaningfulCount > 0 {
            let count = stay.laterNonMeaningfulCount
            notes += " \(count) later informational scan\(count == 1 ? " does" : "s do") not count as movement."
        }
        notes += " Latest scan: \(FindingEvidence.note(describing: stay.latestMeaningfulEvent))."
        return notes
    }

    /// The stay's key scans as evidence.
    static func evidence(of stay: StageStay) -> [FindingEvidence] {
        stay.keyEvents.map(FindingEvidence.init(event:))
    }
}
