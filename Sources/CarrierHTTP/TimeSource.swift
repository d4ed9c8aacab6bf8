import Foundation

/// The clocks and the sleep that carrier plumbing uses, injected so tests advance time instead of waiting.
///
/// `now` is monotonic (token expiry, rate limiting, durations); `wallClock` is calendar time (quota windows
/// that reset at 00:00 UTC, `Retry-After` HTTP-dates). `sleep` waits; tests replace it with one that records
/// the requested duration and advances their manual clock.
public struct TimeSource: Sendable {
    /// The current monotonic instant.
    public var now: @Sendable () -> ContinuousClock.Instant
    /// The current calendar time.
    public var wallClock: @Sendable () -> Date
    /// Waits for the given duration; throws `CancellationError` when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// Creates a time source from its three parts.
    public init(
        now: @escaping @Sendable () -> ContinuousClock.Instant,
        wallClock: @escaping @Sendable () -> Date,
        sleep: @escaping @Sendable (Duration) async throws -> Void
    ) {
        self.now = now
        self.wallClock = wallClock
        self.sleep = sleep
    }

    /// The real clocks and `Task.sleep`.
    public static let system = TimeSource(
        now: { ContinuousClock.now },
        wallClock: { Date() },
        sleep: { duration in try await Task.sleep(for: duration) }
    )
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// A duration from floating-point seconds, clamped at zero.
    static func clampedSeconds(_ value: Double) -> Duration {
        guard value.isFinite, value > 0 else { return .zero }
        return .nanoseconds(Int64(min(value, 1e9) * 1e9))
    }
}
