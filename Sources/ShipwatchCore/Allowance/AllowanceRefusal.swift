import Foundation

/// Why the allowance granted no call.
public enum AllowanceRefusal: Sendable, Hashable, CustomStringConvertible {
    /// The carrier asked every caller to stay away (a long `Retry-After`, or a circuit opened by repeated failures).
    case banned(until: Date, reason: String)
    /// A quota window has no call left; the window frees calls again around `retryAt`.
    case exhausted(window: QuotaWindowKind, retryAt: Date)
    /// Calls remain, but spreading them over their window gives the next one only at `nextAt`.
    case paced(nextAt: Date)

    /// When asking again may succeed.
    public var retryAt: Date {
        switch self {
        case .banned(let until, _): until
        case .exhausted(_, let retryAt): retryAt
        case .paced(let nextAt): nextAt
        }
    }

    public var description: String {
        switch self {
        case .banned(let until, let reason): "banned until \(until.ISO8601Format()) (\(reason))"
        case .exhausted(let window, let retryAt): "\(window.rawValue) quota spent until about \(retryAt.ISO8601Format())"
        case .paced(let nextAt): "quota spread over its window: next call at \(nextAt.ISO8601Format())"
        }
    }
}

/// The quota windows the allowance keeps.
public enum QuotaWindowKind: String, Sendable, Hashable, CaseIterable {
    /// Any 60 minutes (rolling).
    case hour
    /// The UTC calendar day.
    case day
}
