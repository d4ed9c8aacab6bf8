import Foundation

/// What one evaluation sweep did.
public struct EvaluationSweepSummary: Sendable, Hashable {
    /// The shipments it evaluated and the changes it wrote.
    public var evaluation = EvaluationSummary()
    /// True when the run's deadline stopped it with due shipments possibly left (the next run goes on).
    public var stoppedAtDeadline = false

    public init() {}

    /// The poll run's note: `sweep: 12 due shipment(s) evaluated; findings: 2 opened`, nil when nothing was due.
    public var line: String? {
        guard evaluation.shipmentsScanned > 0 else { return nil }
        var text = "sweep: \(evaluation.shipmentsEvaluated) due shipment(s) evaluated"
        if stoppedAtDeadline { text += " (time bound reached, the rest stay due)" }
        if let findings = evaluation.line { text += "; " + findings }
        return text
    }
}
