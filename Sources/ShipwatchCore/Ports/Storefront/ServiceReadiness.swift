/// Whether the service can answer (port): the database is reachable and its schema current.
public protocol ServiceReadiness: Sendable {
    /// Nil when ready, else the reason for `/readyz`.
    func notReadyReason() async -> String?
}
