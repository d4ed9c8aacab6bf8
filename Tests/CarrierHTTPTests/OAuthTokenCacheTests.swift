import CarrierHTTP
import ShipwatchCore
import Synchronization
import Testing

@Suite("OAuth token cache")
struct OAuthTokenCacheTests {
    /// Counts fetches and hands out numbered tokens.
    final class Issuer: Sendable {
        private let count = Mutex(0)
        let lifetime: Double
        let failing: Bool

        init(lifetime: Double = 3_600, failing: Bool = false) {
            self.lifetime = lifetime
            self.failing = failing
        }

        var fetches: Int { count.withLock { $0 } }

        func fetch() async throws(CarrierError) -> AccessToken {
            let number = count.withLock { value in
                value += 1
                return value
            }
            try? await Task.sleep(for: .milliseconds(50))
            if failing { throw .unauthorized(detail: "refused") }
            return AccessToken(value: "t\(number)", expiresIn: lifetime)
        }
    }

    @Test("100 concurrent callers share one fetch")
    func singleFlight() async throws {
        let issuer = Issuer()
        let cache = OAuthTokenCache { () async throws(CarrierError) -> AccessToken in try await issuer.fetch() }
        let leases = await withTaskGroup(of: OAuthTokenCache.Lease.self) { group in
            for _ in 0..<100 { group.addTask { await cache.lease() } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(issuer.fetches == 1)
        #expect(leases.filter(\.didFetch).count == 1)
        #expect(leases.allSatisfy { $0.result == .success("t1") })
        #expect(try await cache.token() == "t1")
        #expect(await cache.fetchCount == 1)
    }

    @Test(
        "reused until the safety margin before expiry",
        arguments: [
            // lifetime, seconds elapsed, fetches expected after a second call
            (3_600.0, 3_539, 1),  // 60 s margin
            (3_600.0, 3_540, 2),
            (100.0, 89, 1),  // 10 % margin for short lifetimes
            (100.0, 90, 2),
            (0.0, 0, 2),  // a token without lifetime is never reused
        ] as [(Double, Int, Int)]
    )
    func expiry(lifetime: Double, elapsed: Int, expectedFetches: Int) async throws {
        let clock = ManualClock()
        let issuer = Issuer(lifetime: lifetime)
        let cache = OAuthTokenCache(now: { clock.now }) { () async throws(CarrierError) -> AccessToken in
            try await issuer.fetch()
        }
        _ = try await cache.token()
        clock.advance(by: .seconds(elapsed))
        _ = try await cache.token()
        #expect(issuer.fetches == expectedFetches)
    }

    @Test("invalidate(rejected:) drops only the rejected token")
    func invalidation() async throws {
        let issuer = Issuer()
        let cache = OAuthTokenCache { () async throws(CarrierError) -> AccessToken in try await issuer.fetch() }
        #expect(try await cache.token() == "t1")
        await cache.invalidate(rejected: "some-older-token")
        #expect(try await cache.token() == "t1")
        await cache.invalidate(rejected: "t1")
        #expect(try await cache.token() == "t2")
        await cache.invalidate()
        #expect(try await cache.token() == "t3")
    }

    @Test("a failed fetch is shared by its waiters but not cached")
    func failure() async {
        let issuer = Issuer(failing: true)
        let cache = OAuthTokenCache { () async throws(CarrierError) -> AccessToken in try await issuer.fetch() }
        async let first = cache.lease()
        async let second = cache.lease()
        let results = await [first.result, second.result]
        #expect(results.allSatisfy { $0 == .failure(.unauthorized(detail: "refused")) })
        #expect(issuer.fetches == 1)
        _ = await cache.lease()
        #expect(issuer.fetches == 2)
    }
}
