/// Migration 8: the shared carrier allowance — quotas, rate and bans kept in PostgreSQL so that every poll
/// process on every host draws from one budget per carrier.
enum Migration0008CarrierAllowance {
    static let migration = Migration(version: 8, name: "shared carrier allowance", sql: [
        """
        -- One row per carrier: the lock every reservation takes (INSERT … ON CONFLICT DO UPDATE), the shared
        -- rate (GCRA theoretical arrival time), the pace marks of spread quotas, and a ban every process honors.
        CREATE TABLE carrier_allowances (
            carrier shipwatch_carrier PRIMARY KEY,
            rate_tat timestamptz,
            hour_pace_mark timestamptz,
            day_pace_mark timestamptz,
            banned_until timestamptz,
            ban_reason text,
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        -- Calls reserved per carrier and one-minute slot: the rolling hour is the sum of the last 61 slots, the
        -- UTC day the sum of the slots since 00:00 UTC. The primary key's index serves
        -- PostgresCarrierAllowance.reserve/state (WHERE carrier = $1 AND slot_start >= $2), its refund
        -- (WHERE carrier = $1 AND slot_start = $2) and the clean-up (WHERE carrier = $1 AND slot_start < $2).
        CREATE TABLE carrier_call_slots (
            carrier shipwatch_carrier NOT NULL,
            slot_start timestamptz NOT NULL,
            calls integer NOT NULL CHECK (calls >= 0),
            PRIMARY KEY (carrier, slot_start)
        )
        """,
    ])
}
