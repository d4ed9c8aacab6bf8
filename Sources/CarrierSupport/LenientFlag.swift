import Foundation

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
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            value = flag
        } else if let number = try? container.decode(Int.self) {
            value = number != 0
        } else if let text = try? container.decode(String.self),
                  let flag = text.trimmingCharacters(in: .whitespaces).isEmpty ? false : LenientFlag.word(text) {
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
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "y", "1": true
        case "false", "no", "n", "0": false
        default: nil
        }
    }
}
