import CarrierSupport
import Foundation
import ShipwatchCore

/// A package's `weight`; UPS sends the number as a string ("4.20").
public struct UPSWeight: Codable, Sendable, Hashable {
    /// LBS or KGS.
    public var unitOfMeasurement: String?
    /// The weight as text.
    public var weight: String?

    /// Creates a weight.
    public init(unitOfMeasurement: String? = nil, weight: String? = nil) {
        self.unitOfMeasurement = unitOfMeasurement
        self.weight = weight
    }

    /// Decodes leniently (a numeric weight reads as text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        unitOfMeasurement = try container.lenientString(.unitOfMeasurement)
        weight = try container.lenientString(.weight)
    }
}

/// A package's `dimension`; numbers as strings.
public struct UPSDimension: Codable, Sendable, Hashable {
    /// Height as text.
    public var height: String?
    /// Length as text.
    public var length: String?
    /// Width as text.
    public var width: String?
    /// IN or CM.
    public var unitOfDimension: String?

    /// Creates a dimension block.
    public init(height: String? = nil, length: String? = nil, width: String? = nil, unitOfDimension: String? = nil) {
        self.height = height
        self.length = length
        self.width = width
        self.unitOfDimension = unitOfDimension
    }

    /// Decodes leniently (numbers read as text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        height = try container.lenientString(.height)
        length = try container.lenientString(.length)
        width = try container.lenientString(.width)
        unitOfDimension = try container.lenientString(.unitOfDimension)
    }
}
