import CarrierSupport
import Foundation
import ShipwatchCore

/// One entry of a package's `packageAddress[]`.
public struct UPSPackageAddress: Codable, Sendable, Hashable {
    /// "ORIGIN" or "DESTINATION" (other values are possible).
    public var type: String?
    /// Ship-from or ship-to name.
    public var name: String?
    /// Contact person.
    public var attentionName: String?
    /// The address.
    public var address: UPSAddress?

    /// Creates a package address.
    public init(type: String? = nil, name: String? = nil, attentionName: String? = nil, address: UPSAddress? = nil) {
        self.type = type
        self.name = name
        self.attentionName = attentionName
        self.address = address
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.lenientString(.type)
        name = try container.lenientString(.name)
        attentionName = try container.lenientString(.attentionName)
        address = try container.decodeIfPresent(UPSAddress.self, forKey: .address)
    }
}
