import Foundation

/// What can go wrong when asking a carrier, typed so callers decide what to record and whether to retry.
public enum CarrierError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Credentials rejected (HTTP 401/403, or a token request refused).
    case unauthorized(detail: String)
    /// The carrier asked us to slow down (HTTP 429); `retryAfter` in seconds when it said.
    case rateLimited(retryAfter: Double?)
    /// The carrier does not know the number (yet).
    case notFound(detail: String)
    /// The carrier says the number is not a valid number.
    case invalidNumber(detail: String)
    /// A failure worth retrying later: 5xx, timeout, connection reset.
    case transient(detail: String)
    /// The answer could not be read.
    case malformedPayload(detail: String)
    /// Our own budget for this carrier (per hour or per day) is spent.
    case quotaExhausted(detail: String)

    public var description: String {
        switch self {
        case .unauthorized(let detail): "unauthorized: \(detail)"
        case .rateLimited(let retryAfter): "rate limited" + (retryAfter.map { " (retry after \($0) s)" } ?? "")
        case .notFound(let detail): "not found: \(detail)"
        case .invalidNumber(let detail): "invalid number: \(detail)"
        case .transient(let detail): "transient: \(detail)"
        case .malformedPayload(let detail): "malformed payload: \(detail)"
        case .quotaExhausted(let detail): "quota exhausted: \(detail)"
        }
    }

    /// A short machine-readable kind for ledgers and metrics.
    public var kind: String {
        switch self {
        case .unauthorized: "unauthorized"
        case .rateLimited: "rate_limited"
        case .notFound: "not_found"
        case .invalidNumber: "invalid_number"
        case .transient: "transient"
        case .malformedPayload: "malformed_payload"
        case .quotaExhausted: "quota_exhausted"
        }
    }

    /// True when the same request may succeed if repeated later.
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .transient: true
        default: false
        }
    }

    /// Classifies an HTTP status a carrier answered with when its body said nothing more specific.
    /// Returns nil for statuses that are not failures of the whole request (2xx, and 404 which carriers use per number).
    public static func classify(status: Int, retryAfter: Double?, detail: String) -> CarrierError? {
        switch status {
        case 200..<300: nil
        case 401, 403: .unauthorized(detail: "HTTP \(status): \(detail)")
        case 429: .rateLimited(retryAfter: retryAfter)
        case 408, 500..<600: .transient(detail: "HTTP \(status): \(detail)")
        default: .malformedPayload(detail: "unexpected HTTP \(status): \(detail)")
        }
    }
}
