import CarrierSupport
import Foundation
import ShipwatchCore

/// A `{code, message}` pair: a shipment warning (`TW0001` not found) or an error (`TV1002`, `10429`…).
public struct UPSMessage: Codable, Sendable, Hashable {
    /// UPS's code for the condition.
    public var code: String?
    /// UPS's wording.
    public var message: String?

    /// Creates a message.
    public init(code: String? = nil, message: String? = nil) {
        self.code = code
        self.message = message
    }

    /// Decodes leniently (a numeric code such as `10429` reads as text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.lenientString(.code)
        message = try container.lenientString(.message)
    }

    /// "code: message" for error details.
    public var summary: String {
        let parts = [code, message].compactMap { $0?.trimmingSpaces() }.filter { !$0.isEmpty }
        return parts.isEmpty ? "no detail" : parts.joined(separator: ": ")
    }
}
