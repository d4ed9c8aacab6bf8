/// When a failed delivery is tried again: exponential backoff (the first delay, doubling, up to a ceiling) with
/// jitter, for a bounded number of attempts.
public struct WebhookRetrySchedule: Sendable, Hashable {
    /// Delay after the first failed attempt, in seconds.
    public var firstDelaySeconds: Double
    /// Longest delay between two attempts, in seconds.
    public var maxDelaySeconds: Double
    /// Attempts in all, the first included; after the last one fails the delivery is `failed`.
    public var maxAttempts: Int
    /// Fraction of each delay drawn at random (0 = none, 0.2 = the delay lies between 80 % and 100 % of its value).
    public var jitter: Double

    /// 30 s doubling, at most 18 h apart, 15 attempts: about three days.
    public static let standard = WebhookRetrySchedule(firstDelaySeconds: 30, maxDelaySeconds: 64_800, maxAttempts: 15, jitter: 0.2)

    public init(firstDelaySeconds: Double, maxDelaySeconds: Double, maxAttempts: Int, jitter: Double) {
        self.firstDelaySeconds = firstDelaySeconds
        self.maxDelaySeconds = maxDelaySeconds
        self.maxAttempts = maxAttempts
        self.jitter = jitter
    }

    /// The delay before the next attempt after `attempts` attempts failed, or nil when none is left.
    /// - Parameter unitRandom: a value in 0...1 (the caller's random source); out-of-range values are clamped.
    public func delayAfter(attempts: Int, unitRandom: Double) -> Double? {
        guard attempts >= 1, attempts < maxAttempts else { return nil }
        var delay = max(0, firstDelaySeconds)
        guard delay > 0 else { return 0 }
        var doubled = 1
        while doubled < attempts && delay < maxDelaySeconds {
            delay *= 2
            doubled += 1
        }
        delay = min(delay, maxDelaySeconds)
        let random = unitRandom.isFinite ? min(max(unitRandom, 0), 1) : 0
        let spread = min(max(jitter, 0), 1)
        return delay * (1 - spread * random)
    }

    /// The longest total wait from the first attempt to the last (without jitter), in seconds.
    public var totalSeconds: Double {
        (1..<max(1, maxAttempts)).reduce(0) { $0 + (delayAfter(attempts: $1, unitRandom: 0) ?? 0) }
    }
}
