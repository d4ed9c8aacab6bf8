import Foundation
import ShipwatchCore

/// The thresholds behind the evaluation candidate query: the smallest of every policy that may apply, so a
/// shipment the query leaves out could not fire a rule under any of them.
public struct CandidateCutoffs: Sendable, Hashable {
    /// The smallest `watch` threshold, in days, of the rules judged on a stay whose stage is not one of the
    /// ``EvaluationCandidates/immediateStatuses``: `customs_stall`, `sorting_stall`, and `no_movement`'s standard
    /// and international hand-off thresholds.
    public var stallWatchDays: Double
    /// The smallest promised delivery maximum, in days, domestic or international.
    public var deliveryMaxDays: Int

    public init(stallWatchDays: Double, deliveryMaxDays: Int) {
        self.stallWatchDays = stallWatchDays
        self.deliveryMaxDays = deliveryMaxDays
    }

    /// The cutoffs of a set of policies (the configured stores', plus the default one when a stored shipment
    /// belongs to a store the configuration no longer declares).
    public init(policies: some Sequence<StorePolicy>) {
        var stall = Double.infinity
        var delivery = Int.max
        for policy in policies {
            let thresholds = policy.thresholds
            stall = min(
                stall, thresholds.customsStall.watchDays, thresholds.sortingStall.watchDays,
                thresholds.noMovement.standard.watchDays, thresholds.noMovement.internationalHandOff.watchDays)
            delivery = min(delivery, policy.deliveryWindow.domestic.maxDays, policy.deliveryWindow.international.maxDays)
        }
        self.init(stallWatchDays: stall.isFinite ? stall : 0, deliveryMaxDays: delivery == Int.max ? 0 : delivery)
    }

    /// A stay that began after this instant is younger than every stall threshold. One minute of margin
    /// absorbs the rounding between PostgreSQL's microseconds and the rules' floating-point days.
    public func stallCutoff(now: Date) -> Date {
        now.addingTimeInterval(-stallWatchDays * 86_400 + 60)
    }

    /// A shipment that shipped after this instant is inside every promised window. The rule's deadline is the
    /// start of the day after the last promised day in the store's zone, i.e. more than `deliveryMaxDays` days
    /// after shipping less at most one hour of a daylight-saving change; a whole day of margin covers that.
    public func deliveryCutoff(now: Date) -> Date {
        now.addingTimeInterval(-Double(deliveryMaxDays) * 86_400 + 86_400)
    }
}
