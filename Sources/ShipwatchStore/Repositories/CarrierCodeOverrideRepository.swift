import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The `carrier_code_overrides` table, and the list of codes that still need one.
public struct CarrierCodeOverrideRepository: Sendable {
    public let database: Database

    /// Repository over the given database.
    public init(database: Database) {
        self.database = database
    }

    /// Every override (of one carrier, or of all), by carrier and code.
    public func list(carrier: Carrier? = nil) async throws -> [CarrierCodeOverride] {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT carrier::text, code, milestone::text, note FROM carrier_code_overrides
                WHERE \(carrier?.rawValue)::text IS NULL OR carrier = \(carrier?.rawValue)::text
                ORDER BY carrier, code
                """,
                logger: database.logger
            )
            var overrides: [CarrierCodeOverride] = []
            for try await (carrierText, code, milestoneText, note) in rows.decode((String, String, String, String?).self) {
                guard let carrier = Carrier(rawValue: carrierText) else {
                    throw StoreError.unreadableValue(table: "carrier_code_overrides", column: "carrier", value: carrierText)
                }
                let milestone = try RowDecoding.milestone(milestoneText, table: "carrier_code_overrides", column: "milestone")
                overrides.append(CarrierCodeOverride(carrier: carrier, code: code, milestone: milestone, note: note))
            }
            return overrides
        }
    }

    /// Creates or replaces the override for its carrier and code.
    public func set(_ override: CarrierCodeOverride) async throws {
        guard !override.code.isEmpty else { throw StoreError.invalidArgument("an override needs a carrier code") }
        try await database.withConnection { connection in
            try await connection.query(
                """
                INSERT INTO carrier_code_overrides (carrier, code, milestone, note)
                VALUES (\(override.carrier.rawValue), \(override.code), \(override.milestone.rawValue), \(override.note))
                ON CONFLICT (carrier, code) DO UPDATE
                SET milestone = EXCLUDED.milestone, note = EXCLUDED.note, updated_at = now()
                """,
                logger: database.logger
            )
        }
        database.logger.info(
            "carrier code override set",
            metadata: [
                LogKey.carrier: "\(override.carrier.rawValue)", LogKey.carrierCode: "\(override.code)",
                LogKey.milestone: "\(override.milestone.rawValue)",
            ]
        )
    }

    /// Removes an override; returns false when there was none.
    @discardableResult
    public func delete(carrier: Carrier, code: String) async throws -> Bool {
        let deleted = try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                WITH deleted AS (
                    DELETE FROM carrier_code_overrides WHERE carrier = \(carrier.rawValue) AND code = \(code) RETURNING 1
                )
                SELECT count(*) FROM deleted
                """,
                logger: database.logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
        return deleted > 0
    }

    /// Codes stored with milestone `unknown` that no override covers yet, most frequent first.
    public func unmappedCodes(limit: Int = 100) async throws -> [UnmappedCodeSummary] {
        guard limit > 0 else { throw StoreError.invalidArgument("limit must be positive, got \(limit)") }
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT s.carrier::text, e.carrier_code, min(e.description), count(*), count(DISTINCT e.shipment_id),
                       max(e.occurred_at)
                FROM scan_events e JOIN shipments s ON s.id = e.shipment_id
                WHERE e.milestone = 'unknown'
                  AND NOT EXISTS (
                      SELECT 1 FROM carrier_code_overrides o WHERE o.carrier = s.carrier AND o.code = e.carrier_code)
                GROUP BY s.carrier, e.carrier_code
                ORDER BY count(*) DESC, s.carrier, e.carrier_code
                LIMIT \(limit)
                """,
                logger: database.logger
            )
            var summaries: [UnmappedCodeSummary] = []
            for try await (carrierText, code, description, occurrences, shipments, lastSeen)
                in rows.decode((String, String, String, Int, Int, Date).self)
            {
                guard let carrier = Carrier(rawValue: carrierText) else {
                    throw StoreError.unreadableValue(table: "shipments", column: "carrier", value: carrierText)
                }
                summaries.append(
                    UnmappedCodeSummary(
                        carrier: carrier, code: code, sampleDescription: description, occurrences: occurrences,
                        shipments: shipments, lastSeenAt: lastSeen))
            }
            return summaries
        }
    }
}
