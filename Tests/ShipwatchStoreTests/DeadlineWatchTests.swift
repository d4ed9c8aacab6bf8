import Synchronization
import Testing

@testable import ShipwatchStore

/// One ticking task watches every lease and operation deadline; these pin down what that task promises.
@Suite("Deadline watch")
struct DeadlineWatchTests {
    @Test("a deadline that passes runs its action once, and the watch then holds nothing")
    func dueDeadlineRuns() async throws {
        let watch = DeadlineWatch(resolution: .milliseconds(5))
        let runs = Counter()
        _ = watch.watch(until: .now + .milliseconds(20)) { runs.add() }
        try await waitUntil { runs.value == 1 }
        try await Task.sleep(for: .milliseconds(50))
        #expect(runs.value == 1)
        #expect(watch.pending == 0)
    }

    @Test("a cancelled deadline never runs its action")
    func cancelledDeadlineStaysQuiet() async throws {
        let watch = DeadlineWatch(resolution: .milliseconds(5))
        let cancelled = Counter()
        let kept = Counter()
        let ticket = watch.watch(until: .now + .milliseconds(30)) { cancelled.add() }
        _ = watch.watch(until: .now + .milliseconds(60)) { kept.add() }
        watch.cancel(ticket)
        try await waitUntil { kept.value == 1 }
        #expect(cancelled.value == 0)
    }

    @Test("after the table empties the watch stops ticking, and the next deadline starts it again")
    func restartsAfterIdle() async throws {
        let watch = DeadlineWatch(resolution: .milliseconds(5))
        let runs = Counter()
        _ = watch.watch(until: .now + .milliseconds(10)) { runs.add() }
        try await waitUntil { runs.value == 1 }
        try await Task.sleep(for: .milliseconds(50))
        _ = watch.watch(until: .now + .milliseconds(10)) { runs.add() }
        try await waitUntil { runs.value == 2 }
    }

    @Test("deadlines far off do not hold back those due now")
    func dueAmongDistant() async throws {
        let watch = DeadlineWatch(resolution: .milliseconds(5))
        let runs = Counter()
        let distant = (0..<50).map { _ in watch.watch(until: .now + .seconds(3600)) { runs.add() } }
        _ = watch.watch(until: .now + .milliseconds(10)) { runs.add() }
        try await waitUntil { runs.value == 1 }
        #expect(watch.pending == 50)
        for ticket in distant { watch.cancel(ticket) }
        #expect(watch.pending == 0)
    }

    /// Polls `condition` for up to five seconds (far beyond what the deadlines above need on a loaded machine).
    private func waitUntil(_ condition: () -> Bool) async throws {
        let giveUp = ContinuousClock.now + .seconds(5)
        while !condition() {
            guard ContinuousClock.now < giveUp else {
                Issue.record("the condition did not hold within five seconds")
                return
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}

/// A count shared with the actions the watch runs.
private final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func add() { count.withLock { $0 += 1 } }
}
