import Foundation

/// One array element decoded on its own: a decoding failure inside it is caught and kept,
/// instead of failing the whole array.
///
/// Encodes the element transparently, so the simulator renders plain JSON.
public enum FedExIsolated<Element: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    /// The element decoded.
    case decoded(Element)
    /// The element could not be decoded; the failure names the field path and the problem.
    case failed(FedExDecodingFailure)

    /// Decodes the element, catching any decoding failure inside it.
    public init(from decoder: any Decoder) throws {
        do {
            self = .decoded(try Element(from: decoder))
        } catch let error as DecodingError {
            self = .failed(FedExDecodingFailure(error))
        }
    }

    /// Encodes the element; a failed element encodes as `null`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .decoded(let element):
            try element.encode(to: encoder)
        case .failed:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }

    /// The decoded element, or nil.
    public var element: Element? {
        if case .decoded(let element) = self { return element }
        return nil
    }
}
