/// Drafts the remedy a store's policy gives for a finding: kind, compensation and customer message.
enum RemedyDrafter {
    /// The proposal for an `act` finding whose rule the policy wants a remedy for; nil otherwise.
    static func proposal(for outcome: RuleOutcome, facts: ShipmentFacts, stage: Milestone?, policy: StorePolicy) -> RemedyProposal? {
        guard outcome.severity == .act, let kind = policy.remedies[outcome.rule].remedyKind else { return nil }
        let compensation = policy.compensation.displayText
        let values: [MessagePlaceholder: String] = [
            .orderRef: facts.orderRef,
            .carrier: facts.carrierName,
            .trackingNumber: facts.trackingNumber,
            .stage: stage?.customerPhrase ?? "not yet scanned by the carrier",
            .days: String(Int(saturating: outcome.durationDays.rounded(.down))),
            .reason: outcome.customerReason,
            .compensation: compensation ?? "",
            .refundTime: policy.refundTime.displayText,
        ]
        let message = MessageTemplateText(policy.messages[kind]).render(values)
        return RemedyProposal(
            kind: kind,
            compensation: kind.includesCompensation ? compensation : nil,
            customerMessage: message)
    }
}
