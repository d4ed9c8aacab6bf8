import CarrierSupport
import Foundation
import ShipwatchCore

/// An RFC 7807 problem document (`application/problem+json`), DHL's shape for every error:
/// 404 "No result found", 401 invalid key, 429 quota, 400 bad query, 5xx.
public struct DHLProblem: Codable, Sendable, Hashable {
    /// A URI naming the problem type, when DHL sends one.
    public var type: String?
    /// Short summary ("No result found", "Unauthorized").
    public var title: String?
    /// The HTTP status repeated in the body; sometimes text.
    public var status: Int?
    /// Human explanation ("No shipment with given tracking number found.").
    public var detail: String?
    /// The request that failed.
    public var instance: String?

    /// The media type DHL labels problem documents with.
    public static let mediaType = "application/problem+json"

    /// Creates a problem document.
    public init(type: String? = nil, title: String? = nil, status: Int? = nil, detail: String? = nil, instance: String? = nil) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
    }

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, instance
    }

    /// Reads a problem document, accepting a textual `status`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.lenientString(.type)
        title = try container.lenientString(.title)
        status = try container.lenientInt(.status)
        detail = try container.lenientString(.detail)
        instance = try container.lenientString(.instance)
    }

    /// The most useful single line: title and detail joined, whichever are present.
    public var summary: String? {
        let parts = [title, detail].compactMap { $0?.trimmingWhitespaceAndNewlines() }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ": ")
    }
}
