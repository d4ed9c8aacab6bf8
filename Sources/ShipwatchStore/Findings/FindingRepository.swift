import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `findings` table: the rule engine's conclusions, reconciled shipment by shipment.
///
/// The rules are recomputed from scratch at every evaluation; ``reconcile(evaluated:findings:)`` turns the
/// result into the least set of changes: open what newly fires, rewrite what materially changed, resolve what
/// no longer fires, withdraw the undecided proposals of resolved findings, propose what the policy says to do.
/// Every change is audited in the same transaction, and an unchanged evaluation writes nothing.
public struct FindingRepository: Sendable {
    /// Key of the transaction-scoped advisory lock every reconciliation takes (ASCII "SWFIND"): concurrent
    /// evaluators (a poll run and `shipwatch evaluate`) reconcile one after the other, so they never deadlock
    /// on each other's rows and never both propose a remedy for one parcel. Evaluation itself stays concurrent.
    static let reconcileLockKey: Int64 = 0x5357_4649_4E44

    public let database: Database

    /// Repository over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Reconciles the open findings of `evaluated` shipments with what the rules found for them now, in one
    /// transaction.
    ///
    /// - Parameters:
    ///   - evaluated: every shipment that was evaluated, whether or not a rule fired for it; open findings of
    ///     these shipments whose rule is absent from `findings` are resolved.
    ///   - findings: the firing rules; at most one per shipment and rule (a later duplicate wins). Records of
    ///     shipments not in `evaluated` are ignored.
    ///   - schedule: the evaluated shipments' next evaluations, written in the same transaction (compare-and-set,
    ///     see ``ScheduledEvaluation``); a rejected remedy that may be proposed again earlier brings it forward.
    public func reconcile(
        evaluated: [Int64], findings: [FindingRecord], schedule: [ScheduledEvaluation] = []
    ) async throws -> FindingChanges {
        let shipmentIDs = Array(Set(evaluated)).sorted()
        guard !shipmentIDs.isEmpty else { return FindingChanges() }
        let firing = FindingRepository.deduplicated(findings, evaluated: Set(shipmentIDs))
        let logger = database.logger
        let started = ContinuousClock.now
        let changes = try await database.withTransaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(FindingRepository.reconcileLockKey))", logger: logger)
            var audit: [AuditEntry] = []
            var changes = FindingChanges()

            let resolved = try await resolve(shipmentIDs, keeping: firing, on: connection, logger: logger)
            changes.resolved = resolved.count
            audit += resolved.map { row in
                findingAudit(id: row.id, action: "resolved", shipmentID: row.shipmentID, rule: row.rule, severity: row.severity)
            }

            let withdrawn = try await withdraw(findingIDs: resolved.map(\.id), on: connection, logger: logger)
            changes.withdrawn = withdrawn.count
            audit += withdrawn.map { row in
                remedyAudit(id: row.id, action: "withdrawn", findingID: row.findingID, kind: row.kind, from: "proposed", to: "withdrawn",
                            note: RemedyRepository.withdrawalNote)
            }

            let upserted = try await upsert(firing, on: connection, logger: logger)
            for row in upserted {
                let action: String
                switch (row.previousSeverity, row.severity) {
                case (nil, _): action = "opened"; changes.opened += 1
                case ("watch", "act"): action = "escalated"; changes.escalated += 1
                default: action = "updated"; changes.updated += 1
                }
                audit.append(findingAudit(
                    id: row.id, action: action, shipmentID: row.shipmentID, rule: row.rule, severity: row.severity,
                    previousSeverity: row.previousSeverity))
            }

            let proposed = try await propose(firing.filter { $0.remedy != nil }, on: connection, logger: logger)
            changes.proposed = proposed.count
            audit += proposed.map { row in
                remedyAudit(id: row.id, action: "proposed", findingID: row.findingID, kind: row.kind, from: nil, to: "proposed", note: nil)
            }

            try await AuditLogRepository.append(audit, on: connection, logger: logger)
            try await writeSchedule(schedule, on: connection, logger: logger)
            // Announced to webhooks in this transaction, last (see WebhookOutbox).
            try await WebhookOutbox.record(
                WebhookCause.reconciliation(
                    resolved: resolved.map { ($0.id, $0.shipmentID) },
                    written: upserted.map { ($0.id, $0.shipmentID, $0.previousSeverity, $0.severity) },
                    proposed: proposed.map(\.id)),
                on: connection, logger: logger)
            return changes
        }
        logger.debug(
            "findings reconciled",
            metadata: [
                "findings.shipments": "\(shipmentIDs.count)", "findings.firing": "\(firing.count)",
                "findings.opened": "\(changes.opened)", "findings.escalated": "\(changes.escalated)",
                "findings.updated": "\(changes.updated)", "findings.resolved": "\(changes.resolved)",
                "remedies.proposed": "\(changes.proposed)", "remedies.withdrawn": "\(changes.withdrawn)",
                "duration_ms": "\((ContinuousClock.now - started).milliseconds)",
            ]
        )
        return changes
    }

    // MARK: - Reconciliation steps

    private struct FindingRow {
        var id: Int64
        var shipmentID: Int64
        var rule: String
        var severity: String
        var previousSeverity: String?
    }

    private struct RemedyRow {
        var id: Int64
        var findingID: Int64
        var kind: String
    }

    /// Resolves the evaluated shipments' open findings whose rule is not among `firing`.
    private func resolve(
        _ shipmentIDs: [Int64], keeping firing: [FindingRecord], on connection: PostgresConnection, logger: Logger
    ) async throws -> [FindingRow] {
        let rows = try await connection.query(
            """
            UPDATE findings f SET state = 'resolved', resolved_at = now(), updated_at = now()
            WHERE f.state = 'open' AND f.shipment_id = ANY(\(shipmentIDs)::int8[])
              AND NOT EXISTS (
                  SELECT 1 FROM unnest(\(firing.map(\.shipmentID))::int8[], \(firing.map(\.rule.rawValue))::text[])
                      AS k(shipment_id, rule)
                  WHERE k.shipment_id = f.shipment_id AND k.rule = f.rule)
            RETURNING f.id, f.shipment_id, f.rule, f.severity
            """,
            logger: logger
        )
        var resolved: [FindingRow] = []
        for try await (id, shipmentID, rule, severity) in rows.decode((Int64, Int64, String, String).self) {
            resolved.append(FindingRow(id: id, shipmentID: shipmentID, rule: rule, severity: severity))
        }
        return resolved
    }

    /// Withdraws the undecided proposals of resolved findings.
    private func withdraw(findingIDs: [Int64], on connection: PostgresConnection, logger: Logger) async throws -> [RemedyRow] {
        guard !findingIDs.isEmpty else { return [] }
        let rows = try await connection.query(
            """
            UPDATE remedies r SET status = 'withdrawn', decided_by = \(AuditEntry.rulesActor), decided_at = now(),
                note = \(RemedyRepository.withdrawalNote), updated_at = now()
            WHERE r.status = 'proposed' AND r.finding_id = ANY(\(findingIDs)::int8[])
            RETURNING r.id, r.finding_id, r.kind
            """,
            logger: logger
        )
        return try await remedyRows(rows)
    }

    /// Opens new findings and rewrites the open ones whose material fields changed; returns only the rows it
    /// wrote, with the severity they had before (nil for a new finding).
    private func upsert(_ firing: [FindingRecord], on connection: PostgresConnection, logger: Logger) async throws -> [FindingRow] {
        guard !firing.isEmpty else { return [] }
        let shipmentIDs = Array(Set(firing.map(\.shipmentID))).sorted()
        let rows = try await connection.query(
            """
            WITH input AS (
                SELECT * FROM unnest(
                    \(firing.map(\.shipmentID))::int8[], \(firing.map(\.rule.rawValue))::text[],
                    \(firing.map(\.severity.rawValue))::text[], \(NullableArray(firing.map { $0.stage?.rawValue }))::text[],
                    \(NullableArray(firing.map(\.stageSince)))::timestamptz[],
                    \(firing.map(\.evidenceJSON))::text[], \(firing.map(\.detailJSON))::text[]
                ) AS i(shipment_id, rule, severity, stage, stage_since, evidence, detail)
            ),
            previous AS (
                SELECT f.shipment_id, f.rule, f.severity FROM findings f
                JOIN input i ON i.shipment_id = f.shipment_id AND i.rule = f.rule
                WHERE f.state = 'open' AND f.shipment_id = ANY(\(shipmentIDs)::int8[])
            ),
            written AS (
                INSERT INTO findings AS f (shipment_id, rule, severity, stage, stage_since, evidence, detail)
                SELECT i.shipment_id, i.rule, i.severity, i.stage, i.stage_since, i.evidence::jsonb, i.detail::jsonb
                FROM input i ORDER BY i.shipment_id, i.rule
                ON CONFLICT (shipment_id, rule) WHERE state = 'open' DO UPDATE SET
                    severity = EXCLUDED.severity, stage = EXCLUDED.stage, stage_since = EXCLUDED.stage_since,
                    evidence = EXCLUDED.evidence, detail = EXCLUDED.detail, updated_at = now()
                WHERE (f.severity, f.stage, f.stage_since, f.evidence, f.detail - \(FindingDetail.volatileKeys)::text[])
                    IS DISTINCT FROM (EXCLUDED.severity, EXCLUDED.stage, EXCLUDED.stage_since, EXCLUDED.evidence,
                                      EXCLUDED.detail - \(FindingDetail.volatileKeys)::text[])
                RETURNING f.id, f.shipment_id, f.rule, f.severity
            )
            SELECT w.id, w.shipment_id, w.rule, w.severity, p.severity
            FROM written w LEFT JOIN previous p ON p.shipment_id = w.shipment_id AND p.rule = w.rule
            ORDER BY w.shipment_id, w.rule
            """,
            logger: logger
        )
        var written: [FindingRow] = []
        for try await (id, shipmentID, rule, severity, previous) in rows.decode((Int64, Int64, String, String, String?).self) {
            written.append(FindingRow(id: id, shipmentID: shipmentID, rule: rule, severity: severity, previousSeverity: previous))
        }
        return written
    }

    /// Proposes the remedies the findings carry: not when the finding already has a remedy pending, approved,
    /// executed or withdrawn; not when another finding of the same shipment has one pending, approved or executed
    /// (one parcel, one remedy at a time); and not after ops rejected one for the same shipment and rule, unless
    /// the situation got worse since (`StorePolicy.remedyRepeatDays`): the finding now has a higher severity than
    /// the rejected one's, or at least `repeat_after_days` (the rule's `act_days`) have passed since the rejection.
    /// A finding that resolves and opens again is the same shipment and rule, so the rejection still holds.
    ///
    /// Every table access is bounded by the chunk's shipments (`= ANY` on `findings_open_key` and
    /// `findings_shipment_idx`) and made once per statement, so the cost stays proportional to the chunk even
    /// while the planner's statistics still describe the empty tables of a first evaluation.
    private func propose(_ carrying: [FindingRecord], on connection: PostgresConnection, logger: Logger) async throws -> [RemedyRow] {
        let proposals = carrying.compactMap { record in record.remedy.map { (record, $0) } }
        guard !proposals.isEmpty else { return [] }
        let shipmentIDs = Array(Set(proposals.map(\.0.shipmentID))).sorted()
        let rows = try await connection.query(
            """
            WITH wanted AS MATERIALIZED (
                SELECT f.id AS finding_id, f.shipment_id, f.rule, f.severity, r.kind, r.compensation, r.message,
                       r.repeat_after_days
                FROM unnest(
                    \(proposals.map(\.0.shipmentID))::int8[], \(proposals.map(\.0.rule.rawValue))::text[],
                    \(proposals.map(\.1.kind.rawValue))::text[], \(NullableArray(proposals.map(\.1.compensation)))::text[],
                    \(proposals.map(\.1.customerMessage))::text[],
                    \(NullableArray(proposals.map(\.0.remedyRepeatDays)))::float8[]
                ) AS r(shipment_id, rule, kind, compensation, message, repeat_after_days)
                JOIN findings f ON f.shipment_id = r.shipment_id AND f.rule = r.rule
                WHERE f.state = 'open' AND f.severity = 'act' AND f.shipment_id = ANY(\(shipmentIDs)::int8[])
            ),
            existing AS MATERIALIZED (
                SELECT g.id AS finding_id, g.shipment_id, g.rule, g.severity, y.status, y.decided_at, y.repeat_after_days
                FROM findings g JOIN remedies y ON y.finding_id = g.id
                WHERE g.shipment_id = ANY(\(shipmentIDs)::int8[])
            )
            INSERT INTO remedies (finding_id, kind, compensation, message, repeat_after_days)
            SELECT w.finding_id, w.kind, w.compensation, w.message, w.repeat_after_days FROM wanted w
            WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.finding_id = w.finding_id AND e.status <> 'rejected')
              AND NOT EXISTS (
                  SELECT 1 FROM existing e
                  WHERE e.shipment_id = w.shipment_id AND e.status IN ('proposed', 'approved', 'executed'))
              AND NOT EXISTS (
                  -- A rejection of the same shipment and rule holds until the situation got worse.
                  SELECT 1 FROM existing e
                  WHERE e.shipment_id = w.shipment_id AND e.rule = w.rule AND e.status = 'rejected'
                    AND NOT (w.severity = 'act' AND e.severity = 'watch')
                    AND (e.repeat_after_days IS NULL OR now() < e.decided_at + e.repeat_after_days * interval '1 day'))
            ORDER BY w.finding_id
            ON CONFLICT (finding_id) WHERE status = 'proposed' DO NOTHING
            RETURNING id, finding_id, kind
            """,
            logger: logger
        )
        return try await remedyRows(rows)
    }

    /// Writes the next evaluations. A row is replaced only while it still holds what the evaluation loaded
    /// (within a millisecond: instants make a round trip through `Date`, which may move them by a microsecond).
    /// A rejected remedy of a rule whose `act` finding is open brings the next evaluation forward to the instant
    /// it may be proposed again.
    private func writeSchedule(_ schedule: [ScheduledEvaluation], on connection: PostgresConnection, logger: Logger) async throws {
        guard !schedule.isEmpty else { return }
        let entries = Dictionary(schedule.map { ($0.shipmentID, $0) }, uniquingKeysWith: { _, last in last })
            .values.sorted { $0.shipmentID < $1.shipmentID }
        try await connection.query(
            """
            UPDATE shipments s SET next_evaluation_at = LEAST(u.next, again.at)
            FROM unnest(
                \(entries.map(\.shipmentID))::int8[], \(NullableArray(entries.map(\.loaded)))::timestamptz[],
                \(NullableArray(entries.map(\.next)))::timestamptz[]
            ) AS u(id, loaded, next)
            LEFT JOIN LATERAL (
                SELECT min(r.decided_at + r.repeat_after_days * interval '1 day') AS at
                FROM findings g JOIN remedies r ON r.finding_id = g.id
                WHERE g.shipment_id = u.id AND r.status = 'rejected' AND r.repeat_after_days IS NOT NULL
                  AND r.decided_at + r.repeat_after_days * interval '1 day' > now()
                  AND EXISTS (
                      SELECT 1 FROM findings o
                      WHERE o.shipment_id = u.id AND o.rule = g.rule AND o.state = 'open' AND o.severity = 'act')
            ) again ON true
            WHERE s.id = u.id
              AND ((s.next_evaluation_at IS NULL AND u.loaded IS NULL)
                   OR s.next_evaluation_at BETWEEN u.loaded - interval '1 millisecond' AND u.loaded + interval '1 millisecond')
              AND s.next_evaluation_at IS DISTINCT FROM LEAST(u.next, again.at)
            """,
            logger: logger
        )
    }

    private func remedyRows(_ rows: PostgresRowSequence) async throws -> [RemedyRow] {
        var result: [RemedyRow] = []
        for try await (id, findingID, kind) in rows.decode((Int64, Int64, String).self) {
            result.append(RemedyRow(id: id, findingID: findingID, kind: kind))
        }
        return result
    }

    private func findingAudit(
        id: Int64, action: String, shipmentID: Int64, rule: String, severity: String, previousSeverity: String? = nil
    ) -> AuditEntry {
        let detail = AuditDetail.FindingChange(shipmentID: shipmentID, rule: rule, severity: severity, previousSeverity: previousSeverity)
        return AuditEntry(
            actor: AuditEntry.rulesActor, entity: "finding", entityID: String(id), action: action, detailJSON: AuditDetail.json(detail))
    }

    private func remedyAudit(id: Int64, action: String, findingID: Int64, kind: String, from: String?, to: String, note: String?) -> AuditEntry {
        let detail = AuditDetail.RemedyChange(findingID: findingID, kind: kind, from: from, to: to, note: note)
        return AuditEntry(
            actor: AuditEntry.rulesActor, entity: "remedy", entityID: String(id), action: action, detailJSON: AuditDetail.json(detail))
    }

    /// One record per evaluated shipment and rule, the last one winning, in (shipment, rule) order.
    static func deduplicated(_ findings: [FindingRecord], evaluated: Set<Int64>) -> [FindingRecord] {
        var byKey: [String: FindingRecord] = [:]
        for record in findings where evaluated.contains(record.shipmentID) {
            byKey["\(record.shipmentID)|\(record.rule.rawValue)"] = record
        }
        return byKey.values.sorted { ($0.shipmentID, $0.rule.rawValue) < ($1.shipmentID, $1.rule.rawValue) }
    }
}
