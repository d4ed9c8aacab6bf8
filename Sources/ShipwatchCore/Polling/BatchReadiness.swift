import Foundation

/// What a carrier that takes many numbers per call has due, to decide whether a call is worth making now.
///
/// A call costs the same for one number as for a full batch, and quotas count calls. So a batching carrier is
/// asked when a full batch is due, when something urgent is (out for delivery, or never polled: a new parcel's
/// first answer may already decide a finding), or when the longest-waiting parcel has waited `batchWaitMinutes`
/// past its time. A call made anyway is topped up with the parcels due soonest (see ``PollSchedule/topUpHorizon``).
public struct BatchReadiness: Sendable, Hashable {
    /// Shipments due now and not leased.
    public var due: Int
    /// Of those, the ones that should not wait for a batch to fill.
    public var urgent: Int
    /// The earliest `next_poll_at` among them.
    public var oldestDue: Date?

    public init(due: Int, urgent: Int, oldestDue: Date?) {
        self.due = due
        self.urgent = urgent
        self.oldestDue = oldestDue
    }

    /// True when a call for what is due now is worth making (always for a carrier that takes one number a call).
    public func worthACall(perRequest: Int, schedule: PollSchedule, now: Date) -> Bool {
        guard due > 0 else { return false }
        if perRequest <= 1 || urgent > 0 || due >= perRequest { return true }
        guard let oldestDue else { return true }
        return now.timeIntervalSince(oldestDue) >= schedule.batchWaitMinutes * 60
    }
}

extension PollSchedule {
    /// How far ahead a batch call already being made is topped up with parcels not yet due: half the moving
    /// interval, so a parcel is polled at most that much early.
    public var topUpHorizon: TimeInterval { movingHours * 3_600 / 2 }
}
