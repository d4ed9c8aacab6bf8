/// The storefront's read side (port): implemented over PostgreSQL by ShipwatchStore and in memory for tests.
public protocol StorefrontReadModel: Sendable {
    /// The store's shipment with this normalized tracking number (any carrier), or nil.
    func tracking(store: String, trackingNumber: String) async throws -> StorefrontTracking?
    /// Every shipment of one order of the store, oldest registration first (split orders ship in several parcels).
    func trackings(store: String, orderRef: String) async throws -> [StorefrontTracking]
    /// Every shipment with this normalized tracking number in any store (the public page filters by postal code).
    func trackings(trackingNumber: String) async throws -> [StorefrontTracking]
}
