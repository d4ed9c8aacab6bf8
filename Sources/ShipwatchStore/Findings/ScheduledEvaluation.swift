import Foundation

/// One evaluated shipment's next evaluation, written by `FindingRepository.reconcile` in the transaction of its
/// results.
///
/// Compare-and-set: the row's `next_evaluation_at` is replaced only while it still holds ``loaded`` (what the
/// evaluation read with the shipment's scans). Anything that changed the shipment after that read (an ingest, a
/// first "not found") has set it to its own `now()`, and that mark stays, so the next sweep evaluates the newer
/// state: a change is never hidden by an evaluation of older data, even when the run that made it was killed.
public struct ScheduledEvaluation: Sendable, Hashable {
    public var shipmentID: Int64
    /// `next_evaluation_at` when the shipment was loaded.
    public var loaded: Date?
    /// `NextEvaluation.instant`: when time alone could next change its findings; nil for never.
    public var next: Date?

    public init(shipmentID: Int64, loaded: Date?, next: Date?) {
        self.shipmentID = shipmentID
        self.loaded = loaded
        self.next = next
    }
}
