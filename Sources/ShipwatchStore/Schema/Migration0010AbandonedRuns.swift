/// Migration 10: runs killed without recording themselves (SIGKILL, a lost host) become `abandoned` once they
/// cannot be alive any more, instead of staying `running` forever.
enum Migration0010AbandonedRuns {
    static let migration = Migration(version: 10, name: "abandoned poll runs", sql: [
        """
        ALTER TABLE poll_runs DROP CONSTRAINT poll_runs_status_check
        """,
        """
        ALTER TABLE poll_runs ADD CONSTRAINT poll_runs_status_check
            CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'interrupted', 'abandoned'))
        """,
        """
        -- When a run still 'running' is certainly dead: its start, plus its time bound, plus the lease of the last
        -- shipment it could have claimed. Set when the run opens.
        ALTER TABLE poll_runs ADD COLUMN expires_at timestamptz
        """,
        """
        UPDATE poll_runs SET expires_at = started_at + make_interval(
            secs => COALESCE((limits->>'max_duration_seconds')::float8, 0) + COALESCE((limits->>'lease_seconds')::float8, 600))
        WHERE expires_at IS NULL
        """,
        """
        -- PollRunRepository.markAbandoned(now:), at every poll run's start:
        -- UPDATE poll_runs … WHERE status = 'running' AND expires_at <= $1. Partial: only open runs enter it.
        CREATE INDEX poll_runs_running_expiry_idx ON poll_runs (expires_at) WHERE status = 'running'
        """,
    ])
}
