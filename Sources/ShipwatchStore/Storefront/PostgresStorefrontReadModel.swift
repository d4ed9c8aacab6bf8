import Foundation
import PostgresNIO
import ShipwatchCore

/// The storefront's read model over PostgreSQL: one round trip per lookup (shipment, store name, open finding
/// and scans in one joined, prepared statement: ``StorefrontTrackingStatements``).
public struct PostgresStorefrontReadModel: StorefrontReadModel {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func tracking(store: String, trackingNumber: String) async throws -> StorefrontTracking? {
        try await fetch(StorefrontTrackingStatements.ByStoreAndNumber(store: store, trackingNumber: trackingNumber)).first
    }

    public func trackings(store: String, orderRef: String) async throws -> [StorefrontTracking] {
        try await fetch(StorefrontTrackingStatements.ByStoreAndOrder(store: store, orderRef: orderRef))
    }

    public func trackings(trackingNumber: String) async throws -> [StorefrontTracking] {
        try await fetch(StorefrontTrackingStatements.ByNumber(trackingNumber: trackingNumber))
    }

    /// Runs one of the lookups and folds its rows (one per scan) into shipments, in the statement's order.
    private func fetch(_ statement: some TextLookup) async throws -> [StorefrontTracking] {
        try await database.withConnection { connection in
            var folder = TrackingRowFolder()
            for try await row in try await connection.execute(statement, logger: database.logger) {
                try folder.add(row.makeRandomAccess())
            }
            return folder.trackings
        }
    }
}
