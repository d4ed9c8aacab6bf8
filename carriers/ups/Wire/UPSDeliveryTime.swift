import CarrierSupport
import Foundation
import ShipwatchCore

/// A package's `deliveryTime`: a delivery window, commit time or the actual delivery time.
public struct UPSDeliveryTime: Codable, Sendable, Hashable {
    /// EOD, CMT, EDW, CDW, IDW or DEL.
    public var type: String?
    /// Window start, `HHMMSS`.
    public var startTime: String?
    /// Window end, commit time or delivery time, `HHMMSS`.
    public var endTime: String?

    /// Creates a delivery time.
    public init(type: String? = nil, startTime: String? = nil, endTime: String? = nil) {
        self.type = type
        self.startTime = startTime
        self.endTime = endTime
    }

    /// Decodes leniently (times sent as numbers read as their digits).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.lenientString(.type)
        startTime = try container.lenientString(.startTime)
        endTime = try container.lenientString(.endTime)
    }
}
