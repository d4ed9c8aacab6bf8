import Logging
import PostgresNIO
import ShipwatchCore
import Synchronization

/// The connection pool a ``Database`` leases from, and a fresh one when it stops lending connections.
///
/// After a fast server restart PostgresNIO's pool can stay in a state where lease requests wait with neither a
/// connection nor an error. Asking the same pool again does not help, so a lease that times out (see
/// ``DatabaseDeadlines``) retires the pool: a new one is started from the same configuration. The old one keeps
/// running until ``shutDown(within:)``: a lease can also time out on a pool that is merely busy, and cancelling its
/// `run()` then would close connections other callers are still working on. A pool whose `run()` the caller
/// drives (``init(client:)``) is never replaced.
final class ConnectionPools: Sendable {
    private struct Current {
        var generation: Int
        var client: PostgresClient
        var running: Task<Void, Never>?
        /// Pools replaced by a fresh one, still running for the work they had lent connections to.
        var retired: [Task<Void, Never>] = []
    }

    private let state: Mutex<Current>
    /// The lease and operation deadlines of every ``Database`` leasing from these pools.
    let deadlineWatch = DeadlineWatch()
    private let makeClient: (@Sendable () -> PostgresClient)?
    private let logger: Logger

    /// A pool run by the caller (for example in a `ServiceGroup`); kept whatever happens.
    init(client: PostgresClient, logger: Logger) {
        state = Mutex(Current(generation: 0, client: client, running: nil))
        makeClient = nil
        self.logger = logger
    }

    /// A pool this object runs, and replaces with another from `makeClient` when it stops lending connections.
    init(running client: PostgresClient, task: Task<Void, Never>, logger: Logger, makeClient: @escaping @Sendable () -> PostgresClient) {
        state = Mutex(Current(generation: 0, client: client, running: task))
        self.makeClient = makeClient
        self.logger = logger
    }

    /// The pool to lease from now, with its generation (to name it in ``replace(generation:)``).
    var current: (generation: Int, client: PostgresClient) {
        state.withLock { ($0.generation, $0.client) }
    }

    /// Replaces the pool of `generation` by a fresh one, unless it was replaced already or is run by the caller.
    func replace(generation: Int) {
        guard let makeClient else { return }
        let replaced: Bool = state.withLock { current in
            guard current.generation == generation else { return false }
            let client = makeClient()
            let retired = current.retired + [current.running].compactMap { $0 }
            current = Current(generation: generation + 1, client: client, running: Task { await client.run() }, retired: retired)
            return true
        }
        guard replaced else { return }
        logger.warning("the connection pool lent no connection in time; replaced it with a fresh one",
                       metadata: [LogKey.attempt: "\(generation + 1)"])
    }

    /// Cancels the running pool's `run()` (and those of retired pools) and waits for it to end, but no longer than
    /// `limit`.
    func shutDown(within limit: Duration = .seconds(10)) async {
        let (running, retired) = state.withLock { ($0.running, $0.retired) }
        for pool in retired { pool.cancel() }
        guard let running else { return }
        running.cancel()
        let ended = HandOff<Bool>()
        Task {
            await running.value
            ended.resolve(.success(true))
        }
        let timer = Task {
            try? await Task.sleep(for: limit)
            ended.resolve(.success(false))
        }
        if (try? await ended.value()) == false {
            logger.warning("the connection pool did not shut down in time; leaving it behind",
                           metadata: [LogKey.durationMilliseconds: "\(limit.milliseconds)"])
        }
        timer.cancel()
    }
}
