/// How the HTTP service behaves: limits, and what each store allows its web origins to do.
public struct APISettings: Sendable, Hashable {
    /// Largest request body accepted (413 above it).
    public var maxBodyBytes: Int
    /// Requests per key per minute on `/v1` (429 above it), counted across every replica.
    public var keyRequestsPerMinute: Int
    /// Requests per client IP per minute on the customer page (429 above it).
    public var pageRequestsPerMinutePerIP: Int
    /// Per store key: browser origins allowed to call `/v1` (CORS) with that store's keys.
    public var corsOrigins: [String: [String]]
    /// Per store key: origins allowed to embed the customer page in an `<iframe>`.
    public var frameAncestors: [String: [String]]

    public init(
        maxBodyBytes: Int = 64 * 1024,
        keyRequestsPerMinute: Int = 600,
        pageRequestsPerMinutePerIP: Int = 30,
        corsOrigins: [String: [String]] = [:],
        frameAncestors: [String: [String]] = [:]
    ) {
        self.maxBodyBytes = maxBodyBytes
        self.keyRequestsPerMinute = keyRequestsPerMinute
        self.pageRequestsPerMinutePerIP = pageRequestsPerMinutePerIP
        self.corsOrigins = corsOrigins
        self.frameAncestors = frameAncestors
    }
}
