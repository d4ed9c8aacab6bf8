import CarrierSupport
import Foundation

/// The parser's view of a tracking answer: each shipment decoded on its own, so one unreadable
/// shipment never hides the others.
struct DHLTrackingEnvelope: Decodable {
    /// One decoding attempt per element of `shipments[]`, in answer order.
    var shipments: [DecodingAttempt<DHLShipment>]?

    enum CodingKeys: String, CodingKey {
        case shipments
    }
}
