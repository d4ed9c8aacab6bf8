import CarrierCatalog
import CarrierSupport
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

    /// The carrier's defaults, as its descriptor declares them (`CarrierCatalog`); config may override them.
    public static func defaults(for carrier: Carrier) -> CarrierLimits {
        CarrierLimits(CarrierCatalog.descriptor(for: carrier).defaultLimits)
    }

    /// Limits from a descriptor's plain defaults: the hourly quota (rolling) before the daily one (UTC day).
    public init(_ defaults: CarrierLimitDefaults) {
        var quotas: [QuotaWindow] = []
        if let perHour = defaults.quotaPerHour { quotas.append(.perHour(perHour)) }
        if let perDay = defaults.quotaPerDay { quotas.append(.perDay(perDay)) }
        self.init(requestsPerSecond: defaults.requestsPerSecond, burst: defaults.burst, quotas: quotas)
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
