import CarrierSupport
import Foundation
import ShipwatchCore

/// One entry of a package's `deliveryDate[]`.
public struct UPSDeliveryDate: Codable, Sendable, Hashable {
    /// SDD (scheduled), RDD (rescheduled) or DEL (delivered).
    public var type: String?
    /// `YYYYMMDD`.
    public var date: String?

    /// Creates a delivery date.
    public init(type: String? = nil, date: String? = nil) {
        self.type = type
        self.date = date
    }

    /// Decodes leniently (a date sent as a number reads as its digits).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.lenientString(.type)
        date = try container.lenientString(.date)
    }
}
