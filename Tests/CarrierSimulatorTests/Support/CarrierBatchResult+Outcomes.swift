import CarrierHTTP
import ShipwatchCore

extension CarrierBatchResult {
    /// The snapshot of a number the carrier knows; nil for any other outcome.
    func foundSnapshot(_ number: String) -> TrackingSnapshot? {
        guard case .success(.found(let snapshot)) = result(for: number) else { return nil }
        return snapshot
    }

    /// True when the carrier answered that it does not know the number.
    func isNotFound(_ number: String) -> Bool {
        guard case .success(.notFound) = result(for: number) else { return false }
        return true
    }

    /// The error that failed the number's whole batch, if one did.
    func failure(_ number: String) -> CarrierError? {
        guard case .failure(let error) = result(for: number) else { return nil }
        return error
    }
}

extension TrackingSnapshot {
    /// The shipment's status as the product derives it: its latest meaningful scan.
    var latestMeaningfulEvent: ScanEvent? {
        Timeline(events: events).latestMeaningfulEvent
    }

    /// The milestones of its scans, oldest first.
    var milestones: [Milestone] {
        Timeline(events: events).events.map(\.milestone)
    }
}
