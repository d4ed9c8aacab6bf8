import Foundation

/// A fault the simulator injects into one carrier's answers, from config, flags or the admin API.
public struct Fault: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// HTTP 429 with `Retry-After: retry_after_seconds`.
        case rateLimited = "rate_limited"
        /// HTTP 500.
        case serverError = "server_error"
        /// HTTP 503 (outage).
        case unavailable
        /// The answer comes after `delay_ms` milliseconds (longer than the client's deadline).
        case slow
        /// A 200 answer whose body is not JSON.
        case malformedJSON = "malformed_json"
        /// A 200 answer cut off halfway.
        case truncatedBody = "truncated_body"
        /// Every token is rejected with 401 (bad credentials).
        case invalidToken = "invalid_token"
        /// Tokens are issued already expired: the next tracking call with them gets 401.
        case expiredToken = "expired_token"
        /// HTTP 429 with the carrier's quota-exceeded wording and a long Retry-After.
        case quotaExhausted = "quota_exhausted"
        /// A 200 answer whose first parcel's scans carry a NUL character (`\u0000`) in their description.
        case nulInText = "nul_in_text"
        /// A 200 answer whose first parcel's scans print a UTC offset of +19:00, beyond what any zone has.
        case impossibleOffset = "impossible_offset"
    }

    public var kind: Kind
    /// Share of matching requests hit, 0…1 (deterministic by request count, not random).
    public var probability: Double
    /// When set, only the first N matching requests are hit.
    public var first: Int?
    public var retryAfterSeconds: Double?
    public var delayMilliseconds: Int?

    public init(kind: Kind, probability: Double = 1, first: Int? = nil, retryAfterSeconds: Double? = nil, delayMilliseconds: Int? = nil) {
        self.kind = kind
        self.probability = probability
        self.first = first
        self.retryAfterSeconds = retryAfterSeconds
        self.delayMilliseconds = delayMilliseconds
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case probability
        case first
        case retryAfterSeconds = "retry_after_seconds"
        case delayMilliseconds = "delay_ms"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        probability = try container.decodeIfPresent(Double.self, forKey: .probability) ?? 1
        first = try container.decodeIfPresent(Int.self, forKey: .first)
        retryAfterSeconds = try container.decodeIfPresent(Double.self, forKey: .retryAfterSeconds)
        delayMilliseconds = try container.decodeIfPresent(Int.self, forKey: .delayMilliseconds)
    }

    /// Parses the flag form `kind[:probability]`, e.g. `rate_limited:0.5`, `unavailable`, `slow:1`.
    public init?(flag: String) {
        let parts = flag.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let kind = Kind(rawValue: first) else { return nil }
        var probability = 1.0
        if parts.count == 2 {
            guard let value = Double(parts[1]), (0...1).contains(value) else { return nil }
            probability = value
        }
        self.init(kind: kind, probability: probability)
    }

    /// True when the `index`-th matching request (0-based) is hit.
    func applies(toRequestIndex index: Int) -> Bool {
        if let first, index >= first { return false }
        guard probability < 1 else { return true }
        guard probability > 0 else { return false }
        // Spread hits evenly: request i is hit when floor((i+1)·p) > floor(i·p).
        return Int(Double(index + 1) * probability) > Int(Double(index) * probability)
    }
}
