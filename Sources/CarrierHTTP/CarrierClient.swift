import Foundation
import Logging
import ShipwatchCore

/// Asks one carrier account about tracking numbers: batching, OAuth token, pacing, quota, retries, logging.
///
/// One client per carrier credential, shared by the whole process (its token cache, rate limiter and quota
/// budget are shared state). `track` never throws: every number comes back with its outcome or the error of
/// its batch, so one bad batch never hides the others.
public struct CarrierClient: Sendable {
    /// The carrier adapter.
    public let api: any CarrierAPI
    /// Where the carrier's API lives (may carry a path prefix).
    public let baseURL: CarrierBaseURL
    /// The token cache, for carriers that use OAuth2; nil for API-key carriers.
    public let tokenCache: OAuthTokenCache?
    /// Paces requests and holds every caller during a carrier's `Retry-After`.
    public let rateLimiter: RateLimiter
    /// This client's share of the carrier's allowance (quotas, shared rate and bans).
    public let budget: CallBudget
    /// Timeouts, body limit, concurrency and retry policy.
    public let options: CarrierClientOptions

    let credentials: CarrierCredentials
    let transport: any HTTPTransport
    let time: TimeSource
    let logger: Logger
    let makeRequestID: @Sendable () -> String

    /// - Parameters:
    ///   - api: the carrier adapter.
    ///   - credentials: the account's secrets (never logged).
    ///   - baseURL: the carrier's base URL (production, sandbox, or the local simulator).
    ///   - transport: usually an `AsyncHTTPClientTransport` over the process's one `HTTPClient`.
    ///   - limits: rate and quotas; defaults to `CarrierLimits.defaults(for: api.carrier)`.
    ///   - rateLimiter: pass one to share it between clients of the same carrier; made from `limits` otherwise.
    ///   - allowance: the shared authority over this carrier's calls; a fresh in-memory one (this process only)
    ///     when nil. Poll runs pass the PostgreSQL one so that every process and host shares it.
    ///   - options: timeouts, body limit, concurrency, retry policy.
    ///   - time: clocks and sleep; tests pass a manual one.
    ///   - logger: the base logger; the client adds `carrier` metadata.
    ///   - makeRequestID: a unique id per tracking request (UPS `transId`).
    public init(
        api: any CarrierAPI,
        credentials: CarrierCredentials,
        baseURL: CarrierBaseURL,
        transport: any HTTPTransport,
        limits: CarrierLimits? = nil,
        rateLimiter: RateLimiter? = nil,
        allowance: (any CarrierAllowance)? = nil,
        options: CarrierClientOptions = CarrierClientOptions(),
        time: TimeSource = .system,
        logger: Logger = Logger(label: "shipwatch.carrier-http"),
        makeRequestID: @escaping @Sendable () -> String = { UUID().uuidString }
    ) {
        let limits = limits ?? CarrierLimits.defaults(for: api.carrier)
        var logger = logger
        logger[metadataKey: LogKey.carrier] = "\(api.carrier.rawValue)"
        self.api = api
        self.credentials = credentials
        self.baseURL = baseURL
        self.transport = transport
        let rateLimiter = rateLimiter ?? limits.makeRateLimiter(time: time)
        self.rateLimiter = rateLimiter
        self.budget = CallBudget(
            carrier: api.carrier, limits: limits.callLimits, allowance: allowance ?? InMemoryCarrierAllowance(),
            rateLimiter: rateLimiter, time: time
        )
        self.options = options
        self.time = time
        self.logger = logger
        self.makeRequestID = makeRequestID
        if api.tokenRequest(credentials: credentials) != nil {
            let fetcher = TokenFetcher(
                api: api, credentials: credentials, baseURL: baseURL, transport: transport,
                timeout: options.tokenTimeout, logger: logger
            )
            self.tokenCache = OAuthTokenCache(now: time.now) { () async throws(CarrierError) -> AccessToken in
                try await fetcher.fetch()
            }
        } else {
            self.tokenCache = nil
        }
    }

    /// Tracks the numbers (duplicates are asked once) in batches of the carrier's `maxNumbersPerRequest`.
    public func track(_ numbers: [String]) async -> CarrierBatchResult {
        let started = time.now()
        var seen = Set<String>()
        let unique = numbers.filter { seen.insert($0).inserted }
        let size = max(1, api.maxNumbersPerRequest)
        let batches = stride(from: 0, to: unique.count, by: size).map { Array(unique[$0..<min($0 + size, unique.count)]) }

        var result = CarrierBatchResult(carrier: api.carrier)
        await withTaskGroup(of: BatchReport.self) { group in
            var pending = batches.makeIterator()
            for _ in 0..<options.maxConcurrentBatches {
                guard let batch = pending.next() else { break }
                group.addTask { await self.runBatch(batch) }
            }
            for await report in group {
                result.merge(report)
                if let batch = pending.next() {
                    group.addTask { await self.runBatch(batch) }
                }
            }
        }
        result.duration = time.now() - started
        logger.info(
            "carrier poll finished",
            metadata: [
                LogKey.numbers: "\(unique.count)",
                LogKey.batches: "\(result.batches)",
                LogKey.failedBatches: "\(result.failedBatches)",
                LogKey.httpCalls: "\(result.httpCalls)",
                LogKey.retries: "\(result.retries)",
                LogKey.durationMilliseconds: "\(Int(saturating: result.duration.seconds * 1_000))",
            ]
        )
        return result
    }
}
