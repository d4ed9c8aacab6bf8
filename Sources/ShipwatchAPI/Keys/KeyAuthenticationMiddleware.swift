import Foundation
import Hummingbird
import ShipwatchCore

/// Checks `Authorization: Bearer KEY` on every request it guards (the key is read afresh each time, so a
/// revocation counts from the next request) through a ``KeyCheck``, and records the caller.
public struct KeyAuthenticationMiddleware: RouterMiddleware {
    public typealias Context = APIRequestContext

    let keys: any APIKeyDirectory
    let check: KeyCheck

    public init(
        keys: any APIKeyDirectory, rateLimits: any RateLimitCounter, requiredScope: APIKeyScope, requestsPerMinute: Int,
        now: @escaping @Sendable () -> Date
    ) {
        self.init(
            keys: keys,
            check: KeyCheck(rateLimits: rateLimits, requiredScope: requiredScope, requestsPerMinute: requestsPerMinute, now: now))
    }

    init(keys: any APIKeyDirectory, check: KeyCheck) {
        self.keys = keys
        self.check = check
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let presented = try KeyCheck.presentedKey(request)
        var context = context
        context.caller = try await check.admit(presented, record: try await keys.activeKey(keyID: presented.keyID))
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
