/// Migration 1: the value domains, stores, and shipments with their derived status and poll bookkeeping.
enum Migration0001StoresAndShipments {
    static let migration = Migration(version: 1, name: "stores and shipments", sql: [
        """
        -- Carriers Shipwatch polls (ShipwatchCore.Carrier).
        CREATE DOMAIN shipwatch_carrier AS text
            CHECK (VALUE IN ('usps', 'ups', 'fedex', 'dhl'))
        """,
        """
        -- The normalized milestone taxonomy (ShipwatchCore.Milestone); a new milestone is a new migration.
        CREATE DOMAIN shipwatch_milestone AS text
            CHECK (VALUE IN (
                'label_created', 'accepted', 'sort_arrived', 'sort_processed', 'sort_departed', 'in_transit',
                'customs_export', 'customs_in_progress', 'customs_held', 'customs_released', 'out_for_delivery',
                'delivery_attempted', 'available_for_pickup', 'delivered', 'delayed', 'exception',
                'return_to_sender', 'cancelled', 'info', 'unknown'))
        """,
        """
        CREATE TABLE stores (
            key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
            display_name text NOT NULL,
            -- The store's policy (processing window, delivery window, remedies) as configured.
            policy jsonb NOT NULL DEFAULT '{}'::jsonb,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE shipments (
            id bigserial PRIMARY KEY,
            store_key text NOT NULL REFERENCES stores (key) ON UPDATE CASCADE,
            order_ref text NOT NULL,
            carrier shipwatch_carrier NOT NULL,
            tracking_number text NOT NULL CHECK (tracking_number <> ''),
            ordered_at timestamptz,
            shipped_at timestamptz,
            destination_country text,
            destination_postal_code text,
            customer_email text,

            -- Derived from scan_events by EventIngest; never written otherwise.
            status shipwatch_milestone,
            last_event_at timestamptz,
            estimated_delivery date,
            delivered_at timestamptz,

            -- The carrier's latest snapshot facts.
            carrier_status text,
            service text,
            origin_country text,
            signed_by text,

            -- Poll scheduling and leases (FOR UPDATE SKIP LOCKED claims).
            next_poll_at timestamptz NOT NULL DEFAULT now(),
            last_polled_at timestamptz,
            lease_owner text,
            lease_expires_at timestamptz,
            retired_at timestamptz,
            poll_count integer NOT NULL DEFAULT 0 CHECK (poll_count >= 0),

            -- Failure bookkeeping.
            consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
            not_found_since timestamptz,
            last_error text,
            last_error_at timestamptz,

            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),

            -- One row per parcel and store; ShipmentRepository.insert's ON CONFLICT target, and the
            -- lookup WHERE store_key = $1 AND carrier = $2 AND tracking_number = $3.
            CONSTRAINT shipments_store_carrier_tracking_key UNIQUE (store_key, carrier, tracking_number),
            CONSTRAINT shipments_lease_complete CHECK ((lease_owner IS NULL) = (lease_expires_at IS NULL))
        )
        """,
        """
        -- ShipmentRepository.find(trackingNumber:) and the storefront's track-by-number:
        -- WHERE tracking_number = $1 (the unique key leads with store_key, so it cannot serve this).
        CREATE INDEX shipments_tracking_number_idx ON shipments (tracking_number)
        """,
        """
        -- ShipmentRepository.find(store:orderRef:), the storefront's per-order tracking:
        -- WHERE store_key = $1 AND order_ref = $2.
        CREATE INDEX shipments_store_order_idx ON shipments (store_key, order_ref)
        """,
        """
        -- Store listing, ShipmentRepository.list(store:limit:beforeID:), newest first in keyset pages:
        -- WHERE store_key = $1 AND id < $2 ORDER BY id DESC LIMIT $3.
        CREATE INDEX shipments_store_id_idx ON shipments (store_key, id DESC)
        """,
        """
        -- Claim of due work (the poller's lease claim, and ShipmentRepository.dueCount(asOf:)):
        -- WHERE retired_at IS NULL AND delivered_at IS NULL AND next_poll_at <= $1
        -- ORDER BY next_poll_at LIMIT $2 FOR UPDATE SKIP LOCKED. Partial: finished parcels never enter it.
        CREATE INDEX shipments_due_idx ON shipments (next_poll_at)
            WHERE retired_at IS NULL AND delivered_at IS NULL
        """,
        """
        -- Stage/time queries behind the stall rules (customs_stall, sorting_stall, no_movement),
        -- ShipmentRepository.stalled(statuses:lastEventBefore:limit:):
        -- WHERE status = ANY($1) AND last_event_at < $2 AND retired_at IS NULL AND delivered_at IS NULL.
        -- Keyed on the shipment's derived stage rather than on scan_events, which the rules never scan.
        CREATE INDEX shipments_active_stage_idx ON shipments (status, last_event_at)
            WHERE retired_at IS NULL AND delivered_at IS NULL
        """,
    ])
}
