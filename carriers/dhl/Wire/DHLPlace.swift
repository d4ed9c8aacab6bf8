import Foundation

/// A DHL location object (`location`, `origin`, `destination`): an `address` wrapper.
public struct DHLPlace: Codable, Sendable, Hashable {
    /// The address; absent on some events.
    public var address: DHLAddress?

    /// Wraps an address.
    public init(address: DHLAddress? = nil) {
        self.address = address
    }
}
