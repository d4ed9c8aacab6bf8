import Foundation
import PostgresNIO
import ShipwatchCore

/// Fixed-window request counts in `rate_limit_windows`, shared by every `serve` replica.
public struct RateLimitRepository: RateLimitCounter {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func hit(_ window: RateWindow) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                INSERT INTO rate_limit_windows (bucket, window_start, hits)
                VALUES (\(window.bucket), \(window.start), 1)
                ON CONFLICT (bucket, window_start)
                DO UPDATE SET hits = LEAST(rate_limit_windows.hits, 2000000000) + 1
                RETURNING hits
                """,
                logger: database.logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 1
        }
    }

    /// One upsert of the window's row: `hits` counts every request asked for (granted or not, capped far above
    /// any limit), so the grant is what was left of `limit` before this lease, at most `wanted`.
    public func lease(_ window: RateWindow, wanted: Int, limit: Int) async throws -> Int {
        let wanted = min(max(1, wanted), 1_000_000)
        let asked = try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                INSERT INTO rate_limit_windows AS w (bucket, window_start, hits)
                VALUES (\(window.bucket), \(window.start), \(wanted))
                ON CONFLICT (bucket, window_start)
                DO UPDATE SET hits = LEAST(w.hits, 1000000000) + EXCLUDED.hits
                RETURNING hits
                """,
                logger: database.logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? wanted
        }
        return min(wanted, max(0, limit - (asked - wanted)))
    }

    public func purge(before cutoff: Date) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                WITH gone AS (DELETE FROM rate_limit_windows WHERE window_start < \(cutoff) RETURNING 1)
                SELECT count(*) FROM gone
                """,
                logger: database.logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }
}
