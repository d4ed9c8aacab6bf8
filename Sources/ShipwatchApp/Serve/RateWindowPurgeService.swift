import Foundation
import Logging
import ServiceLifecycle
import ShipwatchCore

/// Removes rate-limit windows older than ten minutes, once a minute, until graceful shutdown. Several replicas
/// purging at once is harmless (the delete is idempotent).
struct RateWindowPurgeService: Service {
    let rateLimits: any RateLimitCounter
    let logger: Logger

    func run() async {
        // Graceful shutdown cancels the loop; that ends the service normally, not as a failure.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: .seconds(60))
                } catch {
                    return
                }
                do {
                    let removed = try await rateLimits.purge(before: Date().addingTimeInterval(-600))
                    logger.debug("rate-limit windows purged", metadata: ["removed": "\(removed)"])
                } catch {
                    logger.warning("rate-limit windows could not be purged", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
