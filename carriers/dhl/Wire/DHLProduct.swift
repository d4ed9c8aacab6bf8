import Foundation

/// `details.product`: the DHL product the shipment travels with.
public struct DHLProduct: Codable, Sendable, Hashable {
    /// The product's name ("DHL Paket", "EXPRESS WORLDWIDE"); often absent for Express.
    public var productName: String?

    /// Creates a product.
    public init(productName: String? = nil) {
        self.productName = productName
    }
}
