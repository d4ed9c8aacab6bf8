import Logging
import PostgresNIO
import ShipwatchCore
import Synchronization

extension Database {
    /// Leases a pooled connection for `body` with both of ``deadlines`` enforced, and without ever waiting on a
    /// task that may be stuck.
    ///
    /// The lease is requested by a helper task, which hands the connection over and holds the lease until `body`
    /// is done. The caller waits on that hand-off, not on the helper, so when the pool does not answer in time the
    /// caller gets a ``DatabaseTimeout`` (transient: the retry asks a fresh pool, see ``ConnectionPools``) and the
    /// helper is cancelled and left behind; should a connection still arrive, the helper gives it straight back.
    /// While `body` runs, a watchdog closes the connection once the operation's deadline passes, which fails what
    /// the connection was doing (and rolls back its transaction). A statement PostgresNIO lost on a connection
    /// closing under it is not ended even so; the poll run's own watchdog (`PollService`) bounds that case.
    func withDeadlines<Result>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> sending Result
    ) async throws -> sending Result {
        let leaseLimit = DatabaseDeadlines.bounded(deadlines.connectionLease, by: retryPolicy.deadline) ?? deadlines.connectionLease
        let lease = try await leaseConnection(within: leaseLimit)
        defer { lease.release() }
        // After a fast server restart the pool may still lend a connection the server has closed; a statement sent
        // on it is never answered. Checked here, the attempt fails at once and the retry gets a live connection.
        guard !lease.connection.isClosed else { throw DatabaseClosedConnection() }

        guard let operationLimit = DatabaseDeadlines.bounded(deadlines.operation, by: retryPolicy.deadline) else {
            return try await body(lease.connection)
        }
        let watchdog = ConnectionWatchdog(connection: lease.connection, limit: operationLimit, watch: pools.deadlineWatch, logger: logger)
        defer { watchdog.stop() }
        do {
            return try await body(lease.connection)
        } catch {
            if watchdog.fired { throw DatabaseTimeout(phase: .operation, limit: operationLimit) }
            throw error
        }
    }

    /// A connection from the pool, or a ``DatabaseTimeout`` after `limit` (or `CancellationError` when the
    /// caller is cancelled), whatever the pool does meanwhile.
    private func leaseConnection(within limit: Duration) async throws -> HeldConnection {
        let handOff = HandOff<PostgresConnection>()
        let released = HandOff<Void>()
        let (generation, client) = pools.current
        let pools = self.pools
        let holder = Task {
            do {
                try await client.withConnection { connection in
                    // The caller gave up before this arrived: the connection goes straight back to the pool.
                    guard handOff.resolve(.success(connection)) else { return }
                    _ = try? await released.value()
                }
            } catch {
                handOff.resolve(.failure(error))
            }
        }
        let timer = pools.deadlineWatch.watch(until: .now + limit) {
            if handOff.resolve(.failure(DatabaseTimeout(phase: .connectionLease, limit: limit))) {
                holder.cancel()
                // The next attempt asks a fresh pool: this one may never lend again.
                pools.replace(generation: generation)
            }
        }
        defer { pools.deadlineWatch.cancel(timer) }
        let connection = try await withTaskCancellationHandler {
            try await handOff.value()
        } onCancel: {
            if handOff.resolve(.failure(CancellationError())) { holder.cancel() }
        }
        return HeldConnection(connection: connection, released: released)
    }
}

/// A connection handed over by the helper task that holds its lease; ``release()`` ends the lease.
private struct HeldConnection: Sendable {
    let connection: PostgresConnection
    let released: HandOff<Void>

    func release() { released.resolve(.success(())) }
}

/// Closes a leased connection when its operation outlives its limit, unless ``stop()`` came first.
private final class ConnectionWatchdog: Sendable {
    private let firedState = Mutex(false)
    private let ticket = Mutex<DeadlineWatch.Ticket?>(nil)
    private let watch: DeadlineWatch

    init(connection: PostgresConnection, limit: Duration, watch: DeadlineWatch, logger: Logger) {
        self.watch = watch
        let watched = watch.watch(until: .now + limit) { [self] in
            firedState.withLock { $0 = true }
            logger.warning(
                "a database operation outlived its deadline; closing its connection",
                metadata: [LogKey.durationMilliseconds: "\(limit.milliseconds)"]
            )
            Task { try? await connection.close() }
        }
        ticket.withLock { $0 = watched }
    }

    /// True once the watchdog closed the connection.
    var fired: Bool { firedState.withLock { $0 } }

    func stop() {
        if let watched = ticket.withLock({ $0 }) { watch.cancel(watched) }
    }
}
