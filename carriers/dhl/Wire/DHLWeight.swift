import CarrierSupport
import Foundation

/// `details.weight`: a measured value with its unit.
public struct DHLWeight: Codable, Sendable, Hashable {
    /// The amount; some answers send it as text.
    public var value: Double?
    /// The unit ("kg").
    public var unitText: String?

    /// Creates a weight.
    public init(value: Double? = nil, unitText: String? = nil) {
        self.value = value
        self.unitText = unitText
    }

    enum CodingKeys: String, CodingKey {
        case value, unitText
    }

    /// Reads a weight, accepting numeric text for the value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.lenientDouble(.value)
        unitText = try container.lenientString(.unitText)
    }
}
