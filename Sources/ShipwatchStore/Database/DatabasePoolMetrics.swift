import Metrics

/// How this process uses its PostgreSQL connection pool, through swift-metrics (Prometheus in `serve`).
///
/// PostgresNIO 1.33 keeps its pool's own statistics internal, so ``Database`` measures around every lease it
/// asks for (every query and transaction of this code base goes through it):
/// - `shipwatch_db_pool_connections_max` (gauge): the pool's configured upper bound;
/// - `shipwatch_db_pool_waiting` (gauge): callers waiting for a connection right now;
/// - `shipwatch_db_pool_in_use` (gauge): connections leased right now;
/// - `shipwatch_db_pool_acquire_seconds` (histogram): from asking for a connection to having one;
/// - `shipwatch_db_pool_hold_seconds` (histogram): how long a lease is held (queries plus our decoding);
/// - `shipwatch_db_pool_lease_failures_total` (counter): requests that got no connection (pool closed, connection
///   refused, cancelled while waiting).
public struct DatabasePoolMetrics: Sendable {
    private let waiting: Meter
    private let inUse: Meter
    private let acquire: Timer
    private let hold: Timer
    private let failures: Counter

    /// Registers the instruments with `factory` (the bootstrapped metrics system unless a test passes its own).
    public init(maximumConnections: Int, factory: any MetricsFactory = MetricsSystem.factory) {
        Gauge(label: "shipwatch_db_pool_connections_max", factory: factory).record(maximumConnections)
        waiting = Meter(label: "shipwatch_db_pool_waiting", factory: factory)
        inUse = Meter(label: "shipwatch_db_pool_in_use", factory: factory)
        acquire = Timer(label: "shipwatch_db_pool_acquire_seconds", factory: factory)
        hold = Timer(label: "shipwatch_db_pool_hold_seconds", factory: factory)
        failures = Counter(label: "shipwatch_db_pool_lease_failures_total", factory: factory)
        // Present from the start, so a scrape before the first query shows zeros rather than nothing.
        waiting.set(0)
        inUse.set(0)
    }

    /// A caller starts waiting for a connection; returns when (for ``acquired(requestedAt:)``).
    func requested() -> ContinuousClock.Instant {
        waiting.increment()
        return ContinuousClock.now
    }

    /// The caller that asked at `requestedAt` has its connection; returns when (for ``released(acquiredAt:)``).
    func acquired(requestedAt: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let now = ContinuousClock.now
        waiting.decrement()
        inUse.increment()
        acquire.recordNanoseconds(Self.nanoseconds(now - requestedAt))
        return now
    }

    /// The lease taken at `acquiredAt` is given back.
    func released(acquiredAt: ContinuousClock.Instant) {
        inUse.decrement()
        hold.recordNanoseconds(Self.nanoseconds(ContinuousClock.now - acquiredAt))
    }

    /// The caller that asked got no connection.
    func failed() {
        waiting.decrement()
        failures.increment()
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds.multipliedReportingOverflow(by: 1_000_000_000).partialValue + attoseconds / 1_000_000_000
    }
}
