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

    /// Every carrier's name as an option takes it, for messages and help: "usps, ups, fedex or dhl".
    public static let namesInWords = inWords(allCases.map(\.rawValue))

    /// Every carrier's display name, for messages: "USPS, UPS, FedEx or DHL".
    public static let displayNamesInWords = inWords(allCases.map(\.displayName))

    private static func inWords(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }

    /// Parses a carrier name case-insensitively ("UPS", "FedEx", "usps"); nil when unknown.
    public init?(name: String) {
        let key = name.trimmingSpaces().lowercased()
        guard let carrier = Carrier(rawValue: key) else { return nil }
        self = carrier
    }
}
