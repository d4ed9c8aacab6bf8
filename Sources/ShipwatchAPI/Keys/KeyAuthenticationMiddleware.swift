import Foundation
import Hummingbird
import ShipwatchCore

/// Checks `Authorization: Bearer KEY` on every request it guards (the key is read afresh each time, so a
/// revocation counts from the next request), counts the request against the key's per-minute window (shared by
/// every replica through the ``RateLimitCounter``, leased in blocks by a ``RateLeaseBook``), and records the caller.
///
/// Missing, malformed, unknown, revoked or wrong keys all answer the same 401. A key of another scope answers 403.
public struct KeyAuthenticationMiddleware: RouterMiddleware {
    public typealias Context = APIRequestContext

    let keys: any APIKeyDirectory
    let leases: RateLeaseBook
    let requiredScope: APIKeyScope
    let requestsPerMinute: Int
    let now: @Sendable () -> Date

    public init(
        keys: any APIKeyDirectory, rateLimits: any RateLimitCounter, requiredScope: APIKeyScope, requestsPerMinute: Int,
        now: @escaping @Sendable () -> Date
    ) {
        self.keys = keys
        self.leases = RateLeaseBook(counter: rateLimits)
        self.requiredScope = requiredScope
        self.requestsPerMinute = requestsPerMinute
        self.now = now
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { throw Problem.unauthorized() }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
              let presented = APIKeyText(parsing: parts[1].trimmingCharacters(in: .whitespaces))
        else { throw Problem.unauthorized() }
        guard let key = try await keys.activeKey(keyID: presented.keyID), presented.matches(storedHash: key.secretHash)
        else { throw Problem.unauthorized() }
        guard key.scope == requiredScope else {
            throw Problem.forbidden("this key's scope is '\(key.scope.rawValue)'; this resource needs '\(requiredScope.rawValue)'")
        }
        let instant = now()
        let window = RateWindow(bucket: "key:" + key.keyID, containing: instant, seconds: 60)
        guard try await leases.admit(window, limit: requestsPerMinute) else {
            let elapsed = instant.timeIntervalSince(window.start)
            throw Problem.rateLimited(retryAfterSeconds: max(1, window.seconds - Int(elapsed.rounded(.down).clamped(0, 60))))
        }
        var context = context
        context.caller = APICaller(keyRowID: key.id, keyID: key.keyID, store: key.store, scope: key.scope)
        return try await next(request, context)
    }
}

extension Double {
    /// The value bounded to `low...high`; NaN becomes `low`.
    func clamped(_ low: Double, _ high: Double) -> Double {
        guard self.isFinite else { return self > 0 ? high : low }
        return Swift.min(Swift.max(self, low), high)
    }
}
