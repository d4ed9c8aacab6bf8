/// Poll claims by priority: the poller claims per carrier, most valuable first, and delivered parcels get one
/// confirming poll before they retire (so the due index no longer excludes delivered rows).
enum Migration0006PollClaims {
    static let migration = Migration(version: 6, name: "poll claims by priority", sql: [
        """
        -- 0 out for delivery, 1 recently moving, 2 normal, 3 long idle; set by the poller when it reschedules.
        ALTER TABLE shipments ADD COLUMN poll_priority smallint NOT NULL DEFAULT 2
            CHECK (poll_priority BETWEEN 0 AND 9)
        """,
        """
        -- Why polling stopped (delivered, too old, silent), next to retired_at.
        ALTER TABLE shipments ADD COLUMN retired_reason text
        """,
        """
        DROP INDEX shipments_due_idx
        """,
        """
        -- PollRepository.claim: WHERE carrier = $1 AND retired_at IS NULL AND next_poll_at <= $2
        -- ORDER BY poll_priority, next_poll_at LIMIT $3 FOR UPDATE SKIP LOCKED, and ShipmentRepository.dueCount.
        -- Partial: retired parcels never enter it.
        CREATE INDEX shipments_claim_idx ON shipments (carrier, poll_priority, next_poll_at)
            WHERE retired_at IS NULL
        """,
        """
        -- PollRepository.releaseLeases(owner:): WHERE lease_owner = $1 (a stopping run hands back its claims).
        CREATE INDEX shipments_lease_owner_idx ON shipments (lease_owner) WHERE lease_owner IS NOT NULL
        """,
    ])
}
