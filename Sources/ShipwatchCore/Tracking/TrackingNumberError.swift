/// Why a text is not a usable tracking number. Carriers appear by display name, as the roster that refused the
/// number calls them.
public enum TrackingNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case invalidCharacters(String)
    /// The shape fits a format but its check digit is wrong.
    case badCheckDigit(String, format: String)
    /// No carrier format has this length and shape; `carriers` lists the carriers asked, in words.
    case unrecognized(String, carriers: String)
    /// The number is valid, but not for the carrier that was asked for.
    case wrongCarrier(String, expected: String, fits: [String])

    public var description: String {
        switch self {
        case .empty:
            "tracking number is empty"
        case .invalidCharacters(let value):
            "tracking number '\(value)' has characters other than letters, digits, spaces and dashes"
        case .badCheckDigit(let value, let format):
            "tracking number '\(value)' looks like \(format) but its check digit is wrong"
        case .unrecognized(let value, let carriers):
            "tracking number '\(value)' (\(value.count) characters) matches no \(carriers) format"
        case .wrongCarrier(let value, let expected, let fits):
            "tracking number '\(value)' is not a valid \(expected) number"
                + (fits.isEmpty ? "" : " (it fits \(fits.joined(separator: ", ")))")
        }
    }
}
