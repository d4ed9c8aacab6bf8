import Foundation
import ShipwatchCore

/// What the rule engine needs about one stored shipment: the row, the facts the row holds besides the
/// `Shipment` model, and its scans (oldest first).
public struct EvaluationInput: Sendable {
    public var shipment: Shipment
    /// The carrier's origin country, when it gave one.
    public var originCountry: String?
    /// Since when the carrier has answered "not found".
    public var notFoundSince: Date?
    /// The shipment's scans, oldest first. `raw` is left empty: no rule reads the carrier's fragment.
    public var events: [ScanEvent]
    /// `next_evaluation_at` as loaded: the evaluation replaces it only if nobody changed it since (see
    /// ``ScheduledEvaluation``).
    public var loadedNextEvaluationAt: Date?

    public init(
        shipment: Shipment, originCountry: String?, notFoundSince: Date?, events: [ScanEvent], loadedNextEvaluationAt: Date? = nil
    ) {
        self.shipment = shipment
        self.originCountry = originCountry
        self.notFoundSince = notFoundSince
        self.events = events
        self.loadedNextEvaluationAt = loadedNextEvaluationAt
    }

    /// The rule engine's facts; `carrierName` is the carrier's display name (`CarrierRoster.displayName(of:)`).
    public func facts(carrierName: String) -> ShipmentFacts {
        ShipmentFacts(shipment: shipment, carrierName: carrierName, originCountry: originCountry, notFoundSince: notFoundSince)
    }
}
