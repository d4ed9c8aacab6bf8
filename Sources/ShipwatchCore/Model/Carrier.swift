import Foundation

/// A parcel carrier whose tracking API Shipwatch polls.
public enum Carrier: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case usps
    case ups
    case fedex
    case dhl

    /// The carrier's name as people write it.
    public var displayName: String {
        switch self {
        case .usps: "USPS"
        case .ups: "UPS"
        case .fedex: "FedEx"
        case .dhl: "DHL"
        }
    }

    public var description: String { rawValue }

    /// Parses a carrier name case-insensitively ("UPS", "FedEx", "usps"); nil when unknown.
    public init?(name: String) {
        let key = name.trimmingSpaces().lowercased()
        guard let carrier = Carrier(rawValue: key) else { return nil }
        self = carrier
    }
}
