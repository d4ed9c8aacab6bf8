import CarrierSupport
import Foundation

/// v3r2 `servicesEligibility`: real booleans in the spec; strings are accepted too.
public struct USPSServicesEligibility: Codable, Sendable, Hashable {
    /// Proof of delivery can be requested.
    public var proofOfDeliveryEnabled: Bool?
    /// Return receipt electronic is available.
    public var rreEnabled: Bool?
    /// Tracking proof of delivery is available.
    public var trackingProofOfDeliveryEnabled: Bool?

    enum CodingKeys: String, CodingKey {
        case proofOfDeliveryEnabled
        case rreEnabled = "RREEnabled"
        case trackingProofOfDeliveryEnabled
    }

    /// Eligibility flags, all optional.
    public init(proofOfDeliveryEnabled: Bool? = nil, rreEnabled: Bool? = nil, trackingProofOfDeliveryEnabled: Bool? = nil) {
        self.proofOfDeliveryEnabled = proofOfDeliveryEnabled
        self.rreEnabled = rreEnabled
        self.trackingProofOfDeliveryEnabled = trackingProofOfDeliveryEnabled
    }

    /// Reads the flags leniently ("true"/"false" strings or booleans).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        proofOfDeliveryEnabled = try container.lenientBool(.proofOfDeliveryEnabled)
        rreEnabled = try container.lenientBool(.rreEnabled)
        trackingProofOfDeliveryEnabled = try container.lenientBool(.trackingProofOfDeliveryEnabled)
    }
}
