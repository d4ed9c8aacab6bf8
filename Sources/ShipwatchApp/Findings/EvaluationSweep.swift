import Foundation
import Logging
import ShipwatchStore

/// The time-based half of every poll run: evaluates the shipments whose `next_evaluation_at` has come (a stall
/// crossing its threshold, a promise running out, a change no evaluation has seen yet), so `shipwatch poll` from
/// cron is all a store needs.
///
/// Pages of due shipments in `(next_evaluation_at, id)` order are loaded, judged and reconciled; the
/// reconciliation writes each shipment's next evaluation in its transaction. The sweep stops when nothing due is
/// left or at the run's deadline, after at least one page, so every run makes progress; what is left stays due
/// for the next run, oldest first.
public struct EvaluationSweep: Sendable {
    /// Shipments per page.
    public static let defaultPageSize = 2_000

    public let evaluator: FindingsEvaluator
    public var pageSize: Int

    public init(evaluator: FindingsEvaluator, pageSize: Int = EvaluationSweep.defaultPageSize) {
        self.evaluator = evaluator
        self.pageSize = max(1, pageSize)
    }

    /// Sweeps what is due at `now` until nothing due is left or `deadline` passes (after the first page).
    public func run(now: Date, deadline: ContinuousClock.Instant) async throws -> EvaluationSweepSummary {
        let started = ContinuousClock.now
        let database = evaluator.database
        let schedule = EvaluationSchedule(database: database)
        let loader = EvaluationInputLoader(database: database)
        var sweep = EvaluationSweepSummary()
        var position: EvaluationSchedule.Position?
        while true {
            let due = try await schedule.due(asOf: now, after: position, limit: pageSize)
            guard let last = due.last else { break }
            position = last
            let inputs = try await loader.load(shipmentIDs: due.map(\.shipmentID))
            var part = try await evaluator.evaluateAndReconcile(inputs, now: now)
            part.shipmentsScanned = due.count
            sweep.evaluation = sweep.evaluation + part
            if due.count < pageSize { break }
            if ContinuousClock.now >= deadline {
                sweep.stoppedAtDeadline = true
                break
            }
        }
        sweep.evaluation.duration = ContinuousClock.now - started
        evaluator.context.logger.info(
            "evaluation sweep finished",
            metadata: [
                "sweep.evaluated": "\(sweep.evaluation.shipmentsEvaluated)",
                "sweep.stopped_at_deadline": "\(sweep.stoppedAtDeadline)",
                "findings.opened": "\(sweep.evaluation.changes.opened)",
                "findings.escalated": "\(sweep.evaluation.changes.escalated)",
                "findings.resolved": "\(sweep.evaluation.changes.resolved)",
                "remedies.proposed": "\(sweep.evaluation.changes.proposed)",
                "duration_ms": "\(Int(sweep.evaluation.seconds * 1_000))",
            ]
        )
        return sweep
    }
}
