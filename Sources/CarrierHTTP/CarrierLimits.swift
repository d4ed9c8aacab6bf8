import ShipwatchCore

/// How fast and how much Shipwatch may call one carrier: a request rate and call quotas.
public struct CarrierLimits: Sendable, Hashable {
    /// Sustained requests per second; nil for no pacing.
    public var requestsPerSecond: Double?
    /// Requests that may go back-to-back after a quiet spell.
    public var burst: Int
    /// Call quotas (per hour, per day); empty for none. Several windows of one period: the tightest counts.
    public var quotas: [QuotaWindow]
    /// Spread each quota over its window rather than spending it as fast as asked (see `AllowancePolicy`).
    public var spreadsQuota: Bool

    /// Creates limits; `burst` is at least 1.
    public init(requestsPerSecond: Double?, burst: Int = 1, quotas: [QuotaWindow] = [], spreadsQuota: Bool = true) {
        self.requestsPerSecond = requestsPerSecond
        self.burst = max(1, burst)
        self.quotas = quotas
        self.spreadsQuota = spreadsQuota
    }

    /// Conservative defaults from the carriers' published (or community-reported) limits; config may override them.
    ///
    /// - USPS: ~60 calls per hour per app by default (not in the spec; USPS raises it on request) → 60/h rolling, 1 rps.
    /// - UPS: nothing published → 5 rps, no quota.
    /// - FedEx: 1,400 transactions per 10 s and 100,000 Track requests per day per project → 135 rps with a burst
    ///   of 10 (at most 1,360 in any 10 s), 100,000 per UTC day.
    /// - DHL (Unified, starter level): 1 call per second, 250 per day, reset at 00:00 GMT → 1 rps, 250 per UTC day.
    public static func defaults(for carrier: Carrier) -> CarrierLimits {
        switch carrier {
        case .usps: CarrierLimits(requestsPerSecond: 1, quotas: [.perHour(60)])
        case .ups: CarrierLimits(requestsPerSecond: 5)
        case .fedex: CarrierLimits(requestsPerSecond: 135, burst: 10, quotas: [.perDay(100_000)])
        case .dhl: CarrierLimits(requestsPerSecond: 1, quotas: [.perDay(250)])
        }
    }

    /// No pacing and no quota (tests, the local simulator).
    public static let unlimited = CarrierLimits(requestsPerSecond: nil)

    /// A fresh limiter for these limits (this process's pacing; the shared rate is the allowance's).
    public func makeRateLimiter(time: TimeSource = .system) -> RateLimiter {
        RateLimiter(requestsPerSecond: requestsPerSecond, burst: burst, time: time)
    }

    /// The same limits as the shared allowance takes them.
    public var callLimits: CallLimits {
        CallLimits(
            requestsPerSecond: requestsPerSecond,
            burst: burst,
            perHour: quotas.filter { $0.period == .rollingHour }.map(\.limit).min(),
            perDay: quotas.filter { $0.period == .utcDay }.map(\.limit).min(),
            spreadsQuota: spreadsQuota
        )
    }
}
