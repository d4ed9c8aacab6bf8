import Foundation

/// One scan the carrier simulator renders in a carrier's own wire format.
public struct SimulatedScan: Sendable, Hashable {
    public var milestone: Milestone
    public var occurredAt: Date
    /// The facility's offset east of UTC at that instant.
    public var utcOffsetSeconds: Int
    public var location: EventLocation
    /// Overrides the carrier's usual wording for the milestone.
    public var description: String?

    public init(milestone: Milestone, occurredAt: Date, utcOffsetSeconds: Int, location: EventLocation, description: String? = nil) {
        self.milestone = milestone
        self.occurredAt = occurredAt
        self.utcOffsetSeconds = utcOffsetSeconds
        self.location = location
        self.description = description
    }
}

/// A parcel as the simulator knows it at one moment.
public struct SimulatedParcel: Sendable, Hashable {
    public var trackingNumber: String
    /// Oldest first.
    public var scans: [SimulatedScan]
    public var service: String?
    public var originCountry: String?
    public var destinationCountry: String?
    public var estimatedDelivery: LocalDateTime?
    public var signedBy: String?

    public init(
        trackingNumber: String,
        scans: [SimulatedScan],
        service: String? = nil,
        originCountry: String? = nil,
        destinationCountry: String? = nil,
        estimatedDelivery: LocalDateTime? = nil,
        signedBy: String? = nil
    ) {
        self.trackingNumber = trackingNumber
        self.scans = scans
        self.service = service
        self.originCountry = originCountry
        self.destinationCountry = destinationCountry
        self.estimatedDelivery = estimatedDelivery
        self.signedBy = signedBy
    }
}

/// The server side of a carrier API, used by the carrier simulator: reads incoming requests and renders
/// answers through the adapter's own wire models, so adapter and simulator can never drift apart.
public protocol CarrierWireSimulation: Sendable {
    var carrier: Carrier { get }
    /// Where simulated parcels travel and what their services are called, so they read like the carrier's own.
    var lanes: SimulatedLaneStyle { get }
    /// The header carrying the API key, for a carrier that authenticates each call with a key instead of an OAuth
    /// bearer token; nil for OAuth.
    var apiKeyHeader: String? { get }
    /// The tracking numbers an incoming tracking request asks for (path, query or body).
    func requestedNumbers(in request: WireRequest) throws(CarrierError) -> [String]
    /// The token endpoint's answer granting `token`.
    func renderToken(_ token: AccessToken) -> WireResponse
    /// The tracking answer: `parcels` rendered as found, `notFound` in the carrier's not-found form.
    func renderTracking(request: WireRequest, parcels: [SimulatedParcel], notFound: [String]) -> WireResponse
    /// An error answer in the carrier's own error format (401, 429, 500, 503…).
    func renderError(status: Int, message: String) -> WireResponse
}

/// How the simulator dresses a carrier's parcels: the country its domestic lanes run in and its service names.
public struct SimulatedLaneStyle: Sendable, Hashable {
    /// The country (ISO 3166-1 alpha-2) of the domestic lanes; the simulator knows real places in US and DE and
    /// uses the US lanes for any other.
    public var homeCountry: String
    /// The service name of a domestic parcel ("UPS Ground").
    public var domesticService: String
    /// The service name of an international parcel ("UPS Worldwide Saver").
    public var internationalService: String

    /// Creates a lane style.
    public init(homeCountry: String, domesticService: String, internationalService: String) {
        self.homeCountry = homeCountry
        self.domesticService = domesticService
        self.internationalService = internationalService
    }
}
