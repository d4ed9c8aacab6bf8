import CarrierSupport
import Foundation
import ShipwatchCore

/// The tracking answer's top level: `{"trackResponse": {"shipment": [...]}}`.
public struct UPSTrackApiResponse: Codable, Sendable, Hashable {
    /// The `trackResponse` wrapper.
    public var trackResponse: UPSTrackResponse?

    /// Creates a tracking answer.
    public init(trackResponse: UPSTrackResponse?) {
        self.trackResponse = trackResponse
    }

    /// Creates a tracking answer holding the given shipments.
    public init(shipments: [UPSShipment]) {
        self.trackResponse = UPSTrackResponse(shipment: shipments)
    }
}

/// The `trackResponse` wrapper.
public struct UPSTrackResponse: Codable, Sendable, Hashable {
    /// One entry per inquiry number.
    public var shipment: [UPSShipment]?

    /// Creates the wrapper.
    public init(shipment: [UPSShipment]?) {
        self.shipment = shipment
    }

    /// Decodes leniently (a single shipment object stands for a list of one).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shipment = try container.lenientList(.shipment)
    }
}
