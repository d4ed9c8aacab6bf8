import CarrierSupport
import Foundation
import ShipwatchCore

/// One entry of `trackResponse.shipment[]`: the answer for one inquiry number.
///
/// A known number has `package[]`; an unknown one has no package and a `TW0001` warning.
public struct UPSShipment: Codable, Sendable, Hashable {
    /// The number that was asked for (missing in some recorded not-found answers).
    public var inquiryNumber: String?
    /// The packages of the shipment.
    public var package: [UPSPackage]?
    /// The caller's relation to the shipment (an array in the spec, a plain string in UPS's sample).
    public var userRelation: [String]?
    /// Warnings, such as `TW0001` "Tracking Information Not Found".
    public var warnings: [UPSMessage]?

    /// Creates a shipment.
    public init(inquiryNumber: String? = nil, package: [UPSPackage]? = nil, userRelation: [String]? = nil, warnings: [UPSMessage]? = nil) {
        self.inquiryNumber = inquiryNumber
        self.package = package
        self.userRelation = userRelation
        self.warnings = warnings
    }

    /// Decodes leniently (single objects stand for lists of one, a string for a list of one string).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inquiryNumber = try container.lenientString(.inquiryNumber)
        package = try container.lenientList(.package)
        userRelation = try? container.lenientList(.userRelation)  // informational: an odd shape is dropped
        warnings = try container.lenientList(.warnings)
    }
}
