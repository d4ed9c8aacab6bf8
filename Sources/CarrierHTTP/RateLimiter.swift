/// Paces requests to one carrier: a token bucket of `requestsPerSecond` with room for `burst` back-to-back calls,
/// plus carrier-imposed pauses (`Retry-After`) that every caller honors.
///
/// Implemented as a generic cell rate algorithm (the token bucket's scheduling form): each `acquire()` reserves
/// its slot at once and then sleeps until that slot, so concurrent callers queue fairly without polling.
public actor RateLimiter {
    private let interval: Duration?
    private let tolerance: Duration
    private let time: TimeSource
    /// The theoretical arrival time of the next request (GCRA's TAT).
    private var nextSlot: ContinuousClock.Instant?
    private var pausedUntil: ContinuousClock.Instant?
    private var embargoedUntil: ContinuousClock.Instant?

    /// - Parameters:
    ///   - requestsPerSecond: the sustained rate; nil or non-positive for no pacing.
    ///   - burst: how many requests may go back-to-back after a quiet spell (at least 1).
    ///   - time: clock and sleep; tests pass a manual one.
    public init(requestsPerSecond: Double?, burst: Int = 1, time: TimeSource = .system) {
        if let rate = requestsPerSecond, rate > 0, rate.isFinite {
            let interval = Duration.clampedSeconds(1 / rate)
            self.interval = interval
            self.tolerance = interval * max(burst - 1, 0)
        } else {
            self.interval = nil
            self.tolerance = .zero
        }
        self.time = time
    }

    /// A limiter that never waits (pauses still apply).
    public static func unlimited(time: TimeSource = .system) -> RateLimiter {
        RateLimiter(requestsPerSecond: nil, time: time)
    }

    /// Waits until a request may be sent; returns how long it waited.
    ///
    /// Cancellation cuts the wait short (the caller then finds its task cancelled).
    @discardableResult
    public func acquire() async -> Duration {
        let now = time.now()
        var wait = Duration.zero
        if let interval {
            let arrival = max(nextSlot ?? now, now)
            let allowedAt = arrival - tolerance
            if allowedAt > now { wait = allowedAt - now }
            nextSlot = arrival + interval
        }
        if let pausedUntil, pausedUntil - now > wait {
            wait = pausedUntil - now
        }
        if wait > .zero {
            try? await time.sleep(wait)
        }
        return wait
    }

    /// Makes every caller wait until `duration` from now (a carrier's `Retry-After`), then resumes pacing.
    public func pause(for duration: Duration) {
        let until = time.now() + duration
        if pausedUntil.map({ $0 < until }) ?? true { pausedUntil = until }
        if interval != nil {
            // The first request after the pause goes at `until`, the next ones at the sustained rate: no burst.
            nextSlot = max(nextSlot ?? until, until + tolerance)
        }
    }

    /// Records that the carrier refused service for longer than a run should wait; see `embargoRemaining()`.
    public func embargo(for duration: Duration) {
        let until = time.now() + duration
        if embargoedUntil.map({ $0 < until }) ?? true { embargoedUntil = until }
    }

    /// How long the carrier still refuses service, or nil; callers fail fast instead of spending calls.
    public func embargoRemaining() -> Duration? {
        guard let embargoedUntil else { return nil }
        let remaining = embargoedUntil - time.now()
        return remaining > .zero ? remaining : nil
    }
}
