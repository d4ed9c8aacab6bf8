import Synchronization

/// Deadlines of database work, watched by one ticking task for all of them.
///
/// Every lease and every bounded operation needs a timer, and almost none of them ever fires. A sleeping task
/// each costs a task, a timer registered with the system and a wake-up when it is cancelled, for every statement;
/// under storefront load that was a visible share of the server's time. Here a deadline is an entry in a table
/// (a lock and an insert), and one task wakes every ``resolution`` while there are entries, running the actions of
/// those that are due. It stops when the table is empty and starts again with the next entry.
///
/// A deadline therefore fires up to ``resolution`` late, which is nothing next to the seconds these limits are.
final class DeadlineWatch: Sendable {
    /// What ``watch(until:onExpiry:)`` returns, for ``cancel(_:)``.
    struct Ticket: Sendable, Hashable {
        fileprivate let id: UInt64
    }

    private struct Entry {
        let deadline: ContinuousClock.Instant
        let expire: @Sendable () -> Void
    }

    private struct State {
        var nextID: UInt64 = 0
        var entries: [UInt64: Entry] = [:]
        var ticking = false
    }

    private let state = Mutex(State())
    /// How often the ticking task looks for due entries.
    let resolution: Duration

    init(resolution: Duration = .milliseconds(20)) {
        self.resolution = resolution
    }

    /// Runs `expire` once `deadline` has passed, unless ``cancel(_:)`` comes first. `expire` runs on the ticking
    /// task and must not block.
    func watch(until deadline: ContinuousClock.Instant, onExpiry expire: @escaping @Sendable () -> Void) -> Ticket {
        let (ticket, startTicking) = state.withLock { state in
            let id = state.nextID
            state.nextID &+= 1
            state.entries[id] = Entry(deadline: deadline, expire: expire)
            let start = !state.ticking
            state.ticking = true
            return (Ticket(id: id), start)
        }
        if startTicking {
            Task { await self.tick() }
        }
        return ticket
    }

    /// Forgets the deadline of `ticket`; its action will not run (it may already have).
    func cancel(_ ticket: Ticket) {
        state.withLock { _ = $0.entries.removeValue(forKey: ticket.id) }
    }

    /// The number of deadlines being watched, for tests.
    var pending: Int { state.withLock { $0.entries.count } }

    private func tick() async {
        while true {
            try? await Task.sleep(for: resolution)
            let now = ContinuousClock.now
            let (due, goOn) = state.withLock { state in
                let dueIDs = state.entries.compactMap { $0.value.deadline <= now ? $0.key : nil }
                let due = dueIDs.compactMap { state.entries.removeValue(forKey: $0)?.expire }
                if state.entries.isEmpty { state.ticking = false }
                return (due, state.ticking)
            }
            for expire in due { expire() }
            guard goOn else { return }
        }
    }
}
