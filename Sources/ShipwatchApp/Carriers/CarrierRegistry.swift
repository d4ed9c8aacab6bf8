import AsyncHTTPClient
import CarrierCatalog
import CarrierHTTP
import CarrierSupport
import Foundation
import Logging
import ShipwatchCore

/// Builds the carrier clients from the carriers' descriptors (`CarrierCatalog`) and the configuration.
public enum CarrierRegistry {
    /// The adapter for `carrier`, configured from its settings.
    public static func api(for carrier: Carrier, settings: CarrierSettings) -> any CarrierAPI {
        CarrierCatalog.descriptor(for: carrier).makeTrackingAPI(options: settings.apiOptions)
    }

    /// The production base URL of `carrier`'s API.
    public static func productionBaseURL(for carrier: Carrier) -> String {
        CarrierCatalog.descriptor(for: carrier).productionBaseURL
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
        if let spread = settings.spreadQuota { limits.spreadsQuota = spread }
        return limits
    }

    /// One client per enabled carrier, sharing `httpClient`.
    /// - Parameter allowance: the shared authority over carrier calls (PostgreSQL for poll runs, so that every
    ///   process and host shares quotas, rate and bans); one in-memory allowance for this process when nil.
    public static func makeClients(
        config: AppConfig,
        httpClient: HTTPClient,
        logger: Logger,
        concurrentBatches: Int = 2,
        allowance: (any CarrierAllowance)? = nil,
        time: TimeSource = .system
    ) throws -> [Carrier: CarrierClient] {
        let allowance = allowance ?? InMemoryCarrierAllowance()
        var clients: [Carrier: CarrierClient] = [:]
        let transport = AsyncHTTPClientTransport(client: httpClient, logger: logger)
        for descriptor in CarrierCatalog.descriptors {
            let carrier = descriptor.carrier
            let settings = config.carriers[carrier]
            guard settings.enabled ?? true else { continue }
            let text = settings.baseURL ?? descriptor.productionBaseURL
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
                api: descriptor.makeTrackingAPI(options: settings.apiOptions),
                credentials: CarrierCredentials(clientID: settings.clientID, clientSecret: settings.clientSecret, apiKey: settings.apiKey),
                baseURL: baseURL,
                transport: transport,
                limits: limits(for: carrier, settings: settings),
                allowance: allowance,
                options: options,
                time: time,
                logger: logger
            )
        }
        return clients
    }
}
