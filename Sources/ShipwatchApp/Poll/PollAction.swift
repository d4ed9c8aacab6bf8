import CarrierCatalog
import Foundation
import ShipwatchCore
import ShipwatchStore

/// `shipwatch poll`: one bounded pass over due shipments. Exit 0 when the run did its work (per-shipment
/// failures are recorded, not fatal); 2 when the operator must look (database unreachable, every carrier failing,
/// invalid config).
public struct PollAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    public func run(limit: Int?, maxDuration: Double?, carrierName: String?, interactive: Bool) async throws -> PollRunSummary {
        var carrier: Carrier?
        if let carrierName {
            guard let parsed = CarrierCatalog.roster.carrier(named: carrierName) else {
                throw ShipwatchFailure.invalidRunBound(option: "--carrier '\(carrierName)'", reason: "expected \(CarrierCatalog.roster.namesInWords)")
            }
            carrier = parsed
        }
        let settings = context.config.poll
        let options = PollOptions(
            limit: limit ?? settings.limit,
            maxDurationSeconds: maxDuration ?? settings.maxDurationSeconds,
            carrier: carrier
        )
        guard options.limit > 0 else { throw ShipwatchFailure.invalidRunBound(option: "--limit \(options.limit)", reason: "must be above 0") }
        if let maxDuration, let problem = settings.maxDurationProblem(maxDuration) {
            throw ShipwatchFailure.invalidRunBound(option: "--max-duration \(maxDuration)", reason: problem)
        }
        let concurrency = settings.concurrencyPerCarrier
        let summary = try await context.withDatabase(maximumConnections: 4 + CarrierCatalog.roster.carriers.count * 2) { database in
            try await HTTPClientFactory.withClient(connectionsPerHost: concurrency * 2) { httpClient in
                // Quotas, the rate and bans live in PostgreSQL: every process and host draws from the same allowance.
                let clients = try CarrierRegistry.makeClients(
                    config: context.config, httpClient: httpClient, logger: context.logger, concurrentBatches: concurrency,
                    allowance: PostgresCarrierAllowance(database: database)
                )
                guard !clients.isEmpty else { throw ShipwatchFailure.everyCarrierDisabled(configSource: context.configSource) }
                let evaluator = FindingsEvaluator(context: context, database: database)
                let job = PollJob(
                    config: context.config, database: database, clients: clients, options: options, logger: context.logger,
                    interactive: interactive,
                    onChanged: { ids in try await evaluator.evaluate(shipmentIDs: ids, now: Date()).line },
                    sweep: { deadline in
                        let sweepLine = try await EvaluationSweep(evaluator: evaluator).run(now: Date(), deadline: deadline).line
                        let webhooksLine = try await WebhookPollPass(settings: context.config.webhooks, database: database, logger: context.logger)
                            .run(runDeadline: deadline)
                        let lines = [sweepLine, webhooksLine].compactMap { $0 }
                        return lines.isEmpty ? nil : lines.joined(separator: "; ")
                    }
                )
                return try await PollService.runHandlingSignals(job, logger: context.logger)
            }
        }
        if summary.everyCarrierFailed {
            throw PollFailure(summary: summary)
        }
        return summary
    }
}

/// Every carrier that had work failed: the summary is printed, the exit code is 2.
public struct PollFailure: Error, Sendable {
    public var summary: PollRunSummary
}
