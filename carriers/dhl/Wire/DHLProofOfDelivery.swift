import Foundation

/// `details.proofOfDelivery`: when and by whom the delivery was confirmed, and links to the signature.
public struct DHLProofOfDelivery: Codable, Sendable, Hashable {
    /// When the delivery was confirmed (ISO 8601).
    public var timestamp: String?
    /// Link to the signature image.
    public var signatureUrl: String?
    /// Link to the proof-of-delivery document.
    public var documentUrl: String?
    /// Who signed.
    public var signed: DHLSignatory?

    /// Creates a proof of delivery.
    public init(timestamp: String? = nil, signatureUrl: String? = nil, documentUrl: String? = nil, signed: DHLSignatory? = nil) {
        self.timestamp = timestamp
        self.signatureUrl = signatureUrl
        self.documentUrl = documentUrl
        self.signed = signed
    }
}
