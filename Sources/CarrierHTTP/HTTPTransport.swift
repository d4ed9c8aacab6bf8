import ShipwatchCore

/// Executes carrier requests described as data; the one place where carrier HTTP I/O happens.
///
/// Implementations enforce the timeout on the whole exchange (connection, head and body) and refuse a body
/// larger than `maxBodyBytes` without buffering it. Every failure is a `CarrierError`:
/// a timeout is `.transient("deadline exceeded …")`, a refused connection `.transient(…)`,
/// an oversized body `.malformedPayload("body exceeds N bytes")`. HTTP error statuses are not failures here:
/// they come back as responses for the caller to classify.
public protocol HTTPTransport: Sendable {
    /// Sends `request` to `baseURL` and reads the whole answer.
    /// - Parameters:
    ///   - request: the carrier request; its path hangs off the base URL's path prefix.
    ///   - baseURL: the carrier's base URL.
    ///   - timeout: the most time the whole exchange may take (deadline = now + timeout).
    ///   - maxBodyBytes: the largest response body accepted.
    func execute(
        _ request: WireRequest,
        baseURL: CarrierBaseURL,
        timeout: Duration,
        maxBodyBytes: Int
    ) async throws(CarrierError) -> WireResponse
}

/// Transport limits shared by the carrier clients.
public enum TransportDefaults {
    /// 10 MiB: far above any tracking answer, far below what would hurt the process.
    public static let maxBodyBytes = 10 * 1024 * 1024
    /// 64 KiB for token endpoint answers.
    public static let maxTokenBodyBytes = 64 * 1024
}
