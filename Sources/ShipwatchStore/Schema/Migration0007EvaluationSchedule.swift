/// Migration 7: when each shipment's rules next need to run (the sweep every poll run makes), and remedies that
/// keep the approval and the execution apart and remember when a rejected proposal may be made again.
enum Migration0007EvaluationSchedule {
    static let migration = Migration(version: 7, name: "evaluation schedule and remedy lifecycle", sql: [
        """
        -- The earliest instant at which the rules could change the shipment's findings (NextEvaluation in Core, written
        -- with the evaluation's results), or now() when something changed that no evaluation has seen yet (new
        -- shipment, new scans, a first "not found", a store policy change). NULL: time alone changes nothing.
        ALTER TABLE shipments ADD COLUMN next_evaluation_at timestamptz
        """,
        """
        -- Every shipment the rules may still judge is due once after the upgrade.
        UPDATE shipments s SET next_evaluation_at = now()
        WHERE s.status IS NULL OR s.status NOT IN ('delivered', 'cancelled')
           OR EXISTS (SELECT 1 FROM findings f WHERE f.shipment_id = s.id AND f.state = 'open')
        """,
        """
        ALTER TABLE shipments ALTER COLUMN next_evaluation_at SET DEFAULT now()
        """,
        """
        -- EvaluationSchedule.due (the sweep of every poll run): WHERE next_evaluation_at <= $1
        -- AND (next_evaluation_at, id) > ($2, $3) ORDER BY next_evaluation_at, id LIMIT $4.
        -- Partial: shipments time cannot change (most delivered ones) never enter it.
        CREATE INDEX shipments_next_evaluation_idx ON shipments (next_evaluation_at, id)
            WHERE next_evaluation_at IS NOT NULL
        """,
        """
        -- Who carried out an approved remedy, when, and their note; decided_by/decided_at/note keep the approval.
        ALTER TABLE remedies
            ADD COLUMN executed_by text,
            ADD COLUMN executed_at timestamptz,
            ADD COLUMN execution_note text,
            -- Days after a rejection the same shipment and rule may be proposed a remedy again
            -- (StorePolicy.remedyRepeatDays at proposal time); NULL: never.
            ADD COLUMN repeat_after_days double precision CHECK (repeat_after_days >= 0)
        """,
        """
        -- Executed remedies so far had their approval overwritten by the execution: move the execution to its own
        -- columns and restore the approval from the audit log.
        UPDATE remedies r SET
            executed_by = r.decided_by, executed_at = r.decided_at,
            execution_note = COALESCE(executed.detail ->> 'note', CASE WHEN approved.id IS NULL THEN r.note END),
            decided_by = COALESCE(approved.actor, r.decided_by), decided_at = COALESCE(approved.at, r.decided_at),
            note = CASE WHEN approved.id IS NULL THEN r.note ELSE approved.detail ->> 'note' END
        FROM remedies r0
        LEFT JOIN LATERAL (
            SELECT a.id, a.actor, a.at, a.detail FROM audit_log a
            WHERE a.entity = 'remedy' AND a.entity_id = r0.id::text AND a.action = 'approved'
            ORDER BY a.at DESC, a.id DESC LIMIT 1
        ) approved ON true
        LEFT JOIN LATERAL (
            SELECT a.detail FROM audit_log a
            WHERE a.entity = 'remedy' AND a.entity_id = r0.id::text AND a.action = 'executed'
            ORDER BY a.at DESC, a.id DESC LIMIT 1
        ) executed ON true
        WHERE r.id = r0.id AND r.status = 'executed'
        """,
        """
        ALTER TABLE remedies ADD CONSTRAINT remedies_executed_when_done
            CHECK ((status = 'executed') = (executed_at IS NOT NULL))
        """,
    ])
}
