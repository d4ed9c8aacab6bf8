import Foundation
import ShipwatchCore

/// Why one shipment of an answer could not be read; becomes `TrackingOutcome.malformed(detail:)`.
struct DHLShipmentParseFailure: Error, Equatable {
    /// What and where, with the field path ("shipments[0].events[3].timestamp: …").
    var detail: String
}
