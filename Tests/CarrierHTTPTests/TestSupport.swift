import AsyncHTTPClient
import CarrierHTTP
import Logging
import ShipwatchCore

/// A logger that stays silent in test output.
let quietLogger: Logger = {
    var logger = Logger(label: "carrier-http-tests")
    logger.logLevel = .critical
    return logger
}()

/// A retry policy without jitter, so the recorded sleeps are exact.
func exactRetryPolicy(maxAttempts: Int = 4, maxRetryAfter: Duration = .seconds(60)) -> RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(500), maxDelay: .seconds(10), maxTotalDelay: .seconds(120),
                maxRetryAfter: maxRetryAfter, jitterFraction: 0)
}

/// A client for the fake carrier over the process-wide `HTTPClient`, with a manual clock.
func makeClient(
    _ server: FakeCarrierServer,
    clock: ManualClock,
    api: FakeCarrierAPI = FakeCarrierAPI(),
    limits: CarrierLimits = .unlimited,
    retry: RetryPolicy = exactRetryPolicy(),
    requestTimeout: Duration = .seconds(5),
    maxBodyBytes: Int = TransportDefaults.maxBodyBytes,
    maxConcurrentBatches: Int = 2,
    allowance: (any CarrierAllowance)? = nil
) -> CarrierClient {
    CarrierClient(
        api: api,
        credentials: CarrierCredentials(clientID: "client-id", clientSecret: "s3cret", apiKey: "api-key"),
        baseURL: server.baseURL,
        transport: AsyncHTTPClientTransport(client: .shared, logger: quietLogger),
        limits: limits,
        allowance: allowance,
        options: CarrierClientOptions(
            requestTimeout: requestTimeout,
            maxBodyBytes: maxBodyBytes,
            maxConcurrentBatches: maxConcurrentBatches,
            retry: retry
        ),
        time: clock.timeSource,
        logger: quietLogger
    )
}

extension Result where Success == TrackingOutcome {
    /// True when the carrier knows the number.
    var isFound: Bool {
        if case .success(.found) = self { true } else { false }
    }
}
