import Foundation
import ShipwatchCore

/// The outcome of classifying one DHL event.
struct DHLEventClassification: Equatable {
    /// The normalized stage.
    var milestone: Milestone
    /// The code kept on the scan: the division code, else the `statusCode` category, else empty.
    var carrierCode: String
    /// True when the event's code (or, lacking one, its wording) is not in our table.
    var isUnmapped: Bool
}
