/// How long one database operation may take: the wait for a pooled connection, and the work done on it.
///
/// Both bound what the server's `statement_timeout` cannot: a connection the pool never hands out (after a fast
/// server restart PostgresNIO's pool can leave a request waiting with neither a connection nor an error), and a
/// connection whose server went away without closing it. A bounded run (``DatabaseRetryPolicy/deadline``)
/// shortens both to the time it has left.
public struct DatabaseDeadlines: Sendable, Hashable {
    /// The longest wait for the pool to lend a connection.
    public var connectionLease: Duration
    /// The longest a leased connection's work (one statement, or a whole transaction) may take; nil for no bound
    /// of its own (a bounded run still bounds it by its deadline).
    public var operation: Duration?

    public init(connectionLease: Duration, operation: Duration?) {
        self.connectionLease = connectionLease
        self.operation = operation
    }

    /// 15 s for a connection, far above what a healthy pool needs; the work unbounded (bulk loads of benchmarks
    /// and tests), unless a statement timeout or a run's deadline says otherwise.
    public static let standard = DatabaseDeadlines(connectionLease: .seconds(15), operation: nil)

    /// Deadlines for a pool whose statements are bounded by `statementTimeout`: the work on a connection may take
    /// two statement timeouts (a transaction of several statements) plus a little, never less than the
    /// lease wait.
    public static func forStatementTimeout(_ statementTimeout: Duration?) -> DatabaseDeadlines {
        guard let statementTimeout, statementTimeout > .zero else { return .standard }
        return DatabaseDeadlines(
            connectionLease: standard.connectionLease,
            operation: max(statementTimeout * 2 + .seconds(5), standard.connectionLease)
        )
    }

    /// `limit`, shortened to the time left before `deadline` (never below `floor`, so an operation started just
    /// after the deadline still gets a brief chance rather than none).
    public static func bounded(_ limit: Duration?, by deadline: ContinuousClock.Instant?, floor: Duration = .seconds(1),
                        now: ContinuousClock.Instant = .now) -> Duration? {
        guard let deadline else { return limit }
        let left = max(now.duration(to: deadline), floor)
        guard let limit else { return left }
        return min(limit, left)
    }
}
