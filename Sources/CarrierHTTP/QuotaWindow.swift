/// One call quota a carrier imposes: at most `limit` calls per period.
public struct QuotaWindow: Sendable, Hashable, CustomStringConvertible {
    /// How the period is measured.
    public enum Period: Sendable, Hashable {
        /// A sliding window: at most `limit` calls in any span of this length.
        case rolling(Duration)
        /// The UTC calendar day: the count resets at 00:00 UTC (DHL's quota resets at 00:00 GMT).
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

    /// At most `limit` calls in any 60 minutes (rolling: a burst at 10:59 still counts at 11:30).
    public static func perHour(_ limit: Int) -> QuotaWindow {
        QuotaWindow(limit: limit, period: .rolling(.seconds(3_600)))
    }

    /// At most `limit` calls per UTC calendar day, reset at 00:00 UTC.
    public static func perDay(_ limit: Int) -> QuotaWindow {
        QuotaWindow(limit: limit, period: .utcDay)
    }

    /// "60 per 3600 s (rolling)", "250 per UTC day".
    public var description: String {
        switch period {
        case .rolling(let span): "\(limit) per \(Int(span.seconds)) s (rolling)"
        case .utcDay: "\(limit) per UTC day"
        }
    }
}
