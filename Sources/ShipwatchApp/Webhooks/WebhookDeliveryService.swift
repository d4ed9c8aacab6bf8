import AsyncHTTPClient
import Foundation
import Logging
import ServiceLifecycle
import ShipwatchCore
import ShipwatchStore

/// `shipwatch serve`'s delivery worker: runs bounded delivery passes one after the other, pausing
/// `worker_interval_seconds` when nothing was due, until graceful shutdown. Several replicas may run it: the
/// leases in PostgreSQL keep their attempts apart.
struct WebhookDeliveryService: Service {
    let database: Database
    let settings: WebhookSettings
    let logger: Logger

    /// Longest single pass; the next one starts right after when work remains.
    static let passSeconds: Double = 30

    func run() async throws {
        try await WebhookHTTPClient.with(settings: settings) { client in
            let pass = WebhookDeliveryPass(database: database, client: client, settings: settings, logger: logger)
            // Graceful shutdown cancels the loop; an attempt in flight is cut short and its lease lapses.
            await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    var attempted = 0
                    do {
                        let deadline = ContinuousClock.now + .milliseconds(Int64(Self.passSeconds * 1_000))
                        attempted = try await pass.run(limit: settings.batchSize * 50, deadline: deadline).attempted
                    } catch {
                        logger.warning("webhook delivery pass failed", metadata: [LogKey.error: "\(error)"])
                    }
                    if attempted == 0 {
                        do {
                            try await Task.sleep(for: .milliseconds(Int64(settings.workerIntervalSeconds * 1_000)))
                        } catch {
                            return
                        }
                    }
                }
            }
        }
    }
}
