import Foundation

/// One `scanEvents[]` item.
public struct FedExScanEvent: Codable, Sendable, Hashable {
    /// Local scan time with its offset, e.g. "2024-04-24T16:05:00-07:00" (the spec also shows "… -0500").
    public var date: String?
    /// Two-letter event code (AR, DP, CC, CD, DL…).
    public var eventType: String?
    /// Human text, e.g. "Departed FedEx hub".
    public var eventDescription: String?
    /// Exception code; empty string when none.
    public var exceptionCode: String?
    /// Exception text; empty string when none.
    public var exceptionDescription: String?
    /// Where the scan happened; may be nearly empty.
    public var scanLocation: FedExAddress?
    /// FedEx facility id, e.g. "MEMH".
    public var locationId: String?
    /// Kind of place: FEDEX_FACILITY, CUSTOMS_BROKER, PORT_OF_ENTRY, VEHICLE…
    public var locationType: String?
    /// FedEx's derived status code (IN, PU, IT, DY, CD, DL…).
    public var derivedStatusCode: String?
    /// Text of the derived status.
    public var derivedStatus: String?
    /// Delay facts, with `type` CLEARANCE for customs delays.
    public var delayDetail: FedExDelayDetail?

    /// Creates a scan event.
    public init(
        date: String? = nil,
        eventType: String? = nil,
        eventDescription: String? = nil,
        exceptionCode: String? = nil,
        exceptionDescription: String? = nil,
        scanLocation: FedExAddress? = nil,
        locationId: String? = nil,
        locationType: String? = nil,
        derivedStatusCode: String? = nil,
        derivedStatus: String? = nil,
        delayDetail: FedExDelayDetail? = nil
    ) {
        self.date = date
        self.eventType = eventType
        self.eventDescription = eventDescription
        self.exceptionCode = exceptionCode
        self.exceptionDescription = exceptionDescription
        self.scanLocation = scanLocation
        self.locationId = locationId
        self.locationType = locationType
        self.derivedStatusCode = derivedStatusCode
        self.derivedStatus = derivedStatus
        self.delayDetail = delayDetail
    }
}
