import Foundation
import ShipwatchStore

/// What an evaluation did: how many shipments it looked at, and what changed in findings and remedies.
public struct EvaluationSummary: Sendable, Hashable {
    /// Shipments the evaluation considered (for `evaluateActive`, every shipment of the scanned pages).
    public var shipmentsScanned = 0
    /// Shipments the rule engine actually evaluated (the candidates).
    public var shipmentsEvaluated = 0
    /// Findings the rules reported (open after the evaluation), changed or not.
    public var findingsFiring = 0
    /// The changes written.
    public var changes = FindingChanges()
    /// Wall-clock time of the evaluation.
    public var duration: Duration = .zero

    public init() {}

    /// A short human note ("findings: 3 opened, 1 escalated, 2 resolved, 2 remedies proposed"), nil when
    /// nothing changed.
    public var line: String? {
        guard !changes.isEmpty else { return nil }
        var findingParts: [String] = []
        if changes.opened > 0 { findingParts.append("\(changes.opened) opened") }
        if changes.escalated > 0 { findingParts.append("\(changes.escalated) escalated") }
        if changes.updated > 0 { findingParts.append("\(changes.updated) updated") }
        if changes.resolved > 0 { findingParts.append("\(changes.resolved) resolved") }
        if changes.proposed > 0 { findingParts.append("\(changes.proposed) \(changes.proposed == 1 ? "remedy" : "remedies") proposed") }
        if changes.withdrawn > 0 {
            findingParts.append("\(changes.withdrawn) \(changes.withdrawn == 1 ? "proposal" : "proposals") withdrawn")
        }
        return "findings: " + findingParts.joined(separator: ", ")
    }

    /// `duration` in seconds.
    public var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The full account `shipwatch evaluate` prints.
    public var report: String {
        var text = "evaluated \(shipmentsEvaluated) of \(shipmentsScanned) shipment(s) in "
            + String(format: "%.2f", seconds) + " s; \(findingsFiring) finding(s) firing"
        text += "; " + (line ?? "findings: no changes")
        return text
    }

    /// The sum of two summaries (durations add up too).
    static func + (lhs: EvaluationSummary, rhs: EvaluationSummary) -> EvaluationSummary {
        var sum = lhs
        sum.shipmentsScanned += rhs.shipmentsScanned
        sum.shipmentsEvaluated += rhs.shipmentsEvaluated
        sum.findingsFiring += rhs.findingsFiring
        sum.changes = sum.changes + rhs.changes
        sum.duration += rhs.duration
        return sum
    }
}
