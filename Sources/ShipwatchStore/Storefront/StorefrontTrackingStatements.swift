import PostgresNIO

/// The storefront's four lookups as prepared statements: each connection parses and plans them once, so a
/// lookup costs one Bind/Execute round trip instead of a parse and plan per request.
///
/// Every row is one scan of one shipment (or the shipment alone, with null scan columns, before its first scan),
/// with the shipment's store name and its open finding: shipments oldest registration first, scans newest first
/// (`Timeline`'s chronological order, reversed). ``PostgresStorefrontReadModel`` folds the rows.
enum StorefrontTrackingStatements {
    /// The store's shipment with this normalized number (any carrier): `shipments_tracking_number_idx`, then the
    /// store is checked on the few rows found.
    struct ByStoreAndNumber: TextLookup {
        static let name = "shipwatch_storefront_by_store_and_number"
        static let sql = select(where: "s.store_key = $1 AND s.tracking_number = $2")
        var store: String
        var trackingNumber: String

        var texts: [String] { [store, trackingNumber] }
    }

    /// Every shipment of one order of the store: `shipments_store_order_idx`.
    struct ByStoreAndOrder: TextLookup {
        static let name = "shipwatch_storefront_by_store_and_order"
        static let sql = select(where: "s.store_key = $1 AND s.order_ref = $2")
        var store: String
        var orderRef: String

        var texts: [String] { [store, orderRef] }
    }

    /// Every shipment with this normalized number, in any store (the public page): `shipments_tracking_number_idx`.
    struct ByNumber: TextLookup {
        static let name = "shipwatch_storefront_by_number"
        static let sql = select(where: "s.tracking_number = $1")
        var trackingNumber: String

        var texts: [String] { [trackingNumber] }
    }

    /// For each (presented key, normalized number) pair, in order: the key's unrevoked row and, in its store, the
    /// shipment with that number (the ``KeyedTrackingReader``, one statement for a batch of lookups):
    /// `api_keys`' `key_id` index, then `shipments_tracking_number_idx`, per pair. Every row starts with the pair's
    /// position (`r_ord`, from 1) and the key's columns (prefixed `k_`); a pair without a key has no row, a pair
    /// without a shipment one row whose shipment columns are null.
    struct ByKeysAndNumbers: PostgresPreparedStatement {
        typealias Row = PostgresRow
        static let name = "shipwatch_storefront_by_keys_and_numbers"
        static let sql = """
            SELECT r.ord AS r_ord,
                   k.id AS k_id, k.key_id AS k_key_id, k.secret_sha256 AS k_secret_sha256, k.store_key AS k_store_key,
                   k.name AS k_name, k.scope AS k_scope, k.created_at AS k_created_at, k.revoked_at AS k_revoked_at,
                   \(trackingColumns)
            FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS r(key_id, tracking_number, ord)
            JOIN api_keys k ON k.key_id = r.key_id AND k.revoked_at IS NULL
            LEFT JOIN shipments s ON s.store_key = k.store_key AND s.tracking_number = r.tracking_number
            LEFT JOIN stores st ON st.key = s.store_key
            \(openFindingJoin)
            LEFT JOIN scan_events e ON e.shipment_id = s.id
            ORDER BY r.ord, \(rowOrderKeys)
            """
        var keyIDs: [String]
        var trackingNumbers: [String]

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 2)
            bindings.append(keyIDs)
            bindings.append(trackingNumbers)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
    }

    /// The shared statement around a `WHERE` condition over `shipments s` (fixed text with `$n` parameters).
    private static func select(where condition: String) -> String {
        """
        SELECT \(trackingColumns)
        FROM shipments s
        JOIN stores st ON st.key = s.store_key
        \(openFindingJoin)
        LEFT JOIN scan_events e ON e.shipment_id = s.id
        WHERE \(condition)
        \(rowOrder)
        """
    }

    /// The columns ``PostgresStorefrontReadModel`` folds: the shipment `s`, its store `st`, its open finding `f`
    /// and one scan `e` per row.
    private static let trackingColumns = """
        s.id, s.store_key, st.display_name, s.order_ref, s.carrier, s.tracking_number, s.status,
               s.estimated_delivery, s.delivered_at, s.last_event_at, s.destination_postal_code,
               f.rule, f.severity, f.opened_at,
               e.occurred_at, e.local_time, e.utc_offset_seconds, e.milestone, e.description,
               e.city, e.region, e.postal_code, e.country_code
        """

    /// The shipment's open finding shown to the storefront: an `act` one before a `watch`, then the oldest.
    private static let openFindingJoin = """
        LEFT JOIN LATERAL (
            SELECT fo.rule, fo.severity, fo.opened_at FROM findings fo
            WHERE fo.shipment_id = s.id AND fo.state = 'open'
            ORDER BY fo.severity = 'act' DESC, fo.opened_at, fo.id LIMIT 1
        ) f ON true
        """

    /// Shipments oldest registration first, their scans newest first.
    private static let rowOrder = "ORDER BY \(rowOrderKeys)"

    /// The sort keys of ``rowOrder``.
    private static let rowOrderKeys = """
        s.id, e.occurred_at DESC, e.carrier_sequence DESC,
                 array_position(\(progressArrayLiteral)::text[], e.milestone::text) DESC, e.id DESC
        """

    /// `RowDecoding.milestonesByProgress` as a SQL array literal (milestone names are fixed identifiers).
    private static let progressArrayLiteral =
        "ARRAY[" + RowDecoding.milestonesByProgress.map { "'\($0)'" }.joined(separator: ",") + "]"
}
