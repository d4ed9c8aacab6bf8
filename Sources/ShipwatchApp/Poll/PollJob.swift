import CarrierCatalog
import CarrierHTTP
import Foundation
import Logging
import ShipwatchCore
import ShipwatchStore

/// One bounded `shipwatch poll` pass: claims due shipments per carrier (carriers concurrently), fetches,
/// ingests, reschedules, records the run in the ledger, and hands the changed shipments to the rule engine.
public struct PollJob: Sendable {
    public var config: AppConfig
    public var database: Database
    public var clients: [Carrier: CarrierClient]
    public var options: PollOptions
    public var logger: Logger
    /// Redraw a progress bar (a terminal) rather than log progress lines.
    public var interactive: Bool
    /// No progress output at all (tests, benchmarks).
    public var quiet: Bool
    public var now: @Sendable () -> Date
    /// Called with the shipments whose timeline changed; returns a note for the summary (e.g. findings opened).
    public var onChanged: (@Sendable ([Int64]) async throws -> String?)?
    /// Called last with the run's deadline: the evaluation sweep of shipments whose rules are due by time
    /// (`EvaluationSweep`); returns a note for the summary.
    public var sweep: (@Sendable (ContinuousClock.Instant) async throws -> String?)?

    public init(
        config: AppConfig,
        database: Database,
        clients: [Carrier: CarrierClient],
        options: PollOptions,
        logger: Logger,
        interactive: Bool = false,
        quiet: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() },
        onChanged: (@Sendable ([Int64]) async throws -> String?)? = nil,
        sweep: (@Sendable (ContinuousClock.Instant) async throws -> String?)? = nil
    ) {
        self.config = config
        self.database = database
        self.clients = clients
        self.options = options
        self.logger = logger
        self.interactive = interactive
        self.quiet = quiet
        self.now = now
        self.onChanged = onChanged
        self.sweep = sweep
    }

    /// How long past its time bound a run keeps retrying database faults to store the work already fetched and
    /// to record itself (a SIGTERM gets a similar grace).
    static let databaseGrace: Duration = .seconds(20)
    /// How long a failed run keeps trying to hand back its leases and record itself (after which the leases
    /// expire and the next run marks it abandoned).
    static let cleanupGrace: Duration = .seconds(10)

    public func run(stop: PollStopSignal = PollStopSignal()) async throws -> PollRunSummary {
        let started = ContinuousClock.now
        let deadline = started + .milliseconds(Int64(saturating: options.maxDurationSeconds * 1_000))
        let carriers = CarrierCatalog.roster.carriers.filter { carrier in
            clients[carrier] != nil && (options.carrier == nil || options.carrier == carrier)
        }
        // Transient database faults (connection lost, server restarting, serialization failures) are retried with
        // backoff until shortly after the run's bound; only then does the run give up.
        let database = self.database.retrying(until: deadline + PollJob.databaseGrace)
        let polls = PollRepository(database: database)
        let runs = PollRunRepository(database: database)
        var logger = logger
        logger[metadataKey: LogKey.runOwner] = "\(options.owner)"
        let limitsJSON = try Formatting.compactJSON(PollLimitsDocument(options: options, settings: config.poll))
        let startedAt = now()
        let runID = try await runs.start(
            owner: options.owner, host: ProcessInfo.processInfo.hostName,
            pid: Int(ProcessInfo.processInfo.processIdentifier), limitsJSON: limitsJSON,
            expiresAt: startedAt.addingTimeInterval(options.maxDurationSeconds + config.poll.leaseSeconds), now: startedAt
        )
        logger[metadataKey: LogKey.runID] = "\(runID)"
        var summary = PollRunSummary()
        summary.runID = runID
        let abandoned = try await runs.markAbandoned(now: startedAt)
        if !abandoned.isEmpty {
            logger.warning(
                "earlier runs ended without recording themselves; marked abandoned",
                metadata: [LogKey.runsAbandoned: "\(abandoned.map(String.init).joined(separator: ","))"]
            )
        }

        do {
            let due = try await polls.dueCounts(now: now())
            let totals = Dictionary(uniqueKeysWithValues: carriers.map { ($0, min(due[$0] ?? 0, options.limit)) })
            let progress = PollProgress(totals: totals, interactive: interactive, quiet: quiet, logger: logger)
            let overrides = try await CarrierCodeOverrideRepository(database: database).list()
            let budget = ClaimBudget(limit: options.limit)
            let unmapped = UnmappedCodeLog(logger: logger)
            let loops = carriers.compactMap { carrier -> CarrierPollLoop? in
                guard let client = clients[carrier] else { return nil }
                let settings = config.carriers[carrier]
                return CarrierPollLoop(
                    carrier: carrier, client: client,
                    requestsPerSecond: CarrierRegistry.limits(for: carrier, settings: settings).requestsPerSecond,
                    polls: polls, ingest: EventIngest(database: database),
                    decisions: PollDecisions(schedule: config.poll.schedule), settings: config.poll, owner: options.owner,
                    runID: runID, budget: budget, dueAtStart: due[carrier] ?? 0, stop: stop, deadline: deadline,
                    overrides: Dictionary(
                        overrides.filter { $0.carrier == carrier }.map { ($0.code.uppercased(), $0.milestone) },
                        uniquingKeysWith: { first, _ in first }
                    ),
                    unmapped: unmapped, progress: progress, now: now, logger: logger,
                    maxRetryAfterSeconds: settings.maxRetryAfterSeconds ?? CarrierSettings.defaultMaxRetryAfterSeconds
                )
            }
            // Each carrier's loop keeps its own failure: one carrier's trouble never cancels the others' work.
            let reports = await withTaskGroup(of: CarrierPollReport.self) { group in
                for loop in loops { group.addTask { await loop.run() } }
                var reports: [CarrierPollReport] = []
                for await report in group { reports.append(report) }
                return reports
            }
            await progress.finish()
            if let first = reports.first(where: { $0.stoppedBy != nil }), reports.allSatisfy({ $0.stoppedBy != nil }),
               let error = first.stoppedBy {
                throw error
            }
            for report in reports.sorted(by: { $0.carrier.rawValue < $1.carrier.rawValue }) {
                summary.shipmentsClaimed += report.claimed
                summary.eventsInserted += report.eventsInserted
                summary.changedShipmentIDs += report.changedShipmentIDs
                summary.callsUsed[report.carrier.rawValue] = report.httpCalls
                for (outcome, count) in report.outcomes { summary.count(outcome, carrier: report.carrier, by: count) }
                if let note = report.note { summary.carrierNotes[report.carrier.rawValue] = TextNormalization.storable(note) }
                if report.carrierCouldNotWork {
                    // Fair claiming: what the carrier left unclaimed stays due, counted as deferred.
                    let unclaimed = max(0, min(due[report.carrier] ?? 0, options.limit) - report.claimed)
                    if unclaimed > 0 { summary.count("deferred", carrier: report.carrier, by: unclaimed) }
                }
                if report.claimed > 0 || report.circuitOpened { summary.activeCarriers.append(report.carrier) }
                if report.failedEverything { summary.failingCarriers.append(report.carrier) }
            }
            try await polls.releaseLeases(owner: options.owner)
            if let onChanged, !summary.changedShipmentIDs.isEmpty {
                summary.findingsNote = try await onChanged(summary.changedShipmentIDs)
            }
            if let sweep, !stop.isRequested { summary.sweepNote = try await sweep(deadline) }
            summary.status = stop.isRequested ? "interrupted" : summary.everyCarrierFailed ? "failed" : summary.failingCarriers.isEmpty ? "succeeded" : "partial"
        } catch {
            summary.status = "failed"
            summary.duration = ContinuousClock.now - started
            // Retried for a short while of its own: when the database is back, the leases are handed back and the
            // run recorded; otherwise the leases expire and the next run marks this one abandoned.
            let cleanup = self.database.retrying(until: ContinuousClock.now + PollJob.cleanupGrace)
            _ = try? await PollRepository(database: cleanup).releaseLeases(owner: options.owner)
            _ = try? await finish(PollRunRepository(database: cleanup), summary: summary, error: ShipwatchErrors.describe(error))
            if DatabaseFault.isTransient(error) {
                throw ShipwatchFailure.databaseUnavailable(
                    "the database was unreachable during the run and did not come back in time (\(Database.describe(error))); "
                        + "work already stored is kept, the run's leases expire after \(Int(saturating: config.poll.leaseSeconds)) s"
                )
            }
            throw error
        }
        summary.duration = ContinuousClock.now - started
        try await finish(runs, summary: summary, error: summary.everyCarrierFailed ? "every carrier with work failed" : nil)
        logger.notice("poll run finished", metadata: [LogKey.status: "\(summary.status)", LogKey.claimed: "\(summary.shipmentsClaimed)"])
        return summary
    }

    /// For a run whose work is stuck and was given up: hands back its leases and records it as failed, within
    /// ``cleanupGrace``, on fresh connections. False when the database did not answer in time (the leases then expire).
    func giveUp(reason: String) async -> Bool {
        let cleanup = database.retrying(until: ContinuousClock.now + PollJob.cleanupGrace)
        do {
            try await PollRepository(database: cleanup).releaseLeases(owner: options.owner)
            try await PollRunRepository(database: cleanup).fail(owner: options.owner, error: reason, now: now())
            return true
        } catch {
            logger.error("a given-up run could not hand back its leases", metadata: [LogKey.error: "\(ShipwatchErrors.describe(error))"])
            return false
        }
    }

    private func finish(_ runs: PollRunRepository, summary: PollRunSummary, error: String?) async throws {
        guard let runID = summary.runID else { return }
        try await runs.finish(
            runID: runID,
            status: summary.status,
            countsJSON: try Formatting.compactJSON(PollCountsDocument(byOutcome: summary.byOutcome, byCarrier: summary.byCarrier, notes: summary.carrierNotes)),
            callsUsedJSON: try Formatting.compactJSON(summary.callsUsed),
            error: error,
            now: now()
        )
    }
}

/// The `limits` column of a run.
struct PollLimitsDocument: Encodable {
    var limit: Int
    var maxDurationSeconds: Double
    var carrier: String?
    var leaseSeconds: Double

    init(options: PollOptions, settings: PollSettings) {
        limit = options.limit
        maxDurationSeconds = options.maxDurationSeconds
        carrier = options.carrier?.rawValue
        leaseSeconds = settings.leaseSeconds
    }

    enum CodingKeys: String, CodingKey {
        case limit, carrier
        case maxDurationSeconds = "max_duration_seconds"
        case leaseSeconds = "lease_seconds"
    }
}

/// The `counts` column of a run.
struct PollCountsDocument: Encodable {
    var byOutcome: [String: Int]
    var byCarrier: [String: [String: Int]]
    var notes: [String: String]

    enum CodingKeys: String, CodingKey {
        case byOutcome = "by_outcome"
        case byCarrier = "by_carrier"
        case notes
    }
}
