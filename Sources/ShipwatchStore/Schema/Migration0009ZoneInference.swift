/// Migration 9: scans whose zone was inferred from their location or borrowed from a neighbour, and
/// date-only scans (the carrier gave the day, not the time).
enum Migration0009ZoneInference {
    static let migration = Migration(version: 9, name: "zone inference and date-only scans", sql: [
        """
        ALTER TABLE scan_events DROP CONSTRAINT scan_events_zone_confidence_check
        """,
        """
        -- ZoneConfidence's raw values, surest first: exact, derived, zone_inferred, neighbour, assumed.
        ALTER TABLE scan_events ADD CONSTRAINT scan_events_zone_confidence_check
            CHECK (zone_confidence IN ('exact', 'derived', 'zone_inferred', 'neighbour', 'assumed'))
        """,
        """
        -- ScanEvent.isDateOnly: such a scan never sets the shipment's status (EventIngest's status derivation).
        ALTER TABLE scan_events ADD COLUMN date_only boolean NOT NULL DEFAULT false
        """,
    ])
}
