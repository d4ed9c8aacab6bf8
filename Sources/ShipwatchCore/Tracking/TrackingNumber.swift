import Foundation

/// A tracking number, normalized (trimmed, upper-cased, spaces and dashes removed) and checked against
/// the formats of the roster's carriers, including their check digits where the format has one
/// (`CarrierRoster.trackingNumber(_:)`).
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

    /// A number as recognized: `printed` is the normalized text, `candidates` every format it fits (at least one).
    /// `CarrierRoster` recognizes numbers.
    init(printed: String, candidates: [TrackingNumberMatch]) {
        self.printed = printed
        self.candidates = candidates
        let numbers = Set(candidates.map(\.number))
        value = numbers.count == 1 ? numbers.first ?? printed : printed
    }

    /// The routing prefix the printed number carried (`420` + ZIP), if any.
    public var routingPrefix: String? { candidates.first?.routingPrefix }

    /// The printed form, when it differs from what the API wants (a routing prefix, an embedding barcode).
    public var printedWhenDifferent: String? { printed == value ? nil : printed }

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
