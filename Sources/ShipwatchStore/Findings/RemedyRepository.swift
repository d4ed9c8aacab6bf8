import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `remedies` table: proposals the rules make and the decisions ops take on them.
///
/// Transitions: proposed → approved | rejected (ops), approved → executed (ops), proposed → withdrawn (the rules,
/// when the finding resolves). Each decision records who, when and a note, and is audited in its transaction:
/// approval, rejection and withdrawal in `decided_by`/`decided_at`/`note`, execution in its own
/// `executed_by`/`executed_at`/`execution_note`, so marking a remedy executed keeps who approved it.
public struct RemedyRepository: Sendable {
    /// The note of a proposal withdrawn because its finding resolved.
    public static let withdrawalNote = "finding resolved before a decision"

    public let database: Database

    /// Repository over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Remedies, newest first, optionally of one status and one store.
    public func list(status: RemedyStatus? = nil, store: String? = nil, limit: Int = 200) async throws -> [RemedyRecord] {
        guard limit > 0 else { throw StoreError.invalidArgument("limit must be positive, got \(limit)") }
        // With status = 'proposed' the planner can walk remedies_proposed_queue_idx backwards; the parameters are
        // bound before planning (unnamed statement), so the IS NULL branches fold away.
        return try await fetch(
            """
            SELECT \(unescaped: RemedyRepository.columns)
            FROM remedies r JOIN findings f ON f.id = r.finding_id JOIN shipments s ON s.id = f.shipment_id
            WHERE (\(status?.rawValue)::text IS NULL OR r.status = \(status?.rawValue))
              AND (\(store)::text IS NULL OR s.store_key = \(store))
            ORDER BY r.created_at DESC, r.id DESC
            LIMIT \(limit)
            """
        )
    }

    /// The remedy with this id, or nil.
    public func find(id: Int64) async throws -> RemedyRecord? {
        try await fetch(
            """
            SELECT \(unescaped: RemedyRepository.columns)
            FROM remedies r JOIN findings f ON f.id = r.finding_id JOIN shipments s ON s.id = f.shipment_id
            WHERE r.id = \(id)
            """
        ).first
    }

    /// Applies an ops decision; throws ``RemedyError/notFound(id:)`` or ``RemedyError/invalidTransition(id:current:decision:)``
    /// (naming the current status) and changes nothing when the remedy is not where the decision starts.
    ///
    /// - Parameters:
    ///   - by: who decides (recorded as `decided_by` and as the audit actor).
    ///   - note: recorded with the decision; nil keeps the remedy's previous note.
    @discardableResult
    public func decide(id: Int64, _ decision: RemedyDecision, by actor: String, note: String?) async throws -> RemedyRecord {
        let logger = database.logger
        try await database.withTransaction { connection in
            let current = try await connection.query(
                "SELECT status, kind, finding_id FROM remedies WHERE id = \(id) FOR UPDATE", logger: logger
            ).collect()
            guard let row = current.first else { throw RemedyError.notFound(id: id) }
            let (statusText, kind, findingID) = try row.decode((String, String, Int64).self)
            guard let status = RemedyStatus(rawValue: statusText) else {
                throw StoreError.unreadableValue(table: "remedies", column: "status", value: statusText)
            }
            guard status == decision.requiredStatus else {
                throw RemedyError.invalidTransition(id: id, current: status, decision: decision)
            }
            let target = decision.resultingStatus.rawValue
            if decision == .markExecuted {
                try await connection.query(
                    """
                    UPDATE remedies SET status = \(target), executed_by = \(actor), executed_at = now(),
                        execution_note = \(note), updated_at = now()
                    WHERE id = \(id)
                    """,
                    logger: logger
                )
            } else {
                try await connection.query(
                    """
                    UPDATE remedies SET status = \(target), decided_by = \(actor), decided_at = now(),
                        note = COALESCE(\(note), note), updated_at = now()
                    WHERE id = \(id)
                    """,
                    logger: logger
                )
            }
            if decision == .reject {
                // The shipment's rules run again when this rejection lapses (the same rule may then propose again).
                try await connection.query(
                    """
                    UPDATE shipments s SET next_evaluation_at = LEAST(s.next_evaluation_at, now() + r.repeat_after_days * interval '1 day')
                    FROM remedies r JOIN findings f ON f.id = r.finding_id
                    WHERE r.id = \(id) AND s.id = f.shipment_id AND r.repeat_after_days IS NOT NULL
                    """,
                    logger: logger
                )
            }
            let detail = AuditDetail.RemedyChange(findingID: findingID, kind: kind, from: status.rawValue, to: target, note: note)
            try await AuditLogRepository.append(
                [AuditEntry(actor: actor, entity: "remedy", entityID: String(id), action: target, detailJSON: AuditDetail.json(detail))],
                on: connection, logger: logger)
            try await WebhookOutbox.record([WebhookCause.decision(decision, remedyID: id)], on: connection, logger: logger)
        }
        logger.info(
            "remedy decided",
            metadata: [LogKey.remedyID: "\(id)", LogKey.remedyDecision: "\(decision.rawValue)", LogKey.remedyBy: "\(actor)"]
        )
        guard let record = try await find(id: id) else { throw RemedyError.notFound(id: id) }
        return record
    }

    private static let columns = """
        r.id, r.finding_id, f.shipment_id, s.store_key, s.order_ref, s.carrier::text, s.tracking_number, f.rule, \
        f.severity, f.state, r.kind, r.compensation, r.message, r.status, r.decided_by, r.decided_at, r.note, \
        r.created_at, r.updated_at, r.executed_by, r.executed_at, r.execution_note
        """

    private func fetch(_ query: PostgresQuery) async throws -> [RemedyRecord] {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger)
            var records: [RemedyRecord] = []
            for try await row in rows {
                let (id, findingID, shipmentID, store, orderRef, carrier, trackingNumber, rule, severity, findingState) =
                    try row.decode((Int64, Int64, Int64, String, String, String, String, String, String, String).self)
                let cells = row.makeRandomAccess()
                let statusText = try cells[13].decode(String.self)
                guard let status = RemedyStatus(rawValue: statusText) else {
                    throw StoreError.unreadableValue(table: "remedies", column: "status", value: statusText)
                }
                records.append(RemedyRecord(
                    id: id, findingID: findingID, shipmentID: shipmentID, store: store, orderRef: orderRef,
                    carrier: try StoredValue.decode(Carrier.self, carrier, table: "shipments", column: "carrier"),
                    trackingNumber: trackingNumber, rule: try StoredValue.decode(RuleID.self, rule, table: "findings", column: "rule"),
                    severity: try StoredValue.decode(Severity.self, severity, table: "findings", column: "severity"),
                    findingState: try StoredValue.decode(FindingState.self, findingState, table: "findings", column: "state"),
                    kind: try cells[10].decode(String.self), compensation: try cells[11].decode(String?.self),
                    message: try cells[12].decode(String?.self), status: status,
                    decidedBy: try cells[14].decode(String?.self), decidedAt: try cells[15].decode(Date?.self),
                    note: try cells[16].decode(String?.self), createdAt: try cells[17].decode(Date.self),
                    updatedAt: try cells[18].decode(Date.self),
                    execution: try cells[20].decode(Date?.self).map { at in
                        RemedyExecution(by: try cells[19].decode(String?.self) ?? "", at: at, note: try cells[21].decode(String?.self))
                    }))
            }
            return records
        }
    }
}
