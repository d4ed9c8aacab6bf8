import AsyncHTTPClient
import CarrierDHL
import CarrierFedEx
import CarrierHTTP
import CarrierUPS
import CarrierUSPS
import Foundation
import Logging
import ShipwatchCore

/// The one place that knows every carrier adapter: adding a fifth carrier is one folder under carriers/
/// and one case here.
public enum CarrierRegistry {
    /// The adapter for `carrier`, configured from its settings.
    public static func api(for carrier: Carrier, settings: CarrierSettings) -> any CarrierAPI {
        switch carrier {
        case .usps: USPSTrackingAPI(mode: settings.trackingMode == "single_v3" ? .singleV3 : .batchV3R2)
        case .ups: UPSTrackingAPI()
        case .fedex: FedExTrackingAPI()
        case .dhl: DHLTrackingAPI()
        }
    }

    /// The production base URL of `carrier`'s API.
    public static func productionBaseURL(for carrier: Carrier) -> String {
        switch carrier {
        case .usps: USPSTrackingAPI.productionBaseURL
        case .ups: UPSTrackingAPI.productionBaseURL
        case .fedex: FedExTrackingAPI.productionBaseURL
        case .dhl: DHLTrackingAPI.productionBaseURL.absoluteString
        }
    }

    /// The configured rate limit and quotas, over the carrier's documented defaults.
    public static func limits(for carrier: Carrier, settings: CarrierSettings) -> CarrierLimits {
        var limits = CarrierLimits.defaults(for: carrier)
        if let rps = settings.requestsPerSecond {
            limits.requestsPerSecond = rps
            limits.burst = max(1, Int(saturating: rps.rounded(.up)))
        }
        if settings.quotaPerHour != nil || settings.quotaPerDay != nil {
            limits.quotas = []
            if let perHour = settings.quotaPerHour { limits.quotas.append(.perHour(perHour)) }
            if let perDay = settings.quotaPerDay { limits.quotas.append(.perDay(perDay)) }
        }
        return limits
    }

    /// One client per enabled carrier, sharing `httpClient`.
    public static func makeClients(
        config: AppConfig,
        httpClient: HTTPClient,
        logger: Logger,
        concurrentBatches: Int = 2
    ) throws -> [Carrier: CarrierClient] {
        var clients: [Carrier: CarrierClient] = [:]
        let transport = AsyncHTTPClientTransport(client: httpClient, logger: logger)
        for carrier in Carrier.allCases {
            let settings = config.carriers[carrier]
            guard settings.enabled ?? true else { continue }
            let text = settings.baseURL ?? productionBaseURL(for: carrier)
            guard let baseURL = CarrierBaseURL(text) else {
                throw ConfigError.invalidValues(
                    path: "carriers.\(carrier.rawValue)",
                    problems: [ConfigProblem(path: "carriers.\(carrier.rawValue).base_url", message: "'\(text)' is not a usable URL")]
                )
            }
            var options = CarrierClientOptions()
            if let timeout = settings.timeoutSeconds { options.requestTimeout = .milliseconds(Int64(saturating: timeout * 1_000)) }
            options.retryAfterCap = .milliseconds(
                Int64(saturating: (settings.maxRetryAfterSeconds ?? CarrierSettings.defaultMaxRetryAfterSeconds) * 1_000))
            if let maxBody = settings.maxBodyBytes { options.maxBodyBytes = maxBody }
            if let attempts = settings.maxAttempts { options.retry.maxAttempts = attempts }
            options.maxConcurrentBatches = max(1, concurrentBatches)
            clients[carrier] = CarrierClient(
                api: api(for: carrier, settings: settings),
                credentials: CarrierCredentials(clientID: settings.clientID, clientSecret: settings.clientSecret, apiKey: settings.apiKey),
                baseURL: baseURL,
                transport: transport,
                limits: limits(for: carrier, settings: settings),
                options: options,
                logger: logger
            )
        }
        return clients
    }
}
