import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The transactional outbox: writes webhook events (and one pending delivery per matching enabled endpoint) on the
/// connection of the transaction whose change causes them, so an event exists exactly when its change committed.
///
/// Per shipment, events get consecutive sequence numbers under a row lock of `webhook_shipment_sequences`, so their
/// order is the order in which the changes committed; deliveries keep that order per endpoint. Callers write the
/// outbox last in their transaction: nothing waits on another lock while holding a sequence row.
public enum WebhookOutbox {
    /// Set only by `shipwatch-bench webhooks` to measure a poll run without the outbox (its cost is the
    /// difference); nothing else may turn the outbox off.
    @TaskLocal public static var isSuspendedForBenchmark = false

    /// Records the causes as events; returns how many events were written (causes whose rows vanished are skipped).
    @discardableResult
    public static func record(_ causes: [WebhookCause], on connection: PostgresConnection, logger: Logger) async throws -> Int {
        guard !causes.isEmpty, !isSuspendedForBenchmark else { return 0 }
        let facts = try await loadFacts(causes, on: connection, logger: logger)
        guard !facts.isEmpty else { return 0 }
        let now = Date()
        var generator = SystemRandomNumberGenerator()
        var ids: [String] = []
        var types: [String] = []
        var stores: [String] = []
        var shipments: [Int64] = []
        var bodies: [String] = []
        for (cause, fact) in facts {
            let id = WebhookEvent.makeID(high: generator.next(), low: generator.next())
            let event = WebhookEvent(id: id, type: cause.type, timestamp: now, facts: fact.facts, includeCustomerEmail: fact.includeEmail)
            ids.append(id)
            types.append(cause.type.rawValue)
            stores.append(fact.facts.store)
            shipments.append(fact.shipmentID)
            bodies.append(String(decoding: try event.jsonBody(), as: UTF8.self))
        }
        let counts = Dictionary(shipments.map { ($0, Int64(1)) }, uniquingKeysWith: +)
        let sortedShipments = counts.keys.sorted()
        // Per-shipment offsets: the first event of shipment s in this batch gets last_sequence(s) + 1.
        let rows = try await connection.query(
            """
            INSERT INTO webhook_shipment_sequences AS q (shipment_id, last_sequence)
            SELECT * FROM unnest(\(sortedShipments)::int8[], \(sortedShipments.map { counts[$0] ?? 1 })::int8[])
            ON CONFLICT (shipment_id) DO UPDATE SET last_sequence = q.last_sequence + EXCLUDED.last_sequence
            RETURNING q.shipment_id, q.last_sequence
            """,
            logger: logger
        )
        var next: [Int64: Int64] = [:]
        for try await (shipmentID, last) in rows.decode((Int64, Int64).self) {
            next[shipmentID] = last - (counts[shipmentID] ?? 1) + 1
        }
        var sequences: [Int64] = []
        for shipmentID in shipments {
            let sequence = next[shipmentID] ?? 1
            sequences.append(sequence)
            next[shipmentID] = sequence + 1
        }
        try await connection.query(
            """
            WITH written AS (
                INSERT INTO webhook_events (event_id, type, store_key, shipment_id, shipment_sequence, payload, created_at)
                SELECT e.event_id, e.type, e.store_key, e.shipment_id, e.sequence, e.payload::jsonb, \(now)
                FROM unnest(\(ids)::text[], \(types)::text[], \(stores)::text[], \(shipments)::int8[], \(sequences)::int8[],
                            \(bodies)::text[]) AS e(event_id, type, store_key, shipment_id, sequence, payload)
                RETURNING id, type, store_key, shipment_id, shipment_sequence
            )
            INSERT INTO webhook_deliveries (event_id, endpoint_id, shipment_id, shipment_sequence, next_attempt_at)
            SELECT w.id, ep.id, w.shipment_id, w.shipment_sequence, \(now)
            FROM written w JOIN webhook_endpoints ep ON ep.store_key = w.store_key AND ep.enabled
            WHERE ep.event_types IS NULL OR w.type = ANY(ep.event_types)
            """,
            logger: logger
        )
        logger.debug("webhook events written", metadata: [LogKey.webhookEvents: "\(ids.count)"])
        return ids.count
    }

    private struct LoadedFacts {
        var shipmentID: Int64
        var facts: WebhookEventFacts
        var includeEmail: Bool
    }

    /// One row per cause still pointing at existing rows, in the causes' order.
    private static func loadFacts(
        _ causes: [WebhookCause], on connection: PostgresConnection, logger: Logger
    ) async throws -> [(WebhookCause, LoadedFacts)] {
        let rows = try await connection.query(
            """
            SELECT c.ord, s.id, s.store_key, s.order_ref, s.carrier::text, s.tracking_number, s.status::text,
                   st.webhook_customer_email, s.customer_email,
                   f.id, f.rule, f.severity, f.state, f.stage::text, f.stage_since,
                   r.id, r.kind, r.status, r.compensation, r.message,
                   loc.city, loc.region, loc.country_code
            FROM unnest(\(NullableArray(causes.map(\.shipmentID)))::int8[], \(NullableArray(causes.map(\.findingID)))::int8[],
                        \(NullableArray(causes.map(\.remedyID)))::int8[]) WITH ORDINALITY AS c(shipment_id, finding_id, remedy_id, ord)
            LEFT JOIN remedies r ON r.id = c.remedy_id
            LEFT JOIN findings f ON f.id = COALESCE(c.finding_id, r.finding_id)
            JOIN shipments s ON s.id = COALESCE(c.shipment_id, f.shipment_id)
            JOIN stores st ON st.key = s.store_key
            LEFT JOIN LATERAL (
                SELECT e.city, e.region, e.country_code FROM scan_events e
                WHERE e.shipment_id = s.id ORDER BY e.occurred_at DESC, e.carrier_sequence DESC LIMIT 1
            ) loc ON f.id IS NOT NULL
            ORDER BY c.ord
            """,
            logger: logger
        )
        var result: [(WebhookCause, LoadedFacts)] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            let ordinal = try cells[0].decode(Int64.self)
            guard ordinal >= 1, ordinal <= causes.count else { continue }
            let cause = causes[Int(ordinal - 1)]
            var finding: WebhookFinding?
            if let findingID = try cells[9].decode(Int64?.self) {
                let city = try cells[20].decode(String?.self)
                let region = try cells[21].decode(String?.self)
                let country = try cells[22].decode(String?.self)
                finding = WebhookFinding(
                    id: findingID, rule: try cells[10].decode(String.self), severity: try cells[11].decode(String.self),
                    state: try cells[12].decode(String.self), stage: try cells[13].decode(String?.self),
                    since: try cells[14].decode(Date?.self),
                    lastLocation: city == nil && region == nil && country == nil
                        ? nil : WebhookLocation(city: city, region: region, countryCode: country))
            }
            var remedy: WebhookRemedy?
            if let remedyID = try cells[15].decode(Int64?.self) {
                remedy = WebhookRemedy(
                    id: remedyID, kind: try cells[16].decode(String.self), status: try cells[17].decode(String.self),
                    compensation: try cells[18].decode(String?.self), message: try cells[19].decode(String?.self))
            }
            let facts = WebhookEventFacts(
                store: try cells[2].decode(String.self), orderRef: try cells[3].decode(String.self),
                carrier: try cells[4].decode(String.self), trackingNumber: try cells[5].decode(String.self),
                shipmentStatus: try cells[6].decode(String?.self), previousShipmentStatus: cause.previousStatus,
                customerEmail: try cells[8].decode(String?.self), finding: finding, remedy: remedy)
            result.append((cause, LoadedFacts(
                shipmentID: try cells[1].decode(Int64.self), facts: facts, includeEmail: try cells[7].decode(Bool.self))))
        }
        return result
    }
}
