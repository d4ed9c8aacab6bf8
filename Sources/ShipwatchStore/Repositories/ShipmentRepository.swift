import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `shipments` table and the read side of `scan_events`.
public struct ShipmentRepository: Sendable {
    /// Rows per INSERT statement of ``insert(_:)``: large enough to amortize round trips, small enough to keep
    /// each bind message around a megabyte.
    public static let insertChunkSize = 5_000

    public let database: Database

    /// Repository over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Registers shipments; returns how many were new.
    ///
    /// All rows go in one transaction, a few thousand per `INSERT … SELECT FROM unnest(…)` statement. A row whose
    /// (store, carrier, tracking number) is already known is skipped (`ON CONFLICT DO NOTHING`), so re-importing
    /// the same file adds nothing. New shipments are due for polling at once. Throws ``StoreError/unknownStores(_:)``
    /// (and inserts nothing) when a row names a store that does not exist.
    public func insert(_ rows: [NewShipment]) async throws -> Int {
        guard !rows.isEmpty else { return 0 }
        let logger = database.logger
        let started = ContinuousClock.now
        let inserted = try await database.withTransaction { connection in
            let storeKeys = Array(Set(rows.map(\.store))).sorted()
            let missing = try await connection.query(
                """
                SELECT k FROM unnest(\(storeKeys)::text[]) AS k
                WHERE NOT EXISTS (SELECT 1 FROM stores WHERE key = k) ORDER BY k
                """,
                logger: logger
            ).collect().map { try $0.decode(String.self) }
            guard missing.isEmpty else { throw StoreError.unknownStores(missing) }

            var total = 0
            var start = rows.startIndex
            while start < rows.endIndex {
                let end = min(start + ShipmentRepository.insertChunkSize, rows.endIndex)
                total += try await insertChunk(rows[start..<end], on: connection, logger: logger)
                start = end
            }
            return total
        }
        logger.info(
            "shipments imported",
            metadata: [
                LogKey.shipmentsRows: "\(rows.count)",
                LogKey.shipmentsInserted: "\(inserted)",
                LogKey.durationMilliseconds: "\((ContinuousClock.now - started).milliseconds)",
            ]
        )
        return inserted
    }

    private func insertChunk(_ chunk: ArraySlice<NewShipment>, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query(
            """
            WITH inserted AS (
                INSERT INTO shipments (
                    store_key, order_ref, carrier, tracking_number, ordered_at, shipped_at,
                    customer_email, destination_postal_code, destination_country, printed_number, next_poll_at, poll_priority)
                SELECT r.store_key, r.order_ref, r.carrier, r.tracking_number, r.ordered_at, r.shipped_at,
                       r.customer_email, r.destination_postal_code, r.destination_country, r.printed_number, now(),
                       \(PollSchedule.firstPollPriority)
                FROM unnest(
                    \(chunk.map(\.store))::text[], \(chunk.map(\.orderRef))::text[],
                    \(chunk.map(\.carrier.rawValue))::text[], \(chunk.map(\.trackingNumber))::text[],
                    \(NullableArray(chunk.map(\.orderedAt)))::timestamptz[],
                    \(NullableArray(chunk.map(\.shippedAt)))::timestamptz[],
                    \(NullableArray(chunk.map(\.customerEmail)))::text[],
                    \(NullableArray(chunk.map(\.destinationPostalCode)))::text[],
                    \(NullableArray(chunk.map(\.destinationCountry)))::text[],
                    \(NullableArray(chunk.map(\.printedNumber)))::text[]
                ) AS r(store_key, order_ref, carrier, tracking_number, ordered_at, shipped_at,
                       customer_email, destination_postal_code, destination_country, printed_number)
                ON CONFLICT (store_key, carrier, tracking_number) DO NOTHING
                RETURNING 1
            )
            SELECT count(*) FROM inserted
            """,
            logger: logger
        ).collect()
        return try rows.first?.decode(Int.self) ?? 0
    }

    /// The shipment with this id, or nil.
    public func find(id: Int64) async throws -> Shipment? {
        try await shipments("SELECT \(unescaped: RowDecoding.shipmentColumns) FROM shipments s WHERE s.id = \(id)").first
    }

    /// Every shipment with this tracking number, in any store (oldest first).
    public func find(trackingNumber: String) async throws -> [Shipment] {
        try await shipments(
            """
            SELECT \(unescaped: RowDecoding.shipmentColumns) FROM shipments s
            WHERE s.tracking_number = \(trackingNumber) ORDER BY s.id
            """
        )
    }

    /// A store's shipments for one order (an order may ship in several parcels), oldest first.
    public func find(store: String, orderRef: String) async throws -> [Shipment] {
        try await shipments(
            """
            SELECT \(unescaped: RowDecoding.shipmentColumns) FROM shipments s
            WHERE s.store_key = \(store) AND s.order_ref = \(orderRef) ORDER BY s.id
            """
        )
    }

    /// A page of a store's shipments, newest first. Pass the last id of a page as `beforeID` for the next one.
    public func list(store: String, limit: Int, beforeID: Int64? = nil) async throws -> [Shipment] {
        guard limit > 0 else { throw StoreError.invalidArgument("limit must be positive, got \(limit)") }
        return try await shipments(
            """
            SELECT \(unescaped: RowDecoding.shipmentColumns) FROM shipments s
            WHERE s.store_key = \(store) AND s.id < \(beforeID ?? Int64.max)
            ORDER BY s.id DESC LIMIT \(limit)
            """
        )
    }

    /// Active shipments (not delivered, not retired) whose status is one of `statuses` and whose newest scan is
    /// older than `lastEventBefore`, stalest first: the candidates of the stall rules.
    public func stalled(statuses: Set<Milestone>, lastEventBefore: Date, limit: Int) async throws -> [Shipment] {
        guard limit > 0 else { throw StoreError.invalidArgument("limit must be positive, got \(limit)") }
        let names = statuses.map(\.rawValue).sorted()
        return try await shipments(
            """
            SELECT \(unescaped: RowDecoding.shipmentColumns) FROM shipments s
            WHERE s.status = ANY(\(names)::text[]) AND s.last_event_at < \(lastEventBefore)
              AND s.retired_at IS NULL AND s.delivered_at IS NULL
            ORDER BY s.last_event_at LIMIT \(limit)
            """
        )
    }

    /// How many active shipments are due for polling at `asOf` (including those held by a live lease).
    public func dueCount(asOf: Date) async throws -> Int {
        try await scalarCount(
            """
            SELECT count(*) FROM shipments
            WHERE retired_at IS NULL AND next_poll_at <= \(asOf)
            """
        )
    }

    /// The number of shipments, in one store or in all.
    public func count(store: String? = nil) async throws -> Int {
        if let store {
            return try await scalarCount("SELECT count(*) FROM shipments WHERE store_key = \(store)")
        }
        return try await scalarCount("SELECT count(*) FROM shipments")
    }

    /// A shipment's scans in chronological order (UTC instant, carrier order, then progress, as `Timeline`
    /// orders them), exactly as ingested: wall time, offset, zone confidence and raw fragment included.
    public func events(shipmentID: Int64) async throws -> [ScanEvent] {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: RowDecoding.scanEventColumns) FROM scan_events e
                WHERE e.shipment_id = \(shipmentID)
                ORDER BY e.occurred_at, e.carrier_sequence,
                         array_position(\(RowDecoding.milestonesByProgress)::text[], e.milestone::text), e.id
                """,
                logger: database.logger
            )
            var events: [ScanEvent] = []
            for try await row in rows { events.append(try RowDecoding.scanEvent(row)) }
            return events
        }
    }

    private func shipments(_ query: PostgresQuery) async throws -> [Shipment] {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger)
            var shipments: [Shipment] = []
            for try await row in rows { shipments.append(try RowDecoding.shipment(row)) }
            return shipments
        }
    }

    private func scalarCount(_ query: PostgresQuery) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }
}
