import ShipwatchCore

/// One call quota a carrier imposes: at most `limit` calls per period.
public struct QuotaWindow: Sendable, Hashable, CustomStringConvertible {
    /// How the period is measured.
    public enum Period: Sendable, Hashable {
        /// Any 60 minutes: a burst at 10:59 still counts at 11:30.
        case rollingHour
        /// The UTC calendar day: the count resets at 00:00 UTC (DHL's and FedEx's quotas reset at 00:00 GMT).
        case utcDay
    }

    /// The most calls per period.
    public var limit: Int
    /// How the calls are counted over time.
    public var period: Period

    /// Creates a window; a negative limit counts as 0.
    public init(limit: Int, period: Period) {
        self.limit = max(0, limit)
        self.period = period
    }

    /// At most `limit` calls in any 60 minutes.
    public static func perHour(_ limit: Int) -> QuotaWindow {
        QuotaWindow(limit: limit, period: .rollingHour)
    }

    /// At most `limit` calls per UTC calendar day, reset at 00:00 UTC.
    public static func perDay(_ limit: Int) -> QuotaWindow {
        QuotaWindow(limit: limit, period: .utcDay)
    }

    /// "60 per rolling hour", "250 per UTC day".
    public var description: String {
        switch period {
        case .rollingHour: "\(limit) per rolling hour"
        case .utcDay: "\(limit) per UTC day"
        }
    }
}
