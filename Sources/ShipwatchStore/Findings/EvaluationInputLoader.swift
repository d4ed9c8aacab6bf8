import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// Loads shipments with their scans for evaluation: two queries per batch, whatever its size.
public struct EvaluationInputLoader: Sendable {
    public let database: Database

    /// Loader over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// The shipments with these ids (unknown ids are skipped), ascending by id, each with its scans.
    public func load(shipmentIDs: [Int64]) async throws -> [EvaluationInput] {
        guard !shipmentIDs.isEmpty else { return [] }
        let logger = database.logger
        return try await database.withConnection { connection in
            var inputs: [EvaluationInput] = []
            inputs.reserveCapacity(shipmentIDs.count)
            let shipmentRows = try await connection.query(
                """
                SELECT \(unescaped: RowDecoding.shipmentColumns), s.origin_country, s.not_found_since, s.next_evaluation_at
                FROM shipments s WHERE s.id = ANY(\(shipmentIDs)::int8[]) ORDER BY s.id
                """,
                logger: logger
            )
            var index: [Int64: Int] = [:]
            for try await row in shipmentRows {
                let cells = row.makeRandomAccess()
                let shipment = try RowDecoding.shipment(row)
                index[shipment.id] = inputs.count
                inputs.append(EvaluationInput(
                    shipment: shipment,
                    originCountry: try cells["origin_country"].decode(String?.self),
                    notFoundSince: try cells["not_found_since"].decode(Date?.self),
                    events: [],
                    loadedNextEvaluationAt: try cells["next_evaluation_at"].decode(Date?.self)))
            }
            // One query for every scan of the batch (scan_events_latest_idx), decoded positionally.
            let eventRows = try await connection.query(
                """
                SELECT e.shipment_id, e.occurred_at, e.local_time, e.utc_offset_seconds, e.zone_confidence, e.city,
                       e.region, e.postal_code, e.country_code, e.carrier_code, e.description, e.milestone::text,
                       e.carrier_sequence, e.date_only
                FROM scan_events e WHERE e.shipment_id = ANY(\(shipmentIDs)::int8[])
                ORDER BY e.shipment_id, e.occurred_at, e.carrier_sequence
                """,
                logger: logger
            )
            for try await (shipmentID, occurredAt, localTime, offset, confidence, city, region, postalCode, country, code,
                description, milestone, sequence, dateOnly)
                in eventRows.decode(
                    (Int64, Date, Date?, Int?, String, String?, String?, String?, String?, String, String, String, Int, Bool).self)
            {
                guard let position = index[shipmentID] else { continue }
                guard let zoneConfidence = ZoneConfidence(rawValue: confidence) else {
                    throw StoreError.unreadableValue(table: "scan_events", column: "zone_confidence", value: confidence)
                }
                var scan = StoredScanBuilder.scan(
                    occurredAt: occurredAt, localTime: localTime.map(LocalDateTime.init(wallClockInstant:)),
                    utcOffsetSeconds: offset, zoneConfidence: zoneConfidence, city: city, region: region,
                    postalCode: postalCode, countryCode: country, carrierCode: code, description: description,
                    milestone: try RowDecoding.milestone(milestone, table: "scan_events", column: "milestone"),
                    carrierSequence: sequence)
                scan.isDateOnly = dateOnly
                inputs[position].events.append(scan)
            }
            return inputs
        }
    }
}
