import PostgresNIO
import ShipwatchCore

/// The ``KeyedTrackingReader`` over PostgreSQL: the key's row and its store's shipment with the scans in one
/// prepared statement (`StorefrontTrackingStatements.ByKeyAndNumber`), so `GET /v1/trackings/{n}` costs one
/// round trip and one pool lease.
public struct PostgresKeyedTrackingReader: KeyedTrackingReader {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func tracking(keyID: String, trackingNumber: String) async throws -> KeyedTracking {
        try await database.withConnection { connection in
            let statement = StorefrontTrackingStatements.ByKeyAndNumber(keyID: keyID, trackingNumber: trackingNumber)
            var key: APIKeyRecord?
            var folder = TrackingRowFolder()
            for try await row in try await connection.execute(statement, logger: database.logger) {
                let cells = row.makeRandomAccess()
                if key == nil { key = try APIKeyRepository.record(cells, prefix: "k_") }
                try folder.add(cells)
            }
            // A number registered under two carriers in one store reads as the first registered, as the
            // store-and-number lookup does.
            return KeyedTracking(key: key, tracking: folder.trackings.first)
        }
    }
}
