import Foundation

/// `estimatedDeliveryTimeFrame`: the window DHL expects to deliver in.
public struct DHLDeliveryTimeFrame: Codable, Sendable, Hashable {
    /// Start of the window (ISO 8601).
    public var estimatedFrom: String?
    /// End of the window (ISO 8601).
    public var estimatedThrough: String?

    /// Creates a window.
    public init(estimatedFrom: String? = nil, estimatedThrough: String? = nil) {
        self.estimatedFrom = estimatedFrom
        self.estimatedThrough = estimatedThrough
    }
}
