import Logging
import PostgresNIO
import ShipwatchCore

/// A running PostgreSQL connection pool and the logger its queries log to.
///
/// Most callers scope it: `try await Database.with(url: url, logger: logger) { db in … }` runs the pool for the
/// closure's lifetime and always shuts it down. A long-running service may instead run a `PostgresClient` in its
/// `ServiceGroup` (it is a `Service`) and wrap it with ``init(client:logger:)``.
public struct Database: Sendable {
    /// The pool leased from now. Its `run()` must be active while the database is used.
    public var client: PostgresClient { pools.current.client }
    /// The pool, and its replacement when it stops lending connections.
    let pools: ConnectionPools
    /// Where queries and the pool's background events are logged.
    public let logger: Logger
    /// How ``withConnection(isolation:_:)`` and ``withTransaction(isolation:_:)`` retry transient faults.
    public var retryPolicy: DatabaseRetryPolicy
    /// How long one attempt may wait for a connection and work on it (see ``DatabaseDeadlines``).
    public var deadlines: DatabaseDeadlines
    /// Where the leases of ``withConnection(isolation:_:)`` and ``withTransaction(isolation:_:)`` are measured
    /// (`serve`'s `/metrics`); nil measures nothing.
    public var poolMetrics: DatabasePoolMetrics?

    /// Wraps a client whose `run()` the caller drives.
    public init(
        client: PostgresClient, logger: Logger, retryPolicy: DatabaseRetryPolicy = .brief,
        deadlines: DatabaseDeadlines = .standard, poolMetrics: DatabasePoolMetrics? = nil
    ) {
        self.init(
            pools: ConnectionPools(client: client, logger: logger), logger: logger, retryPolicy: retryPolicy,
            deadlines: deadlines, poolMetrics: poolMetrics
        )
    }

    init(
        pools: ConnectionPools, logger: Logger, retryPolicy: DatabaseRetryPolicy = .brief,
        deadlines: DatabaseDeadlines = .standard, poolMetrics: DatabasePoolMetrics? = nil
    ) {
        self.pools = pools
        self.logger = logger
        self.retryPolicy = retryPolicy
        self.deadlines = deadlines
        self.poolMetrics = poolMetrics
    }

    /// The same pool, retrying transient faults until `deadline` (a bounded run's end).
    public func retrying(until deadline: ContinuousClock.Instant) -> Database {
        var copy = self
        copy.retryPolicy = .until(deadline)
        return copy
    }

    /// Runs a pool for `url` while `body` runs, then shuts it down (also when `body` throws).
    ///
    /// It first opens one plain connection (see ``checkConnection(url:logger:timeout:)``): a pool whose server is
    /// unreachable or refuses the login keeps retrying and its queries wait forever, whereas this fails at once
    /// with a ``DatabaseConnectionError``.
    /// - Parameters:
    ///   - maximumConnections: the pool's upper bound; nil keeps PostgresNIO's default (20).
    ///   - statementTimeout: PostgreSQL's `statement_timeout` for every connection of the pool; nil for none.
    public static func with<Result: Sendable>(
        url: DatabaseURL,
        logger: Logger,
        maximumConnections: Int? = nil,
        statementTimeout: Duration? = nil,
        _ body: (Database) async throws -> Result
    ) async throws -> Result {
        let configuration = url.clientConfiguration(maximumConnections: maximumConnections, statementTimeout: statementTimeout)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let (started, signalStarted) = AsyncStream<Void>.makeStream()
        // The pool runs in its own task rather than a child: a task group waits for every child, and a pool that
        // does not wind down (see ``ConnectionPools``) must not keep the process from ending.
        let running = Task {
            signalStarted.finish()
            await client.run()
        }
        let pools = ConnectionPools(running: client, task: running, logger: logger) {
            PostgresClient(configuration: configuration, backgroundLogger: logger)
        }
        do {
            // Leasing before run() has begun works, but PostgresNIO then logs a warning. Waiting for the task to
            // start and doing the connection check meanwhile (the idle pool opens no connection of its own) leaves
            // run() ample time to begin.
            for await _ in started {}
            try await checkConnection(url: url, logger: logger)
            let result = try await body(Database(pools: pools, logger: logger, deadlines: .forStatementTimeout(statementTimeout)))
            await pools.shutDown()
            return result
        } catch {
            await pools.shutDown()
            throw error
        }
    }

    /// Opens and closes one connection; throws ``DatabaseConnectionError`` with the server's or the network's
    /// reason (refused, unknown database, authentication failed, timeout).
    public static func checkConnection(url: DatabaseURL, logger: Logger, timeout: Duration = .seconds(10)) async throws {
        do {
            var configuration = try url.connectionConfiguration()
            configuration.options.connectTimeout = .milliseconds(max(1, timeout.milliseconds))
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch {
            throw DatabaseConnectionError(url: url.description, reason: describe(error))
        }
    }

    /// Leases a connection for `body`. The connection must not escape the closure.
    ///
    /// Each attempt is bounded by ``deadlines``: the wait for the connection and the work on it.
    ///
    /// A transient fault (see ``DatabaseFault/isTransient(_:)``) runs `body` again on a fresh connection after a
    /// pause, as ``retryPolicy`` allows; `body` must therefore be safe to repeat (one statement, or idempotent ones).
    @discardableResult
    public func withConnection<Result>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> sending Result
    ) async throws -> sending Result {
        var attempt = 1
        while true {
            do {
                return try await measuredLease(isolation: isolation, body)
            } catch {
                try await pauseBeforeRetry(after: error, attempt: attempt)
                attempt += 1
            }
        }
    }

    /// One lease of the pool for `body`, measured in ``poolMetrics`` when there are any.
    private func measuredLease<Result>(
        isolation: isolated (any Actor)?,
        _ body: (PostgresConnection) async throws -> sending Result
    ) async throws -> sending Result {
        guard let poolMetrics else { return try await withDeadlines(isolation: isolation, body) }
        let requestedAt = poolMetrics.requested()
        var leased = false
        do {
            return try await withDeadlines(isolation: isolation) { connection in
                leased = true
                let acquiredAt = poolMetrics.acquired(requestedAt: requestedAt)
                defer { poolMetrics.released(acquiredAt: acquiredAt) }
                return try await body(connection)
            }
        } catch {
            if !leased { poolMetrics.failed() }
            throw error
        }
    }

    /// Rethrows `error` unless it is transient and the policy allows another attempt; otherwise waits the backoff.
    private func pauseBeforeRetry(after error: any Error, attempt: Int) async throws {
        guard DatabaseFault.isTransient(error), let wait = retryPolicy.delay(afterAttempt: attempt) else {
            throw Database.surfaced(error)
        }
        logger.warning(
            "database fault; trying again",
            metadata: [LogKey.attempt: "\(attempt)", LogKey.retryInMilliseconds: "\(wait.milliseconds)", LogKey.error: "\(Database.describe(error))"]
        )
        try await Task.sleep(for: wait)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    ///
    /// An error thrown by `body` is rethrown as it is once the rollback succeeded (so typed errors stay
    /// catchable); a failed BEGIN, COMMIT or ROLLBACK surfaces as PostgresNIO's `PostgresTransactionError`.
    ///
    /// A transient fault rolls back and runs the whole transaction again, as ``retryPolicy`` allows.
    @discardableResult
    public func withTransaction<Result>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> sending Result
    ) async throws -> sending Result {
        var attempt = 1
        while true {
            do {
                return try await measuredLease(isolation: isolation) { connection in
                    try await connection.withTransaction(logger: logger, isolation: isolation, body)
                }
            } catch {
                try await pauseBeforeRetry(after: error, attempt: attempt)
                attempt += 1
            }
        }
    }

    /// The error a caller of ``withTransaction(isolation:_:)`` sees: the closure's own error when the rollback
    /// went through (so typed errors stay catchable), the transaction error otherwise.
    static func surfaced(_ error: any Error) -> any Error {
        guard let transactionError = error as? PostgresTransactionError else { return error }
        if let closureError = transactionError.closureError, transactionError.rollbackError == nil { return closureError }
        return transactionError
    }

    /// A one-line, human-readable account of a database error: the server's message, SQLSTATE and detail when
    /// PostgreSQL answered, the client-side code otherwise. (PostgresNIO's own `description` hides them.)
    public static func describe(_ error: any Error) -> String {
        if let transactionError = error as? PostgresTransactionError {
            let inner = transactionError.closureError ?? transactionError.commitError
                ?? transactionError.beginError ?? transactionError.rollbackError
            return inner.map { describe($0) } ?? "transaction failed"
        }
        guard let error = error as? PSQLError else { return String(describing: error) }
        guard let info = error.serverInfo, let message = info[.message] else {
            let underlying = error.underlying.map { ": \(String(describing: $0))" } ?? ""
            return "database connection error (\(error.code))\(underlying)"
        }
        var text = message
        if let sqlState = info[.sqlState] { text += " [SQLSTATE \(sqlState)]" }
        if let detail = info[.detail] { text += " — \(detail)" }
        return text
    }
}
