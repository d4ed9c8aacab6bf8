import Foundation

/// What a simulated parcel does. Spelled in scenario files and flags as `kind` or `kind:N`
/// (`customs_stall:9` = stuck in customs for 9 days).
public enum Scenario: Sendable, Hashable, CustomStringConvertible {
    /// A domestic parcel, already delivered.
    case domesticDelivered
    /// A domestic parcel moving normally; it is delivered as time passes.
    case inTransit
    /// An international parcel that went through customs and was delivered.
    case internationalThroughCustoms
    /// Last scan in import customs (held), `days` ago; nothing since.
    case customsStall(days: Int)
    /// Last scan inside a sort facility, `days` ago; nothing since.
    case sortingStall(days: Int)
    /// A label was created `days` ago; the carrier never scanned the parcel.
    case neverScanned(days: Int)
    /// The delivery failed with an exception (damaged / address problem).
    case deliveryException
    /// Refused, now going back to the sender.
    case returnToSender
    /// The carrier never knows the number.
    case notFound
    /// The carrier does not know the number for the first `hours` hours after the simulator started, then does.
    case lateFound(hours: Int)

    public var description: String {
        switch self {
        case .domesticDelivered: "domestic_delivered"
        case .inTransit: "in_transit"
        case .internationalThroughCustoms: "international_customs"
        case .customsStall(let days): "customs_stall:\(days)"
        case .sortingStall(let days): "sorting_stall:\(days)"
        case .neverScanned(let days): "never_scanned:\(days)"
        case .deliveryException: "delivery_exception"
        case .returnToSender: "return_to_sender"
        case .notFound: "not_found"
        case .lateFound(let hours): "late_found:\(hours)"
        }
    }

    /// Parses `kind` or `kind:N`; nil when the kind is unknown, N is not a positive whole number (an empty N
    /// included), or N is given to a kind that takes none (`delivered:3`).
    public init?(spec: String) {
        let parts = spec.trimmingCharacters(in: .whitespaces).lowercased()
            .split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let kind = parts.first else { return nil }
        let number: Int?
        if parts.count == 2 {
            guard let value = Int(parts[1]), value > 0 else { return nil }
            number = value
        } else {
            number = nil
        }
        switch kind {
        case "domestic_delivered", "delivered": self = .domesticDelivered
        case "in_transit", "moving": self = .inTransit
        case "international_customs", "international": self = .internationalThroughCustoms
        case "customs_stall": self = .customsStall(days: number ?? 8)
        case "sorting_stall": self = .sortingStall(days: number ?? 6)
        case "never_scanned": self = .neverScanned(days: number ?? 5)
        case "delivery_exception", "exception": self = .deliveryException
        case "return_to_sender", "returned": self = .returnToSender
        case "not_found": self = .notFound
        case "late_found": self = .lateFound(hours: number ?? 2)
        default: return nil
        }
        guard number == nil || takesNumber else { return nil }
    }

    /// True for the kinds spelled `kind:N`.
    private var takesNumber: Bool {
        switch self {
        case .customsStall, .sortingStall, .neverScanned, .lateFound: true
        default: false
        }
    }

    /// The scenario of a number nobody configured: derived from the number itself, so every run agrees.
    public static func derived(from trackingNumber: String) -> Scenario {
        let hash = StableHash.fnv1a(trackingNumber)
        let bucket = Int(hash % 100)
        let variant = Int((hash / 100) % 10)
        switch bucket {
        case 0..<30: return .domesticDelivered
        case 30..<60: return .inTransit
        case 60..<70: return .internationalThroughCustoms
        case 70..<77: return .customsStall(days: 3 + variant)
        case 77..<84: return .sortingStall(days: 2 + variant)
        case 84..<88: return .neverScanned(days: 3 + variant / 2)
        case 88..<92: return .deliveryException
        case 92..<95: return .returnToSender
        case 95..<98: return .notFound
        default: return .lateFound(hours: 1 + variant)
        }
    }
}

/// FNV-1a, 64 bit: a stable hash for deterministic simulator choices (Swift's `Hasher` is seeded per process).
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
