import PostgresNIO
import ShipwatchCore

/// The ``KeyedTrackingReader`` over PostgreSQL: the key's row and its store's shipment with the scans in one
/// prepared statement (`StorefrontTrackingStatements.ByKeysAndNumbers`), so `GET /v1/trackings/{n}` costs one
/// round trip and one pool lease.
///
/// Lookups that arrive while `maxConcurrentBatches` statements are running share the next one
/// (``LookupCoalescer``): under load one statement answers many requests, at low load each runs at once alone.
public struct PostgresKeyedTrackingReader: KeyedTrackingReader {
    public let database: Database
    private let coalescer: LookupCoalescer<Lookup, KeyedTracking>

    /// - Parameters:
    ///   - maxConcurrentBatches: statements that may run at once; the pool's connections is a good value.
    ///   - maxBatch: lookups one statement answers at most.
    public init(database: Database, maxConcurrentBatches: Int = 4, maxBatch: Int = 32) {
        self.database = database
        coalescer = LookupCoalescer(maxInFlight: maxConcurrentBatches, maxBatch: maxBatch) { lookups in
            try await Self.read(lookups, database: database)
        }
    }

    public func tracking(keyID: String, trackingNumber: String) async throws -> KeyedTracking {
        try await coalescer.answer(Lookup(keyID: keyID, trackingNumber: trackingNumber))
    }

    private struct Lookup: Sendable {
        var keyID: String
        var trackingNumber: String
    }

    /// One statement for `lookups`; one answer per lookup, in order.
    private static func read(_ lookups: [Lookup], database: Database) async throws -> [KeyedTracking] {
        try await database.withConnection { connection in
            let statement = StorefrontTrackingStatements.ByKeysAndNumbers(
                keyIDs: lookups.map(\.keyID), trackingNumbers: lookups.map(\.trackingNumber)
            )
            var answers = Array(repeating: KeyedTracking(key: nil, tracking: nil), count: lookups.count)
            var position: Int64 = 0
            var key: APIKeyRecord?
            var folder = TrackingRowFolder()
            func finish() {
                guard position >= 1, position <= Int64(answers.count) else { return }
                // A number registered under two carriers in one store reads as the first registered, as the
                // store-and-number lookup does.
                answers[Int(position) - 1] = KeyedTracking(key: key, tracking: folder.trackings.first)
            }
            for try await row in try await connection.execute(statement, logger: database.logger) {
                let cells = row.makeRandomAccess()
                let rowPosition = try cells["r_ord"].decode(Int64.self)
                if rowPosition != position {
                    finish()
                    position = rowPosition
                    key = try APIKeyRepository.record(cells, prefix: "k_")
                    folder = TrackingRowFolder()
                }
                try folder.add(cells)
            }
            finish()
            return answers
        }
    }
}
