/// Migration 3: the poll ledger, one row per `shipwatch poll` run and one per carrier attempt.
enum Migration0003PollLedger {
    static let migration = Migration(version: 3, name: "poll ledger", sql: [
        """
        CREATE TABLE poll_runs (
            id bigserial PRIMARY KEY,
            started_at timestamptz NOT NULL DEFAULT now(),
            finished_at timestamptz,
            status text NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'interrupted')),
            owner text NOT NULL,
            host text NOT NULL,
            pid integer NOT NULL,
            -- The run's limits (max shipments, time budget, per-carrier call budgets).
            limits jsonb NOT NULL DEFAULT '{}'::jsonb,
            -- Counts by outcome and by carrier: {"by_outcome": {...}, "by_carrier": {...}}.
            counts jsonb NOT NULL DEFAULT '{}'::jsonb,
            -- Carrier API calls spent, per carrier: {"ups": 12, ...}.
            calls_used jsonb NOT NULL DEFAULT '{}'::jsonb,
            error text,
            CONSTRAINT poll_runs_finished_when_done CHECK ((status = 'running') = (finished_at IS NULL))
        )
        """,
        """
        -- Recent runs (status output, ops page): ORDER BY started_at DESC LIMIT $1; and quota accounting over
        -- a window: WHERE started_at >= $1 (sums calls_used per carrier for the last hour/day).
        CREATE INDEX poll_runs_started_idx ON poll_runs (started_at DESC)
        """,
        """
        CREATE TABLE poll_attempts (
            id bigserial PRIMARY KEY,
            run_id bigint NOT NULL REFERENCES poll_runs (id) ON DELETE CASCADE,
            shipment_id bigint NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
            carrier shipwatch_carrier NOT NULL,
            outcome text NOT NULL,
            http_status integer,
            duration_ms integer CHECK (duration_ms >= 0),
            error text,
            attempted_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        -- A run's attempts (run summary): WHERE run_id = $1; also the cascade from poll_runs.
        CREATE INDEX poll_attempts_run_idx ON poll_attempts (run_id)
        """,
        """
        -- One shipment's poll history: WHERE shipment_id = $1 ORDER BY attempted_at DESC;
        -- also the cascade from shipments.
        CREATE INDEX poll_attempts_shipment_idx ON poll_attempts (shipment_id, attempted_at DESC)
        """,
    ])
}
