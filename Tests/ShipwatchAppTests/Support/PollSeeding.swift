import CarrierCatalog
import Foundation
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore

/// Puts shipments in a test database, due now, for the poller to find.
enum PollSeeding {
    /// Registers `perCarrier` shipments for each carrier in store `default`; returns their numbers.
    @discardableResult
    static func seed(_ database: Database, perCarrier: Int, carriers: [Carrier] = CarrierCatalog.roster.carriers) async throws -> [Carrier: [String]] {
        try await StoreRepository(database: database).upsert(key: "default", displayName: "Default", policy: StorePolicy.default)
        var numbers: [Carrier: [String]] = [:]
        var rows: [NewShipment] = []
        for carrier in carriers {
            for index in 0..<perCarrier {
                let number = TrackingNumberFactory.number(carrier, index)
                numbers[carrier, default: []].append(number)
                rows.append(NewShipment(store: "default", orderRef: "ORD-\(carrier.rawValue)-\(index)", carrier: carrier, trackingNumber: number))
            }
        }
        _ = try await ShipmentRepository(database: database).insert(rows)
        return numbers
    }

    /// Makes every shipment due again and un-retires it (to prove a re-poll adds nothing).
    static func makeEverythingDue(_ database: Database) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query(
                "UPDATE shipments SET next_poll_at = now() - interval '1 minute', retired_at = NULL, retired_reason = NULL",
                logger: database.logger
            )
        }
    }

    /// One integer from a SQL query.
    static func scalar(_ database: Database, _ query: PostgresQuery) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(query, logger: database.logger).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }

    /// Runs one statement that returns no rows.
    static func execute(_ database: Database, _ query: PostgresQuery) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query(query, logger: database.logger).collect()
        }
    }
}
