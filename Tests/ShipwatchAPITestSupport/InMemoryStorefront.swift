import Foundation
import ShipwatchCore

/// The storefront read model and registration in memory, for fast router tests. Behaves as the PostgreSQL
/// implementation does: per-store lookups, idempotent registration on store + carrier + number.
public actor InMemoryStorefront: StorefrontReadModel, ShipmentRegistrar {
    /// Store key → display name.
    private var stores: [String: String]
    /// In registration order.
    private var trackings: [StorefrontTracking] = []

    public init(stores: [String: String]) {
        self.stores = stores
    }

    /// Adds a shipment as it would look after polls (events newest first).
    public func seed(_ tracking: StorefrontTracking) {
        trackings.append(tracking)
    }

    public func tracking(store: String, trackingNumber: String) async throws -> StorefrontTracking? {
        trackings.first { $0.store == store && $0.trackingNumber == trackingNumber }
    }

    public func trackings(store: String, orderRef: String) async throws -> [StorefrontTracking] {
        trackings.filter { $0.store == store && $0.orderRef == orderRef }
    }

    public func trackings(trackingNumber: String) async throws -> [StorefrontTracking] {
        trackings.filter { $0.trackingNumber == trackingNumber }
    }

    public func register(_ shipment: NewShipment) async throws -> RegistrationOutcome {
        guard let displayName = stores[shipment.store] else { throw InMemoryError.unknownStore(shipment.store) }
        if trackings.contains(where: {
            $0.store == shipment.store && $0.carrier == shipment.carrier && $0.trackingNumber == shipment.trackingNumber
        }) {
            return .alreadyRegistered
        }
        trackings.append(StorefrontTracking(
            store: shipment.store, storeDisplayName: displayName, orderRef: shipment.orderRef, carrier: shipment.carrier,
            trackingNumber: shipment.trackingNumber, status: nil, estimatedDelivery: nil, deliveredAt: nil,
            lastEventAt: nil, destinationPostalCode: shipment.destinationPostalCode, events: [], delay: nil))
        return .created
    }

    /// Every registered or seeded shipment, in order.
    public func all() -> [StorefrontTracking] {
        trackings
    }
}

/// Failures of the in-memory ports, mirroring the database's constraints.
public enum InMemoryError: Error, Sendable, Hashable {
    case unknownStore(String)
}
