import Foundation

/// What a rule found, before the engine adds the shipment's identity, stage and remedy.
struct RuleOutcome: Sendable {
    var rule: RuleID
    var severity: Severity
    var measuredSince: Date
    var durationDays: Double
    var businessDaysElapsed: Int? = nil
    var carrierDeclaredDelay = false
    var internationalHandOff = false
    var evidence: [FindingEvidence]
    var summary: String
    /// What went wrong, for the customer, as it follows "it" (`{{reason}}`).
    var customerReason: String
}
