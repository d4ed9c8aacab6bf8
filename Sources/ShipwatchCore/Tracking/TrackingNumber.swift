import Foundation

/// A tracking number, normalized (trimmed, upper-cased, spaces and dashes removed) and checked against
/// the formats of the four carriers, including their check digits where the format has one.
public struct TrackingNumber: Sendable, Hashable, CustomStringConvertible {
    /// The normalized text, as carriers expect it.
    public let value: String
    /// Every carrier whose format the number fits, most likely first. More than one means ambiguous.
    public let candidates: [TrackingNumberMatch]

    public var description: String { value }

    /// The carrier when exactly one format fits.
    public var detectedCarrier: Carrier? {
        let carriers = Set(candidates.map(\.carrier))
        return carriers.count == 1 ? candidates.first?.carrier : nil
    }

    /// Normalizes and recognizes `text`; throws `TrackingNumberError` explaining why it fits no carrier.
    public init(_ text: String) throws(TrackingNumberError) {
        let normalized = TrackingNumber.normalize(text)
        guard !normalized.isEmpty else { throw .empty }
        guard normalized.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw .invalidCharacters(normalized)
        }
        let matches = TrackingNumberFormats.matches(normalized)
        guard !matches.isEmpty else {
            throw TrackingNumberFormats.explainMismatch(normalized)
        }
        value = normalized
        candidates = matches
    }

    /// Validates `text` as a number of the given carrier.
    public init(_ text: String, carrier: Carrier) throws(TrackingNumberError) {
        let number = try TrackingNumber(text)
        guard number.candidates.contains(where: { $0.carrier == carrier }) else {
            throw .wrongCarrier(number.value, expected: carrier, fits: number.candidates.map(\.carrier))
        }
        value = number.value
        candidates = number.candidates.filter { $0.carrier == carrier }
    }

    /// Trims, upper-cases, and removes spaces and dashes.
    public static func normalize(_ text: String) -> String {
        String(text.uppercased().filter { !$0.isWhitespace && $0 != "-" })
    }
}

/// One carrier format a tracking number fits.
public struct TrackingNumberMatch: Sendable, Hashable {
    public var carrier: Carrier
    /// The format's name, e.g. "UPS 1Z", "USPS IMpb", "UPU S10 (DE)".
    public var format: String

    public init(carrier: Carrier, format: String) {
        self.carrier = carrier
        self.format = format
    }
}

/// Why a text is not a usable tracking number.
public enum TrackingNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case invalidCharacters(String)
    /// The shape fits a format but its check digit is wrong.
    case badCheckDigit(String, format: String)
    /// No carrier format has this length and shape.
    case unrecognized(String)
    /// The number is valid, but not for the carrier that was asked for.
    case wrongCarrier(String, expected: Carrier, fits: [Carrier])

    public var description: String {
        switch self {
        case .empty:
            "tracking number is empty"
        case .invalidCharacters(let value):
            "tracking number '\(value)' has characters other than letters, digits, spaces and dashes"
        case .badCheckDigit(let value, let format):
            "tracking number '\(value)' looks like \(format) but its check digit is wrong"
        case .unrecognized(let value):
            "tracking number '\(value)' (\(value.count) characters) matches no USPS, UPS, FedEx or DHL format"
        case .wrongCarrier(let value, let expected, let fits):
            "tracking number '\(value)' is not a valid \(expected.displayName) number"
                + (fits.isEmpty ? "" : " (it fits \(fits.map(\.displayName).joined(separator: ", ")))")
        }
    }
}
