import Foundation
import PostgresNIO
import ShipwatchStore

/// Moves a test database's clock forward without waiting: every stored instant of shipments, scans and findings
/// goes `seconds` into the past, which to a process reading the real clock is the same as `seconds` passing.
/// (Paired with `SimulatorEngine.advanceClock`, the carrier's side moves too.)
enum TimeTravel {
    static func advance(_ database: Database, seconds: Double) async throws {
        let shift = "\(seconds) seconds"
        try await database.withTransaction { connection in
            try await connection.query(
                """
                UPDATE shipments SET
                    ordered_at = ordered_at - \(shift)::interval, shipped_at = shipped_at - \(shift)::interval,
                    last_event_at = last_event_at - \(shift)::interval, delivered_at = delivered_at - \(shift)::interval,
                    next_poll_at = next_poll_at - \(shift)::interval, last_polled_at = last_polled_at - \(shift)::interval,
                    lease_expires_at = lease_expires_at - \(shift)::interval, retired_at = retired_at - \(shift)::interval,
                    not_found_since = not_found_since - \(shift)::interval, last_error_at = last_error_at - \(shift)::interval,
                    next_evaluation_at = next_evaluation_at - \(shift)::interval,
                    created_at = created_at - \(shift)::interval, updated_at = updated_at - \(shift)::interval
                """,
                logger: database.logger
            )
            try await connection.query(
                """
                UPDATE scan_events SET occurred_at = occurred_at - \(shift)::interval,
                    local_time = local_time - \(shift)::interval, ingested_at = ingested_at - \(shift)::interval
                """,
                logger: database.logger
            )
            try await connection.query(
                """
                UPDATE findings SET opened_at = opened_at - \(shift)::interval, updated_at = updated_at - \(shift)::interval,
                    resolved_at = resolved_at - \(shift)::interval, stage_since = stage_since - \(shift)::interval
                """,
                logger: database.logger
            )
        }
    }
}
