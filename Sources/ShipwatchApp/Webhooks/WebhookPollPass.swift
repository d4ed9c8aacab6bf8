import Foundation
import Logging
import ShipwatchStore

/// The delivery pass that ends every `shipwatch poll` run: after the evaluation sweep, bounded by
/// `webhooks.poll_pass_seconds` and by what is left of the run's own bound.
struct WebhookPollPass: Sendable {
    let settings: WebhookSettings
    let database: Database
    let logger: Logger

    /// The summary line, or nil when there was no time left or nothing was due.
    func run(runDeadline: ContinuousClock.Instant) async throws -> String? {
        let own = ContinuousClock.now + .milliseconds(Int64(settings.pollPassSeconds * 1_000))
        // An attempt started just before the deadline may take its whole timeout: start none that could overrun.
        let deadline = min(own, runDeadline - .milliseconds(Int64(settings.timeoutSeconds * 1_000)))
        guard ContinuousClock.now < deadline else { return nil }
        let summary = try await WebhookHTTPClient.with(settings: settings) { client in
            try await WebhookDeliveryPass(database: database, client: client, settings: settings, logger: logger)
                .run(limit: Int.max, deadline: deadline)
        }
        return summary.attempted == 0 ? nil : summary.line
    }
}
