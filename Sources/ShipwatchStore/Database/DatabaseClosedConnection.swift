/// The pool lent a connection that had already closed (the server ended it, and the pool had not noticed yet).
///
/// PostgresNIO 1.33.2 hands a query on such a connection to a channel whose handlers are gone, and the query then
/// waits forever; so the lease is handed back and the attempt fails with this transient error instead, and the
/// retry gets another connection (see ``DatabaseFault/isTransient(_:)``).
public struct DatabaseClosedConnection: Error, Sendable, CustomStringConvertible {
    public init() {}

    public var description: String { "the pool lent a connection the server had already closed" }
}
