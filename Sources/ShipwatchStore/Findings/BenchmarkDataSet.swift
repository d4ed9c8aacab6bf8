import Foundation
import Logging
import PostgresNIO

/// A generated data set for the evaluation and report benchmarks, written directly in SQL
/// (`INSERT … SELECT FROM generate_series`), so a million shipments take seconds, not hours of polling.
///
/// The mix (by `i % 100` of the shipment's number, times jittered by a hash of it):
/// - 50 %: moving domestically, last scan a sort-facility arrival within the last 1.3 days;
/// - 10 %: out for delivery today;
/// - 15 %: delivered 1–5 days ago;
/// - 7 %: stuck in German customs for 3–12 days after leaving the US (customs_stall; some past the promise);
/// - 3 %: stuck in one sort facility for 2–8 days (sorting_stall);
/// - 3 %: label created 0–6 days ago, never scanned since;
/// - 2 %: ordered 1–9 days ago, no label, no shipped date, no scan (late_dispatch for the older ones);
/// - 10 %: left the US 0–3 days ago for Germany, nothing since (the international hand-off gap, tolerated).
public enum BenchmarkDataSet {
    /// Inserts `count` shipments (spread over `stores`, which must exist) and their scans as of `now`, derives the
    /// shipments' status columns as `EventIngest` would, and analyzes the tables. Returns the number of scans.
    @discardableResult
    public static func generate(count: Int, stores: [String], now: Date, database: Database) async throws -> Int {
        guard count > 0, !stores.isEmpty else { throw StoreError.invalidArgument("count must be positive and stores non-empty") }
        let logger = database.logger
        return try await database.withTransaction { connection in
            try await connection.query(
                """
                INSERT INTO shipments (
                    store_key, order_ref, carrier, tracking_number, ordered_at, shipped_at, destination_country,
                    destination_postal_code, customer_email, origin_country, next_poll_at, created_at, updated_at)
                SELECT (\(stores)::text[])[1 + i % cardinality(\(stores)::text[])],
                       'BENCH-' || i,
                       (ARRAY['usps', 'ups', 'fedex', 'dhl'])[1 + (i / 100) % 4],
                       'BENCH' || lpad(i::text, 12, '0'),
                       \(now)::timestamptz - make_interval(secs => (CASE WHEN i % 100 BETWEEN 88 AND 89 THEN 1 + 8 * j ELSE 4 + 12 * j END) * 86400),
                       CASE
                           WHEN i % 100 BETWEEN 85 AND 89 THEN NULL
                           WHEN i % 100 BETWEEN 75 AND 81 THEN \(now)::timestamptz - make_interval(secs => (6 + 9 * j) * 86400)
                           WHEN i % 100 BETWEEN 82 AND 84 THEN \(now)::timestamptz - make_interval(secs => (3 + 6 * j) * 86400)
                           WHEN i % 100 BETWEEN 60 AND 74 THEN \(now)::timestamptz - make_interval(secs => (4 + 5 * j) * 86400)
                           WHEN i % 100 >= 90 THEN \(now)::timestamptz - make_interval(secs => (2 + 3 * j) * 86400)
                           ELSE \(now)::timestamptz - make_interval(secs => (2.8 + j) * 86400)
                       END,
                       CASE WHEN i % 100 BETWEEN 75 AND 81 OR i % 100 >= 90 THEN 'DE' ELSE 'US' END,
                       '10115', 'bench' || i || '@example.com', 'US', \(now), \(now), \(now)
                FROM generate_series(1, \(count)) AS i
                CROSS JOIN LATERAL (SELECT ((i * 7919) % 1000) / 1000.0 AS j) AS h
                """,
                logger: logger
            )
            let inserted = try await connection.query(
                """
                WITH t(low, high, seq, milestone, code, city, country, age, spread) AS (VALUES
                    -- moving domestically
                    (0, 59, 0, 'label_created', 'MP', 'LOS ANGELES', 'US', 3.0, 1.0),
                    (0, 59, 1, 'accepted', 'OR', 'LOS ANGELES', 'US', 2.8, 1.0),
                    (0, 59, 2, 'sort_arrived', 'AR', 'LOS ANGELES', 'US', 2.6, 1.0),
                    (0, 59, 3, 'sort_departed', 'DP', 'LOS ANGELES', 'US', 2.4, 1.0),
                    (0, 59, 4, 'in_transit', 'IT', 'PHOENIX', 'US', 1.5, 0.5),
                    (0, 49, 5, 'sort_arrived', 'AR', 'DALLAS', 'US', 0.5, 0.8),
                    (50, 59, 5, 'sort_departed', 'DP', 'DALLAS', 'US', 0.4, 0.1),
                    (50, 59, 6, 'out_for_delivery', 'OD', 'DALLAS', 'US', 0.1, 0.1),
                    -- delivered
                    (60, 74, 0, 'label_created', 'MP', 'NEW YORK', 'US', 5.0, 5.0),
                    (60, 74, 1, 'accepted', 'OR', 'NEW YORK', 'US', 4.0, 5.0),
                    (60, 74, 2, 'sort_arrived', 'AR', 'NEWARK', 'US', 3.5, 5.0),
                    (60, 74, 3, 'sort_departed', 'DP', 'NEWARK', 'US', 3.0, 5.0),
                    (60, 74, 4, 'out_for_delivery', 'OD', 'BOSTON', 'US', 1.5, 5.0),
                    (60, 74, 5, 'delivered', 'DL', 'BOSTON', 'US', 1.0, 5.0),
                    -- stuck in customs
                    (75, 81, 0, 'accepted', 'OR', 'MIAMI', 'US', 6.0, 9.0),
                    (75, 81, 1, 'sort_arrived', 'AR', 'MIAMI', 'US', 5.5, 9.0),
                    (75, 81, 2, 'customs_export', 'EX', 'MIAMI', 'US', 4.5, 9.0),
                    (75, 81, 3, 'customs_in_progress', 'CI', 'FRANKFURT', 'DE', 3.0, 9.0),
                    (75, 81, 4, 'customs_held', 'CH', 'FRANKFURT', 'DE', 2.5, 9.0),
                    -- stuck in a sort facility
                    (82, 84, 0, 'label_created', 'MP', 'SEATTLE', 'US', 3.2, 6.0),
                    (82, 84, 1, 'accepted', 'OR', 'SEATTLE', 'US', 3.0, 6.0),
                    (82, 84, 2, 'sort_arrived', 'AR', 'CHICAGO', 'US', 2.0, 6.0),
                    (82, 84, 3, 'sort_processed', 'PR', 'CHICAGO', 'US', 1.9, 6.0),
                    -- never scanned
                    (85, 87, 0, 'label_created', 'MP', 'AUSTIN', 'US', 0.0, 6.0),
                    -- left the US, nothing since
                    (90, 99, 0, 'accepted', 'OR', 'ATLANTA', 'US', 2.0, 3.0),
                    (90, 99, 1, 'sort_arrived', 'AR', 'ATLANTA', 'US', 1.6, 3.0),
                    (90, 99, 2, 'sort_departed', 'DP', 'ATLANTA', 'US', 1.4, 3.0),
                    (90, 99, 3, 'customs_export', 'EX', 'NEW YORK', 'US', 0.5, 3.0)
                ),
                b AS (
                    SELECT s.id, substr(s.order_ref, 7)::int8 AS i, ((substr(s.order_ref, 7)::int8 * 7919) % 1000) / 1000.0 AS j
                    FROM shipments s WHERE s.order_ref LIKE 'BENCH-%'
                ),
                inserted AS (
                    INSERT INTO scan_events (
                        shipment_id, identity_key, occurred_at, zone_confidence, city, country_code, carrier_code,
                        description, milestone, raw, carrier_sequence)
                    SELECT b.id, t.code || '|' || t.seq || '|' || t.city,
                           \(now)::timestamptz - make_interval(secs => (t.age + t.spread * b.j) * 86400),
                           'exact', t.city, t.country, t.code, initcap(replace(t.milestone, '_', ' ')), t.milestone,
                           '{"code":"' || t.code || '"}', t.seq
                    FROM b JOIN t ON b.i % 100 BETWEEN t.low AND t.high
                    ORDER BY b.id, t.seq
                    RETURNING 1
                )
                SELECT count(*) FROM inserted
                """,
                logger: logger
            ).collect()
            try await connection.query(
                """
                UPDATE shipments s SET status = d.milestone, last_event_at = d.occurred_at,
                    delivered_at = CASE WHEN d.milestone = 'delivered' THEN d.occurred_at END
                FROM (
                    SELECT DISTINCT ON (e.shipment_id) e.shipment_id, e.milestone, e.occurred_at
                    FROM scan_events e ORDER BY e.shipment_id, e.occurred_at DESC, e.carrier_sequence DESC
                ) d
                WHERE s.id = d.shipment_id
                """,
                logger: logger
            )
            return try inserted.first?.decode(Int.self) ?? 0
        }
    }

    /// After a bulk load: sets the hint bits and visibility map a long-running database has (autovacuum would),
    /// so the first evaluation does not pay for touching freshly written rows, and refreshes the planner's
    /// statistics. Runs outside any transaction.
    public static func vacuumAnalyze(database: Database) async throws {
        try await database.withConnection { connection in
            try await connection.query("VACUUM (ANALYZE) shipments, scan_events, findings, remedies", logger: database.logger)
        }
    }
}
