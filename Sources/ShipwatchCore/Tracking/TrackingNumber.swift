import Foundation

/// A tracking number, normalized (trimmed, upper-cased, spaces and dashes removed) and checked against
/// the formats of the four carriers, including their check digits where the format has one.
///
/// Printed barcodes carry more than the carriers' APIs want: USPS labels a `420` + ZIP routing prefix, FedEx's
/// 32- and 34-digit barcodes embed the 12-digit number. `value` is what the API wants, `printed` what was given.
public struct TrackingNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number as the carrier's API expects it (routing prefix stripped, embedded number extracted) when
    /// every candidate agrees on it; the normalized text otherwise.
    public let value: String
    /// The normalized text as it was given (trimmed, upper-cased, spaces and dashes removed), for display.
    public let printed: String
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
        guard normalized.utf8.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) }) else {
            throw .invalidCharacters(normalized)
        }
        let matches = TrackingNumberFormats.matches(normalized)
        guard !matches.isEmpty else {
            throw TrackingNumberFormats.explainMismatch(normalized)
        }
        printed = normalized
        candidates = matches
        value = TrackingNumber.apiNumber(of: matches, printed: normalized)
    }

    /// Validates `text` as a number of the given carrier.
    /// USPS IMpb numbers are also accepted for DHL, FedEx and UPS, whose economy services hand parcels to USPS
    /// for the last mile under such a number.
    public init(_ text: String, carrier: Carrier) throws(TrackingNumberError) {
        let number = try TrackingNumber(text)
        var fitting = number.candidates.filter { $0.carrier == carrier }
        if fitting.isEmpty { fitting = TrackingNumberFormats.handOffMatches(number.printed, carrier: carrier) }
        guard !fitting.isEmpty else {
            throw .wrongCarrier(number.printed, expected: carrier, fits: number.candidates.map(\.carrier))
        }
        printed = number.printed
        candidates = fitting
        value = TrackingNumber.apiNumber(of: fitting, printed: number.printed)
    }

    /// The routing prefix the printed number carried (`420` + ZIP), if any.
    public var routingPrefix: String? { candidates.first?.routingPrefix }

    /// The printed form, when it differs from what the API wants (a routing prefix, an embedding barcode).
    public var printedWhenDifferent: String? { printed == value ? nil : printed }

    /// The number a stored shipment is found under, for text a person or a store's site pasted: the API form when
    /// the text is a recognized number (so a printed `420` + ZIP barcode finds its shipment), the normalized text
    /// otherwise.
    public static func lookupForm(_ text: String) -> String {
        (try? TrackingNumber(text))?.value ?? normalize(text)
    }

    static func apiNumber(of matches: [TrackingNumberMatch], printed: String) -> String {
        let numbers = Set(matches.map(\.number))
        return numbers.count == 1 ? numbers.first ?? printed : printed
    }

    /// Trims, upper-cases, and removes spaces and dashes.
    public static func normalize(_ text: String) -> String {
        // ASCII text (nearly every number pasted or scanned) byte by byte; anything else through Unicode's rules.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return String(text.uppercased().filter { !$0.isWhitespace && $0 != "-" })
            case 0x09...0x0D, 0x20, 0x2D: continue
            case 0x61...0x7A: bytes.append(byte - 0x20)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// One carrier format a tracking number fits.
public struct TrackingNumberMatch: Sendable, Hashable {
    public var carrier: Carrier
    /// The format's name, e.g. "UPS 1Z", "USPS IMpb", "UPU S10 (DE)".
    public var format: String
    /// The number as this carrier's API expects it.
    public var number: String
    /// The `420` + ZIP routing prefix the printed number carried before `number`, if any.
    public var routingPrefix: String?

    public init(carrier: Carrier, format: String, number: String, routingPrefix: String? = nil) {
        self.carrier = carrier
        self.format = format
        self.number = number
        self.routingPrefix = routingPrefix
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
            "tracking number '\(value)' (\(value.count) characters) matches no \(Carrier.displayNamesInWords) format"
        case .wrongCarrier(let value, let expected, let fits):
            "tracking number '\(value)' is not a valid \(expected.displayName) number"
                + (fits.isEmpty ? "" : " (it fits \(fits.map(\.displayName).joined(separator: ", ")))")
        }
    }
}
