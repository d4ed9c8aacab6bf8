import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `poll_runs` ledger: one row per run, opened at its start and closed at its end.
public struct PollRunRepository: Sendable {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Opens a run; returns its id.
    /// - Parameter expiresAt: when the run, should it still be `running`, is certainly dead (its start plus its
    ///   time bound plus one lease); ``markAbandoned(now:)`` closes it after that.
    public func start(owner: String, host: String, pid: Int, limitsJSON: String, expiresAt: Date, now: Date) async throws -> Int64 {
        let logger = database.logger
        return try await database.withConnection { connection in
            // Opening twice (a retry after the first answer was lost) leaves one row: the owner is unique per run.
            let rows = try await connection.query(
                """
                WITH existing AS (SELECT id FROM poll_runs WHERE owner = \(owner) AND status = 'running'),
                inserted AS (
                    INSERT INTO poll_runs (started_at, owner, host, pid, limits, expires_at)
                    SELECT \(now), \(owner), \(host), \(pid), \(limitsJSON)::jsonb, \(expiresAt)
                    WHERE NOT EXISTS (SELECT 1 FROM existing)
                    RETURNING id
                )
                SELECT id FROM inserted UNION ALL SELECT id FROM existing
                """,
                logger: logger
            ).collect()
            guard let id = try rows.first?.decode(Int64.self) else { throw StoreError.unreadableValue(table: "poll_runs", column: "id", value: "") }
            return id
        }
    }

    /// Closes a run with its outcome and counters.
    public func finish(
        runID: Int64, status: String, countsJSON: String, callsUsedJSON: String, error: String?, now: Date
    ) async throws {
        let logger = database.logger
        try await database.withConnection { connection in
            try await connection.query(
                """
                UPDATE poll_runs SET finished_at = \(now), status = \(status), counts = \(countsJSON)::jsonb,
                    calls_used = \(callsUsedJSON)::jsonb, error = \(TextNormalization.storableIfPresent(error))
                WHERE id = \(runID)
                """,
                logger: logger
            )
        }
    }

    /// Records the run of `owner`, if still `running`, as `failed` with `error`: what a run that had to give up on
    /// its own stuck work writes before it exits.
    public func fail(owner: String, error: String, now: Date) async throws {
        let logger = database.logger
        try await database.withConnection { connection in
            try await connection.query(
                """
                UPDATE poll_runs SET finished_at = \(now), status = 'failed', error = \(TextNormalization.storable(error))
                WHERE owner = \(owner) AND status = 'running'
                """,
                logger: logger
            )
        }
    }

    /// Closes every run still `running` whose expiry has passed as `abandoned` (it was killed without a chance
    /// to record itself); returns their ids. Its leases have expired by then, so its shipments are due again.
    @discardableResult
    public func markAbandoned(now: Date) async throws -> [Int64] {
        let logger = database.logger
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                UPDATE poll_runs SET status = 'abandoned', finished_at = \(now),
                    error = 'abandoned: the run ended without recording its outcome (killed?), its leases expired at '
                        || to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                WHERE status = 'running' AND expires_at <= \(now)
                RETURNING id
                """,
                logger: logger
            )
            var ids: [Int64] = []
            for try await id in rows.decode(Int64.self) { ids.append(id) }
            return ids.sorted()
        }
    }

    /// The most recent runs, newest first.
    public func recent(limit: Int) async throws -> [PollRunRecord] {
        let logger = database.logger
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT id, started_at, finished_at, status, owner, host, pid, limits::text, counts::text, calls_used::text, error
                FROM poll_runs ORDER BY started_at DESC, id DESC LIMIT \(limit)
                """,
                logger: logger
            )
            var runs: [PollRunRecord] = []
            for try await row in rows {
                let cells = row.makeRandomAccess()
                runs.append(PollRunRecord(
                    id: try cells["id"].decode(Int64.self),
                    startedAt: try cells["started_at"].decode(Date.self),
                    finishedAt: try cells["finished_at"].decode(Date?.self),
                    status: try cells["status"].decode(String.self),
                    owner: try cells["owner"].decode(String.self),
                    host: try cells["host"].decode(String.self),
                    pid: try cells["pid"].decode(Int.self),
                    limitsJSON: try cells["limits"].decode(String.self),
                    countsJSON: try cells["counts"].decode(String.self),
                    callsUsedJSON: try cells["calls_used"].decode(String.self),
                    error: try cells["error"].decode(String?.self)
                ))
            }
            return runs
        }
    }

    /// Attempts of one run grouped by carrier and outcome: (carrier, outcome, count).
    public func attemptCounts(runID: Int64) async throws -> [(carrier: String, outcome: String, count: Int)] {
        let logger = database.logger
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT carrier::text, outcome, count(*) FROM poll_attempts WHERE run_id = \(runID)
                GROUP BY carrier, outcome ORDER BY carrier, outcome
                """,
                logger: logger
            )
            var result: [(carrier: String, outcome: String, count: Int)] = []
            for try await (carrier, outcome, count) in rows.decode((String, String, Int).self) {
                result.append((carrier, outcome, count))
            }
            return result
        }
    }
}
