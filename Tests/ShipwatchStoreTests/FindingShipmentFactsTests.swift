import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// Migration 14's triggers: a finding's copy of its shipment's store, carrier, stage and last scan (what the ops
/// dashboard filters, counts and sorts by) is taken when the finding is written and follows every later change.
@Suite("Findings carry their shipment's facts")
struct FindingShipmentFactsTests {
    struct Facts: Equatable {
        var store: String
        var carrier: String
        var status: String?
        var lastEventAt: Date?
    }

    static func facts(findingOf shipment: Int64, _ db: Database) async throws -> Facts? {
        try await db.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT store_key, carrier::text, shipment_status::text, shipment_last_event_at
                FROM findings WHERE shipment_id = \(shipment)
                """,
                logger: db.logger
            )
            for try await (store, carrier, status, last) in rows.decode((String, String, String?, Date?).self) {
                return Facts(store: store, carrier: carrier, status: status, lastEventAt: last)
            }
            return nil
        }
    }

    @Test("a new finding copies its shipment's facts, and a scan that moves the shipment moves the copy")
    func factsFollowTheShipment() async throws {
        try await withTestDatabase { db in
            let id = try await FindingsFixtures.shipments(1, in: db)[0]
            try await db.withConnection { connection in
                try await connection.query(
                    "INSERT INTO findings (shipment_id, rule, severity) VALUES (\(id), 'sorting_stall', 'watch')", logger: db.logger)
            }
            let shipment = try #require(try await ShipmentRepository(database: db).find(id: id))
            let copied = try #require(try await Self.facts(findingOf: id, db))
            #expect(copied.store == shipment.store)
            #expect(copied.carrier == shipment.carrier.rawValue)
            #expect(copied.status == shipment.status?.rawValue)

            let scannedAt = Date(timeIntervalSince1970: 1_800_000_000)
            try await db.withConnection { connection in
                try await connection.query(
                    "UPDATE shipments SET status = 'out_for_delivery', last_event_at = \(scannedAt) WHERE id = \(id)", logger: db.logger)
            }
            let moved = try #require(try await Self.facts(findingOf: id, db))
            #expect(moved.status == "out_for_delivery")
            #expect(moved.lastEventAt == scannedAt)
            #expect(moved.store == shipment.store)
        }
    }
}
