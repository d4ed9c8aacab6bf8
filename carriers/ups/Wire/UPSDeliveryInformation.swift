import CarrierSupport
import Foundation
import ShipwatchCore

/// A package's `deliveryInformation`, filled once it is delivered.
public struct UPSDeliveryInformation: Codable, Sendable, Hashable {
    /// Where the parcel was left ("Front Door").
    public var location: String?
    /// Who took the parcel (the signed-by name).
    public var receivedBy: String?
    /// The signature image, only with `returnSignature=true`.
    public var signature: UPSImageContent?
    /// The delivery photo block; kept as sent.
    public var deliveryPhoto: JSONFragment?
    /// The proof of delivery, only with `returnPOD=true`.
    public var pod: UPSImageContent?

    /// Creates delivery information.
    public init(
        location: String? = nil, receivedBy: String? = nil, signature: UPSImageContent? = nil,
        deliveryPhoto: JSONFragment? = nil, pod: UPSImageContent? = nil
    ) {
        self.location = location
        self.receivedBy = receivedBy
        self.signature = signature
        self.deliveryPhoto = deliveryPhoto
        self.pod = pod
    }

    /// Decodes leniently (a numeric `receivedBy` reads as text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        location = try container.lenientString(.location)
        receivedBy = try container.lenientString(.receivedBy)
        // Image blocks are never read by Shipwatch: an odd shape there must not cost the whole package.
        signature = try? container.decodeIfPresent(UPSImageContent.self, forKey: .signature)
        deliveryPhoto = try container.decodeIfPresent(JSONFragment.self, forKey: .deliveryPhoto)
        pod = try? container.decodeIfPresent(UPSImageContent.self, forKey: .pod)
    }
}

/// A base64 document: `signature.image` or `pod.content`.
public struct UPSImageContent: Codable, Sendable, Hashable {
    /// The signature image (base64).
    public var image: String?
    /// The proof-of-delivery document (base64).
    public var content: String?

    /// Creates an image block.
    public init(image: String? = nil, content: String? = nil) {
        self.image = image
        self.content = content
    }
}
