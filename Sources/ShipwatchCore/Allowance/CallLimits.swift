/// How much and how fast one carrier may be called, as the shared allowance enforces it.
///
/// Quotas are a rolling hour (counted in one-minute slots, so a burst at 10:59 still counts at 11:30) and the
/// UTC day (reset at 00:00 UTC, as DHL and FedEx count). The rate is a token bucket of `requestsPerSecond`
/// with room for `burst` back-to-back calls.
public struct CallLimits: Sendable, Hashable {
    /// Sustained calls per second; nil for no pacing.
    public var requestsPerSecond: Double?
    /// Calls that may go back-to-back after a quiet spell (at least 1).
    public var burst: Int
    /// Most calls in any rolling hour; nil for none.
    public var perHour: Int?
    /// Most calls per UTC day; nil for none.
    public var perDay: Int?
    /// Spread each quota evenly over its window (see `AllowancePolicy`) instead of spending it as fast as asked.
    public var spreadsQuota: Bool

    /// Creates limits; `burst` is at least 1 and negative quotas count as 0.
    public init(requestsPerSecond: Double?, burst: Int = 1, perHour: Int? = nil, perDay: Int? = nil, spreadsQuota: Bool = true) {
        if let rate = requestsPerSecond, rate > 0, rate.isFinite {
            self.requestsPerSecond = rate
        } else {
            self.requestsPerSecond = nil
        }
        self.burst = max(1, burst)
        self.perHour = perHour.map { max(0, $0) }
        self.perDay = perDay.map { max(0, $0) }
        self.spreadsQuota = spreadsQuota
    }

    /// No rate, no quota.
    public static let unlimited = CallLimits(requestsPerSecond: nil)
}
