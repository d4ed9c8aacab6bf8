import CarrierSupport
import Foundation
import ShipwatchCore

/// A UPS address block (activity location, package origin or destination).
public struct UPSAddress: Codable, Sendable, Hashable {
    /// Street line 1.
    public var addressLine1: String?
    /// Street line 2.
    public var addressLine2: String?
    /// Street line 3.
    public var addressLine3: String?
    /// City, in whatever case UPS printed it ("CHICAGO", "Chicago").
    public var city: String?
    /// State or province code; often an empty string outside North America.
    public var stateProvince: String?
    /// Postal code; absent on most scans.
    public var postalCode: String?
    /// Country, usually an ISO code but a name is tolerated.
    public var country: String?
    /// ISO 3166-1 alpha-2 country code.
    public var countryCode: String?

    /// Creates an address.
    public init(
        addressLine1: String? = nil, addressLine2: String? = nil, addressLine3: String? = nil,
        city: String? = nil, stateProvince: String? = nil, postalCode: String? = nil,
        country: String? = nil, countryCode: String? = nil
    ) {
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.city = city
        self.stateProvince = stateProvince
        self.postalCode = postalCode
        self.country = country
        self.countryCode = countryCode
    }

    /// Decodes leniently (a numeric postal code reads as text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        addressLine1 = try container.lenientString(.addressLine1)
        addressLine2 = try container.lenientString(.addressLine2)
        addressLine3 = try container.lenientString(.addressLine3)
        city = try container.lenientString(.city)
        stateProvince = try container.lenientString(.stateProvince)
        postalCode = try container.lenientString(.postalCode)
        country = try container.lenientString(.country)
        countryCode = try container.lenientString(.countryCode)
    }

    /// The ISO alpha-2 country: `countryCode` when usable, else `country` mapped from a code or a name.
    public var isoCountryCode: String? {
        CountryNames.isoCode(code: countryCode, name: country)
    }
}
