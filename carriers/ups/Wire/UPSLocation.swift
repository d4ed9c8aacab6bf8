import CarrierSupport
import Foundation
import ShipwatchCore

/// Where an activity happened: an address (missing on some customs and exception scans) and the
/// facility's SLIC.
public struct UPSLocation: Codable, Sendable, Hashable {
    /// The facility's address, when UPS sent one.
    public var address: UPSAddress?
    /// Site Location Indicator Code of the UPS facility.
    public var slic: String?

    /// Creates a location.
    public init(address: UPSAddress? = nil, slic: String? = nil) {
        self.address = address
        self.slic = slic
    }

    /// Decodes leniently (a numeric SLIC reads as text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        address = try container.decodeIfPresent(UPSAddress.self, forKey: .address)
        slic = try container.lenientString(.slic)
    }
}
