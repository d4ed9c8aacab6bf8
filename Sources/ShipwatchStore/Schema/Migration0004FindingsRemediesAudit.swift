/// Migration 4: rule findings, remedy proposals and the audit log (used by the rules and remedies work).
enum Migration0004FindingsRemediesAudit {
    static let migration = Migration(version: 4, name: "findings, remedies and audit log", sql: [
        """
        CREATE TABLE findings (
            id bigserial PRIMARY KEY,
            shipment_id bigint NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
            rule text NOT NULL CHECK (rule <> ''),
            severity text NOT NULL CHECK (severity IN ('watch', 'act')),
            state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
            opened_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            resolved_at timestamptz,
            -- The stage the shipment was stuck in, and since when.
            stage shipwatch_milestone,
            stage_since timestamptz,
            evidence jsonb NOT NULL DEFAULT '{}'::jsonb,
            detail jsonb NOT NULL DEFAULT '{}'::jsonb,
            CONSTRAINT findings_resolved_when_done CHECK ((state = 'resolved') = (resolved_at IS NOT NULL))
        )
        """,
        """
        -- At most one open finding per shipment and rule: the rule engine's upsert target,
        -- ON CONFLICT (shipment_id, rule) WHERE state = 'open', and its lookup of a shipment's open findings.
        CREATE UNIQUE INDEX findings_open_key ON findings (shipment_id, rule) WHERE state = 'open'
        """,
        """
        -- The delay report: WHERE state = 'open' ORDER BY severity, opened_at (partial: resolved rows pile up).
        CREATE INDEX findings_open_report_idx ON findings (severity, opened_at) WHERE state = 'open'
        """,
        """
        -- A shipment's finding history, resolved ones included (ops detail view):
        -- WHERE shipment_id = $1 ORDER BY opened_at DESC; also the cascade from shipments.
        CREATE INDEX findings_shipment_idx ON findings (shipment_id, opened_at DESC)
        """,
        """
        CREATE TABLE remedies (
            id bigserial PRIMARY KEY,
            finding_id bigint NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
            kind text NOT NULL CHECK (kind IN ('refund', 'reshipment', 'customer_choice')),
            -- The store's compensation, e.g. "an extra phone case".
            compensation text,
            -- The draft message to the customer.
            message text,
            status text NOT NULL DEFAULT 'proposed'
                CHECK (status IN ('proposed', 'approved', 'rejected', 'executed', 'withdrawn')),
            decided_by text,
            decided_at timestamptz,
            note text,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        -- A finding's remedies (report rows; withdrawing undecided ones when the finding resolves):
        -- WHERE finding_id = $1; also the cascade from findings.
        CREATE INDEX remedies_finding_idx ON remedies (finding_id)
        """,
        """
        -- One undecided proposal per finding, so re-running the rules never proposes twice:
        -- ON CONFLICT (finding_id) WHERE status = 'proposed'.
        CREATE UNIQUE INDEX remedies_one_proposal_key ON remedies (finding_id) WHERE status = 'proposed'
        """,
        """
        -- The ops approval queue: WHERE status = 'proposed' ORDER BY created_at.
        CREATE INDEX remedies_proposed_queue_idx ON remedies (created_at) WHERE status = 'proposed'
        """,
        """
        CREATE TABLE audit_log (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            actor text NOT NULL,
            entity text NOT NULL,
            entity_id text NOT NULL,
            action text NOT NULL,
            detail jsonb NOT NULL DEFAULT '{}'::jsonb
        )
        """,
        """
        -- One entity's history (who approved this remedy, when):
        -- WHERE entity = $1 AND entity_id = $2 ORDER BY at. The recent-activity feed uses the primary key
        -- (ORDER BY id DESC), so `at` gets no index of its own.
        CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at)
        """,
    ])
}
