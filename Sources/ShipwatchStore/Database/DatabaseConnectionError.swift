/// The server could not be reached or refused the connection.
public struct DatabaseConnectionError: Error, Sendable, CustomStringConvertible {
    /// The URL, password masked.
    public let url: String
    /// What went wrong, as PostgreSQL or the network said it.
    public let reason: String

    public init(url: String, reason: String) {
        self.url = url
        self.reason = reason
    }

    public var description: String {
        "could not connect to \(url): \(reason)"
    }
}
