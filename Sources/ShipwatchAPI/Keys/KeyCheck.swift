import Foundation
import Hummingbird
import ShipwatchCore

/// The checks of a keyed request once its key's row is read: the secret's hash, the scope, and the key's
/// per-minute window (shared by every replica through the ``RateLimitCounter``, leased in blocks by a
/// ``RateLeaseBook``). ``KeyAuthenticationMiddleware`` reads the row alone; `GET /v1/trackings/{n}` reads it with
/// the shipment (``KeyedTrackingReader``). Both share one check, and so one lease book.
///
/// Missing, malformed, unknown, revoked or wrong keys all answer the same 401. A key of another scope answers 403.
struct KeyCheck: Sendable {
    let leases: RateLeaseBook
    let requiredScope: APIKeyScope
    let requestsPerMinute: Int
    let now: @Sendable () -> Date

    init(rateLimits: any RateLimitCounter, requiredScope: APIKeyScope, requestsPerMinute: Int, now: @escaping @Sendable () -> Date) {
        self.leases = RateLeaseBook(counter: rateLimits)
        self.requiredScope = requiredScope
        self.requestsPerMinute = requestsPerMinute
        self.now = now
    }

    /// The key of `Authorization: Bearer KEY`; 401 when the header is missing or holds nothing shaped like a key.
    static func presentedKey(_ request: Request) throws -> APIKeyText {
        guard let header = request.headers[.authorization], let token = bearerToken(header),
              let presented = APIKeyText(parsing: token)
        else { throw Problem.unauthorized() }
        return presented
    }

    /// The token of `Bearer TOKEN` (the scheme in any case, blanks around the token), byte by byte: every keyed
    /// request comes through here. Nil for another scheme or no token.
    static func bearerToken(_ header: String) -> Substring? {
        let utf8 = header.utf8
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        var index = utf8.startIndex
        for expected in "bearer".utf8 {
            // `| 0x20` lower-cases an ASCII letter and maps no other byte onto one.
            guard index != utf8.endIndex, utf8[index] | 0x20 == expected else { return nil }
            index = utf8.index(after: index)
        }
        guard index != utf8.endIndex, utf8[index] == 0x20 else { return nil }
        while index != utf8.endIndex, isBlank(utf8[index]) { index = utf8.index(after: index) }
        var end = utf8.endIndex
        while end > index, isBlank(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        guard end > index else { return nil }
        return header[index..<end]
    }

    /// The caller presenting `presented`, whose unrevoked row is `record` (nil: none). Throws 401 for no row or a
    /// wrong secret, 403 for another scope, 429 once the key's window is spent.
    func admit(_ presented: APIKeyText, record: APIKeyRecord?) async throws -> APICaller {
        guard let key = record, key.keyID == presented.keyID, presented.matches(storedHash: key.secretHash) else {
            throw Problem.unauthorized()
        }
        guard key.scope == requiredScope else {
            throw Problem.forbidden("this key's scope is '\(key.scope.rawValue)'; this resource needs '\(requiredScope.rawValue)'")
        }
        let instant = now()
        let window = RateWindow(bucket: "key:" + key.keyID, containing: instant, seconds: 60)
        guard try await leases.admit(window, limit: requestsPerMinute) else {
            let elapsed = instant.timeIntervalSince(window.start)
            throw Problem.rateLimited(retryAfterSeconds: max(1, window.seconds - Int(elapsed.rounded(.down).clamped(0, 60))))
        }
        return APICaller(keyRowID: key.id, keyID: key.keyID, store: key.store, scope: key.scope)
    }
}
