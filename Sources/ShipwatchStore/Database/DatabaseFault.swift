import PostgresNIO

/// Sorts database errors into the ones worth retrying (the connection or the server went away for a while, or
/// PostgreSQL asks to run the transaction again) and the rest (the statement itself is wrong for the data).
public enum DatabaseFault {
    /// SQLSTATEs after which the same work may succeed when done again: admin shutdown (57P01), crash shutdown
    /// (57P02), cannot connect now (57P03), serialization failure (40001), deadlock (40P01), too many connections
    /// (53300), and class 08 (connection exceptions).
    static let transientSQLStates: Set<String> = ["57P01", "57P02", "57P03", "40001", "40P01", "53300"]

    /// True when the work may succeed if tried again after a pause.
    public static func isTransient(_ error: any Error) -> Bool {
        // An attempt that hit its deadline (see ``DatabaseDeadlines``); the next one asks the pool afresh.
        if error is DatabaseTimeout || error is DatabaseClosedConnection { return true }
        if let transactionError = error as? PostgresTransactionError {
            let inner = [transactionError.beginError, transactionError.closureError, transactionError.commitError,
                         transactionError.rollbackError].compactMap { $0 }
            return inner.contains(where: isTransient)
        }
        if let error = error as? PSQLError {
            switch error.code {
            case .serverClosedConnection, .connectionError, .uncleanShutdown, .clientClosedConnection:
                return true
            case .server:
                guard let state = error.serverInfo?[.sqlState] else { return false }
                return transientSQLStates.contains(state) || state.hasPrefix("08")
            default:
                return false
            }
        }
        // PostgresNIO hands the pool's own "no connection could be made for a while" error through unwrapped; its
        // type lives in an underscored module, so it is recognised by name.
        return String(reflecting: error).contains("connectionCreationCircuitBreakerTripped")
    }

    /// True for errors about the data or the statement (SQLSTATE classes 22 data exception and 23 integrity
    /// constraint violation, and other server errors that are not transient): doing the same again fails again.
    public static func isDataError(_ error: any Error) -> Bool {
        if let transactionError = error as? PostgresTransactionError {
            return [transactionError.closureError, transactionError.commitError].compactMap { $0 }.contains(where: isDataError)
        }
        guard let error = error as? PSQLError, error.code == .server, let state = error.serverInfo?[.sqlState] else { return false }
        return state.hasPrefix("22") || state.hasPrefix("23")
    }
}
