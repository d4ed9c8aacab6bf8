import Foundation

/// One webhook endpoint as the runs page shows it: where it points (never its secret, user info or query
/// string), what it receives, whether it is enabled, and its deliveries of the last 24 hours.
public struct OpsWebhookEndpointHealth: Sendable, Hashable {
    /// The last delivery attempt to an endpoint.
    public struct Attempt: Sendable, Hashable {
        public var at: Date
        /// The receiver's HTTP status; nil when no answer came (timeout, refused connection).
        public var statusCode: Int?
        public var error: String?

        public init(at: Date, statusCode: Int?, error: String?) {
            self.at = at
            self.statusCode = statusCode
            self.error = error
        }
    }

    public var id: Int64
    public var store: String
    /// Scheme, host, port and path of the URL (``WebhookDisplayAddress``); the URL itself is not kept.
    public private(set) var address: String
    /// The event types sent; nil for every type.
    public var eventTypes: [String]?
    public var enabled: Bool
    /// Why and since when a disabled endpoint is disabled.
    public private(set) var disabledReason: String?
    public var disabledAt: Date?
    /// Deliveries that ended `failed` since the last delivered one.
    public var consecutiveFailures: Int
    /// Deliveries active in the last 24 hours (created or last attempted then), by their status now.
    public var delivered24h: Int
    /// Pending ones: not yet attempted, or waiting for a retry.
    public var pending24h: Int
    public var failed24h: Int
    public private(set) var lastAttempt: Attempt?

    /// Keeps only the displayable part of `url`; error texts that quote it are scrubbed the same way.
    public init(
        id: Int64, store: String, url: String, eventTypes: [String]?, enabled: Bool, disabledReason: String?, disabledAt: Date?,
        consecutiveFailures: Int, delivered24h: Int, pending24h: Int, failed24h: Int, lastAttempt: Attempt?
    ) {
        self.id = id
        self.store = store
        address = WebhookDisplayAddress.of(url)
        self.eventTypes = eventTypes
        self.enabled = enabled
        self.disabledReason = disabledReason.map { WebhookDisplayAddress.scrub($0, url: url) }
        self.disabledAt = disabledAt
        self.consecutiveFailures = consecutiveFailures
        self.delivered24h = delivered24h
        self.pending24h = pending24h
        self.failed24h = failed24h
        self.lastAttempt = lastAttempt.map { attempt in
            Attempt(at: attempt.at, statusCode: attempt.statusCode, error: attempt.error.map { WebhookDisplayAddress.scrub($0, url: url) })
        }
    }
}
