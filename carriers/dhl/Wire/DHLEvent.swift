import CarrierSupport
import Foundation

/// One entry of a shipment's `events[]`, and also the shape of the shipment-level `status`.
///
/// Newer answers carry `statusCode` (the category: pre-transit, transit, delivered, failure, unknown)
/// and `status` (the division's code: Express "AF", "OH", eCommerce "506", Parcel Germany "ZU"…).
/// Express answers recorded in 2021 had only `timestamp` (without offset), `location` and `description`.
public struct DHLEvent: Codable, Sendable, Hashable {
    /// ISO 8601 time; the offset is optional ("2025-03-12T11:42:00+01:00" or "2021-05-05T15:42:00").
    public var timestamp: String?
    /// Where the scan happened.
    public var location: DHLPlace?
    /// The category: pre-transit, transit, delivered, failure or unknown.
    public var statusCode: String?
    /// The division's own code ("AF", "506", "ZU"), or on the shipment-level status "101"/"delivered".
    public var status: String?
    /// A finer Parcel Germany code such as "SRTED_NRQRD_PO".
    public var statusDetailed: String?
    /// DHL's wording for the scan.
    public var description: String?
    /// Extra explanation DHL sometimes adds (why a shipment is on hold…).
    public var remark: String?
    /// What DHL says happens next.
    public var nextSteps: String?
    /// The pieces this event concerns.
    public var pieceIds: [String]?

    /// Creates an event; every field is optional, as in DHL's answers.
    public init(
        timestamp: String? = nil,
        location: DHLPlace? = nil,
        statusCode: String? = nil,
        status: String? = nil,
        statusDetailed: String? = nil,
        description: String? = nil,
        remark: String? = nil,
        nextSteps: String? = nil,
        pieceIds: [String]? = nil
    ) {
        self.timestamp = timestamp
        self.location = location
        self.statusCode = statusCode
        self.status = status
        self.statusDetailed = statusDetailed
        self.description = description
        self.remark = remark
        self.nextSteps = nextSteps
        self.pieceIds = pieceIds
    }

    enum CodingKeys: String, CodingKey {
        case timestamp, location, statusCode, status, statusDetailed, description, remark, nextSteps, pieceIds
    }

    /// Reads an event, accepting numbers where text is expected and a lone text where a list is expected.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        timestamp = try container.decodeIfPresent(String.self, forKey: .timestamp)
        location = try container.decodeIfPresent(DHLPlace.self, forKey: .location)
        statusCode = try container.lenientString(.statusCode)
        status = try container.lenientString(.status)
        statusDetailed = try container.lenientString(.statusDetailed)
        description = try container.lenientString(.description)
        remark = try container.lenientString(.remark)
        nextSteps = try container.lenientString(.nextSteps)
        pieceIds = try container.lenientStringList(.pieceIds)
    }
}
