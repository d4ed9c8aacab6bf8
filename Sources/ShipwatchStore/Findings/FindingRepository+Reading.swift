import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// Reading findings back: ops views and tests.
extension FindingRepository {
    /// A shipment's findings, open and resolved, oldest first.
    public func findings(shipmentID: Int64) async throws -> [StoredFinding] {
        try await fetch(
            """
            SELECT \(unescaped: FindingRepository.columns) FROM findings f
            WHERE f.shipment_id = \(shipmentID) ORDER BY f.opened_at, f.id
            """
        )
    }

    /// Every open finding, by shipment and rule.
    public func openFindings() async throws -> [StoredFinding] {
        try await fetch(
            "SELECT \(unescaped: FindingRepository.columns) FROM findings f WHERE f.state = 'open' ORDER BY f.shipment_id, f.rule"
        )
    }

    /// The number of findings, in one state or in all.
    public func count(state: String? = nil) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                "SELECT count(*) FROM findings WHERE \(state)::text IS NULL OR state = \(state)", logger: database.logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }

    private static let columns = """
        f.id, f.shipment_id, f.rule, f.severity, f.state, f.stage::text, f.stage_since, f.opened_at, f.updated_at, \
        f.resolved_at, f.evidence::text, f.detail::text
        """

    private func fetch(_ query: PostgresQuery) async throws -> [StoredFinding] {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger)
            var findings: [StoredFinding] = []
            for try await (id, shipmentID, rule, severity, state, stage, stageSince, openedAt, updatedAt, resolvedAt, evidence, detail)
                in rows.decode((Int64, Int64, String, String, String, String?, Date?, Date, Date, Date?, String, String).self)
            {
                findings.append(StoredFinding(
                    id: id, shipmentID: shipmentID,
                    rule: try StoredValue.decode(RuleID.self, rule, table: "findings", column: "rule"),
                    severity: try StoredValue.decode(Severity.self, severity, table: "findings", column: "severity"),
                    state: try StoredValue.decode(FindingState.self, state, table: "findings", column: "state"), stage: stage,
                    stageSince: stageSince, openedAt: openedAt, updatedAt: updatedAt, resolvedAt: resolvedAt,
                    evidenceJSON: evidence, detailJSON: detail))
            }
            return findings
        }
    }
}
