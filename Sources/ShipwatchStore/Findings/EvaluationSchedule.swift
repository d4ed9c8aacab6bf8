import Foundation
import Logging
import PostgresNIO

/// The shipments whose rules are due: `next_evaluation_at` reached. Each poll run sweeps them (after the
/// shipments it changed itself), so stalls that ripen between polls are flagged without new scans.
public struct EvaluationSchedule: Sendable {
    /// Where a sweep stands: the last `(next_evaluation_at, id)` it took.
    public struct Position: Sendable, Hashable {
        public var dueAt: Date
        public var shipmentID: Int64

        public init(dueAt: Date, shipmentID: Int64) {
            self.dueAt = dueAt
            self.shipmentID = shipmentID
        }
    }

    public let database: Database

    /// Schedule over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Up to `limit` shipments due at `now`, after `position`, in `(next_evaluation_at, id)` order (an index range
    /// scan of `shipments_next_evaluation_idx`). A sweep keeps `now` fixed and walks on from the last position, so
    /// a shipment marked due again while it runs (at a later `now()`) waits for the next sweep and no sweep loops.
    public func due(asOf now: Date, after position: Position?, limit: Int) async throws -> [Position] {
        guard limit > 0 else { throw StoreError.invalidArgument("limit must be positive, got \(limit)") }
        let logger = database.logger
        let afterAt = position?.dueAt ?? Date.distantPast
        let afterID = position?.shipmentID ?? Int64.min
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT next_evaluation_at, id FROM shipments
                WHERE next_evaluation_at IS NOT NULL AND next_evaluation_at <= \(now)
                  AND (next_evaluation_at, id) > (\(afterAt)::timestamptz, \(afterID)::int8)
                ORDER BY next_evaluation_at, id
                LIMIT \(limit)
                """,
                logger: logger
            )
            var due: [Position] = []
            for try await (at, id) in rows.decode((Date, Int64).self) {
                due.append(Position(dueAt: at, shipmentID: id))
            }
            return due
        }
    }

    /// How many shipments are due at `now` (for the run summary and ops).
    public func dueCount(asOf now: Date) async throws -> Int {
        let logger = database.logger
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                "SELECT count(*) FROM shipments WHERE next_evaluation_at IS NOT NULL AND next_evaluation_at <= \(now)",
                logger: logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }
}
