import Foundation
import ShipwatchCore

/// A yes/no field that may arrive as a JSON boolean or as text ("true", "false", "Y", "N", "1", "0").
public struct LenientFlag: Codable, Sendable, Hashable, ExpressibleByBooleanLiteral {
    /// The field's value.
    public var value: Bool

    /// Wraps a boolean.
    public init(_ value: Bool) {
        self.value = value
    }

    /// Allows `true`/`false` literals where a `LenientFlag` is expected.
    public init(booleanLiteral value: Bool) {
        self.value = value
    }

    /// Reads a boolean, a number (non-zero is true) or one of the usual yes/no words (empty text is false).
    public init(from decoder: any Decoder) throws {
        let scalar = try LenientScalar(from: decoder)
        if case .flag(let flag) = scalar {
            value = flag
        } else if case .integer(let whole) = scalar {
            value = whole != 0
        } else if case .text(let text) = scalar,
                  let flag = text.trimmingSpaces().isEmpty ? false : LenientFlag.word(text) {
            value = flag
        } else {
            throw DecodingError.typeMismatch(
                Bool.self,
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "expected a boolean or a yes/no word")
            )
        }
    }

    /// Writes a JSON boolean.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The yes/no words carriers use: "true"/"false", "yes"/"no", "Y"/"N", "1"/"0" (any case, spaces around);
    /// nil for any other text.
    public static func word(_ text: String) -> Bool? {
        switch text.trimmingSpaces().lowercased() {
        case "true", "yes", "y", "1": true
        case "false", "no", "n", "0": false
        default: nil
        }
    }
}
