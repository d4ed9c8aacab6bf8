/// How long and how often a database operation is tried again after a transient fault (see ``DatabaseFault``).
///
/// Backoff doubles from `baseDelay` up to `maxDelay`. A policy with a `deadline` keeps trying until that instant
/// (a poll run passes its own time bound); without one it gives up after `maxAttempts`.
public struct DatabaseRetryPolicy: Sendable {
    public var maxAttempts: Int
    public var deadline: ContinuousClock.Instant?
    public var baseDelay: Duration
    public var maxDelay: Duration

    public init(maxAttempts: Int, deadline: ContinuousClock.Instant? = nil, baseDelay: Duration = .milliseconds(100), maxDelay: Duration = .seconds(2)) {
        self.maxAttempts = max(1, maxAttempts)
        self.deadline = deadline
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// A short blip (a few seconds, six attempts): the default for every command.
    public static let brief = DatabaseRetryPolicy(maxAttempts: 6)
    /// No retries.
    public static let none = DatabaseRetryPolicy(maxAttempts: 1)

    /// Keeps trying until `deadline`, however many attempts that takes.
    public static func until(_ deadline: ContinuousClock.Instant) -> DatabaseRetryPolicy {
        DatabaseRetryPolicy(maxAttempts: .max, deadline: deadline)
    }

    /// The pause before attempt `attempt + 1` after attempt `attempt` (1-based) failed with a transient fault, or
    /// nil to give up (attempts spent, or the pause would end past the deadline).
    public func delay(afterAttempt attempt: Int, now: ContinuousClock.Instant = .now) -> Duration? {
        guard attempt < maxAttempts else { return nil }
        let doublings = min(max(attempt - 1, 0), 20)
        let wait = min(baseDelay * (1 << doublings), maxDelay)
        if let deadline, now + wait > deadline { return nil }
        return wait
    }
}
