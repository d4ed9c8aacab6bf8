/// Migration 13: outbound webhooks. Endpoints per store, the transactional outbox of events (written in the
/// transaction of the change that causes them), and one delivery row per event and endpoint, claimed by delivery
/// passes through row leases.
enum Migration0013Webhooks {
    static let migration = Migration(version: 13, name: "outbound webhooks", sql: [
        """
        -- Whether a store's webhook payloads carry the customer's full e-mail (config: webhooks.stores.<key>).
        ALTER TABLE stores ADD COLUMN webhook_customer_email boolean NOT NULL DEFAULT false
        """,
        """
        CREATE TABLE webhook_endpoints (
            id bigserial PRIMARY KEY,
            store_key text NOT NULL REFERENCES stores (key) ON UPDATE CASCADE,
            url text NOT NULL CHECK (url ~ '^https?://'),
            -- NULL: every event type.
            event_types text[] CHECK (event_types IS NULL OR cardinality(event_types) > 0),
            -- `whsec_` + base64 of 32 random bytes; the previous one keeps signing until it expires (rotation).
            secret text NOT NULL CHECK (secret LIKE 'whsec_%'),
            previous_secret text CHECK (previous_secret IS NULL OR previous_secret LIKE 'whsec_%'),
            previous_secret_expires_at timestamptz,
            enabled boolean NOT NULL DEFAULT true,
            disabled_reason text,
            disabled_at timestamptz,
            -- Deliveries that ended `failed` since the last delivered one.
            consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT webhook_endpoints_previous_secret_expiry
                CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL))
        )
        """,
        """
        -- WebhookOutbox's fan-out: JOIN webhook_endpoints ep ON ep.store_key = e.store_key AND ep.enabled;
        -- and `shipwatch webhooks list --store S`: WHERE store_key = $1 ORDER BY id.
        CREATE INDEX webhook_endpoints_store_idx ON webhook_endpoints (store_key, id) WHERE enabled
        """,
        """
        -- One row per shipment: the last outbox sequence number handed out for it. Taken with
        -- INSERT … ON CONFLICT (shipment_id) DO UPDATE (a row lock), so per shipment the sequence follows commit order.
        CREATE TABLE webhook_shipment_sequences (
            shipment_id bigint PRIMARY KEY REFERENCES shipments (id) ON DELETE CASCADE,
            last_sequence bigint NOT NULL CHECK (last_sequence > 0)
        )
        """,
        """
        CREATE TABLE webhook_events (
            id bigserial PRIMARY KEY,
            -- The stable id receivers see in `webhook-id` (also across retries and replays).
            event_id text NOT NULL UNIQUE CHECK (event_id ~ '^evt_[0-9a-f]{32}$'),
            type text NOT NULL CHECK (type IN (
                'finding.opened', 'finding.escalated', 'finding.resolved', 'remedy.proposed', 'remedy.approved',
                'remedy.rejected', 'remedy.executed', 'shipment.status_changed')),
            store_key text NOT NULL REFERENCES stores (key) ON UPDATE CASCADE,
            shipment_id bigint NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
            shipment_sequence bigint NOT NULL CHECK (shipment_sequence > 0),
            payload jsonb NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            -- Also serves the cascade from shipments and `WHERE shipment_id = $1 ORDER BY shipment_sequence`.
            CONSTRAINT webhook_events_shipment_order UNIQUE (shipment_id, shipment_sequence)
        )
        """,
        """
        CREATE TABLE webhook_deliveries (
            id bigserial PRIMARY KEY,
            event_id bigint NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
            endpoint_id bigint NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
            -- Copies of the event's, for the per-shipment ordering check of the claim.
            shipment_id bigint NOT NULL,
            shipment_sequence bigint NOT NULL,
            status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
            attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_attempt_at timestamptz NOT NULL DEFAULT now(),
            lease_owner text,
            lease_deadline timestamptz,
            last_attempt_at timestamptz,
            last_status_code integer,
            last_duration_ms integer,
            last_error text,
            delivered_at timestamptz,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            -- Serves `shipwatch webhooks replay` (INSERT … ON CONFLICT (event_id, endpoint_id)) and the cascade
            -- from webhook_events.
            CONSTRAINT webhook_deliveries_event_endpoint UNIQUE (event_id, endpoint_id),
            CONSTRAINT webhook_deliveries_lease CHECK ((lease_owner IS NULL) = (lease_deadline IS NULL))
        )
        """,
        """
        -- WebhookDeliveryRepository.claim: WHERE status = 'pending' AND next_attempt_at <= now()
        -- ORDER BY next_attempt_at, id LIMIT n FOR UPDATE SKIP LOCKED.
        CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at, id) WHERE status = 'pending'
        """,
        """
        -- The claim's ordering check: NOT EXISTS (… WHERE p.endpoint_id = d.endpoint_id
        -- AND p.shipment_id = d.shipment_id AND p.status = 'pending' AND p.shipment_sequence < d.shipment_sequence).
        CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (endpoint_id, shipment_id, shipment_sequence)
            WHERE status = 'pending'
        """,
        """
        -- `shipwatch webhooks deliveries --endpoint ID [--status S]`: WHERE endpoint_id = $1 ORDER BY id DESC; also the
        -- cascade from webhook_endpoints.
        CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, id DESC)
        """,
    ])
}
