/// Migration 2: the normalized scan events, one row per scan identity.
enum Migration0002ScanEvents {
    static let migration = Migration(version: 2, name: "scan events", sql: [
        """
        CREATE TABLE scan_events (
            id bigserial PRIMARY KEY,
            shipment_id bigint NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
            -- ScanEvent.identityKey: code, local wall time to the minute, normalized location.
            identity_key text NOT NULL,
            occurred_at timestamptz NOT NULL,
            -- The carrier's wall time as printed, and its offset east of UTC when known.
            local_time timestamp,
            utc_offset_seconds integer CHECK (utc_offset_seconds BETWEEN -64800 AND 64800),
            zone_confidence text NOT NULL CHECK (zone_confidence IN ('exact', 'derived', 'assumed')),
            city text,
            region text,
            postal_code text,
            country_code text,
            carrier_code text NOT NULL,
            description text NOT NULL,
            milestone shipwatch_milestone NOT NULL,
            -- The carrier's fragment verbatim. text, not jsonb: jsonb would reorder keys and whitespace (so the
            -- fragment would no longer be verbatim) and reject a non-JSON fragment; query it with raw::jsonb.
            raw text NOT NULL,
            carrier_sequence integer NOT NULL DEFAULT 0,
            ingested_at timestamptz NOT NULL DEFAULT now(),
            -- The idempotent-ingest guarantee: EventIngest's ON CONFLICT (shipment_id, identity_key) target.
            -- Also serves WHERE shipment_id = $1 for the cascade from shipments.
            CONSTRAINT scan_events_shipment_identity_key UNIQUE (shipment_id, identity_key)
        )
        """,
        """
        -- Latest event per shipment (EventIngest's status derivation:
        -- WHERE shipment_id = $1 ORDER BY occurred_at DESC, carrier_sequence DESC LIMIT 1, and max(occurred_at))
        -- and ShipmentRepository.events(shipmentID:) in chronological order (a backward scan).
        CREATE INDEX scan_events_latest_idx ON scan_events (shipment_id, occurred_at DESC, carrier_sequence DESC)
        """,
        """
        -- The ops "unmapped codes" list, CarrierCodeOverrideRepository.unmappedCodes(limit:):
        -- WHERE milestone = 'unknown' GROUP BY carrier, carrier_code. Partial, so it stays tiny.
        CREATE INDEX scan_events_unmapped_idx ON scan_events (carrier_code) WHERE milestone = 'unknown'
        """,
    ])
}
