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
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            value = text
        } else if let integer = try? container.decode(Int.self) {
            value = String(integer)
        } else if let decimal = try? container.decode(Double.self) {
            value = String(decimal)
        } else if let flag = try? container.decode(Bool.self) {
            value = flag ? "true" : "false"
        } else {
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
