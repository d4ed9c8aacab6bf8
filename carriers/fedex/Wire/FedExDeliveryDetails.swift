import CarrierSupport
import Foundation

/// `deliveryDetails`: who took the parcel and how delivery went.
public struct FedExDeliveryDetails: Codable, Sendable, Hashable {
    /// The name FedEx recorded at delivery (seen in real answers).
    public var receivedByName: String?
    /// The signer's name (in the spec; fallback for `receivedByName`).
    public var signedByName: String?
    /// Number of attempts, sent as text.
    public var deliveryAttempts: LenientText?
    /// Where the parcel was left ("Front desk").
    public var locationDescription: String?
    /// The address actually delivered to.
    public var actualDeliveryAddress: FedExAddress?

    /// Creates a delivery block.
    public init(
        receivedByName: String? = nil,
        signedByName: String? = nil,
        deliveryAttempts: LenientText? = nil,
        locationDescription: String? = nil,
        actualDeliveryAddress: FedExAddress? = nil
    ) {
        self.receivedByName = receivedByName
        self.signedByName = signedByName
        self.deliveryAttempts = deliveryAttempts
        self.locationDescription = locationDescription
        self.actualDeliveryAddress = actualDeliveryAddress
    }
}
