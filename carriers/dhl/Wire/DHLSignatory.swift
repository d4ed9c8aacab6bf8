import Foundation
import ShipwatchCore

/// `details.proofOfDelivery.signed`: who signed for the shipment.
public struct DHLSignatory: Codable, Sendable, Hashable {
    /// The schema.org type DHL sends ("Person").
    public var type: String?
    /// The name as printed ("K. HUBER").
    public var name: String?
    /// Given name, when DHL splits the name.
    public var givenName: String?
    /// Family name, when DHL splits the name.
    public var familyName: String?

    /// Creates a signatory.
    public init(type: String? = nil, name: String? = nil, givenName: String? = nil, familyName: String? = nil) {
        self.type = type
        self.name = name
        self.givenName = givenName
        self.familyName = familyName
    }

    enum CodingKeys: String, CodingKey {
        case type = "@type"
        case name, givenName, familyName
    }

    /// The name to show: `name`, else given and family name joined.
    public var displayName: String? {
        if let name, !name.trimmingSpaces().isEmpty { return name }
        let joined = [givenName, familyName].compactMap { $0 }.joined(separator: " ").trimmingSpaces()
        return joined.isEmpty ? nil : joined
    }
}
