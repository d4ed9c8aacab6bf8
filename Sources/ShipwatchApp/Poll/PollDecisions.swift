import Foundation
import ShipwatchCore
import ShipwatchStore

/// Turns one shipment's poll result into its ledger row and its next schedule.
struct PollDecisions: Sendable {
    var schedule: PollSchedule

    /// After the carrier knew the number: `status`/`lastEventAt` are the derived values after ingest.
    func found(_ shipment: ClaimedShipment, status: Milestone?, lastEventAt: Date?, now: Date) -> PollCompletion {
        let decision = schedule.afterFound(
            status: status,
            lastEventAt: lastEventAt,
            createdAt: shipment.createdAt,
            deliveredConfirmed: shipment.status == .delivered && status == .delivered,
            now: now
        )
        return completion(shipment, decision: decision, failures: 0, notFoundSince: nil, error: nil,
                          priority: PollSchedule.priority(status: status, lastEventAt: lastEventAt, now: now))
    }

    /// After "not found" (or "invalid number", which carriers also answer while a label is fresh).
    func notFound(_ shipment: ClaimedShipment, detail: String, now: Date) -> PollCompletion {
        let since = shipment.notFoundSince ?? now
        let consecutive = shipment.notFoundSince == nil ? 1 : shipment.consecutiveFailures + 1
        let decision = schedule.afterNotFound(consecutive: consecutive, notFoundSince: since, createdAt: shipment.createdAt, now: now)
        return completion(shipment, decision: decision, failures: consecutive, notFoundSince: since, error: detail, priority: 2)
    }

    /// After a failure that is the shipment's or the carrier's fault (malformed answer, 5xx after retries, auth).
    func failed(_ shipment: ClaimedShipment, error: String, now: Date) -> PollCompletion {
        let consecutive = shipment.consecutiveFailures + 1
        return PollCompletion(
            shipmentID: shipment.id,
            nextPollAt: schedule.afterFailure(consecutive: consecutive, now: now),
            consecutiveFailures: consecutive,
            notFoundSince: shipment.notFoundSince,
            lastError: error,
            priority: PollSchedule.priority(status: shipment.status, lastEventAt: shipment.lastEventAt, now: now)
        )
    }

    /// Not fetched this run (quota spent, rate limited, circuit open, run stopping): due again at `retryAt`,
    /// counters untouched, the reason recorded.
    func deferred(_ shipment: ClaimedShipment, reason: String, retryAt: Date) -> PollCompletion {
        PollCompletion(
            shipmentID: shipment.id,
            nextPollAt: max(retryAt, shipment.nextPollAt),
            consecutiveFailures: shipment.consecutiveFailures,
            notFoundSince: shipment.notFoundSince,
            lastError: reason,
            // A parcel never polled keeps its place ahead of the others.
            priority: shipment.pollCount == 0
                ? PollSchedule.firstPollPriority
                : PollSchedule.priority(status: shipment.status, lastEventAt: shipment.lastEventAt, now: retryAt),
            polled: false
        )
    }

    private func completion(
        _ shipment: ClaimedShipment, decision: PollSchedule.Decision, failures: Int, notFoundSince: Date?, error: String?, priority: Int
    ) -> PollCompletion {
        switch decision {
        case .pollAgain(let at):
            return PollCompletion(shipmentID: shipment.id, nextPollAt: at, consecutiveFailures: failures,
                                  notFoundSince: notFoundSince, lastError: error, priority: priority)
        case .retire(let reason):
            return PollCompletion(shipmentID: shipment.id, nextPollAt: shipment.nextPollAt, retiredReason: reason,
                                  consecutiveFailures: failures, notFoundSince: notFoundSince, lastError: error, priority: priority)
        }
    }
}
