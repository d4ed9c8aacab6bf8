/// A scan left out of the timeline because it cannot be placed on it (no usable date), with where and why.
/// The rest of the number's scans are kept; the poller logs and counts these.
public struct SkippedScan: Error, Sendable, Hashable {
    /// Field path in the carrier's answer ("shipments[0].events[3].timestamp").
    public var path: String
    /// Why the scan was left out ("missing", "unreadable time \"soon\"").
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
