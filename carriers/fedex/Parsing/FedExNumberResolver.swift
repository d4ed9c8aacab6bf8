import CarrierSupport
import Foundation
import ShipwatchCore

/// Decides what one `completeTrackResults` element says about its number: found (the track result with
/// the newest scan when the number is shared by several shipments), not found, invalid, or malformed.
struct FedExNumberResolver {
    let result: FedExCompleteTrackResult
    /// The element's raw JSON, for the events' raw fragments.
    let fragment: JSONNode?
    /// The element's field path in the answer, for failure details.
    let path: String

    /// The outcome for this element's number.
    func outcome() -> TrackingOutcome {
        let trackResults = result.trackResults ?? []
        let candidates = trackResults.indices.filter { index in
            trackResults[index].error == nil || !(trackResults[index].scanEvents ?? []).isEmpty
        }
        guard let chosen = newest(among: candidates, of: trackResults) else {
            if let error = trackResults.lazy.compactMap(\.error).first {
                return FedExErrorClassifier.outcome(for: error)
            }
            return .malformed(detail: "\(path).trackResults: empty")
        }
        let builder = FedExSnapshotBuilder(
            trackingNumber: result.trackingNumber ?? trackResults[chosen].trackingNumberInfo?.trackingNumber ?? "",
            trackResult: trackResults[chosen],
            eventFragments: fragment?["trackResults"]?.element(chosen)?["scanEvents"]?.elements ?? [],
            path: "\(path).trackResults[\(chosen)]"
        )
        return .found(builder.build())
    }

    /// The candidate whose newest scan is the latest; the first one on ties or when none has a readable scan.
    private func newest(among candidates: [Int], of trackResults: [FedExTrackResult]) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        var best = candidates[0]
        var bestInstant = Self.newestScan(of: trackResults[best])
        for index in candidates.dropFirst() {
            let instant = Self.newestScan(of: trackResults[index])
            if let instant, bestInstant.map({ instant > $0 }) ?? true {
                best = index
                bestInstant = instant
            }
        }
        return best
    }

    private static func newestScan(of trackResult: FedExTrackResult) -> Date? {
        (trackResult.scanEvents ?? []).compactMap { $0.date.flatMap(CarrierTimestamp.parse)?.instant() }.max()
    }
}
