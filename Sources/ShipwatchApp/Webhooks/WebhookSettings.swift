import ShipwatchCore

/// The `webhooks:` section: delivery timeouts, the retry schedule, when an endpoint is disabled, which targets are
/// allowed, how the passes of `poll`, `serve` and `webhooks deliver` are bounded, and per-store payload options.
public struct WebhookSettings: Sendable, Codable {
    /// Longest one attempt may take, response included, in seconds.
    public var timeoutSeconds: Double = 10
    /// Most bytes of a receiver's answer that are read (the rest is dropped; the status decides).
    public var maxResponseBytes: Int = 65_536
    /// Delay after the first failed attempt, in seconds; it doubles after each further one.
    public var retryFirstDelaySeconds: Double = 30
    /// Longest delay between two attempts, in seconds.
    public var retryMaxDelaySeconds: Double = 64_800
    /// Attempts per delivery, the first included; then the delivery is `failed` and kept.
    public var maxAttempts: Int = 15
    /// Fraction of each retry delay drawn at random.
    public var retryJitter: Double = 0.2
    /// Failed deliveries in a row after which an endpoint is disabled.
    public var disableAfterFailures: Int = 10
    /// Allow targets in private, link-local or reserved ranges (SSRF protection off; for internal receivers).
    public var allowPrivateTargets: Bool = false
    /// Concurrent requests of one delivery pass.
    public var concurrency: Int = 32
    /// Deliveries claimed per database round trip.
    public var batchSize: Int = 256
    /// Longest delivery pass at the end of `shipwatch poll`, in seconds (within the run's own bound).
    public var pollPassSeconds: Double = 30
    /// Pause of `serve`'s delivery worker when nothing is due, in seconds.
    public var workerIntervalSeconds: Double = 5
    /// How long a rotated secret keeps signing alongside the new one, in hours.
    public var secretOverlapHours: Double = 24
    /// Store key → its payload options.
    public var stores: [String: WebhookStoreSettings] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case concurrency, stores
        case timeoutSeconds = "timeout_seconds"
        case maxResponseBytes = "max_response_bytes"
        case retryFirstDelaySeconds = "retry_first_delay_seconds"
        case retryMaxDelaySeconds = "retry_max_delay_seconds"
        case maxAttempts = "max_attempts"
        case retryJitter = "retry_jitter"
        case disableAfterFailures = "disable_after_failures"
        case allowPrivateTargets = "allow_private_targets"
        case batchSize = "batch_size"
        case pollPassSeconds = "poll_pass_seconds"
        case workerIntervalSeconds = "worker_interval_seconds"
        case secretOverlapHours = "secret_overlap_hours"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = WebhookSettings()
        func value<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            try container.decodeIfPresent(T.self, forKey: key) ?? fallback
        }
        timeoutSeconds = try value(.timeoutSeconds, defaults.timeoutSeconds)
        maxResponseBytes = try value(.maxResponseBytes, defaults.maxResponseBytes)
        retryFirstDelaySeconds = try value(.retryFirstDelaySeconds, defaults.retryFirstDelaySeconds)
        retryMaxDelaySeconds = try value(.retryMaxDelaySeconds, defaults.retryMaxDelaySeconds)
        maxAttempts = try value(.maxAttempts, defaults.maxAttempts)
        retryJitter = try value(.retryJitter, defaults.retryJitter)
        disableAfterFailures = try value(.disableAfterFailures, defaults.disableAfterFailures)
        allowPrivateTargets = try value(.allowPrivateTargets, defaults.allowPrivateTargets)
        concurrency = try value(.concurrency, defaults.concurrency)
        batchSize = try value(.batchSize, defaults.batchSize)
        pollPassSeconds = try value(.pollPassSeconds, defaults.pollPassSeconds)
        workerIntervalSeconds = try value(.workerIntervalSeconds, defaults.workerIntervalSeconds)
        secretOverlapHours = try value(.secretOverlapHours, defaults.secretOverlapHours)
        stores = try value(.stores, defaults.stores)
    }

    /// The retry schedule these settings describe.
    public var retrySchedule: WebhookRetrySchedule {
        WebhookRetrySchedule(
            firstDelaySeconds: retryFirstDelaySeconds, maxDelaySeconds: retryMaxDelaySeconds, maxAttempts: maxAttempts,
            jitter: retryJitter)
    }

    /// The target policy these settings describe.
    public var targetPolicy: WebhookTargetPolicy { WebhookTargetPolicy(allowPrivateTargets: allowPrivateTargets) }

    /// Impossible values, each named by its key path under `path`; `knownStores` are the `stores:` keys.
    public func problems(at path: String, knownStores: Set<String>) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        func check(_ ok: Bool, _ key: String, _ message: String) {
            if !ok { problems.append(ConfigProblem(path: "\(path).\(key)", message: message)) }
        }
        check(timeoutSeconds.isFinite && timeoutSeconds > 0 && timeoutSeconds <= 300, "timeout_seconds", "must be above 0 and at most 300")
        check((1...16_777_216).contains(maxResponseBytes), "max_response_bytes", "must be 1 to 16777216")
        check(retryFirstDelaySeconds.isFinite && retryFirstDelaySeconds >= 0 && retryFirstDelaySeconds <= 86_400,
              "retry_first_delay_seconds", "must be 0 to 86400")
        check(retryMaxDelaySeconds.isFinite && retryMaxDelaySeconds >= retryFirstDelaySeconds && retryMaxDelaySeconds <= 604_800,
              "retry_max_delay_seconds", "must be at least retry_first_delay_seconds and at most 604800")
        check((1...100).contains(maxAttempts), "max_attempts", "must be 1 to 100")
        check(retryJitter.isFinite && retryJitter >= 0 && retryJitter <= 1, "retry_jitter", "must be 0 to 1")
        check((1...10_000).contains(disableAfterFailures), "disable_after_failures", "must be 1 to 10000")
        check((1...1_000).contains(concurrency), "concurrency", "must be 1 to 1000")
        check((1...10_000).contains(batchSize), "batch_size", "must be 1 to 10000")
        check(pollPassSeconds.isFinite && pollPassSeconds >= 0 && pollPassSeconds <= 3_600, "poll_pass_seconds", "must be 0 to 3600")
        check(workerIntervalSeconds.isFinite && workerIntervalSeconds > 0 && workerIntervalSeconds <= 3_600,
              "worker_interval_seconds", "must be above 0 and at most 3600")
        check(secretOverlapHours.isFinite && secretOverlapHours >= 0 && secretOverlapHours <= 720, "secret_overlap_hours", "must be 0 to 720")
        for key in stores.keys.sorted() where !knownStores.contains(key) {
            problems.append(ConfigProblem(path: "\(path).stores.\(key)", message: "no such store in the stores: section"))
        }
        return problems
    }

    /// How long a claimed batch is leased: every round of the batch's attempts at its timeout, plus two more as a
    /// margin. A pass that dies leaves its deliveries due again after this.
    var leaseSeconds: Double {
        let rounds = (batchSize + concurrency - 1) / max(1, concurrency)
        return timeoutSeconds * Double(rounds + 2)
    }
}
