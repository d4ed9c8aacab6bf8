import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// Idempotent ingest of carrier scans, with the shipments' derived columns recomputed from the stored timeline.
///
/// One call is one transaction: the touched shipments are locked (in id order), all their scans go in with
/// `INSERT … SELECT FROM unnest(…) ON CONFLICT (shipment_id, identity_key)`, and one UPDATE recomputes
/// `status`, `last_event_at` and `delivered_at` from `scan_events` and applies the snapshot facts. Because the
/// derived columns always come from the table, re-ingesting, re-ordering or splitting batches cannot make them
/// drift from the timeline.
public struct EventIngest: Sendable {
    /// Events per INSERT statement.
    public static let eventChunkSize = 5_000

    public let database: Database

    /// Ingest into the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Ingests a batch; returns one result per distinct shipment, in order of first appearance.
    ///
    /// Scans are identified by `ScanEvent.identityKey`: a scan already stored (re-sent, re-worded, or with a
    /// shifted zone) is not inserted again; when the new copy is surer of its zone than the stored one, it
    /// replaces it, as `Timeline.merge` does. A shipment appearing twice in the batch is merged first (its later
    /// facts win). Throws ``StoreError/unknownShipments(_:)`` and stores nothing when an id does not exist.
    /// Texts are cleaned of what PostgreSQL refuses (NUL) first.
    public func ingest(_ batch: [ShipmentIngest]) async throws -> [IngestResult] {
        let merged = EventIngest.merge(batch).map { $0.cleanedForStorage() }
        guard !merged.isEmpty else { return [] }
        let logger = database.logger
        let results = try await database.withTransaction { connection in
            let previous = try await lockShipments(merged.map(\.shipmentID), on: connection, logger: logger)
            let counts = try await insertEvents(merged, on: connection, logger: logger)
            let changed = counts.keys.sorted()
            let statuses = try await recompute(merged, changed: changed, on: connection, logger: logger)
            try await WebhookOutbox.record(
                WebhookCause.statusChanges(previous: previous, current: statuses, order: merged.map(\.shipmentID)),
                on: connection, logger: logger)
            return merged.map { item in
                let count = counts[item.shipmentID] ?? (0, 0)
                return IngestResult(
                    shipmentID: item.shipmentID,
                    eventsInserted: count.inserted,
                    eventsUpgraded: count.upgraded,
                    previousStatus: previous[item.shipmentID] ?? nil,
                    status: statuses[item.shipmentID] ?? nil
                )
            }
        }
        logger.debug(
            "scan events ingested",
            metadata: [
                LogKey.ingestShipments: "\(results.count)",
                LogKey.ingestInserted: "\(results.reduce(0) { $0 + $1.eventsInserted })",
                LogKey.ingestUpgraded: "\(results.reduce(0) { $0 + $1.eventsUpgraded })",
                LogKey.ingestStatusChanges: "\(results.filter(\.statusChanged).count)",
            ]
        )
        return results
    }

    /// Ingests a batch so that one shipment's bad data cannot stop the others: shipments with a value the schema
    /// refuses (see `ScanEvent.checkStorable()`) are rejected before the database sees them; when the batch's
    /// transaction still fails for a reason other than a transient fault, each shipment is ingested alone and
    /// the ones that fail again are rejected with the database's reason. Transient faults (the database went
    /// away for longer than the retry policy allows) are thrown: nothing about the data is known then.
    public func ingestIsolating(_ batch: [ShipmentIngest]) async throws -> IsolatedIngestOutcome {
        var outcome = IsolatedIngestOutcome()
        var storable: [ShipmentIngest] = []
        for item in EventIngest.merge(batch) {
            if let problem = item.storageProblem() {
                outcome.rejected.append(IngestRejection(shipmentID: item.shipmentID, reason: problem.description))
            } else {
                storable.append(item)
            }
        }
        guard !storable.isEmpty else { return outcome }
        do {
            outcome.stored = try await ingest(storable)
            return outcome
        } catch where !DatabaseFault.isTransient(error) {
            database.logger.warning(
                "batch ingest refused; storing its shipments one by one",
                metadata: [LogKey.ingestShipments: "\(storable.count)", LogKey.error: "\(Database.describe(error))"]
            )
        }
        for item in storable {
            do {
                outcome.stored += try await ingest([item])
            } catch where !DatabaseFault.isTransient(error) {
                outcome.rejected.append(IngestRejection(shipmentID: item.shipmentID, reason: Database.describe(error)))
            }
        }
        return outcome
    }

    /// One entry per shipment id (first-appearance order), its scans folded by identity through `Timeline`.
    static func merge(_ batch: [ShipmentIngest]) -> [ShipmentIngest] {
        var order: [Int64] = []
        var byID: [Int64: ShipmentIngest] = [:]
        for item in batch {
            guard var existing = byID[item.shipmentID] else {
                order.append(item.shipmentID)
                byID[item.shipmentID] = item
                continue
            }
            existing.events += item.events
            existing.carrierStatus = item.carrierStatus ?? existing.carrierStatus
            existing.estimatedDelivery = item.estimatedDelivery ?? existing.estimatedDelivery
            existing.service = item.service ?? existing.service
            existing.originCountry = item.originCountry ?? existing.originCountry
            existing.destinationCountry = item.destinationCountry ?? existing.destinationCountry
            existing.signedBy = item.signedBy ?? existing.signedBy
            byID[item.shipmentID] = existing
        }
        return order.compactMap { id in
            guard var item = byID[id] else { return nil }
            item.events = Timeline(events: item.events).events
            return item
        }
    }

    /// Locks the shipments' rows and returns their status before the ingest.
    private func lockShipments(
        _ ids: [Int64], on connection: PostgresConnection, logger: Logger
    ) async throws -> [Int64: Milestone?] {
        let rows = try await connection.query(
            "SELECT id, status::text FROM shipments WHERE id = ANY(\(ids)::int8[]) ORDER BY id FOR UPDATE",
            logger: logger
        )
        var previous: [Int64: Milestone?] = [:]
        for try await (id, status) in rows.decode((Int64, String?).self) {
            // updateValue, not subscript assignment: assigning a nil status through the subscript would drop the key.
            previous.updateValue(
                try status.map { try RowDecoding.milestone($0, table: "shipments", column: "status") }, forKey: id)
        }
        let missing = ids.filter { previous.index(forKey: $0) == nil }
        guard missing.isEmpty else { throw StoreError.unknownShipments(missing.sorted()) }
        return previous
    }

    /// Inserts the scans; returns, per shipment, how many were new and how many replaced a stored copy.
    private func insertEvents(
        _ items: [ShipmentIngest], on connection: PostgresConnection, logger: Logger
    ) async throws -> [Int64: (inserted: Int, upgraded: Int)] {
        let pairs = items.flatMap { item in item.events.map { (item.shipmentID, $0) } }
        var counts: [Int64: (inserted: Int, upgraded: Int)] = [:]
        var start = pairs.startIndex
        while start < pairs.endIndex {
            let end = min(start + EventIngest.eventChunkSize, pairs.endIndex)
            let chunk = pairs[start..<end]
            let events = chunk.map(\.1)
            let rows = try await connection.query(
                """
                INSERT INTO scan_events AS e (
                    shipment_id, identity_key, occurred_at, local_time, utc_offset_seconds, zone_confidence,
                    city, region, postal_code, country_code, carrier_code, description, milestone, raw,
                    carrier_sequence, date_only)
                SELECT r.shipment_id, r.identity_key, r.occurred_at, r.local_time AT TIME ZONE 'UTC',
                       r.utc_offset_seconds, r.zone_confidence, r.city, r.region, r.postal_code, r.country_code,
                       r.carrier_code, r.description, r.milestone, r.raw, r.carrier_sequence, r.date_only
                FROM unnest(
                    \(chunk.map(\.0))::int8[], \(events.map(\.identityKey))::text[],
                    \(events.map(\.occurredAt))::timestamptz[],
                    \(NullableArray(events.map { $0.localTime?.wallClockInstant }))::timestamptz[],
                    \(NullableArray(events.map(\.utcOffsetSeconds)))::int8[],
                    \(events.map(\.zoneConfidence.rawValue))::text[],
                    \(NullableArray(events.map(\.location.city)))::text[],
                    \(NullableArray(events.map(\.location.region)))::text[],
                    \(NullableArray(events.map(\.location.postalCode)))::text[],
                    \(NullableArray(events.map(\.location.countryCode)))::text[],
                    \(events.map(\.carrierCode))::text[], \(events.map(\.description))::text[],
                    \(events.map(\.milestone.rawValue))::text[], \(events.map(\.raw))::text[],
                    \(events.map(\.carrierSequence))::int8[], \(events.map(\.isDateOnly))::bool[]
                ) AS r(shipment_id, identity_key, occurred_at, local_time, utc_offset_seconds, zone_confidence,
                       city, region, postal_code, country_code, carrier_code, description, milestone, raw,
                       carrier_sequence, date_only)
                ON CONFLICT (shipment_id, identity_key) DO UPDATE SET
                    occurred_at = EXCLUDED.occurred_at, local_time = EXCLUDED.local_time,
                    utc_offset_seconds = EXCLUDED.utc_offset_seconds, zone_confidence = EXCLUDED.zone_confidence,
                    city = EXCLUDED.city, region = EXCLUDED.region, postal_code = EXCLUDED.postal_code,
                    country_code = EXCLUDED.country_code, carrier_code = EXCLUDED.carrier_code,
                    description = EXCLUDED.description, milestone = EXCLUDED.milestone, raw = EXCLUDED.raw,
                    carrier_sequence = EXCLUDED.carrier_sequence, date_only = EXCLUDED.date_only
                WHERE array_position(\(ZoneConfidence.leastSureFirst.map(\.rawValue))::text[], EXCLUDED.zone_confidence)
                    > array_position(\(ZoneConfidence.leastSureFirst.map(\.rawValue))::text[], e.zone_confidence)
                RETURNING e.shipment_id, (e.xmax = 0) AS inserted
                """,
                logger: logger
            )
            // xmax is 0 on a freshly inserted row version and the locking transaction's id on an updated one.
            for try await (shipmentID, inserted) in rows.decode((Int64, Bool).self) {
                var count = counts[shipmentID] ?? (0, 0)
                if inserted { count.inserted += 1 } else { count.upgraded += 1 }
                counts[shipmentID] = count
            }
            start = end
        }
        return counts
    }

    /// Recomputes the derived columns from `scan_events` and applies the snapshot facts; returns the new statuses.
    /// A shipment whose scans (`changed`), status, last scan or countries changed is marked for evaluation
    /// (`next_evaluation_at = now()`) in this transaction, so a run killed before its evaluation leaves the change
    /// to the next run's sweep.
    private func recompute(
        _ items: [ShipmentIngest], changed: [Int64], on connection: PostgresConnection, logger: Logger
    ) async throws -> [Int64: Milestone?] {
        let rows = try await connection.query(
            """
            WITH facts AS (
                SELECT * FROM unnest(
                    \(items.map(\.shipmentID))::int8[],
                    \(NullableArray(items.map(\.carrierStatus)))::text[],
                    \(NullableArray(items.map { $0.estimatedDelivery?.wallClockInstant }))::timestamptz[],
                    \(NullableArray(items.map(\.service)))::text[],
                    \(NullableArray(items.map(\.originCountry)))::text[],
                    \(NullableArray(items.map(\.destinationCountry)))::text[],
                    \(NullableArray(items.map(\.signedBy)))::text[]
                ) AS f(id, carrier_status, estimated_delivery, service, origin_country, destination_country, signed_by)
            ),
            derived AS (
                SELECT f.id, latest.milestone AS latest_milestone, latest.occurred_at AS latest_at, newest.last_event_at
                FROM facts f
                LEFT JOIN LATERAL (
                    -- The latest meaningful scan: info, unknown and date-only scans never set the status.
                    SELECT e.milestone, e.occurred_at FROM scan_events e
                    WHERE e.shipment_id = f.id AND e.milestone NOT IN ('info', 'unknown') AND NOT e.date_only
                    ORDER BY e.occurred_at DESC, e.carrier_sequence DESC,
                             array_position(\(RowDecoding.milestonesByProgress)::text[], e.milestone::text) DESC
                    LIMIT 1
                ) latest ON true
                LEFT JOIN LATERAL (
                    SELECT max(e.occurred_at) AS last_event_at FROM scan_events e WHERE e.shipment_id = f.id
                ) newest ON true
            )
            UPDATE shipments s SET
                status = COALESCE(d.latest_milestone::text, CASE WHEN d.last_event_at IS NOT NULL THEN 'unknown' END),
                last_event_at = d.last_event_at,
                delivered_at = CASE WHEN d.latest_milestone = 'delivered' THEN d.latest_at END,
                carrier_status = COALESCE(f.carrier_status, s.carrier_status),
                estimated_delivery = COALESCE((f.estimated_delivery AT TIME ZONE 'UTC')::date, s.estimated_delivery),
                service = COALESCE(f.service, s.service),
                origin_country = COALESCE(f.origin_country, s.origin_country),
                destination_country = COALESCE(s.destination_country, f.destination_country),
                signed_by = COALESCE(f.signed_by, s.signed_by),
                next_evaluation_at = CASE
                    WHEN s.id = ANY(\(changed)::int8[])
                      OR s.status::text IS DISTINCT FROM COALESCE(d.latest_milestone::text, CASE WHEN d.last_event_at IS NOT NULL THEN 'unknown' END)
                      OR s.last_event_at IS DISTINCT FROM d.last_event_at
                      OR s.origin_country IS DISTINCT FROM COALESCE(f.origin_country, s.origin_country)
                      OR s.destination_country IS DISTINCT FROM COALESCE(s.destination_country, f.destination_country)
                    THEN now() ELSE s.next_evaluation_at END,
                updated_at = now()
            FROM facts f JOIN derived d ON d.id = f.id
            WHERE s.id = f.id
            RETURNING s.id, s.status::text
            """,
            logger: logger
        )
        var statuses: [Int64: Milestone?] = [:]
        for try await (id, status) in rows.decode((Int64, String?).self) {
            statuses.updateValue(
                try status.map { try RowDecoding.milestone($0, table: "shipments", column: "status") }, forKey: id)
        }
        return statuses
    }
}
