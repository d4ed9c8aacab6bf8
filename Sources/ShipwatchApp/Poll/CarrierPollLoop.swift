import CarrierHTTP
import Foundation
import Logging
import ShipwatchCore
import ShipwatchStore

/// One carrier's part of a poll run: claim due shipments in batches, fetch them in the carrier's batch sizes
/// within its rate limit and quota, ingest, reschedule, repeat until the work, the budget or the time runs out.
struct CarrierPollLoop: Sendable {
    var carrier: Carrier
    var client: CarrierClient
    /// The carrier's sustained request rate, to size claims to what can be fetched before the deadline.
    var requestsPerSecond: Double?
    var polls: PollRepository
    var ingest: EventIngest
    var decisions: PollDecisions
    var settings: PollSettings
    var owner: String
    var runID: Int64
    var budget: ClaimBudget
    /// Shipments of this carrier due when the run started: the most it claims, so a carrier with nothing due
    /// never holds part of the run's limit while the others look for it.
    var dueAtStart: Int
    var stop: PollStopSignal
    var deadline: ContinuousClock.Instant
    /// Ops' overrides of this carrier's status table: code → milestone.
    var overrides: [String: Milestone]
    var unmapped: UnmappedCodeLog
    var progress: PollProgress
    var now: @Sendable () -> Date
    var logger: Logger
    /// The longest a carrier's Retry-After may defer a shipment, in seconds.
    var maxRetryAfterSeconds: Double = CarrierSettings.defaultMaxRetryAfterSeconds

    /// Runs the loop; an error that stops it (the database gone for longer than the run may wait) is kept in the
    /// report rather than thrown, so the other carriers' loops go on.
    func run() async -> CarrierPollReport {
        var report = CarrierPollReport(carrier: carrier)
        do {
            try await runLoop(&report)
        } catch {
            report.stoppedBy = error
            report.note = "stopped: \(ShipwatchErrors.describe(error))"
            logger.error("carrier loop stopped", metadata: [LogKey.carrier: "\(carrier.rawValue)", LogKey.error: "\(ShipwatchErrors.describe(error))"])
        }
        return report
    }

    private func runLoop(_ report: inout CarrierPollReport) async throws {
        let perRequest = max(1, client.api.maxNumbersPerRequest)
        // A chunk is fetched, ingested and committed together: large enough to amortize the two transactions over
        // many shipments, small enough (about ten seconds of the carrier's rate) to notice the deadline and signals.
        var chunkSize = max(perRequest * max(1, client.options.maxConcurrentBatches), 200)
        if let rps = requestsPerSecond { chunkSize = min(chunkSize, max(perRequest, Int(saturating: (rps * 10).rounded(.down) * Double(perRequest)))) }

        do {
            try await claimAndPoll(perRequest: perRequest, chunkSize: chunkSize, report: &report)
        } catch {
            await client.budget.releaseUnused()
            throw error
        }
        await client.budget.releaseUnused()
    }

    /// Claims due shipments in rounds sized to the calls the shared allowance grants, and polls them in chunks.
    private func claimAndPoll(perRequest: Int, chunkSize: Int, report: inout CarrierPollReport) async throws {
        var consecutiveCarrierFailures = 0
        claiming: while !stop.isRequested, ContinuousClock.now < deadline {
            var wanted = settings.claimBatchSize
            if let rps = requestsPerSecond {
                let secondsLeft = max(0, Double((deadline - ContinuousClock.now).components.seconds))
                wanted = min(wanted, max(perRequest, Int(saturating: (rps * secondsLeft * 0.8).rounded(.down) * Double(perRequest))))
            }
            wanted = min(wanted, budget.available, dueAtStart - report.claimed)
            guard wanted > 0 else { break }
            if perRequest > 1, report.claimed == 0, !(try await batchWorthACall(perRequest: perRequest, report: &report)) { break }
            // Calls first, shipments second: a carrier that is banned, out of quota or paced takes nothing from the
            // run's limit and claims nothing, so its due shipments stay due and the limit goes to the carriers
            // that can work.
            guard let calls = try await reserveCalls(forShipments: wanted, perRequest: perRequest, report: &report) else { break }
            let granted = budget.take(min(wanted, calls.count * perRequest))
            guard granted > 0 else { break }
            var claimed = try await polls.claim(
                carrier: carrier, owner: owner, limit: granted,
                leaseSeconds: settings.leaseSeconds, now: now(), maxPriority: calls.maxPriority
            )
            budget.giveBack(granted - claimed.count)
            if !claimed.isEmpty {
                claimed += try await topUp(claimed.count, perRequest: perRequest)
            }
            guard !claimed.isEmpty else {
                await client.budget.releaseUnused()
                if calls.maxPriority != nil, let refusal = calls.normalRefusal {
                    report.refusal = refusal
                    report.note = report.note ?? "\(refusal); due shipments stay due"
                }
                break
            }
            report.claimed += claimed.count

            var index = 0
            while index < claimed.count {
                if stop.isRequested || ContinuousClock.now >= deadline {
                    try await deferRest(claimed[index...], reason: "run stopped before this shipment was fetched", retryAt: now(), report: &report)
                    report.note = report.note ?? (stop.isRequested ? "stopped on request" : "time bound reached")
                    break claiming
                }
                let chunk = claimed[index..<min(index + chunkSize, claimed.count)]
                let outcome = try await poll(chunk, report: &report)
                index += chunk.count
                if outcome.abandoned {
                    try await deferRest(claimed[index...], reason: "run stopped before this shipment was fetched", retryAt: now(), report: &report)
                    break claiming
                }
                consecutiveCarrierFailures = outcome.carrierWideFailure ? consecutiveCarrierFailures + 1 : 0
                if consecutiveCarrierFailures >= settings.circuitFailureThreshold {
                    let reason = "circuit open after \(consecutiveCarrierFailures) failed batches: \(outcome.lastError ?? "carrier failing")"
                    try await deferRest(claimed[index...], reason: reason, retryAt: now().addingTimeInterval(settings.schedule.failureMinutes * 60), report: &report)
                    report.note = reason
                    report.circuitOpened = true
                    // Shared: other runs and hosts leave the carrier alone for the same back-off.
                    await client.budget.ban(forSeconds: settings.schedule.failureMinutes * 60, reason: reason)
                    logger.error("carrier circuit open", metadata: [LogKey.carrier: "\(carrier.rawValue)", LogKey.reason: "\(reason)"])
                    break claiming
                }
            }
            await client.budget.releaseUnused()
        }
    }

    /// For a carrier that batches numbers: whether what is due now is worth a call (see `BatchReadiness`). When
    /// not, the due parcels wait for a fuller batch, noted in the report.
    private func batchWorthACall(perRequest: Int, report: inout CarrierPollReport) async throws -> Bool {
        let at = now()
        let readiness = try await polls.batchReadiness(carrier: carrier, now: at)
        guard !readiness.worthACall(perRequest: perRequest, schedule: settings.schedule, now: at) else { return true }
        if readiness.due > 0 {
            report.note = report.note ?? "\(readiness.due) due, waiting for a fuller batch of \(perRequest)"
        }
        return false
    }

    /// Fills the last batch of `claimedCount` claimed shipments with the parcels due soonest: the call is made
    /// anyway, and a parcel polled a little early costs nothing extra.
    private func topUp(_ claimedCount: Int, perRequest: Int) async throws -> [ClaimedShipment] {
        let room = (perRequest - claimedCount % perRequest) % perRequest
        guard perRequest > 1, room > 0 else { return [] }
        let granted = budget.take(room)
        guard granted > 0 else { return [] }
        let at = now()
        let extra = try await polls.claim(
            carrier: carrier, owner: owner, limit: granted, leaseSeconds: settings.leaseSeconds, now: at,
            dueBy: at.addingTimeInterval(settings.schedule.topUpHorizon)
        )
        budget.giveBack(granted - extra.count)
        return extra
    }

    /// Calls reserved for one claim round, and which shipments they may be spent on.
    struct ReservedCalls {
        var count: Int
        /// Claim only shipments of this priority or better (urgent calls drawn ahead of the pace); nil for any.
        var maxPriority: Int?
        /// Why normal work got no call, when urgent calls were drawn instead.
        var normalRefusal: AllowanceRefusal?
    }

    /// Reserves the calls `shipments` due shipments need: at the normal pace first; when the pace (not a ban or
    /// a spent quota) refuses, urgent calls for out-for-delivery parcels only. Nil when no call can be had (the
    /// refusal is noted in the report).
    private func reserveCalls(forShipments shipments: Int, perRequest: Int, report: inout CarrierPollReport) async throws -> ReservedCalls? {
        let wanted = (shipments + perRequest - 1) / perRequest
        let normal = try await client.budget.reserve(calls: wanted, urgency: .normal)
        if normal.calls > 0 { return ReservedCalls(count: normal.calls) }
        if case .paced? = normal.refusal {
            let urgent = try await client.budget.reserve(calls: wanted, urgency: .urgent)
            if urgent.calls > 0 {
                return ReservedCalls(count: urgent.calls, maxPriority: PollSchedule.urgentPriority, normalRefusal: normal.refusal)
            }
        }
        report.refusal = normal.refusal
        if let refusal = normal.refusal {
            report.note = report.note ?? "\(refusal); due shipments stay due"
            logger.notice("carrier claims nothing", metadata: [LogKey.carrier: "\(carrier.rawValue)", LogKey.reason: "\(refusal)"])
        }
        return nil
    }

    struct ChunkOutcome {
        var carrierWideFailure: Bool
        var lastError: String?
        var abandoned = false
    }

    /// The carrier's answer, or nil when the deadline passed or a stop was requested first (the fetch is cancelled).
    private func fetchWithinBounds(_ numbers: [String]) async -> CarrierBatchResult? {
        let client = client
        let stop = stop
        let deadline = deadline
        return await withTaskGroup(of: CarrierBatchResult?.self) { group in
            group.addTask { await client.track(numbers) }
            group.addTask {
                while !stop.isRequested, ContinuousClock.now < deadline, !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(50))
                }
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    /// Fetches one chunk, ingests what was found, records every attempt and reschedules every shipment.
    /// A chunk still in flight when the run's time bound passes or a stop is requested is abandoned and handed
    /// back (deferred, counters untouched), so a rate-limited carrier cannot hold the run past its bound.
    private func poll(_ chunk: ArraySlice<ClaimedShipment>, report: inout CarrierPollReport) async throws -> ChunkOutcome {
        guard let result = await fetchWithinBounds(chunk.map(\.trackingNumber)) else {
            let reason = stop.isRequested ? "run stopped while this shipment was being fetched" : "run time bound reached while fetching"
            try await deferRest(chunk, reason: reason, retryAt: now(), report: &report)
            report.note = report.note ?? (stop.isRequested ? "stopped on request" : "time bound reached")
            return ChunkOutcome(carrierWideFailure: false, lastError: nil, abandoned: true)
        }
        report.httpCalls += result.httpCalls
        let at = now()
        let durationMilliseconds = Int(saturating: Double(result.duration.components.seconds) * 1_000
            + Double(result.duration.components.attoseconds) / 1e15)
        var ingests: [ShipmentIngest] = []
        var foundShipments: [Int64: (ClaimedShipment, Date?)] = [:]
        var completions: [PollCompletion] = []
        var attempts: [PollAttemptRecord] = []
        var carrierWideFailures = 0
        var lastError: String?

        func attempt(_ shipment: ClaimedShipment, _ outcome: String, error: String? = nil) {
            attempts.append(PollAttemptRecord(
                shipmentID: shipment.id, carrier: carrier, outcome: outcome,
                httpStatus: result.lastHTTPStatus, durationMilliseconds: durationMilliseconds, error: error
            ))
            report.outcomes[outcome, default: 0] += 1
        }

        for shipment in chunk {
            switch result.result(for: shipment.trackingNumber) {
            case .success(.found(var snapshot))?:
                if !snapshot.unmappedCodes.isEmpty { await unmapped.note(snapshot.unmappedCodes) }
                await unmapped.noteSkipped(snapshot.skippedScans, carrier: carrier, trackingNumber: shipment.trackingNumber)
                applyOverrides(&snapshot)
                ingests.append(ShipmentIngest(shipmentID: shipment.id, snapshot: snapshot))
                let newest = snapshot.events.map(\.occurredAt).max()
                foundShipments[shipment.id] = (shipment, [newest, shipment.lastEventAt].compactMap { $0 }.max())
            case .success(.notFound(let detail))?:
                completions.append(decisions.notFound(shipment, detail: "not found: \(detail)", now: at))
                attempt(shipment, PollOutcome.notFound, error: detail)
            case .success(.invalidNumber(let detail))?:
                completions.append(decisions.notFound(shipment, detail: "invalid number: \(detail)", now: at))
                attempt(shipment, PollOutcome.invalidNumber, error: detail)
            case .success(.malformed(let detail))?:
                completions.append(decisions.failed(shipment, error: "malformed answer: \(detail)", now: at))
                attempt(shipment, PollOutcome.malformed, error: detail)
            case .failure(let error)?:
                lastError = error.description
                switch error {
                case .rateLimited(let retryAfter):
                    // The carrier's pause, never longer than the configured cap (a hostile or mistaken header cannot park work).
                    let pause = min(max(retryAfter ?? 60, 0), maxRetryAfterSeconds)
                    completions.append(decisions.deferred(shipment, reason: error.description, retryAt: at.addingTimeInterval(pause)))
                    attempt(shipment, PollOutcome.deferred, error: error.description)
                case .quotaExhausted:
                    completions.append(decisions.deferred(shipment, reason: error.description, retryAt: at.addingTimeInterval(3_600)))
                    attempt(shipment, PollOutcome.deferred, error: error.description)
                case .unauthorized, .transient, .malformedPayload:
                    carrierWideFailures += 1
                    completions.append(decisions.failed(shipment, error: error.description, now: at))
                    attempt(shipment, PollOutcome.failed, error: error.description)
                case .notFound(let detail), .invalidNumber(let detail):
                    completions.append(decisions.notFound(shipment, detail: detail, now: at))
                    attempt(shipment, PollOutcome.notFound, error: detail)
                }
            case nil:
                completions.append(decisions.failed(shipment, error: "the carrier answer did not mention this number", now: at))
                attempt(shipment, PollOutcome.failed, error: "no answer for this number")
            }
        }

        if !ingests.isEmpty {
            // One shipment's unstorable scans are that shipment's failure (recorded, rescheduled with backoff);
            // the rest of the chunk is stored and completed as usual.
            let outcome = try await ingest.ingestIsolating(ingests)
            for rejection in outcome.rejected {
                guard let (shipment, _) = foundShipments[rejection.shipmentID] else { continue }
                let reason = "scans not stored: \(rejection.reason)"
                completions.append(decisions.failed(shipment, error: reason, now: at))
                attempt(shipment, PollOutcome.ingestFailed, error: reason)
                logger.error("a shipment's scans could not be stored; it is rescheduled with backoff", metadata: [
                    LogKey.carrier: "\(carrier.rawValue)", LogKey.trackingNumber: "\(shipment.trackingNumber)",
                    LogKey.shipmentID: "\(shipment.id)", LogKey.reason: "\(rejection.reason)",
                ])
            }
            for ingested in outcome.stored {
                guard let (shipment, lastEventAt) = foundShipments[ingested.shipmentID] else { continue }
                attempt(shipment, PollOutcome.found)
                completions.append(decisions.found(shipment, status: ingested.status, lastEventAt: lastEventAt, now: at))
                report.eventsInserted += ingested.eventsInserted
                if ingested.eventsInserted > 0 || ingested.eventsUpgraded > 0 || ingested.statusChanged {
                    report.changedShipmentIDs.append(ingested.shipmentID)
                }
            }
        }
        try await polls.complete(completions, attempts: attempts, runID: runID, owner: owner, now: at)
        await progress.advance(carrier, by: chunk.count)
        return ChunkOutcome(carrierWideFailure: carrierWideFailures == chunk.count, lastError: lastError)
    }

    private func applyOverrides(_ snapshot: inout TrackingSnapshot) {
        guard !overrides.isEmpty else { return }
        for index in snapshot.events.indices {
            if let milestone = overrides[snapshot.events[index].carrierCode.uppercased()] {
                snapshot.events[index].milestone = milestone
            }
        }
    }

    private func deferRest(_ rest: ArraySlice<ClaimedShipment>, reason: String, retryAt: Date, report: inout CarrierPollReport) async throws {
        guard !rest.isEmpty else { return }
        let completions = rest.map { decisions.deferred($0, reason: reason, retryAt: retryAt) }
        let attempts = rest.map {
            PollAttemptRecord(shipmentID: $0.id, carrier: carrier, outcome: PollOutcome.deferred, error: reason)
        }
        report.outcomes[PollOutcome.deferred, default: 0] += rest.count
        try await polls.complete(completions, attempts: attempts, runID: runID, owner: owner, now: now())
        await progress.advance(carrier, by: rest.count)
    }
}
