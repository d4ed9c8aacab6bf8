import CarrierSupport
import Foundation

/// The body of a successful `GET /track/shipments` answer.
///
/// One tracking number can still match several shipments (one per DHL division, or the pages of
/// `offset`/`limit`); `possibleAdditionalShipmentsUrl` points at matches in other divisions.
public struct DHLTrackingResponse: Codable, Sendable, Hashable {
    /// The shipments found for the number.
    public var shipments: [DHLShipment]?
    /// Queries (relative URLs) for same-numbered shipments of other divisions.
    public var possibleAdditionalShipmentsUrl: [String]?
    /// This page's query.
    public var url: String?
    /// Paging links.
    public var prevUrl: String?
    /// Paging links.
    public var nextUrl: String?
    /// Paging links.
    public var firstUrl: String?
    /// Paging links.
    public var lastUrl: String?

    /// Creates an answer.
    public init(
        shipments: [DHLShipment]? = nil,
        possibleAdditionalShipmentsUrl: [String]? = nil,
        url: String? = nil,
        prevUrl: String? = nil,
        nextUrl: String? = nil,
        firstUrl: String? = nil,
        lastUrl: String? = nil
    ) {
        self.shipments = shipments
        self.possibleAdditionalShipmentsUrl = possibleAdditionalShipmentsUrl
        self.url = url
        self.prevUrl = prevUrl
        self.nextUrl = nextUrl
        self.firstUrl = firstUrl
        self.lastUrl = lastUrl
    }

    enum CodingKeys: String, CodingKey {
        case shipments, possibleAdditionalShipmentsUrl, url, prevUrl, nextUrl, firstUrl, lastUrl
    }

    /// Reads an answer strictly: any unreadable shipment fails the whole decode.
    /// The parser reads answers through `DHLTrackingEnvelope` instead, which isolates shipments.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shipments = try container.decodeIfPresent([DHLShipment].self, forKey: .shipments)
        possibleAdditionalShipmentsUrl = try container.lenientStringList(.possibleAdditionalShipmentsUrl)
        url = try container.lenientString(.url)
        prevUrl = try container.lenientString(.prevUrl)
        nextUrl = try container.lenientString(.nextUrl)
        firstUrl = try container.lenientString(.firstUrl)
        lastUrl = try container.lenientString(.lastUrl)
    }
}
