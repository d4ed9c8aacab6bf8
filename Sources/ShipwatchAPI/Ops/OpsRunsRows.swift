import Foundation
import ShipwatchCore

/// The runs page's table rows as template values: carriers with their configured limits, webhook endpoints.
enum OpsRunsRows {
    /// One row per carrier: activity, calls used against the configured quota (`used / limit`, what is left, or
    /// `no limit`), the rate limit and the circuit.
    static func carriers(_ carriers: [OpsCarrierHealth], limits: [Carrier: CallLimits], roster: CarrierRoster) -> [[String: Any]] {
        carriers.map { carrier in
            let limit = limits[carrier.carrier] ?? .unlimited
            return [
                "carrier": roster.displayName(of: carrier.carrier), "attempts": carrier.attempts24h, "errors": carrier.errors24h,
                "hour": usage(carrier.callsThisHour, of: limit.perHour), "hourLeft": left(carrier.callsThisHour, of: limit.perHour),
                "day": usage(carrier.callsToday, of: limit.perDay), "dayLeft": left(carrier.callsToday, of: limit.perDay),
                "rate": limit.requestsPerSecond.map { String(format: "%g per second", $0) } ?? "no limit",
                "open": carrier.bannedUntil != nil,
                "bannedUntil": carrier.bannedUntil.map(OpsText.utc) ?? "", "banReason": carrier.banReason ?? "",
            ]
        }
    }

    /// `12 / 60`, or `12 / no limit`.
    static func usage(_ used: Int, of limit: Int?) -> String {
        "\(used) / " + (limit.map(String.init) ?? "no limit")
    }

    /// `48 left` (never below 0), or `no limit`.
    static func left(_ used: Int, of limit: Int?) -> String {
        limit.map { "\(max(0, $0 - used)) left" } ?? "no limit"
    }

    /// One row per endpoint: its displayable address (the port type keeps nothing else of the URL), filter, state
    /// and deliveries of the last 24 hours.
    static func endpoints(_ endpoints: [OpsWebhookEndpointHealth]) -> [[String: Any]] {
        endpoints.map { endpoint in
            let attempt = endpoint.lastAttempt
            return [
                "id": endpoint.id, "store": endpoint.store, "address": endpoint.address,
                "events": endpoint.eventTypes.map { $0.joined(separator: ", ") } ?? "every event",
                "enabled": endpoint.enabled, "disabledReason": endpoint.disabledReason ?? "no reason recorded",
                "disabledAt": endpoint.disabledAt.map(OpsText.utc) ?? "an unknown time",
                "failures": endpoint.consecutiveFailures, "delivered": endpoint.delivered24h, "pending": endpoint.pending24h,
                "failed": endpoint.failed24h, "hasFailed": endpoint.failed24h > 0,
                "hasAttempt": attempt != nil, "attemptAt": attempt.map { OpsText.utc($0.at) } ?? "",
                "attemptStatus": attempt?.statusCode.map { "HTTP \($0)" } ?? "no answer", "attemptError": attempt?.error ?? "",
                "hasAttemptError": !(attempt?.error ?? "").isEmpty,
            ]
        }
    }
}
