import CarrierSupport
import Foundation
import ShipwatchCore

/// A `{type, number}` pair: `referenceNumber[]` and `alternateTrackingNumber[]` entries.
public struct UPSTypedNumber: Codable, Sendable, Hashable {
    /// What the number is ("SHIPMENT", "PACKAGE", "USPS_PIC"…).
    public var type: String?
    /// The number.
    public var number: String?

    /// Creates a typed number.
    public init(type: String? = nil, number: String? = nil) {
        self.type = type
        self.number = number
    }

    /// Decodes leniently (a numeric reference reads as text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.lenientString(.type)
        number = try container.lenientString(.number)
    }
}
