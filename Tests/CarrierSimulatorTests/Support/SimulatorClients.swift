import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierHTTP
import CarrierSupport
import CarrierUPS
import CarrierUSPS
import ShipwatchCore

/// The real `CarrierClient`s of the product, pointed at a live simulator.
extension LiveSimulator {
    /// The credentials every test client uses (the simulator accepts any).
    static let credentials = CarrierCredentials(clientID: "shipwatch-tests", clientSecret: "not-a-secret", apiKey: "dhl-test-key")

    /// A client for `carrier` with no pacing and no quota, over this simulator's HTTP client.
    func client(
        for carrier: Carrier,
        uspsMode: USPSTrackingMode = .batchV3R2,
        options: CarrierClientOptions = .quickTests,
        time: TimeSource = .system
    ) -> CarrierClient {
        CarrierClient(
            api: Self.api(for: carrier, uspsMode: uspsMode),
            credentials: Self.credentials,
            baseURL: baseURL,
            transport: AsyncHTTPClientTransport(client: httpClient),
            limits: .unlimited,
            options: options,
            time: time
        )
    }

    /// The production adapter of `carrier`.
    static func api(for carrier: Carrier, uspsMode: USPSTrackingMode = .batchV3R2) -> any CarrierAPI {
        switch carrier {
        case .usps: USPSTrackingAPI(mode: uspsMode)
        case .ups: UPSTrackingAPI()
        case .fedex: FedExTrackingAPI()
        case .dhl: DHLTrackingAPI()
        default: CarrierCatalog.descriptor(for: carrier).makeTrackingAPI(options: CarrierAPIOptions())
        }
    }
}

extension CarrierClientOptions {
    /// Short deadlines and millisecond backoffs without jitter, so failing paths finish fast.
    static var quickTests: CarrierClientOptions {
        CarrierClientOptions(
            requestTimeout: .seconds(5),
            tokenTimeout: .seconds(5),
            retry: .quickTests(maxAttempts: 3)
        )
    }
}

extension RetryPolicy {
    /// Millisecond backoffs, no jitter, and a `Retry-After` ceiling of 5 s.
    static func quickTests(maxAttempts: Int) -> RetryPolicy {
        RetryPolicy(
            maxAttempts: maxAttempts,
            baseDelay: .milliseconds(5),
            maxDelay: .milliseconds(20),
            maxTotalDelay: .seconds(30),
            maxRetryAfter: .seconds(5),
            jitterFraction: 0,
            random: { 0 }
        )
    }
}
