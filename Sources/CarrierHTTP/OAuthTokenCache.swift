import ShipwatchCore

/// Caches one OAuth2 client-credentials access token (one cache per credential) and refreshes it single-flight.
///
/// A token is reused until a safety margin before it expires: the smaller of `maxSafetyMargin` and
/// `safetyFraction` of its lifetime, counted from when its request started. When it must be fetched,
/// concurrent callers share the one in-flight request, so 100 simultaneous callers cause one token request.
/// A failed fetch is not cached: the next caller tries again.
public actor OAuthTokenCache {
    /// Fetches a fresh token from the carrier's token endpoint.
    public typealias Fetch = @Sendable () async throws(CarrierError) -> AccessToken

    /// The outcome of asking for a token.
    public struct Lease: Sendable, Equatable {
        /// The bearer token, or why none could be had.
        public let result: Result<String, CarrierError>
        /// True for exactly one of the callers that shared a token request: the one that started it.
        public let didFetch: Bool
    }

    private struct Cached {
        let value: String
        let refreshAt: ContinuousClock.Instant
    }

    private struct InFlight {
        let id: Int
        let startedAt: ContinuousClock.Instant
        let task: Task<Result<AccessToken, CarrierError>, Never>
    }

    private let fetch: Fetch
    private let now: @Sendable () -> ContinuousClock.Instant
    private let maxSafetyMargin: Duration
    private let safetyFraction: Double
    private var cached: Cached?
    private var inFlight: InFlight?
    private var lastFlightID = 0

    /// Token requests started so far.
    public private(set) var fetchCount = 0

    /// - Parameters:
    ///   - now: the monotonic clock; tests pass a manual one.
    ///   - maxSafetyMargin: refresh at the latest this long before expiry (default 60 s).
    ///   - safetyFraction: …or this fraction of the lifetime before expiry, when that is shorter (default 10 %).
    ///   - fetch: performs the token request.
    public init(
        now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now },
        maxSafetyMargin: Duration = .seconds(60),
        safetyFraction: Double = 0.1,
        fetch: @escaping Fetch
    ) {
        self.fetch = fetch
        self.now = now
        self.maxSafetyMargin = maxSafetyMargin
        self.safetyFraction = min(max(safetyFraction, 0), 1)
    }

    /// A valid token: the cached one, the one being fetched, or a newly fetched one.
    public func lease() async -> Lease {
        if let cached, now() < cached.refreshAt {
            return Lease(result: .success(cached.value), didFetch: false)
        }
        if let inFlight {
            return await join(inFlight, started: false)
        }
        fetchCount += 1
        lastFlightID += 1
        let fetch = self.fetch
        let task = Task<Result<AccessToken, CarrierError>, Never> {
            do throws(CarrierError) {
                return .success(try await fetch())
            } catch {
                return .failure(error)
            }
        }
        let flight = InFlight(id: lastFlightID, startedAt: now(), task: task)
        inFlight = flight
        return await join(flight, started: true)
    }

    /// A valid token, or the error that prevented getting one.
    public func token() async throws(CarrierError) -> String {
        try await lease().result.get()
    }

    /// Forgets the cached token unconditionally (the next caller fetches a new one).
    public func invalidate() {
        cached = nil
    }

    /// Forgets the cached token if it is the one the carrier rejected (HTTP 401).
    ///
    /// Many requests rejected with the same stale token thus cause one refresh, not one each.
    public func invalidate(rejected token: String) {
        if cached?.value == token { cached = nil }
    }

    private func join(_ flight: InFlight, started: Bool) async -> Lease {
        let result = await flight.task.value
        // The first waiter to resume installs the token; the others find the flight already gone.
        if inFlight?.id == flight.id {
            inFlight = nil
            if case .success(let token) = result {
                cached = Cached(value: token.value, refreshAt: refreshInstant(for: token, startedAt: flight.startedAt))
            }
        }
        return Lease(result: result.map(\.value), didFetch: started)
    }

    private func refreshInstant(for token: AccessToken, startedAt: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let lifetime = max(0, token.expiresIn)
        let margin = min(maxSafetyMargin.seconds, lifetime * safetyFraction)
        return startedAt + Duration.clampedSeconds(lifetime - margin)
    }
}
