import Foundation

/// A text field that carriers sometimes send as a JSON number or boolean ("deliveryAttempts": "0" or 0).
///
/// Decodes a string, an integer, a decimal or a boolean into its text; always encodes as a JSON string.
public struct LenientText: Codable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The field's value as text.
    public var value: String

    /// Wraps a text value.
    public init(_ value: String) {
        self.value = value
    }

    /// Allows `"0"` literals where a `LenientText` is expected.
    public init(stringLiteral value: String) {
        self.value = value
    }

    /// Reads a string, number or boolean.
    public init(from decoder: any Decoder) throws {
        switch try LenientScalar(from: decoder) {
        case .text(let text): value = text
        case .integer(let whole): value = String(whole)
        case .number(let number): value = String(number)
        case .flag(let flag): value = flag ? "true" : "false"
        case .null, .container:
            throw DecodingError.typeMismatch(
                String.self,
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "expected text, a number or a boolean")
            )
        }
    }

    /// Writes the value as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The value itself.
    public var description: String { value }
}
