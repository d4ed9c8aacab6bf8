import AsyncHTTPClient
import Foundation
import Logging
import ShipwatchCore
import ShipwatchStore

/// One bounded delivery pass: claims due deliveries in batches (row leases in PostgreSQL, so overlapping passes
/// never make the same attempt), sends each batch concurrently, records the results, until nothing is due, the
/// limit is reached or the deadline passed. An attempt in flight at the deadline still gets its own timeout.
public struct WebhookDeliveryPass: Sendable {
    let deliveries: WebhookDeliveryRepository
    let client: HTTPClient
    /// What each run's pinned clients are made from (the shared client's configuration).
    let clientConfiguration: HTTPClient.Configuration
    let lookUp: WebhookTargetResolver.LookUp
    let settings: WebhookSettings
    /// Identifies this pass's leases.
    let owner: String
    let logger: Logger

    /// A pass over `database` sending through `client` (made by ``WebhookHTTPClient/with(settings:_:)``), and through
    /// clients of the same configuration pinned to each checked host name's address.
    public init(database: Database, client: HTTPClient, settings: WebhookSettings, logger: Logger) {
        self.init(
            database: database, client: client, settings: settings, logger: logger,
            clientConfiguration: WebhookHTTPClient.configuration(settings: settings), lookUp: WebhookTargetResolver.resolve)
    }

    /// A pass whose pinned clients are made from `clientConfiguration` and whose host names are resolved by
    /// `lookUp` (tests: a trusted test certificate, made-up names).
    init(
        database: Database, client: HTTPClient, settings: WebhookSettings, logger: Logger,
        clientConfiguration: HTTPClient.Configuration, lookUp: @escaping WebhookTargetResolver.LookUp
    ) {
        deliveries = WebhookDeliveryRepository(database: database)
        self.client = client
        self.clientConfiguration = clientConfiguration
        self.lookUp = lookUp
        self.settings = settings
        owner = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
        self.logger = logger
    }

    /// Runs until nothing is due, `limit` attempts were made, or `deadline`. Host names are resolved afresh for each
    /// run, and the run's pinned clients are shut down at its end.
    public func run(limit: Int, deadline: ContinuousClock.Instant) async throws -> WebhookPassSummary {
        let clients = WebhookPassClients(shared: client, configuration: clientConfiguration, logger: logger)
        let sender = WebhookSender(
            clients: clients, settings: settings, resolver: WebhookTargetResolver(policy: settings.targetPolicy, lookUp: lookUp))
        do {
            let summary = try await run(limit: limit, deadline: deadline, sender: sender)
            await clients.shutdown()
            return summary
        } catch {
            await clients.shutdown()
            throw error
        }
    }

    private func run(limit: Int, deadline: ContinuousClock.Instant, sender: WebhookSender) async throws -> WebhookPassSummary {
        var summary = WebhookPassSummary()
        let schedule = settings.retrySchedule
        while summary.attempted < limit, ContinuousClock.now < deadline, !Task.isCancelled {
            let batch = try await deliveries.claim(
                owner: owner, limit: min(settings.batchSize, limit - summary.attempted), leaseSeconds: settings.leaseSeconds)
            guard !batch.isEmpty else { break }
            summary.attempted += batch.count
            let results = await send(batch, through: sender, schedule: schedule)
            for result in results {
                switch result.outcome {
                case .delivered: summary.delivered += 1
                case .retry: summary.retrying += 1
                case .failed: summary.failed += 1
                }
            }
            let disabled = try await deliveries.complete(results, owner: owner, disableAfterFailures: settings.disableAfterFailures)
            for id in disabled {
                logger.warning("webhook endpoint disabled after failed deliveries", metadata: [LogKey.webhookEndpointID: "\(id)"])
            }
            summary.disabledEndpoints += disabled
        }
        if summary.attempted > 0 {
            logger.info(
                "webhook delivery pass",
                metadata: [
                    LogKey.webhookClaimed: "\(summary.attempted)", LogKey.webhookDelivered: "\(summary.delivered)",
                    LogKey.webhookRetried: "\(summary.retrying)", LogKey.webhookFailed: "\(summary.failed)",
                ])
        }
        return summary
    }

    /// Sends a batch, at most `settings.concurrency` at a time; one result per delivery.
    private func send(
        _ batch: [ClaimedWebhookDelivery], through sender: WebhookSender, schedule: WebhookRetrySchedule
    ) async -> [WebhookAttemptResult] {
        await withTaskGroup(of: WebhookAttemptResult.self) { group in
            var results: [WebhookAttemptResult] = []
            results.reserveCapacity(batch.count)
            var pending = batch[...]
            func start(_ delivery: ClaimedWebhookDelivery) {
                group.addTask {
                    let started = Date()
                    let attempt = await sender.send(delivery, now: started)
                    return Self.result(of: attempt, for: delivery, startedAt: started, schedule: schedule, now: Date())
                }
            }
            for _ in 0..<min(settings.concurrency, pending.count) {
                if let next = pending.popFirst() { start(next) }
            }
            while let result = await group.next() {
                results.append(result)
                if let next = pending.popFirst() { start(next) }
            }
            return results
        }
    }

    /// What follows an attempt: delivered, another attempt after the schedule's delay, or failed.
    static func result(
        of attempt: WebhookSender.Attempt, for delivery: ClaimedWebhookDelivery, startedAt: Date, schedule: WebhookRetrySchedule,
        now: Date
    ) -> WebhookAttemptResult {
        let outcome: WebhookAttemptResult.Outcome
        if attempt.delivered {
            outcome = .delivered
        } else if let delay = schedule.delayAfter(attempts: delivery.attempt, unitRandom: Double.random(in: 0...1)) {
            outcome = .retry(at: now.addingTimeInterval(delay))
        } else {
            outcome = .failed
        }
        return WebhookAttemptResult(
            deliveryID: delivery.id, endpointID: delivery.endpointID, attemptedAt: startedAt, outcome: outcome,
            statusCode: attempt.statusCode,
            durationMilliseconds: attempt.durationMilliseconds, error: attempt.error.map { String($0.prefix(500)) })
    }
}
