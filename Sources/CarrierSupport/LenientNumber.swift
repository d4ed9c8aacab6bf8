import Foundation
import ShipwatchCore

/// A numeric field that may arrive as a JSON number or as numeric text ("expires_in": 3599 or "3599").
public struct LenientNumber: Codable, Sendable, Hashable, ExpressibleByIntegerLiteral {
    /// The field's value.
    public var value: Double

    /// Wraps a number.
    public init(_ value: Double) {
        self.value = value
    }

    /// Allows integer literals where a `LenientNumber` is expected.
    public init(integerLiteral value: Int) {
        self.value = Double(value)
    }

    /// Reads a number or numeric text.
    public init(from decoder: any Decoder) throws {
        let scalar = try LenientScalar(from: decoder)
        if case .integer(let whole) = scalar {
            value = Double(whole)
        } else if case .number(let number) = scalar, number.isFinite {
            value = number
        } else if case .text(let text) = scalar, let number = Double(text.trimmingSpaces()) {
            value = number
        } else {
            throw DecodingError.typeMismatch(
                Double.self,
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "expected a number or numeric text")
            )
        }
    }

    /// Writes a JSON number: an integer when the value is whole.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if value.rounded() == value, abs(value) < 1e15 {
            try container.encode(Int(value))
        } else {
            try container.encode(value)
        }
    }
}
