import CarrierSupport
import Foundation
import ShipwatchCore

/// A package's `service`: `{"code":"003","levelCode":"...","description":"UPS Ground"}`.
public struct UPSService: Codable, Sendable, Hashable {
    /// UPS's service code.
    public var code: String?
    /// UPS's service level code.
    public var levelCode: String?
    /// The service name, translated per locale.
    public var description: String?

    /// Creates a service block.
    public init(code: String? = nil, levelCode: String? = nil, description: String? = nil) {
        self.code = code
        self.levelCode = levelCode
        self.description = description
    }

    /// Decodes leniently (numeric codes read as text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.lenientString(.code)
        levelCode = try container.lenientString(.levelCode)
        description = try container.lenientString(.description)
    }
}
