import Foundation

/// One element of the v3r2 request body (`POST /tracking/v3r2/tracking` takes an array of 1–35 of these).
///
/// The spec allows no other properties. `mailingDate` and `destinationZIPCode` disambiguate reused numbers.
public struct USPSTrackingRequestItem: Codable, Sendable, Hashable {
    /// The number to track.
    public var trackingNumber: String
    /// "YYYY-MM-DD".
    public var mailingDate: String?
    /// The destination ZIP code.
    public var destinationZIPCode: String?

    /// A request element.
    public init(trackingNumber: String, mailingDate: String? = nil, destinationZIPCode: String? = nil) {
        self.trackingNumber = trackingNumber
        self.mailingDate = mailingDate
        self.destinationZIPCode = destinationZIPCode
    }
}
