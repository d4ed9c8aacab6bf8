import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The findings list of the ops dashboard: the delay report's query with filters, a sort and keyset pages.
struct PostgresOpsFindings: Sendable {
    let database: Database

    /// The order of a sort as SQL: the expression the rows are ordered by (as an index of migration 14 holds it),
    /// the cursor's value of it (microseconds since 1970 as a bigint, never null: no last scan is `Int64.max`), and
    /// whether it ascends.
    static func sortKey(_ sort: OpsFindingSort) -> (order: String, cursor: String, ascending: Bool) {
        let silence = "coalesce(f.shipment_last_event_at, 'infinity'::timestamptz)"
        let silenceCursor = """
            CASE WHEN f.shipment_last_event_at IS NULL THEN 9223372036854775807::bigint \
            ELSE floor(extract(epoch FROM f.shipment_last_event_at) * 1000000)::bigint END
            """
        let opened = "f.opened_at"
        let openedCursor = "floor(extract(epoch FROM f.opened_at) * 1000000)::bigint"
        switch sort {
        case .longestSilence: return (silence, silenceCursor, true)
        case .shortestSilence: return (silence, silenceCursor, false)
        case .newest: return (opened, openedCursor, false)
        case .oldest: return (opened, openedCursor, true)
        }
    }

    /// One page of open findings. The open findings are walked in the sort's order through
    /// `findings_open_silence_idx` or `findings_open_opened_idx` (migration 14), starting after the cursor (a row
    /// comparison the index answers), and filtered by their copies of the shipment's facts; only the page's rows
    /// are joined to their shipments (primary key) and their latest remedy (`remedies_finding_idx`).
    func page(_ filter: OpsFindingFilter, now: Date) async throws -> OpsFindingPage {
        let limit = min(max(filter.limit, 1), 5_000)
        let (order, cursorKey, ascending) = Self.sortKey(filter.sort)
        let direction = ascending ? "ASC" : "DESC"
        let comparison = ascending ? ">" : "<"
        // Without a cursor the walk starts before the first row (after the last one, descending).
        let afterKey = filter.after?.key ?? (ascending ? Int64.min : Int64.max)
        let afterID = filter.after?.findingID ?? (ascending ? Int64.min : Int64.max)
        let silentBefore = filter.minDaysSilent.map { now.addingTimeInterval(-Double($0) * 86_400) }
        let query: PostgresQuery = """
            SELECT f.id, f.shipment_id, s.store_key, s.order_ref, s.carrier::text, s.tracking_number, f.rule, f.severity,
                   s.status::text, s.last_event_at, f.detail ->> 'last_location', f.opened_at,
                   r.id, r.kind, r.compensation, r.status, \(unescaped: cursorKey) AS sort_key
            FROM findings f
            JOIN shipments s ON s.id = f.shipment_id
            LEFT JOIN LATERAL (
                SELECT x.id, x.kind, x.compensation, x.status FROM remedies x
                WHERE x.finding_id = f.id ORDER BY x.created_at DESC, x.id DESC LIMIT 1
            ) r ON true
            WHERE f.state = 'open'
              AND (\(unescaped: order), f.id) \(unescaped: comparison) (
                  CASE WHEN \(afterKey)::bigint = 9223372036854775807 THEN 'infinity'::timestamptz
                       WHEN \(afterKey)::bigint = -9223372036854775808 THEN '-infinity'::timestamptz
                       ELSE timestamptz 'epoch' + \(afterKey)::bigint * interval '1 microsecond' END,
                  \(afterID)::bigint)
              AND (\(filter.scope.sortedStores)::text[] IS NULL OR f.store_key = ANY(\(filter.scope.sortedStores)::text[]))
              AND (\(filter.store)::text IS NULL OR f.store_key = \(filter.store))
              AND (\(filter.carrier?.rawValue)::text IS NULL OR f.carrier::text = \(filter.carrier?.rawValue))
              AND (\(filter.rule?.rawValue)::text IS NULL OR f.rule = \(filter.rule?.rawValue))
              AND (\(filter.severity?.rawValue)::text IS NULL OR f.severity = \(filter.severity?.rawValue))
              AND (\(filter.stage?.rawValue)::text IS NULL OR f.shipment_status::text = \(filter.stage?.rawValue))
              AND (\(silentBefore)::timestamptz IS NULL OR f.shipment_last_event_at <= \(silentBefore))
            ORDER BY \(unescaped: order) \(unescaped: direction), f.id \(unescaped: direction)
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
            findingID: id, shipmentID: shipmentID, store: store, orderRef: orderRef,
            carrier: try RowDecoding.enumValue(carrier, table: "findings", column: "carrier"), trackingNumber: tracking,
            rule: try RowDecoding.enumValue(rule, table: "findings", column: "rule"),
            severity: try RowDecoding.enumValue(severity, table: "findings", column: "severity"), stage: stage, lastEventAt: lastEventAt,
            lastLocation: try cells[10].decode(String?.self), openedAt: try cells[11].decode(Date.self),
            remedyID: try cells[12].decode(Int64?.self), remedyKind: try cells[13].decode(String?.self),
            remedyCompensation: try cells[14].decode(String?.self), remedyStatus: try cells[15].decode(String?.self),
            cursor: OpsFindingCursor(key: try cells[16].decode(Int64.self), findingID: id))
    }
}
