import CarrierCatalog
import CarrierDHL
import Foundation
import ShipwatchApp
import ShipwatchCore

/// Configurations for poll tests: every carrier at the simulator, generous limits, credentials set.
enum PollTestConfig {
    /// `timeoutSeconds` is each carrier request's deadline, and it counts the wait for a connection: the four
    /// carriers share the simulator's one host and its connection limit, which a production deployment never does.
    static func config(
        baseURL: String, maxAttempts: Int = 3, circuitThreshold: Int = 5, timeoutSeconds: Double = 20
    ) -> AppConfig {
        var config = AppConfig()
        for carrier in CarrierCatalog.roster.carriers {
            var settings = CarrierSettings()
            settings.baseURL = baseURL
            settings.clientID = "test-id"
            settings.clientSecret = "test-secret"
            settings.apiKey = "test-key"
            settings.requestsPerSecond = 2_000
            settings.quotaPerDay = 10_000_000
            settings.maxAttempts = maxAttempts
            settings.timeoutSeconds = timeoutSeconds
            config.carriers[carrier] = settings
        }
        config.poll.circuitFailureThreshold = circuitThreshold
        return config
    }

    /// The same settings as a YAML file for `shipwatch` processes.
    /// `timeoutSeconds` is each carrier request's deadline: a test that counts the simulator's requests raises it, so
    /// that a loaded machine's slow answer is not retried (and counted twice) by the client.
    static func yaml(baseURL: String, leaseSeconds: Double = 600, maxDuration: Double = 120, timeoutSeconds: Double = 5) -> String {
        var lines = ["carriers:"]
        for carrier in CarrierCatalog.roster.carriers {
            lines.append("  \(carrier.rawValue):")
            lines.append("    base_url: \(baseURL)")
            lines.append("    requests_per_second: 2000")
            lines.append("    quota_per_day: 10000000")
            lines.append("    timeout_seconds: \(timeoutSeconds)")
            if carrier == .dhl { lines.append("    api_key: test-key") } else {
                lines.append("    client_id: test-id")
                lines.append("    client_secret: test-secret")
            }
        }
        lines.append("poll:")
        lines.append("  lease_seconds: \(leaseSeconds)")
        lines.append("  max_duration_seconds: \(maxDuration)")
        return lines.joined(separator: "\n") + "\n"
    }
}
