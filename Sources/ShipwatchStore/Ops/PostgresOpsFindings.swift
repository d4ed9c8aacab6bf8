import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The findings list of the ops dashboard: the delay report's query with filters, a sort and keyset pages.
struct PostgresOpsFindings: Sendable {
    let database: Database

    /// The sort key of each order as SQL (microseconds since 1970, never null) and whether it ascends.
    static func sortKey(_ sort: OpsFindingSort) -> (sql: String, ascending: Bool) {
        let silence = """
            CASE WHEN s.last_event_at IS NULL THEN 9223372036854775807::bigint \
            ELSE floor(extract(epoch FROM s.last_event_at) * 1000000)::bigint END
            """
        let opened = "floor(extract(epoch FROM f.opened_at) * 1000000)::bigint"
        switch sort {
        case .longestSilence: return (silence, true)
        case .shortestSilence: return (silence, false)
        case .newest: return (opened, false)
        case .oldest: return (opened, true)
        }
    }

    /// One page of open findings. The rows come from the open findings only (`state = 'open'`, the rows of the
    /// partial index `findings_open_report_idx`), joined to their shipments by primary key, with the latest remedy
    /// of each through `remedies_finding_idx`.
    func page(_ filter: OpsFindingFilter, now: Date) async throws -> OpsFindingPage {
        let limit = min(max(filter.limit, 1), 5_000)
        let (key, ascending) = Self.sortKey(filter.sort)
        let direction = ascending ? "ASC" : "DESC"
        let comparison = ascending ? ">" : "<"
        let silentBefore = filter.minDaysSilent.map { now.addingTimeInterval(-Double($0) * 86_400) }
        let query: PostgresQuery = """
            SELECT f.id, f.shipment_id, s.store_key, s.order_ref, s.carrier::text, s.tracking_number, f.rule, f.severity,
                   s.status::text, s.last_event_at, f.detail ->> 'last_location', f.opened_at,
                   r.id, r.kind, r.compensation, r.status, \(unescaped: key) AS sort_key
            FROM findings f
            JOIN shipments s ON s.id = f.shipment_id
            LEFT JOIN LATERAL (
                SELECT x.id, x.kind, x.compensation, x.status FROM remedies x
                WHERE x.finding_id = f.id ORDER BY x.created_at DESC, x.id DESC LIMIT 1
            ) r ON true
            WHERE f.state = 'open'
              AND (\(filter.scope.sortedStores)::text[] IS NULL OR s.store_key = ANY(\(filter.scope.sortedStores)::text[]))
              AND (\(filter.store)::text IS NULL OR s.store_key = \(filter.store))
              AND (\(filter.carrier?.rawValue)::text IS NULL OR s.carrier::text = \(filter.carrier?.rawValue))
              AND (\(filter.rule)::text IS NULL OR f.rule = \(filter.rule))
              AND (\(filter.severity)::text IS NULL OR f.severity = \(filter.severity))
              AND (\(filter.stage?.rawValue)::text IS NULL OR s.status::text = \(filter.stage?.rawValue))
              AND (\(silentBefore)::timestamptz IS NULL OR s.last_event_at <= \(silentBefore))
              AND (\(filter.after?.key)::bigint IS NULL
                   OR (\(unescaped: key), f.id) \(unescaped: comparison) (\(filter.after?.key), \(filter.after?.findingID)))
            ORDER BY sort_key \(unescaped: direction), f.id \(unescaped: direction)
            LIMIT \(limit + 1)
            """
        let rows = try await database.withConnection { connection in
            let result = try await connection.query(query, logger: database.logger)
            var rows: [OpsFindingRow] = []
            for try await row in result {
                rows.append(try Self.decode(row))
            }
            return rows
        }
        let more = rows.count > limit
        let shown = Array(rows.prefix(limit))
        return OpsFindingPage(rows: shown, next: more ? shown.last?.cursor : nil)
    }

    private static func decode(_ row: PostgresRow) throws -> OpsFindingRow {
        let (id, shipmentID, store, orderRef, carrier, tracking, rule, severity, stage, lastEventAt) =
            try row.decode((Int64, Int64, String, String, String, String, String, String, String?, Date?).self)
        let cells = row.makeRandomAccess()
        return OpsFindingRow(
            findingID: id, shipmentID: shipmentID, store: store, orderRef: orderRef, carrier: carrier, trackingNumber: tracking,
            rule: rule, severity: severity, stage: stage, lastEventAt: lastEventAt,
            lastLocation: try cells[10].decode(String?.self), openedAt: try cells[11].decode(Date.self),
            remedyID: try cells[12].decode(Int64?.self), remedyKind: try cells[13].decode(String?.self),
            remedyCompensation: try cells[14].decode(String?.self), remedyStatus: try cells[15].decode(String?.self),
            cursor: OpsFindingCursor(key: try cells[16].decode(Int64.self), findingID: id))
    }
}
