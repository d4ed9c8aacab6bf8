import Logging
import PostgresNIO
import ShipwatchCore
import Synchronization

/// The connection pool a ``Database`` leases from, and a fresh one when it stops lending connections.
///
/// After a fast server restart PostgresNIO's pool can stay in a state where lease requests wait with neither a
/// connection nor an error. Asking the same pool again does not help, so a lease that times out (see
/// ``DatabaseDeadlines``) retires the pool: a new one is started from the same configuration, and the old one's
/// `run()` is cancelled without being waited for. A pool whose `run()` the caller drives (``init(client:)``) is
/// never replaced.
final class ConnectionPools: Sendable {
    private struct Current {
        var generation: Int
        var client: PostgresClient
        var running: Task<Void, Never>?
    }

    private let state: Mutex<Current>
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
        let retired: Task<Void, Never>? = state.withLock { current in
            guard current.generation == generation else { return nil }
            let client = makeClient()
            let old = current.running
            current = Current(generation: generation + 1, client: client, running: Task { await client.run() })
            return old
        }
        guard let retired else { return }
        retired.cancel()
        logger.warning("the connection pool lent no connection in time; replaced it with a fresh one",
                       metadata: [LogKey.attempt: "\(generation + 1)"])
    }

    /// Cancels the running pool's `run()` and waits for it to end, but no longer than `limit`.
    func shutDown(within limit: Duration = .seconds(10)) async {
        guard let running = state.withLock({ $0.running }) else { return }
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
