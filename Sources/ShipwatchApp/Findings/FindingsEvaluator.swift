import CarrierCatalog
import Foundation
import Logging
import ShipwatchCore
import ShipwatchStore

/// Runs the rule engine over stored shipments and reconciles its findings (and remedy proposals) in the database.
///
/// Shipments go in chunks: one query loads a chunk's shipments, one all their scans; the rules run on every core;
/// one transaction reconciles the chunk (`FindingRepository.reconcile`). Each shipment is judged by its store's
/// policy, or `StorePolicy.default` for a store the configuration does not declare.
public struct FindingsEvaluator: Sendable {
    /// Shipments per chunk (and per keyset page of `evaluateActive`).
    public static let defaultChunkSize = 5_000

    public let context: ShipwatchContext
    public let database: Database
    /// Shipments per chunk.
    public var chunkSize: Int
    private let policies: StorePolicies

    /// An evaluator with the context's store policies.
    public init(context: ShipwatchContext, database: Database) {
        self.init(context: context, database: database, chunkSize: FindingsEvaluator.defaultChunkSize)
    }

    /// An evaluator with another chunk size (at least 1).
    public init(context: ShipwatchContext, database: Database, chunkSize: Int) {
        self.context = context
        self.database = database
        self.chunkSize = max(1, chunkSize)
        policies = StorePolicies(config: context.config)
    }

    /// Evaluates exactly these shipments (what a poll run changed), whatever their state; unknown ids are skipped.
    public func evaluate(shipmentIDs: [Int64], now: Date) async throws -> EvaluationSummary {
        let started = ContinuousClock.now
        let ids = Array(Set(shipmentIDs)).sorted()
        let loader = EvaluationInputLoader(database: database)
        var summary = EvaluationSummary()
        var start = ids.startIndex
        while start < ids.endIndex {
            let end = min(start + chunkSize, ids.endIndex)
            let inputs = try await loader.load(shipmentIDs: Array(ids[start..<end]))
            var part = try await evaluateAndReconcile(inputs, now: now)
            part.shipmentsScanned = end - start
            summary = summary + part
            start = end
        }
        summary.duration = ContinuousClock.now - started
        log(summary, scope: "shipments")
        return summary
    }

    /// Evaluates the active shipments (`shipwatch evaluate`): every shipment that is not retired and not delivered
    /// or cancelled, plus every shipment with an open finding (so it can resolve); with `since`, only those
    /// updated at or after it. `EvaluationCandidates` leaves out in SQL the shipments no rule can fire for.
    ///
    /// Keyset pages of `chunkSize` ids are pipelined: while one page is evaluated and reconciled, the next is
    /// selected and loaded.
    public func evaluateActive(since: Date?, now: Date) async throws -> EvaluationSummary {
        let started = ContinuousClock.now
        let storedStores = try await StoreRepository(database: database).list().map(\.key)
        let candidates = EvaluationCandidates(database: database, cutoffs: policies.cutoffs(storedStores: storedStores))
        let loader = EvaluationInputLoader(database: database)
        let pageSize = chunkSize
        @Sendable func fetch(after: Int64) async throws -> LoadedPage? {
            guard let page = try await candidates.page(after: after, limit: pageSize, since: since, now: now) else { return nil }
            return LoadedPage(page: page, inputs: try await loader.load(shipmentIDs: page.shipmentIDs))
        }
        var summary = try await withThrowingTaskGroup(of: LoadedPage?.self, returning: EvaluationSummary.self) { group in
            var summary = EvaluationSummary()
            group.addTask { try await fetch(after: 0) }
            // At most one fetch runs ahead: the next page is requested as soon as the current one arrived.
            while let result = try await group.next(), let loaded = result {
                group.addTask { try await fetch(after: loaded.page.lastID) }
                var part = try await evaluateAndReconcile(loaded.inputs, now: now)
                part.shipmentsScanned = loaded.page.scanned
                summary = summary + part
            }
            return summary
        }
        summary.duration = ContinuousClock.now - started
        log(summary, scope: since == nil ? "active" : "updated since \(Formatting.iso8601(since ?? now))")
        return summary
    }

    /// Runs the rules over loaded shipments and reconciles the result, with each shipment's next evaluation.
    func evaluateAndReconcile(_ inputs: [EvaluationInput], now: Date) async throws -> EvaluationSummary {
        var summary = EvaluationSummary()
        guard !inputs.isEmpty else { return summary }
        let results = await FindingsEvaluator.results(for: inputs, policies: policies, now: now)
        summary.shipmentsEvaluated = inputs.count
        summary.findingsFiring = results.records.count
        summary.changes = try await FindingRepository(database: database)
            .reconcile(evaluated: inputs.map(\.shipment.id), findings: results.records, schedule: results.schedule)
        return summary
    }

    /// What the rules say about a set of shipments: the firing findings and when each shipment is next due.
    struct Results: Sendable {
        var records: [FindingRecord] = []
        var schedule: [ScheduledEvaluation] = []
    }

    /// The findings and next evaluations of every input, computed in parallel slices.
    static func results(for inputs: [EvaluationInput], policies: StorePolicies, now: Date) async -> Results {
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, inputs.count / 256))
        guard slices > 1 else { return results(for: inputs[...], policies: policies, now: now) }
        let sliceSize = (inputs.count + slices - 1) / slices
        return await withTaskGroup(of: (Int, Results).self) { group in
            for slice in 0..<slices {
                let part = inputs[min(slice * sliceSize, inputs.count)..<min((slice + 1) * sliceSize, inputs.count)]
                group.addTask { (slice, results(for: part, policies: policies, now: now)) }
            }
            var parts = [Results](repeating: Results(), count: slices)
            for await (slice, part) in group { parts[slice] = part }
            return Results(records: parts.flatMap(\.records), schedule: parts.flatMap(\.schedule))
        }
    }

    private static func results(for inputs: ArraySlice<EvaluationInput>, policies: StorePolicies, now: Date) -> Results {
        var results = Results()
        results.schedule.reserveCapacity(inputs.count)
        for input in inputs {
            let policy = policies.policy(for: input.shipment.store)
            let timeline = Timeline(events: input.events)
            let facts = input.facts(carrierName: CarrierCatalog.roster.displayName(of: input.shipment.carrier))
            for finding in RuleEngine.evaluate(timeline: timeline, facts: facts, policy: policy, now: now) {
                var record = FindingRecord(shipmentID: input.shipment.id, finding: finding)
                record.remedyRepeatDays = policy.remedyRepeatDays(for: finding.rule)
                results.records.append(record)
            }
            results.schedule.append(ScheduledEvaluation(
                shipmentID: input.shipment.id, loaded: input.loadedNextEvaluationAt,
                next: NextEvaluation.instant(timeline: timeline, facts: facts, policy: policy, now: now)))
        }
        return results
    }

    private func log(_ summary: EvaluationSummary, scope: String) {
        context.logger.info(
            "evaluation finished",
            metadata: [
                "evaluation.scope": "\(scope)",
                "evaluation.scanned": "\(summary.shipmentsScanned)",
                "evaluation.evaluated": "\(summary.shipmentsEvaluated)",
                "evaluation.firing": "\(summary.findingsFiring)",
                "findings.opened": "\(summary.changes.opened)",
                "findings.escalated": "\(summary.changes.escalated)",
                "findings.updated": "\(summary.changes.updated)",
                "findings.resolved": "\(summary.changes.resolved)",
                "remedies.proposed": "\(summary.changes.proposed)",
                "remedies.withdrawn": "\(summary.changes.withdrawn)",
                "duration_ms": "\(Int(summary.seconds * 1_000))",
            ]
        )
    }
}

/// A candidate page with its loaded shipments.
struct LoadedPage: Sendable {
    var page: CandidatePage
    var inputs: [EvaluationInput]
}
