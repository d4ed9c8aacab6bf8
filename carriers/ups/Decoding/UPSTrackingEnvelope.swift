import CarrierSupport
import Foundation
import ShipwatchCore

/// The tracking envelope (`trackResponse.shipment[]`) with each shipment decoded as `Element`
/// (`DecodingAttempt<UPSShipment>`: each shipment on its own).
struct UPSTrackingEnvelope<Element: Decodable>: Decodable {
    /// The shipments, or nil when the body has no `trackResponse.shipment` list.
    let shipments: [Element]?

    private enum CodingKeys: String, CodingKey {
        case trackResponse
    }

    private enum TrackResponseKeys: String, CodingKey {
        case shipment
    }

    init(from decoder: any Decoder) throws {
        let root = try decoder.container(keyedBy: CodingKeys.self)
        guard root.contains(.trackResponse), try !root.decodeNil(forKey: .trackResponse) else {
            shipments = nil
            return
        }
        let trackResponse = try root.nestedContainer(keyedBy: TrackResponseKeys.self, forKey: .trackResponse)
        shipments = try trackResponse.lenientList(.shipment)
    }
}
