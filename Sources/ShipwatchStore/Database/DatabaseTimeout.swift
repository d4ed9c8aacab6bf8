/// A database operation that did not finish within its deadline: the pool gave no connection in time, or the
/// work on a leased connection outlived its bound (the connection is then closed, which ends what it was doing).
///
/// Transient (see ``DatabaseFault/isTransient(_:)``): a fresh attempt gets a fresh lease request, and a run
/// gives up only at its own bound.
public struct DatabaseTimeout: Error, Sendable, CustomStringConvertible {
    /// What took too long.
    public enum Phase: String, Sendable {
        /// Waiting for the pool to lend a connection.
        case connectionLease = "waiting for a connection"
        /// The statements run on a leased connection.
        case operation = "running the statements"
    }

    public let phase: Phase
    public let limit: Duration

    public init(phase: Phase, limit: Duration) {
        self.phase = phase
        self.limit = limit
    }

    public var description: String {
        "database timeout: \(phase.rawValue) took longer than \(limit.milliseconds) ms"
    }
}
