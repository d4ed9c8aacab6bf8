import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The shared carrier allowance in PostgreSQL: every poll process on every host reserves its carrier calls here.
///
/// A reservation is one transaction: it locks the carrier's `carrier_allowances` row (an upsert, so the row
/// exists from the first call on), sums the carrier's `carrier_call_slots` for the rolling hour and the UTC day,
/// lets `AllowancePolicy` decide, then stores the new rate and pace marks and adds the granted calls to the
/// current one-minute slot. Concurrent reservations for one carrier queue on that row lock, so two processes
/// never both spend the last call; different carriers never wait for each other.
public struct PostgresCarrierAllowance: CarrierAllowance {
    public let database: Database
    /// Slots older than this are deleted as reservations go (the rolling hour and the UTC day need at most 25 h).
    static let slotRetentionSeconds: Double = 2 * 86_400

    public init(database: Database) {
        self.database = database
    }

    public func reserve(_ request: AllowanceRequest, now: Date) async throws -> AllowanceGrant {
        let carrier = request.carrier.rawValue
        let logger = database.logger
        return try await database.withTransaction { connection in
            let locked = try await connection.query(
                """
                INSERT INTO carrier_allowances (carrier) VALUES (\(carrier)::shipwatch_carrier)
                ON CONFLICT (carrier) DO UPDATE SET carrier = EXCLUDED.carrier
                RETURNING rate_tat, hour_pace_mark, day_pace_mark, banned_until, ban_reason
                """,
                logger: logger
            ).collect()
            guard let row = locked.first else { throw StoreError.unreadableValue(table: "carrier_allowances", column: "carrier", value: carrier) }
            var state = try Self.decodeState(row)
            (state.hourUsed, state.dayUsed) = try await Self.usedCalls(carrier: carrier, now: now, on: connection, logger: logger)
            let decision = AllowancePolicy.decide(request, state: state, now: now)
            guard decision.grant.calls > 0 else { return decision.grant }
            let next = decision.state
            try await connection.query(
                """
                UPDATE carrier_allowances SET rate_tat = \(next.rateTAT), hour_pace_mark = \(next.hourPaceMark),
                    day_pace_mark = \(next.dayPaceMark), updated_at = now()
                WHERE carrier = \(carrier)::shipwatch_carrier
                """,
                logger: logger
            )
            try await connection.query(
                """
                INSERT INTO carrier_call_slots (carrier, slot_start, calls)
                VALUES (\(carrier)::shipwatch_carrier, \(decision.grant.slotStart), \(decision.grant.calls))
                ON CONFLICT (carrier, slot_start) DO UPDATE SET calls = carrier_call_slots.calls + EXCLUDED.calls
                """,
                logger: logger
            )
            let expired = now.addingTimeInterval(-Self.slotRetentionSeconds)
            try await connection.query(
                "DELETE FROM carrier_call_slots WHERE carrier = \(carrier)::shipwatch_carrier AND slot_start < \(expired)",
                logger: logger
            )
            return decision.grant
        }
    }

    public func refund(_ grant: AllowanceGrant, unused: Int, now: Date) async throws {
        let count = min(max(0, unused), grant.calls)
        guard count > 0 else { return }
        let carrier = grant.carrier.rawValue
        let hourSeconds = grant.hourPaceSeconds * Double(count)
        let daySeconds = grant.dayPaceSeconds * Double(count)
        let logger = database.logger
        try await database.withTransaction { connection in
            try await connection.query(
                """
                UPDATE carrier_allowances SET
                    hour_pace_mark = hour_pace_mark - make_interval(secs => \(hourSeconds)),
                    day_pace_mark = day_pace_mark - make_interval(secs => \(daySeconds)),
                    updated_at = now()
                WHERE carrier = \(carrier)::shipwatch_carrier
                """,
                logger: logger
            )
            if let end = grant.rateEnd, grant.rateIntervalSeconds > 0 {
                // The shared rate moves back only while no later grant was scheduled after this one.
                let back = grant.rateIntervalSeconds * Double(count)
                let low = end.addingTimeInterval(-AllowancePolicy.rateEndTolerance)
                let high = end.addingTimeInterval(AllowancePolicy.rateEndTolerance)
                try await connection.query(
                    """
                    UPDATE carrier_allowances SET rate_tat = greatest(\(now), rate_tat - make_interval(secs => \(back)))
                    WHERE carrier = \(carrier)::shipwatch_carrier AND rate_tat BETWEEN \(low) AND \(high)
                    """,
                    logger: logger
                )
            }
            try await connection.query(
                """
                UPDATE carrier_call_slots SET calls = greatest(0, calls - \(count))
                WHERE carrier = \(carrier)::shipwatch_carrier AND slot_start = \(grant.slotStart)
                """,
                logger: logger
            )
        }
    }

    public func ban(_ carrier: Carrier, until: Date, reason: String, now: Date) async throws {
        let logger = database.logger
        try await database.withConnection { connection in
            try await connection.query(
                """
                INSERT INTO carrier_allowances (carrier, banned_until, ban_reason)
                VALUES (\(carrier.rawValue)::shipwatch_carrier, \(until), \(reason))
                ON CONFLICT (carrier) DO UPDATE SET
                    ban_reason = CASE WHEN carrier_allowances.banned_until IS NULL OR carrier_allowances.banned_until < EXCLUDED.banned_until
                                      THEN EXCLUDED.ban_reason ELSE carrier_allowances.ban_reason END,
                    banned_until = greatest(carrier_allowances.banned_until, EXCLUDED.banned_until),
                    updated_at = now()
                """,
                logger: logger
            )
        }
    }

    public func state(of carrier: Carrier, now: Date) async throws -> AllowanceState {
        let logger = database.logger
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT rate_tat, hour_pace_mark, day_pace_mark, banned_until, ban_reason
                FROM carrier_allowances WHERE carrier = \(carrier.rawValue)::shipwatch_carrier
                """,
                logger: logger
            ).collect()
            var state = try rows.first.map(Self.decodeState) ?? AllowanceState()
            (state.hourUsed, state.dayUsed) = try await Self.usedCalls(carrier: carrier.rawValue, now: now, on: connection, logger: logger)
            return state
        }
    }

    /// Calls counted in the rolling hour and in the UTC day at `now`.
    private static func usedCalls(carrier: String, now: Date, on connection: PostgresConnection, logger: Logger) async throws -> (Int, Int) {
        let hourHorizon = AllowancePolicy.hourHorizon(at: now)
        let dayStart = AllowancePolicy.dayStart(of: now)
        let rows = try await connection.query(
            """
            SELECT coalesce(sum(calls) FILTER (WHERE slot_start >= \(hourHorizon)), 0)::bigint,
                   coalesce(sum(calls) FILTER (WHERE slot_start >= \(dayStart)), 0)::bigint
            FROM carrier_call_slots
            WHERE carrier = \(carrier)::shipwatch_carrier AND slot_start >= \(min(hourHorizon, dayStart))
            """,
            logger: logger
        ).collect()
        guard let row = rows.first else { return (0, 0) }
        let (hour, day) = try row.decode((Int64, Int64).self)
        return (Int(clamping: hour), Int(clamping: day))
    }

    private static func decodeState(_ row: PostgresRow) throws -> AllowanceState {
        let (rateTAT, hourMark, dayMark, bannedUntil, banReason) = try row.decode((Date?, Date?, Date?, Date?, String?).self)
        return AllowanceState(
            rateTAT: rateTAT, hourPaceMark: hourMark, dayPaceMark: dayMark, bannedUntil: bannedUntil, banReason: banReason
        )
    }
}
