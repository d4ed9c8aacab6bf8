import Foundation
import ShipwatchCore

/// The `poll:` section: bounds of one `shipwatch poll` run and the adaptive schedule.
public struct PollSettings: Sendable, Codable {
    /// Most shipments one run claims (`--limit` wins).
    public var limit: Int = 10_000
    /// Longest a run may take, in seconds (`--max-duration` wins).
    public var maxDurationSeconds: Double = 240
    /// How long a claim holds before another run may take the shipment over (a crashed run's leases expire).
    public var leaseSeconds: Double = 600
    /// Shipments claimed per database round trip.
    public var claimBatchSize: Int = 500
    /// Concurrent HTTP requests per carrier (the rate limiter still applies).
    public var concurrencyPerCarrier: Int = 8
    /// Consecutive carrier-wide failures (auth, outage) that open the carrier's circuit for the rest of the run.
    public var circuitFailureThreshold: Int = 5
    public var schedule = PollSchedule()

    public init() {}

    enum CodingKeys: String, CodingKey {
        case limit
        case maxDurationSeconds = "max_duration_seconds"
        case leaseSeconds = "lease_seconds"
        case claimBatchSize = "claim_batch_size"
        case concurrencyPerCarrier = "concurrency_per_carrier"
        case circuitFailureThreshold = "circuit_failure_threshold"
        case schedule
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = PollSettings()
        limit = try container.decodeIfPresent(Int.self, forKey: .limit) ?? defaults.limit
        maxDurationSeconds = try container.decodeIfPresent(Double.self, forKey: .maxDurationSeconds) ?? defaults.maxDurationSeconds
        leaseSeconds = try container.decodeIfPresent(Double.self, forKey: .leaseSeconds) ?? defaults.leaseSeconds
        claimBatchSize = try container.decodeIfPresent(Int.self, forKey: .claimBatchSize) ?? defaults.claimBatchSize
        concurrencyPerCarrier = try container.decodeIfPresent(Int.self, forKey: .concurrencyPerCarrier) ?? defaults.concurrencyPerCarrier
        circuitFailureThreshold = try container.decodeIfPresent(Int.self, forKey: .circuitFailureThreshold) ?? defaults.circuitFailureThreshold
        schedule = try container.decodeIfPresent(PollSchedule.self, forKey: .schedule) ?? defaults.schedule
    }

    /// The longest run and the longest lease accepted, in seconds (one day): longer is a mistake, and an
    /// infinite or huge value would overflow the durations built from it.
    static let longestSeconds: Double = 86_400

    static let exceedsLeaseMessage = "must be below poll.lease_seconds, or a slow run's leases expire under it and its shipments are fetched twice"

    /// Why `seconds` cannot bound a run (from the config or `--max-duration`), or nil when it can: it must be
    /// finite, above 0, at most a day, and below the lease.
    public func maxDurationProblem(_ seconds: Double) -> String? {
        guard seconds.isFinite, seconds > 0, seconds <= PollSettings.longestSeconds else {
            return "must be above 0 and at most \(Int(PollSettings.longestSeconds))"
        }
        guard leaseSeconds.isFinite, seconds < leaseSeconds else { return PollSettings.exceedsLeaseMessage }
        return nil
    }

    /// Impossible values, each named by its key path under `path`.
    public func problems(at path: String) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        for (key, value) in [("limit", limit), ("claim_batch_size", claimBatchSize),
                             ("concurrency_per_carrier", concurrencyPerCarrier), ("circuit_failure_threshold", circuitFailureThreshold)]
        where value < 1 {
            problems.append(.init(path: "\(path).\(key)", message: "must be at least 1"))
        }
        if !(maxDurationSeconds > 0 && maxDurationSeconds <= PollSettings.longestSeconds) {
            problems.append(.init(path: "\(path).max_duration_seconds", message: "must be above 0 and at most \(Int(PollSettings.longestSeconds))"))
        }
        if !(leaseSeconds <= PollSettings.longestSeconds) {
            problems.append(.init(path: "\(path).lease_seconds", message: "must be at most \(Int(PollSettings.longestSeconds))"))
        } else if !(leaseSeconds > maxDurationSeconds) {
            problems.append(.init(path: "\(path).lease_seconds", message: "must exceed max_duration_seconds, or a slow run's leases expire under it"))
        }
        for (key, message) in schedule.problems(at: "\(path).schedule").sorted(by: { $0.key < $1.key }) {
            problems.append(.init(path: key, message: message))
        }
        return problems
    }
}
