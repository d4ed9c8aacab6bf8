import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// Row leases for poll runs: claim due shipments (`FOR UPDATE SKIP LOCKED`), reschedule or retire them, hand
/// back what was not done. Several runs, on one machine or many, never hold the same shipment at once; the
/// leases of a crashed run expire and its shipments are claimed again later.
public struct PollRepository: Sendable {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Leases up to `limit` due shipments of `carrier` to `owner` until `now + leaseSeconds`, most valuable first
    /// (priority, then the most overdue). `maxPriority` restricts the claim to that priority or better (calls
    /// drawn ahead of a spread quota's pace go to urgent parcels only). `dueBy` later than `now` also takes parcels
    /// due by then: the top-up of a batch call that is made anyway.
    public func claim(
        carrier: Carrier, owner: String, limit: Int, leaseSeconds: Double, now: Date, maxPriority: Int? = nil, dueBy: Date? = nil
    ) async throws -> [ClaimedShipment] {
        guard limit > 0 else { return [] }
        let priorityBound = min(max(maxPriority ?? 9, 0), 9)
        // A top-up claims parcels due up to `dueBy` (soonest first); a plain claim only those due now.
        let due = max(dueBy ?? now, now)
        // A parcel taken early must not have been polled within the same horizon: without this, a run (or an
        // overlapping one) would top up its next call with parcels it has just fetched.
        let polledBefore = now.addingTimeInterval(-due.timeIntervalSince(now))
        let leaseUntil = now.addingTimeInterval(leaseSeconds)
        let logger = database.logger
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                WITH due AS (
                    SELECT id FROM shipments
                    WHERE carrier = \(carrier.rawValue) AND retired_at IS NULL AND next_poll_at <= \(due)
                      AND (next_poll_at <= \(now) OR last_polled_at IS NULL OR last_polled_at <= \(polledBefore))
                      AND (lease_expires_at IS NULL OR lease_expires_at <= \(now))
                      AND poll_priority <= \(priorityBound)
                    ORDER BY poll_priority, next_poll_at
                    LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE shipments s
                SET lease_owner = \(owner), lease_expires_at = \(leaseUntil)
                FROM due WHERE s.id = due.id
                RETURNING s.id, s.store_key, s.carrier, s.tracking_number, s.status, s.last_event_at, s.delivered_at,
                          s.created_at, s.next_poll_at, s.consecutive_failures, s.not_found_since, s.poll_count
                """,
                logger: logger
            )
            var claimed: [ClaimedShipment] = []
            for try await row in rows {
                let cells = row.makeRandomAccess()
                let status = try cells["status"].decode(String?.self)
                claimed.append(ClaimedShipment(
                    id: try cells["id"].decode(Int64.self),
                    store: try cells["store_key"].decode(String.self),
                    carrier: carrier,
                    trackingNumber: try cells["tracking_number"].decode(String.self),
                    status: status.flatMap(Milestone.init(rawValue:)),
                    lastEventAt: try cells["last_event_at"].decode(Date?.self),
                    deliveredAt: try cells["delivered_at"].decode(Date?.self),
                    createdAt: try cells["created_at"].decode(Date.self),
                    nextPollAt: try cells["next_poll_at"].decode(Date.self),
                    consecutiveFailures: try cells["consecutive_failures"].decode(Int.self),
                    notFoundSince: try cells["not_found_since"].decode(Date?.self),
                    pollCount: try cells["poll_count"].decode(Int.self)
                ))
            }
            return claimed.sorted { $0.id < $1.id }
        }
    }

    /// Reschedules or retires polled shipments, releases their leases and records the attempts, in one transaction.
    /// Only rows still leased to `owner` are touched (a lease taken over after expiry is not overwritten).
    public func complete(_ completions: [PollCompletion], attempts: [PollAttemptRecord], runID: Int64?, owner: String, now: Date) async throws {
        guard !completions.isEmpty || !attempts.isEmpty else { return }
        let logger = database.logger
        try await database.withTransaction { connection in
            if !completions.isEmpty {
                try await connection.query(
                    """
                    UPDATE shipments s SET
                        next_poll_at = u.next_poll_at,
                        retired_at = CASE WHEN u.retired_reason IS NULL THEN NULL ELSE \(now)::timestamptz END,
                        retired_reason = u.retired_reason,
                        consecutive_failures = u.consecutive_failures,
                        not_found_since = u.not_found_since,
                        -- A first "not found" (or its end) is news to the rules: tracking_not_found may fire now.
                        -- (Within a millisecond: the instant made a round trip through Date.)
                        next_evaluation_at = CASE
                            WHEN (u.not_found_since IS NULL) <> (s.not_found_since IS NULL)
                              OR abs(extract(epoch FROM u.not_found_since - s.not_found_since)) > 0.001
                            THEN \(now)::timestamptz ELSE s.next_evaluation_at END,
                        last_error = u.last_error,
                        last_error_at = CASE WHEN u.last_error IS NULL THEN s.last_error_at ELSE \(now)::timestamptz END,
                        -- A parcel whose next scan can decide a finding goes ahead of the ordinary ones (priority 1)
                        -- when a quota cannot cover everything due: an open finding (a scan may resolve it), or a
                        -- rule that ripens before the next poll (a scan may keep it from firing).
                        -- findings_open_key (shipment_id, rule) WHERE state = 'open' answers the probe.
                        poll_priority = CASE
                            WHEN u.priority > \(PollSchedule.decidingPriority)
                             AND (s.next_evaluation_at <= u.next_poll_at
                                  OR EXISTS (SELECT 1 FROM findings f WHERE f.shipment_id = s.id AND f.state = 'open'))
                            THEN \(PollSchedule.decidingPriority) ELSE u.priority END,
                        last_polled_at = CASE WHEN u.polled THEN \(now)::timestamptz ELSE s.last_polled_at END,
                        poll_count = s.poll_count + CASE WHEN u.polled THEN 1 ELSE 0 END,
                        lease_owner = NULL, lease_expires_at = NULL, updated_at = now()
                    FROM unnest(
                        \(completions.map(\.shipmentID))::bigint[], \(completions.map(\.nextPollAt))::timestamptz[],
                        \(NullableArray(completions.map(\.retiredReason)))::text[],
                        \(completions.map(\.consecutiveFailures))::integer[],
                        \(NullableArray(completions.map(\.notFoundSince)))::timestamptz[],
                        \(NullableArray(completions.map { TextNormalization.storableIfPresent($0.lastError) }))::text[],
                        \(completions.map(\.priority))::integer[], \(completions.map(\.polled))::boolean[]
                    ) AS u(id, next_poll_at, retired_reason, consecutive_failures, not_found_since, last_error, priority, polled)
                    WHERE s.id = u.id AND s.lease_owner = \(owner)
                    """,
                    logger: logger
                )
            }
            if let runID, !attempts.isEmpty {
                try await connection.query(
                    """
                    INSERT INTO poll_attempts (run_id, shipment_id, carrier, outcome, http_status, duration_ms, error, attempted_at)
                    SELECT \(runID), a.shipment_id, a.carrier, a.outcome, a.http_status, a.duration_ms, a.error, \(now)
                    FROM unnest(
                        \(attempts.map(\.shipmentID))::bigint[], \(attempts.map(\.carrier.rawValue))::text[],
                        \(attempts.map(\.outcome))::text[], \(NullableArray(attempts.map(\.httpStatus)))::integer[],
                        \(NullableArray(attempts.map(\.durationMilliseconds)))::integer[],
                        \(NullableArray(attempts.map { TextNormalization.storableIfPresent($0.error) }))::text[]
                    ) AS a(shipment_id, carrier, outcome, http_status, duration_ms, error)
                    """,
                    logger: logger
                )
            }
        }
    }

    /// Hands back every lease `owner` still holds (a stopping run): the shipments stay due and are claimed again.
    @discardableResult
    public func releaseLeases(owner: String) async throws -> Int {
        let logger = database.logger
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                WITH released AS (
                    UPDATE shipments SET lease_owner = NULL, lease_expires_at = NULL
                    WHERE lease_owner = \(owner) RETURNING 1
                )
                SELECT count(*) FROM released
                """,
                logger: logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }

    /// Due shipments per carrier (not retired, next poll reached, not leased), for progress totals and reports.
    /// What `carrier` has due at `now` and not leased: how many, how many must not wait for a batch to fill
    /// (out for delivery or delivery attempted, priority 0; or never polled), and the longest-waiting one's time.
    public func batchReadiness(carrier: Carrier, now: Date) async throws -> BatchReadiness {
        let logger = database.logger
        return try await database.withConnection { connection in
            // Uses shipments_claim_idx (carrier, poll_priority, next_poll_at) WHERE retired_at IS NULL.
            let rows = try await connection.query(
                """
                SELECT count(*)::int8,
                       count(*) FILTER (WHERE poll_priority <= \(PollSchedule.urgentPriority) OR poll_count = 0)::int8,
                       min(next_poll_at)
                FROM shipments
                WHERE carrier = \(carrier.rawValue) AND retired_at IS NULL AND next_poll_at <= \(now)
                  AND (lease_expires_at IS NULL OR lease_expires_at <= \(now))
                """,
                logger: logger
            )
            for try await (due, urgent, oldest) in rows.decode((Int64, Int64, Date?).self) {
                return BatchReadiness(due: Int(due), urgent: Int(urgent), oldestDue: oldest)
            }
            return BatchReadiness(due: 0, urgent: 0, oldestDue: nil)
        }
    }

    public func dueCounts(now: Date) async throws -> [Carrier: Int] {
        let logger = database.logger
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT carrier, count(*) FROM shipments
                WHERE retired_at IS NULL AND next_poll_at <= \(now)
                  AND (lease_expires_at IS NULL OR lease_expires_at <= \(now))
                GROUP BY carrier
                """,
                logger: logger
            )
            var counts: [Carrier: Int] = [:]
            for try await (carrier, count) in rows.decode((String, Int).self) {
                if let carrier = Carrier(rawValue: carrier) { counts[carrier] = count }
            }
            return counts
        }
    }
}
