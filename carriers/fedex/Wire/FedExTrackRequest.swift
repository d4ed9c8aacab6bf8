import Foundation

/// The JSON body of `POST /track/v1/trackingnumbers`.
public struct FedExTrackRequest: Codable, Sendable, Hashable {
    /// True asks for every scan; without it FedEx returns only the latest status.
    public var includeDetailedScans: Bool?
    /// One entry per tracking number, at most 30.
    public var trackingInfo: [FedExTrackingInfo]?

    /// Creates a tracking request body.
    public init(includeDetailedScans: Bool? = nil, trackingInfo: [FedExTrackingInfo]? = nil) {
        self.includeDetailedScans = includeDetailedScans
        self.trackingInfo = trackingInfo
    }
}

/// One number asked for in a tracking request, optionally narrowed by ship date.
public struct FedExTrackingInfo: Codable, Sendable, Hashable {
    /// The number (and optionally operating company / unique id).
    public var trackingNumberInfo: FedExTrackingNumberInfo?
    /// Earliest ship date, "YYYY-MM-DD".
    public var shipDateBegin: String?
    /// Latest ship date, "YYYY-MM-DD".
    public var shipDateEnd: String?

    /// Creates one tracking-info entry.
    public init(trackingNumberInfo: FedExTrackingNumberInfo? = nil, shipDateBegin: String? = nil, shipDateEnd: String? = nil) {
        self.trackingNumberInfo = trackingNumberInfo
        self.shipDateBegin = shipDateBegin
        self.shipDateEnd = shipDateEnd
    }
}

/// A tracking number with FedEx's disambiguation fields; used in requests and in every track result.
public struct FedExTrackingNumberInfo: Codable, Sendable, Hashable {
    /// The tracking number.
    public var trackingNumber: String?
    /// The operating company: FDXE (Express), FDXG (Ground), FXSP (SmartPost)…; empty in not-found answers.
    public var carrierCode: String?
    /// FedEx's id that tells apart shipments sharing one number; empty in not-found answers.
    public var trackingNumberUniqueId: String?

    /// Creates a tracking-number block.
    public init(trackingNumber: String? = nil, carrierCode: String? = nil, trackingNumberUniqueId: String? = nil) {
        self.trackingNumber = trackingNumber
        self.carrierCode = carrierCode
        self.trackingNumberUniqueId = trackingNumberUniqueId
    }
}
