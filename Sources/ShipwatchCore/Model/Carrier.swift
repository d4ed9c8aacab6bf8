/// A parcel carrier whose tracking API Shipwatch polls, by its id (`usps`, `ups`…).
///
/// Core names no carrier: each carrier's folder declares its own constant (`extension Carrier { static let ups }`)
/// and `CarrierRoster` lists the carriers Shipwatch knows, with their display names and number formats. An id has
/// the shape the database's `shipwatch_carrier` domain checks (migration 17): a lower-case ASCII letter, then 1 to
/// 31 lower-case letters, digits or underscores.
public struct Carrier: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The id, as stored and as options and configuration spell it.
    public let rawValue: String

    /// The carrier with id `rawValue`; nil when the text does not have an id's shape. Says nothing about whether
    /// Shipwatch knows the carrier (`CarrierRoster.carrier(named:)` does).
    public init?(rawValue: String) {
        guard Carrier.isID(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// A carrier's own constant, declared in its folder. An id of the wrong shape is a build mistake, caught by
    /// the first use.
    public init(_ id: StaticString) {
        let text = id.description
        precondition(Carrier.isID(text), "carrier id '\(text)' does not match ^[a-z][a-z0-9_]{1,31}$")
        rawValue = text
    }

    public var description: String { rawValue }

    /// Decodes an id, refusing text without an id's shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let carrier = Carrier(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a carrier id")
        }
        self = carrier
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// `^[a-z][a-z0-9_]{1,31}$`, byte by byte.
    static func isID(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (2...32).contains(bytes.count), let first = bytes.first, (0x61...0x7A).contains(first) else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
    }
}
