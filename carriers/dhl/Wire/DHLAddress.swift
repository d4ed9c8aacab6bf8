import CarrierSupport
import Foundation

/// `address` inside a DHL location, origin or destination.
///
/// DHL Express fills only `addressLocality`, with the country name inside it ("LEIPZIG - GERMANY",
/// "CINCINNATI HUB, OH - USA"); the parcel divisions add `countryCode` and `postalCode`.
public struct DHLAddress: Codable, Sendable, Hashable {
    /// The place as DHL prints it: a city, or "CITY - COUNTRY NAME" for Express.
    public var addressLocality: String?
    /// ISO 3166-1 alpha-2 code, when the division sends one.
    public var countryCode: String?
    /// Postal code; some answers send it as a number.
    public var postalCode: String?
    /// Street line, rarely present in tracking answers.
    public var streetAddress: String?

    /// Creates an address; every field is optional, as in DHL's answers.
    public init(addressLocality: String? = nil, countryCode: String? = nil, postalCode: String? = nil, streetAddress: String? = nil) {
        self.addressLocality = addressLocality
        self.countryCode = countryCode
        self.postalCode = postalCode
        self.streetAddress = streetAddress
    }

    enum CodingKeys: String, CodingKey {
        case addressLocality, countryCode, postalCode, streetAddress
    }

    /// Reads an address, accepting numbers where text is expected.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        addressLocality = try container.lenientString(.addressLocality)
        countryCode = try container.lenientString(.countryCode)
        postalCode = try container.lenientString(.postalCode)
        streetAddress = try container.lenientString(.streetAddress)
    }
}
