import Foundation
import ShipwatchCore

/// Inquiry-number text handling shared by request building, answer matching and the simulator.
enum UPSTrackingNumber {
    /// Upper-cased, without spaces or dashes: the form UPS compares on.
    static func normalize(_ number: String) -> String {
        String(number.uppercased().unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "-" }.map(Character.init))
    }

    /// Characters left as-is in the path segment.
    private static let pathSafe = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// The number as a path segment (percent-encoded beyond ASCII letters and digits).
    static func pathSegment(_ number: String) -> String {
        let normalized = normalize(number)
        return normalized.addingPercentEncoding(withAllowedCharacters: pathSafe) ?? normalized
    }
}
