import CarrierSupport
import Foundation

/// A FedEx address block (scan locations, parties, origin/destination).
public struct FedExAddress: Codable, Sendable, Hashable {
    /// Street lines; often `[""]`.
    public var streetLines: [String]?
    /// City, upper-case in practice.
    public var city: String?
    /// State or province code.
    public var stateOrProvinceCode: String?
    /// Postal code; often absent in non-secure answers.
    public var postalCode: String?
    /// ISO 3166-1 alpha-2 code.
    public var countryCode: String?
    /// Country name, e.g. "United States".
    public var countryName: String?
    /// Residential flag.
    public var residential: LenientFlag?

    /// Creates an address.
    public init(
        streetLines: [String]? = nil,
        city: String? = nil,
        stateOrProvinceCode: String? = nil,
        postalCode: String? = nil,
        countryCode: String? = nil,
        countryName: String? = nil,
        residential: LenientFlag? = nil
    ) {
        self.streetLines = streetLines
        self.city = city
        self.stateOrProvinceCode = stateOrProvinceCode
        self.postalCode = postalCode
        self.countryCode = countryCode
        self.countryName = countryName
        self.residential = residential
    }
}

/// A party (shipper or recipient): contact and address.
public struct FedExParty: Codable, Sendable, Hashable {
    /// Contact details; `{}` in recorded answers.
    public var contact: FedExContact?
    /// The party's address.
    public var address: FedExAddress?

    /// Creates a party.
    public init(contact: FedExContact? = nil, address: FedExAddress? = nil) {
        self.contact = contact
        self.address = address
    }
}

/// A contact block.
public struct FedExContact: Codable, Sendable, Hashable {
    /// Person name.
    public var personName: String?
    /// Company name.
    public var companyName: String?
    /// Phone number.
    public var phoneNumber: String?

    /// Creates a contact.
    public init(personName: String? = nil, companyName: String? = nil, phoneNumber: String? = nil) {
        self.personName = personName
        self.companyName = companyName
        self.phoneNumber = phoneNumber
    }
}

/// `originLocation` / `destinationLocation`: an address wrapped with a facility id and type.
public struct FedExLocationDetail: Codable, Sendable, Hashable {
    /// Contact and address of the location.
    public var locationContactAndAddress: FedExParty?
    /// FedEx facility id.
    public var locationId: String?
    /// Kind of place; often "".
    public var locationType: String?

    /// Creates a location block.
    public init(locationContactAndAddress: FedExParty? = nil, locationId: String? = nil, locationType: String? = nil) {
        self.locationContactAndAddress = locationContactAndAddress
        self.locationId = locationId
        self.locationType = locationType
    }
}
