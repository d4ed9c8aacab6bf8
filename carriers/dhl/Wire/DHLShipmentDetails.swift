import CarrierSupport
import Foundation

/// `details` of a DHL shipment: product, proof of delivery, pieces, weight.
///
/// Fields we do not use (sender, receiver, references, dimensions…) are not modeled; they are not needed
/// for the timeline and the events keep their raw JSON anyway.
public struct DHLShipmentDetails: Codable, Sendable, Hashable {
    /// The product the shipment travels with.
    public var product: DHLProduct?
    /// Who signed and when.
    public var proofOfDelivery: DHLProofOfDelivery?
    /// Whether a signature can be retrieved; sometimes sent as text.
    public var proofOfDeliverySignedAvailable: Bool?
    /// Number of pieces; sometimes sent as text.
    public var totalNumberOfPieces: Int?
    /// The pieces' own ids (Express "JD01…" numbers).
    public var pieceIds: [String]?
    /// The shipment's weight.
    public var weight: DHLWeight?

    /// Creates details; every field is optional, as in DHL's answers.
    public init(
        product: DHLProduct? = nil,
        proofOfDelivery: DHLProofOfDelivery? = nil,
        proofOfDeliverySignedAvailable: Bool? = nil,
        totalNumberOfPieces: Int? = nil,
        pieceIds: [String]? = nil,
        weight: DHLWeight? = nil
    ) {
        self.product = product
        self.proofOfDelivery = proofOfDelivery
        self.proofOfDeliverySignedAvailable = proofOfDeliverySignedAvailable
        self.totalNumberOfPieces = totalNumberOfPieces
        self.pieceIds = pieceIds
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey {
        case product, proofOfDelivery, proofOfDeliverySignedAvailable, totalNumberOfPieces, pieceIds, weight
    }

    /// Reads details, accepting text for the numeric and boolean fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        product = try container.decodeIfPresent(DHLProduct.self, forKey: .product)
        proofOfDelivery = try container.decodeIfPresent(DHLProofOfDelivery.self, forKey: .proofOfDelivery)
        proofOfDeliverySignedAvailable = try container.lenientBool(.proofOfDeliverySignedAvailable)
        totalNumberOfPieces = try container.lenientInt(.totalNumberOfPieces)
        pieceIds = try container.lenientStringList(.pieceIds)
        weight = try container.decodeIfPresent(DHLWeight.self, forKey: .weight)
    }
}
