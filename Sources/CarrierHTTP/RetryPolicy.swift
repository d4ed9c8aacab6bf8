import ShipwatchCore

/// When and how long to wait before repeating a failed carrier request.
///
/// Retries `.transient` (5xx, 408, timeouts, connection failures) and `.rateLimited` (429) with exponential
/// backoff and jitter. A `Retry-After` the carrier sent is honored (the wait is at least that long); when it is
/// longer than `maxRetryAfter`, or the waits would exceed `maxTotalDelay`, the policy gives up and surfaces the
/// error (`.rateLimited(retryAfter:)` keeps the carrier's value) instead of sleeping for hours.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included (1 = never retry).
    public var maxAttempts: Int
    /// The backoff before the first retry; it doubles for each later one.
    public var baseDelay: Duration
    /// The longest single backoff (without `Retry-After`).
    public var maxDelay: Duration
    /// The most time spent waiting across all retries of one request.
    public var maxTotalDelay: Duration
    /// The longest `Retry-After` worth waiting for inside one run.
    public var maxRetryAfter: Duration
    /// How much of each backoff is random: 0 = none, 0.5 = the wait lies in [backoff/2, backoff].
    public var jitterFraction: Double
    /// A number in [0, 1); tests pin it.
    public var random: @Sendable () -> Double

    /// Creates a policy; the defaults suit a poll run every few minutes.
    public init(
        maxAttempts: Int = 4,
        baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(10),
        maxTotalDelay: Duration = .seconds(60),
        maxRetryAfter: Duration = .seconds(60),
        jitterFraction: Double = 0.5,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxTotalDelay = maxTotalDelay
        self.maxRetryAfter = maxRetryAfter
        self.jitterFraction = min(max(jitterFraction, 0), 1)
        self.random = random
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// What to do after a failed attempt.
    public enum Decision: Sendable, Equatable {
        /// Wait this long, then try again.
        case retry(after: Duration)
        /// Stop and report this error.
        case giveUp(CarrierError)
    }

    /// Decides about a failed attempt.
    /// - Parameters:
    ///   - error: why the attempt failed.
    ///   - attempt: the attempt that failed, 1-based.
    ///   - retryAfter: the carrier's `Retry-After` in seconds, when it sent one.
    ///   - waitedSoFar: the time already spent waiting between earlier attempts.
    public func decide(after error: CarrierError, attempt: Int, retryAfter: Double?, waitedSoFar: Duration) -> Decision {
        var surfaced = error
        if case .rateLimited(let own) = error { surfaced = .rateLimited(retryAfter: retryAfter ?? own) }
        guard error.isRetryable, attempt < maxAttempts else { return .giveUp(surfaced) }
        var carrierWait = retryAfter
        if case .rateLimited(let own) = error, carrierWait == nil { carrierWait = own }
        if let carrierWait, carrierWait > maxRetryAfter.seconds { return .giveUp(surfaced) }
        let wait = max(backoff(forAttempt: attempt), Duration.clampedSeconds(carrierWait ?? 0))
        guard waitedSoFar + wait <= maxTotalDelay else { return .giveUp(surfaced) }
        return .retry(after: wait)
    }

    /// The jittered exponential backoff after the given failed attempt (1-based).
    public func backoff(forAttempt attempt: Int) -> Duration {
        let doublings = min(max(attempt - 1, 0), 30)
        let full = min(baseDelay.seconds * Double(1 << doublings), maxDelay.seconds)
        let jittered = full * (1 - jitterFraction * min(max(random(), 0), 1))
        return Duration.clampedSeconds(jittered)
    }
}
