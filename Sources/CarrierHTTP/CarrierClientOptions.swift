/// Knobs of a `CarrierClient` that are not the carrier's limits.
public struct CarrierClientOptions: Sendable {
    /// Deadline for one tracking request, body included.
    public var requestTimeout: Duration
    /// Deadline for one token request.
    public var tokenTimeout: Duration
    /// The largest tracking answer accepted.
    public var maxBodyBytes: Int
    /// Batches of one `track` call in flight at once (the rate limiter still paces them).
    public var maxConcurrentBatches: Int
    /// Retries of a failed batch.
    public var retry: RetryPolicy
    /// The longest `Retry-After` believed: a longer (or absurd) value from the carrier is cut to this.
    public var retryAfterCap: Duration = .seconds(3_600)

    /// Creates options; the defaults suit a poll run against production carriers.
    public init(
        requestTimeout: Duration = .seconds(20),
        tokenTimeout: Duration = .seconds(10),
        maxBodyBytes: Int = TransportDefaults.maxBodyBytes,
        maxConcurrentBatches: Int = 2,
        retry: RetryPolicy = RetryPolicy()
    ) {
        self.requestTimeout = requestTimeout
        self.tokenTimeout = tokenTimeout
        self.maxBodyBytes = max(1, maxBodyBytes)
        self.maxConcurrentBatches = max(1, maxConcurrentBatches)
        self.retry = retry
    }
}
