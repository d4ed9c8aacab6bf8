import CarrierHTTP
import Foundation
import Synchronization

/// A clock that only moves when told to: `sleep` records the duration and advances time by it at once.
final class ManualClock: Sendable {
    private struct State {
        var elapsed: Duration = .zero
        var sleeps: [Duration] = []
    }

    private let origin = ContinuousClock.now
    private let wallOrigin: Date
    private let state = Mutex(State())

    /// - Parameter wall: the calendar time at elapsed zero.
    init(wall: Date = Date(timeIntervalSince1970: 1_750_000_000)) {
        self.wallOrigin = wall
    }

    var now: ContinuousClock.Instant { origin + state.withLock { $0.elapsed } }
    var wallNow: Date { wallOrigin.addingTimeInterval(elapsedSeconds) }
    var elapsedSeconds: Double {
        let parts = state.withLock { $0.elapsed }.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Every duration `sleep` was asked for, in order.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func advance(by duration: Duration) {
        state.withLock { $0.elapsed += duration }
    }

    func sleep(_ duration: Duration) {
        state.withLock {
            $0.sleeps.append(duration)
            $0.elapsed += duration
        }
    }

    var timeSource: TimeSource {
        TimeSource(
            now: { self.now },
            wallClock: { self.wallNow },
            sleep: { duration in self.sleep(duration) }
        )
    }
}
