/// Which USPS tracking endpoint Shipwatch calls.
public enum USPSTrackingMode: String, Sendable, Hashable, CaseIterable {
    /// `POST /tracking/v3r2/tracking`: up to 35 numbers per call, answer 200 or 207 Multi-Status.
    /// The default: with USPS's small hourly quota, batching is the only way to poll many parcels.
    case batchV3R2 = "v3r2"
    /// `GET /tracking/v3/tracking/{number}?expand=DETAIL`: one number per call.
    case singleV3 = "v3"

    /// How many numbers one call may carry.
    public var maxNumbersPerRequest: Int {
        switch self {
        case .batchV3R2: 35
        case .singleV3: 1
        }
    }
}
