/// Migration 14: each finding carries the facts of its shipment that the ops dashboard filters, counts and sorts
/// by (store, carrier, stage, last scan), kept equal to the shipment's by triggers; and the runs page's recent
/// webhook deliveries per endpoint get an index.
///
/// At 1,000,000 shipments and 137,000 open findings, every dashboard figure joined the open findings to their
/// shipments (a hash join over the shipments' primary key, about a second each) and the findings list sorted all of
/// them for every page. With the facts on the finding, the figures read the findings alone and the list walks an
/// index in its sort order. Triggers keep the copies, so no writer (poll ingest, import, evaluate, tests) can forget.
enum Migration0014FindingShipmentFacts {
    static let migration = Migration(version: 14, name: "finding shipment facts", sql: [
        """
        ALTER TABLE findings
            ADD COLUMN store_key text,
            ADD COLUMN carrier shipwatch_carrier,
            ADD COLUMN shipment_status shipwatch_milestone,
            ADD COLUMN shipment_last_event_at timestamptz
        """,
        """
        UPDATE findings f
        SET store_key = s.store_key, carrier = s.carrier, shipment_status = s.status, shipment_last_event_at = s.last_event_at
        FROM shipments s WHERE s.id = f.shipment_id
        """,
        """
        ALTER TABLE findings ALTER COLUMN store_key SET NOT NULL, ALTER COLUMN carrier SET NOT NULL
        """,
        """
        -- A new finding copies its shipment's facts (one primary-key probe of shipments).
        CREATE FUNCTION findings_copy_shipment_facts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            SELECT s.store_key, s.carrier, s.status, s.last_event_at
            INTO NEW.store_key, NEW.carrier, NEW.shipment_status, NEW.shipment_last_event_at
            FROM shipments s WHERE s.id = NEW.shipment_id;
            RETURN NEW;
        END
        $$
        """,
        """
        CREATE TRIGGER findings_copy_shipment_facts BEFORE INSERT ON findings
            FOR EACH ROW EXECUTE FUNCTION findings_copy_shipment_facts()
        """,
        """
        -- A shipment whose facts change passes them on to its findings (findings_shipment_idx; usually none or one).
        CREATE FUNCTION shipments_pass_facts_to_findings() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE findings
            SET store_key = NEW.store_key, carrier = NEW.carrier, shipment_status = NEW.status,
                shipment_last_event_at = NEW.last_event_at
            WHERE shipment_id = NEW.id;
            RETURN NULL;
        END
        $$
        """,
        """
        CREATE TRIGGER shipments_pass_facts_to_findings AFTER UPDATE OF store_key, carrier, status, last_event_at ON shipments
            FOR EACH ROW
            WHEN (OLD.store_key IS DISTINCT FROM NEW.store_key OR OLD.carrier IS DISTINCT FROM NEW.carrier
                  OR OLD.status IS DISTINCT FROM NEW.status OR OLD.last_event_at IS DISTINCT FROM NEW.last_event_at)
            EXECUTE FUNCTION shipments_pass_facts_to_findings()
        """,
        """
        -- PostgresOpsFindings.page, sorted by silence: ORDER BY coalesce(f.shipment_last_event_at, 'infinity'), f.id
        -- over the open findings (keyset pages walk it in order, both directions); and the overview's oldest stall.
        CREATE INDEX findings_open_silence_idx ON findings (coalesce(shipment_last_event_at, 'infinity'::timestamptz), id)
            WHERE state = 'open'
        """,
        """
        -- PostgresOpsFindings.page, sorted by age: ORDER BY f.opened_at, f.id over the open findings.
        CREATE INDEX findings_open_opened_idx ON findings (opened_at, id) WHERE state = 'open'
        """,
        """
        -- PostgresOpsDashboard.overview's figures over the open findings, each an index-only scan of this index:
        -- counts by severity, by rule, of stalls by carrier, of days silent (shipment_last_event_at), all
        -- WHERE state = 'open' [AND store_key = ANY($1)]; and the delayed shipments per carrier,
        -- SELECT DISTINCT carrier, shipment_id …, which reads it in order (no sort).
        CREATE INDEX findings_open_facets_idx ON findings (carrier, shipment_id, store_key, severity, rule)
            INCLUDE (shipment_last_event_at) WHERE state = 'open'
        """,
        """
        -- PostgresOpsDashboard.overview's findings opened per day and rule: WHERE opened_at >= $since
        -- [AND store_key = ANY($1)] (every state), read from the index alone.
        CREATE INDEX findings_opened_idx ON findings (opened_at) INCLUDE (rule, store_key)
        """,
        """
        -- PostgresOpsWebhookHealth.endpoints (the runs page's deliveries per endpoint, last 24 h):
        -- WHERE endpoint_id = ep.id AND coalesce(last_attempt_at, created_at) >= $since, without walking the
        -- endpoint's whole delivery history.
        CREATE INDEX webhook_deliveries_endpoint_recent_idx
            ON webhook_deliveries (endpoint_id, (coalesce(last_attempt_at, created_at)))
        """,
    ])
}
