import Synchronization

/// Set once when the run must stop claiming (SIGTERM/SIGINT, or the time bound); read by every carrier loop.
public final class PollStopSignal: Sendable {
    private let stopped = Atomic<Bool>(false)

    public init() {}

    /// Asks every carrier loop to stop claiming and finish or hand back what it holds.
    public func request() { stopped.store(true, ordering: .relaxed) }
    public var isRequested: Bool { stopped.load(ordering: .relaxed) }
}

/// The run-wide claim budget (`--limit`), shared by the carrier loops.
final class ClaimBudget: Sendable {
    private let remaining: Atomic<Int>

    init(limit: Int) { remaining = Atomic(limit) }

    /// Takes up to `wanted` from the budget; returns what was granted (0 when spent).
    func take(_ wanted: Int) -> Int {
        var current = remaining.load(ordering: .relaxed)
        while current > 0 {
            let granted = min(current, wanted)
            let (exchanged, original) = remaining.compareExchange(expected: current, desired: current - granted, ordering: .relaxed)
            if exchanged { return granted }
            current = original
        }
        return 0
    }

    /// What is left now (another carrier may take it before this one does).
    var available: Int { remaining.load(ordering: .relaxed) }

    /// Returns an unused part of a grant.
    func giveBack(_ amount: Int) {
        guard amount > 0 else { return }
        remaining.add(amount, ordering: .relaxed)
    }
}
