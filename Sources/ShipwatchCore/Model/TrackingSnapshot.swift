import Foundation

/// Everything one carrier answer says about one tracking number, normalized.
public struct TrackingSnapshot: Sendable, Hashable {
    public var carrier: Carrier
    public var trackingNumber: String
    /// The carrier's own overall status text ("Delivered, Parcel Locker", "On the way"…).
    public var carrierStatus: String?
    /// The carrier's estimated delivery date (a calendar date in the destination's zone).
    public var estimatedDelivery: LocalDateTime?
    /// The service or mail class as the carrier names it.
    public var service: String?
    public var originCountry: String?
    public var destinationCountry: String?
    public var signedBy: String?
    /// The scans, in the carrier's chronological order (oldest first).
    public var events: [ScanEvent]
    /// Codes this answer used that the status table does not know (their events carry milestone `unknown`).
    public var unmappedCodes: [UnmappedCode]
    /// Scans the answer held that could not be placed on the timeline (no usable date); left out and counted.
    public var skippedScans: [SkippedScan]

    public init(
        carrier: Carrier,
        trackingNumber: String,
        carrierStatus: String? = nil,
        estimatedDelivery: LocalDateTime? = nil,
        service: String? = nil,
        originCountry: String? = nil,
        destinationCountry: String? = nil,
        signedBy: String? = nil,
        events: [ScanEvent],
        unmappedCodes: [UnmappedCode] = [],
        skippedScans: [SkippedScan] = []
    ) {
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.carrierStatus = carrierStatus
        self.estimatedDelivery = estimatedDelivery
        self.service = service
        self.originCountry = originCountry
        self.destinationCountry = destinationCountry
        self.signedBy = signedBy
        self.events = events
        self.unmappedCodes = unmappedCodes
        self.skippedScans = skippedScans
    }
}

/// A carrier code that no status table entry covers, with the carrier's text for it.
public struct UnmappedCode: Sendable, Hashable, Codable {
    public var carrier: Carrier
    public var code: String
    public var description: String

    public init(carrier: Carrier, code: String, description: String) {
        self.carrier = carrier
        self.code = code
        self.description = description
    }
}
