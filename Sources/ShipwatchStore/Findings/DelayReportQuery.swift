import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The delay report's one query: every open finding joined to its shipment, with its most recent remedy.
public struct DelayReportQuery: Sendable {
    public let database: Database

    /// Query over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// The open findings (of one store, when given): `act` first, then the longest silence first (never-scanned
    /// shipments last), then by finding id.
    ///
    /// One statement: the open findings (a scan of the open rows only: `state = 'open'` is what the partial indexes
    /// `findings_open_key` and `findings_open_report_idx` hold, resolved rows never enter them), joined to their
    /// shipments (by primary key, or hashed when most shipments are involved), the latest remedy of each through a
    /// LATERAL probe of `remedies_finding_idx`, sorted in memory. It runs in a read transaction with JIT off (the
    /// plan is simple; compiling it costs more than it saves) and enough `work_mem` to sort without spilling.
    public func rows(store: String? = nil) async throws -> [DelayReportRow] {
        let started = ContinuousClock.now
        let logger = database.logger
        let rows = try await database.withTransaction { connection in
            try await connection.query("SET LOCAL jit = off", logger: logger)
            try await connection.query("SET LOCAL work_mem = '64MB'", logger: logger)
            let result = try await connection.query(
                """
                SELECT f.id, s.store_key, s.order_ref, s.carrier::text, s.tracking_number, f.rule, f.severity,
                       s.status::text, s.last_event_at, f.detail ->> 'last_location', r.kind, r.compensation, r.status
                FROM findings f
                JOIN shipments s ON s.id = f.shipment_id
                LEFT JOIN LATERAL (
                    SELECT x.kind, x.compensation, x.status FROM remedies x
                    WHERE x.finding_id = f.id ORDER BY x.created_at DESC, x.id DESC LIMIT 1
                ) r ON true
                WHERE f.state = 'open' AND (\(store)::text IS NULL OR s.store_key = \(store))
                ORDER BY f.severity = 'act' DESC, s.last_event_at ASC NULLS LAST, f.id
                """,
                logger: logger
            )
            var rows: [DelayReportRow] = []
            for try await (id, store, orderRef, carrier, tracking, rule, severity, stage, lastEventAt, location, kind, compensation, status)
                in result.decode(
                    (Int64, String, String, String, String, String, String, String?, Date?, String?, String?, String?, String?).self)
            {
                rows.append(DelayReportRow(
                    findingID: id, store: store, orderRef: orderRef,
                    carrier: try StoredValue.decode(Carrier.self, carrier, table: "shipments", column: "carrier"),
                    trackingNumber: tracking,
                    rule: try StoredValue.decode(RuleID.self, rule, table: "findings", column: "rule"),
                    severity: try StoredValue.decode(Severity.self, severity, table: "findings", column: "severity"), stage: stage, lastEventAt: lastEventAt, lastLocation: location, remedyKind: kind,
                    remedyCompensation: compensation, remedyStatus: status))
            }
            return rows
        }
        logger.debug(
            "delay report queried",
            metadata: [
                LogKey.reportStore: "\(store ?? "*")", LogKey.reportRows: "\(rows.count)",
                LogKey.durationMilliseconds: "\((ContinuousClock.now - started).milliseconds)",
            ]
        )
        return rows
    }
}
