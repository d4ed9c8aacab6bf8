import CarrierHTTP
import Foundation

/// Records the waits a `CarrierClient` asks for and returns at once, so tests see a `Retry-After`
/// being honored without sleeping through it.
actor SleepRecorder {
    private(set) var waits: [Duration] = []

    private func record(_ duration: Duration) {
        waits.append(duration)
    }

    /// The real clocks, with this recorder standing in for `sleep`.
    nonisolated var timeSource: TimeSource {
        TimeSource(
            now: { ContinuousClock.now },
            wallClock: { Date() },
            sleep: { [self] duration in await self.record(duration) }
        )
    }
}
