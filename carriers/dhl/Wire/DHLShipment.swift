import CarrierSupport
import Foundation

/// One element of `shipments[]` in a Shipment Tracking – Unified answer.
public struct DHLShipment: Codable, Sendable, Hashable {
    /// The tracking number (text in current answers, a number in old samples).
    public var id: String?
    /// The DHL division that answered: "express", "parcel-de", "ecommerce", "parcel-nl", "dgf", "freight"…
    public var service: String?
    /// Where the shipment started.
    public var origin: DHLPlace?
    /// Where it is going.
    public var destination: DHLPlace?
    /// The shipment's current status (same shape as an event).
    public var status: DHLEvent?
    /// Estimated delivery: a date ("2025-07-29") or a time with offset.
    public var estimatedTimeOfDelivery: String?
    /// Estimated delivery window.
    public var estimatedDeliveryTimeFrame: DHLDeliveryTimeFrame?
    /// DHL's note on the estimate.
    public var estimatedTimeOfDeliveryRemark: String?
    /// Link to DHL's own tracking page.
    public var serviceUrl: String?
    /// Link to DHL's rerouting page.
    public var rerouteUrl: String?
    /// Product, proof of delivery, pieces.
    public var details: DHLShipmentDetails?
    /// The scans, newest first.
    public var events: [DHLEvent]?

    /// Creates a shipment; every field is optional, as in DHL's answers.
    public init(
        id: String? = nil,
        service: String? = nil,
        origin: DHLPlace? = nil,
        destination: DHLPlace? = nil,
        status: DHLEvent? = nil,
        estimatedTimeOfDelivery: String? = nil,
        estimatedDeliveryTimeFrame: DHLDeliveryTimeFrame? = nil,
        estimatedTimeOfDeliveryRemark: String? = nil,
        serviceUrl: String? = nil,
        rerouteUrl: String? = nil,
        details: DHLShipmentDetails? = nil,
        events: [DHLEvent]? = nil
    ) {
        self.id = id
        self.service = service
        self.origin = origin
        self.destination = destination
        self.status = status
        self.estimatedTimeOfDelivery = estimatedTimeOfDelivery
        self.estimatedDeliveryTimeFrame = estimatedDeliveryTimeFrame
        self.estimatedTimeOfDeliveryRemark = estimatedTimeOfDeliveryRemark
        self.serviceUrl = serviceUrl
        self.rerouteUrl = rerouteUrl
        self.details = details
        self.events = events
    }

    enum CodingKeys: String, CodingKey {
        case id, service, origin, destination, status, estimatedTimeOfDelivery, estimatedDeliveryTimeFrame
        case estimatedTimeOfDeliveryRemark, serviceUrl, rerouteUrl, details, events
    }

    /// Reads a shipment, accepting a numeric `id`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.lenientString(.id)
        service = try container.lenientString(.service)
        origin = try container.decodeIfPresent(DHLPlace.self, forKey: .origin)
        destination = try container.decodeIfPresent(DHLPlace.self, forKey: .destination)
        status = try container.decodeIfPresent(DHLEvent.self, forKey: .status)
        estimatedTimeOfDelivery = try container.lenientString(.estimatedTimeOfDelivery)
        estimatedDeliveryTimeFrame = try container.decodeIfPresent(DHLDeliveryTimeFrame.self, forKey: .estimatedDeliveryTimeFrame)
        estimatedTimeOfDeliveryRemark = try container.lenientString(.estimatedTimeOfDeliveryRemark)
        serviceUrl = try container.lenientString(.serviceUrl)
        rerouteUrl = try container.lenientString(.rerouteUrl)
        details = try container.decodeIfPresent(DHLShipmentDetails.self, forKey: .details)
        events = try container.decodeIfPresent([DHLEvent].self, forKey: .events)
    }
}
