import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `webhook_deliveries` table: claims with row leases, completions, listings and replays.
///
/// A claim is one short transaction: `FOR UPDATE SKIP LOCKED` picks due deliveries no other pass holds, and the same
/// statement leases them (owner, deadline), counts the attempt and moves `next_attempt_at` to the lease's deadline,
/// so a pass that dies leaves its deliveries due again when the lease lapses. Completions only apply while the
/// completing pass still holds the lease.
public struct WebhookDeliveryRepository: Sendable {
    public let database: Database

    /// Repository over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Leases up to `limit` due deliveries of enabled endpoints for `owner`. A delivery waits while an earlier
    /// event of the same shipment is pending for the same endpoint (per-shipment order).
    public func claim(owner: String, limit: Int, leaseSeconds: Double) async throws -> [ClaimedWebhookDelivery] {
        guard limit > 0 else { return [] }
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                WITH due AS (
                    SELECT d.id FROM webhook_deliveries d
                    JOIN webhook_endpoints ep ON ep.id = d.endpoint_id
                    WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND ep.enabled
                      AND (d.lease_deadline IS NULL OR d.lease_deadline < now())
                      AND NOT EXISTS (
                          SELECT 1 FROM webhook_deliveries p
                          WHERE p.endpoint_id = d.endpoint_id AND p.shipment_id = d.shipment_id AND p.status = 'pending'
                            AND p.shipment_sequence < d.shipment_sequence)
                    ORDER BY d.next_attempt_at, d.id
                    LIMIT \(limit)
                    FOR UPDATE OF d SKIP LOCKED
                )
                UPDATE webhook_deliveries d SET lease_owner = \(owner),
                    lease_deadline = now() + \(leaseSeconds) * interval '1 second',
                    next_attempt_at = now() + \(leaseSeconds) * interval '1 second',
                    attempts = d.attempts + 1, last_attempt_at = now(), updated_at = now()
                FROM due, webhook_events e, webhook_endpoints ep
                WHERE d.id = due.id AND e.id = d.event_id AND ep.id = d.endpoint_id
                RETURNING d.id, d.endpoint_id, e.event_id, ep.url, e.payload::text, ep.secret,
                          CASE WHEN ep.previous_secret_expires_at > now() THEN ep.previous_secret END, d.attempts
                """,
                logger: database.logger
            )
            var claimed: [ClaimedWebhookDelivery] = []
            for try await (id, endpointID, eventID, url, body, secret, previous, attempts)
                in rows.decode((Int64, Int64, String, String, String, String, String?, Int32).self) {
                claimed.append(ClaimedWebhookDelivery(
                    id: id, endpointID: endpointID, eventID: eventID, url: url, body: body,
                    secrets: [secret] + (previous.map { [$0] } ?? []), attempt: Int(attempts)))
            }
            return claimed.sorted { $0.id < $1.id }
        }
    }

    /// Records the attempts' results (only for deliveries `owner` still leases): each delivery's status and last
    /// attempt, a `webhook_attempts` row per attempt (the same statement, so both or neither), and the endpoints'
    /// run of failed deliveries; disables each endpoint whose run reaches `disableAfterFailures`. Returns the
    /// disabled endpoints' ids.
    @discardableResult
    public func complete(_ results: [WebhookAttemptResult], owner: String, disableAfterFailures: Int) async throws -> [Int64] {
        guard !results.isEmpty else { return [] }
        let statuses = results.map(\.outcome.deliveryStatus)
        let nextAttempts = results.map { result -> Date? in
            if case .retry(let at) = result.outcome { return at }
            return nil
        }
        let logger = database.logger
        return try await database.withTransaction { connection in
            let rows = try await connection.query(
                """
                WITH r AS (
                    SELECT * FROM unnest(\(results.map(\.deliveryID))::int8[], \(statuses)::text[],
                        \(results.map(\.outcome.name))::text[], \(results.map(\.attemptedAt))::timestamptz[],
                        \(NullableArray(nextAttempts))::timestamptz[], \(NullableArray(results.map(\.statusCode)))::int4[],
                        \(results.map(\.durationMilliseconds))::int4[], \(NullableArray(results.map(\.error)))::text[])
                        AS r(id, status, outcome, attempted_at, next_at, code, duration, error)
                ), updated AS (
                    UPDATE webhook_deliveries d SET status = r.status, next_attempt_at = COALESCE(r.next_at, d.next_attempt_at),
                        last_status_code = r.code, last_duration_ms = r.duration, last_error = r.error,
                        delivered_at = CASE WHEN r.status = 'delivered' THEN now() ELSE d.delivered_at END,
                        lease_owner = NULL, lease_deadline = NULL, updated_at = now()
                    FROM r
                    WHERE d.id = r.id AND d.lease_owner = \(owner) AND d.status = 'pending'
                    RETURNING d.id, d.attempts
                ), recorded AS (
                    INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, duration_ms, error, outcome)
                    SELECT u.id, u.attempts, r.attempted_at, r.code, GREATEST(r.duration, 0), r.error, r.outcome
                    FROM updated u JOIN r ON r.id = u.id
                )
                SELECT id FROM updated
                """,
                logger: logger
            )
            var applied: Set<Int64> = []
            for try await id in rows.decode(Int64.self) { applied.insert(id) }
            var delivered: [Int64: Bool] = [:]
            var failed: [Int64: Int] = [:]
            var lastError: [Int64: String] = [:]
            for (result, status) in zip(results, statuses) where applied.contains(result.deliveryID) {
                if status == "delivered" { delivered[result.endpointID] = true }
                if status == "failed" {
                    failed[result.endpointID, default: 0] += 1
                    lastError[result.endpointID] = result.error ?? "not delivered"
                }
            }
            let endpoints = Set(delivered.keys).union(failed.keys).sorted()
            guard !endpoints.isEmpty else { return [] }
            // One statement per endpoint row: the new count decides, in the same UPDATE, whether it is disabled.
            let disabled = try await connection.query(
                """
                UPDATE webhook_endpoints ep SET
                    consecutive_failures = CASE WHEN u.delivered THEN 0 ELSE ep.consecutive_failures + u.failed END,
                    enabled = ep.enabled AND (u.delivered OR ep.consecutive_failures + u.failed < \(disableAfterFailures)),
                    disabled_at = CASE WHEN ep.enabled AND NOT u.delivered AND ep.consecutive_failures + u.failed >= \(disableAfterFailures)
                        THEN now() ELSE ep.disabled_at END,
                    disabled_reason = CASE WHEN ep.enabled AND NOT u.delivered AND ep.consecutive_failures + u.failed >= \(disableAfterFailures)
                        THEN (ep.consecutive_failures + u.failed) || ' consecutive deliveries failed; last: ' || u.last_error
                        ELSE ep.disabled_reason END,
                    updated_at = now()
                FROM unnest(\(endpoints)::int8[], \(endpoints.map { delivered[$0] ?? false })::bool[],
                            \(endpoints.map { failed[$0] ?? 0 })::int4[], \(endpoints.map { lastError[$0] ?? "" })::text[])
                    AS u(id, delivered, failed, last_error)
                WHERE ep.id = u.id
                RETURNING ep.id, COALESCE(NOT ep.enabled AND ep.disabled_at = now(), false)
                """,
                logger: logger
            )
            var disabledIDs: [Int64] = []
            for try await (id, nowDisabled) in disabled.decode((Int64, Bool).self) where nowDisabled { disabledIDs.append(id) }
            return disabledIDs
        }
    }

    /// Deliveries, newest first, optionally of one endpoint and one status.
    public func list(endpointID: Int64? = nil, status: String? = nil, limit: Int = 200) async throws -> [WebhookDeliveryRecord] {
        guard limit > 0 else { throw StoreError.invalidArgument("limit must be positive, got \(limit)") }
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT d.id, d.endpoint_id, e.event_id, e.type, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at,
                       d.last_status_code, d.last_duration_ms, d.last_error, d.delivered_at
                FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
                WHERE (\(endpointID)::int8 IS NULL OR d.endpoint_id = \(endpointID))
                  AND (\(status)::text IS NULL OR d.status = \(status))
                ORDER BY d.id DESC
                LIMIT \(limit)
                """,
                logger: database.logger
            )
            var records: [WebhookDeliveryRecord] = []
            for try await row in rows {
                let cells = row.makeRandomAccess()
                records.append(WebhookDeliveryRecord(
                    id: try cells[0].decode(Int64.self), endpointID: try cells[1].decode(Int64.self),
                    eventID: try cells[2].decode(String.self), eventType: try cells[3].decode(String.self),
                    status: try cells[4].decode(String.self), attempts: Int(try cells[5].decode(Int32.self)),
                    nextAttemptAt: try cells[6].decode(Date.self), lastAttemptAt: try cells[7].decode(Date?.self),
                    lastStatusCode: try cells[8].decode(Int32?.self).map(Int.init),
                    lastDurationMilliseconds: try cells[9].decode(Int32?.self).map(Int.init),
                    lastError: try cells[10].decode(String?.self), deliveredAt: try cells[11].decode(Date?.self)))
            }
            return records
        }
    }

    /// Queues the event again, with its id and body, for every enabled endpoint of its store that takes its type;
    /// returns how many deliveries were queued, or nil when there is no such event. A delivery queued again starts
    /// its attempts anew: its earlier `webhook_attempts` rows are deleted in the same transaction.
    public func replay(eventID: String) async throws -> Int? {
        try await database.withTransaction { connection in
            let exists = try await connection.query(
                "SELECT 1 FROM webhook_events WHERE event_id = \(eventID)", logger: database.logger
            ).collect()
            guard !exists.isEmpty else { return nil }
            let rows = try await connection.query(
                """
                INSERT INTO webhook_deliveries (event_id, endpoint_id, shipment_id, shipment_sequence, next_attempt_at)
                SELECT e.id, ep.id, e.shipment_id, e.shipment_sequence, now()
                FROM webhook_events e
                JOIN webhook_endpoints ep ON ep.store_key = e.store_key AND ep.enabled
                WHERE e.event_id = \(eventID) AND (ep.event_types IS NULL OR e.type = ANY(ep.event_types))
                ON CONFLICT (event_id, endpoint_id) DO UPDATE SET status = 'pending', attempts = 0,
                    next_attempt_at = now(), lease_owner = NULL, lease_deadline = NULL, delivered_at = NULL, updated_at = now()
                RETURNING id
                """,
                logger: database.logger
            )
            var queued: [Int64] = []
            for try await id in rows.decode(Int64.self) { queued.append(id) }
            try await connection.query(
                "DELETE FROM webhook_attempts WHERE delivery_id = ANY(\(queued)::int8[])", logger: database.logger)
            return queued.count
        }
    }

    /// Pending deliveries due now (of enabled endpoints).
    public func dueCount() async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT count(*) FROM webhook_deliveries d JOIN webhook_endpoints ep ON ep.id = d.endpoint_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND ep.enabled
                """,
                logger: database.logger
            ).collect()
            return Int(try rows.first?.decode(Int64.self) ?? 0)
        }
    }
}
