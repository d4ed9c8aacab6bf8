import CarrierSupport
import Foundation
import ShipwatchCore

/// One carrier's connection settings: where its API is, the credentials, and our limits for it.
///
/// Every key is optional in the config file; environment variables (`SHIPWATCH_UPS_CLIENT_ID`, …) win.
public struct CarrierSettings: Sendable, Hashable, Codable {
    /// False to skip this carrier entirely (its shipments are deferred, not failed).
    public var enabled: Bool?
    /// The API's base URL; the production host by default.
    public var baseURL: String?
    public var clientID: String?
    public var clientSecret: String?
    /// DHL only.
    public var apiKey: String?
    /// USPS only: `batch_v3r2` (35 numbers per call, the default) or `single_v3`.
    public var trackingMode: String?
    /// DHL only: the division sent as the `service` request parameter ("express", "parcel-de", "ecommerce"…),
    /// when every number polled belongs to it; unset lets DHL search all divisions.
    public var service: String?
    /// Deadline of one HTTP request.
    public var timeoutSeconds: Double?
    /// Largest response body read; larger answers are refused.
    public var maxBodyBytes: Int?
    public var requestsPerSecond: Double?
    public var quotaPerHour: Int?
    public var quotaPerDay: Int?
    /// Spread the hourly and daily quotas evenly over their windows (default true); false spends them as fast
    /// as the work asks (a carrier whose quota covers the schedule with room to spare).
    public var spreadQuota: Bool?
    /// Attempts per request, retries included.
    public var maxAttempts: Int?
    /// The longest pause a carrier's `Retry-After` is honoured for, in seconds (default one hour): longer or
    /// absurd values (milliseconds sent as seconds, `999999999999`) are cut to it, so no header parks work for years.
    public var maxRetryAfterSeconds: Double?

    public init() {}

    /// ``maxRetryAfterSeconds`` when the config sets none: one hour.
    public static let defaultMaxRetryAfterSeconds: Double = 3_600

    enum CodingKeys: String, CodingKey {
        case enabled
        case baseURL = "base_url"
        case clientID = "client_id"
        case clientSecret = "client_secret"
        case apiKey = "api_key"
        case trackingMode = "tracking_mode"
        case service
        case timeoutSeconds = "timeout_seconds"
        case maxBodyBytes = "max_body_bytes"
        case requestsPerSecond = "requests_per_second"
        case quotaPerHour = "quota_per_hour"
        case quotaPerDay = "quota_per_day"
        case spreadQuota = "spread_quota"
        case maxAttempts = "max_attempts"
        case maxRetryAfterSeconds = "max_retry_after_seconds"
    }

    /// The carrier-specific keys an adapter is built from.
    public var apiOptions: CarrierAPIOptions {
        CarrierAPIOptions(trackingMode: trackingMode, service: service)
    }

    /// Applies `SHIPWATCH_<CARRIER>_BASE_URL`, `_CLIENT_ID`, `_CLIENT_SECRET` and `_API_KEY` from `environment`.
    public mutating func applyEnvironment(_ environment: [String: String], carrier: Carrier) {
        let prefix = "SHIPWATCH_\(carrier.rawValue.uppercased())_"
        func value(_ name: String) -> String? {
            guard let text = environment[prefix + name], !text.isEmpty else { return nil }
            return text
        }
        if let url = value("BASE_URL") { baseURL = url }
        if let id = value("CLIENT_ID") { clientID = id }
        if let secret = value("CLIENT_SECRET") { clientSecret = secret }
        if let key = value("API_KEY") { apiKey = key }
    }

    /// The longest request deadline accepted (an hour): far past any run's length, and an infinite or
    /// huge value would overflow the request's `Duration`.
    static let longestTimeoutSeconds: Double = 3_600
    /// The highest request rate accepted: far above any carrier's limit, and an infinite or huge value
    /// would overflow the rate limiter's burst.
    static let highestRequestsPerSecond: Double = 1_000_000

    /// Impossible values, each named by its key path under `path`.
    public func problems(at path: String) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        if let baseURL, URL(string: baseURL)?.scheme == nil {
            problems.append(.init(path: "\(path).base_url", message: "'\(baseURL)' is not an absolute URL"))
        }
        if let trackingMode, !["batch_v3r2", "single_v3"].contains(trackingMode) {
            problems.append(.init(path: "\(path).tracking_mode", message: "must be batch_v3r2 or single_v3"))
        }
        if let service, !CarrierSettings.isServiceName(service) {
            problems.append(.init(path: "\(path).service", message: "'\(service)' is not a DHL division name (lower-case letters, digits and '-', e.g. express, parcel-de, ecommerce)"))
        }
        if let timeoutSeconds, !(timeoutSeconds > 0 && timeoutSeconds <= CarrierSettings.longestTimeoutSeconds) {
            problems.append(.init(path: "\(path).timeout_seconds", message: "must be above 0 and at most \(Int(CarrierSettings.longestTimeoutSeconds))"))
        }
        if let maxBodyBytes, maxBodyBytes < 1_024 {
            problems.append(.init(path: "\(path).max_body_bytes", message: "must be at least 1024"))
        }
        if let requestsPerSecond, !(requestsPerSecond > 0 && requestsPerSecond <= CarrierSettings.highestRequestsPerSecond) {
            problems.append(.init(
                path: "\(path).requests_per_second", message: "must be above 0 and at most \(Int(CarrierSettings.highestRequestsPerSecond))"))
        }
        if let maxRetryAfterSeconds, !(maxRetryAfterSeconds >= 1 && maxRetryAfterSeconds <= 86_400) {
            problems.append(.init(path: "\(path).max_retry_after_seconds", message: "must be from 1 to 86400"))
        }
        for (key, value) in [("quota_per_hour", quotaPerHour), ("quota_per_day", quotaPerDay), ("max_attempts", maxAttempts)] {
            if let value, value < 1 { problems.append(.init(path: "\(path).\(key)", message: "must be at least 1")) }
        }
        return problems
    }
}

extension CarrierSettings {
    /// A division name as DHL spells them: 1–40 lower-case ASCII letters, digits and '-'.
    static func isServiceName(_ text: String) -> Bool {
        (1...40).contains(text.count) && text.allSatisfy { ($0.isASCII && $0.isLowercase) || $0.isASCII && $0.isNumber || $0 == "-" }
    }
}

/// One thing wrong with the configuration, named by its key path (`stores.acme.policy.delivery_window.max_days`).
public struct ConfigProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
