/// The storefront's most frequent request in one step: the presented key's row and the shipment it asks for,
/// read together, so a lookup costs one database round trip instead of a key check followed by a read.
///
/// The shipment is looked up in the key's own store only. Nothing read here is shown before the caller has
/// checked the secret's hash and the key's scope: a wrong secret or scope discards the shipment unseen.
public protocol KeyedTrackingReader: Sendable {
    /// The unrevoked key with this public id (nil when there is none), and its store's shipment with this
    /// normalized tracking number (nil when the key is unknown, has no store, or the store has no such shipment).
    func tracking(keyID: String, trackingNumber: String) async throws -> KeyedTracking
}

/// A key and the shipment read with it; see ``KeyedTrackingReader``.
public struct KeyedTracking: Sendable, Hashable {
    public var key: APIKeyRecord?
    public var tracking: StorefrontTracking?

    public init(key: APIKeyRecord?, tracking: StorefrontTracking?) {
        self.key = key
        self.tracking = tracking
    }
}

/// A ``KeyedTrackingReader`` made of the two separate ports, one call after the other: what the in-memory test
/// backends use, and a reference the one-statement PostgreSQL reader must agree with.
public struct SequentialKeyedTrackingReader: KeyedTrackingReader {
    public let keys: any APIKeyDirectory
    public let readModel: any StorefrontReadModel

    public init(keys: any APIKeyDirectory, readModel: any StorefrontReadModel) {
        self.keys = keys
        self.readModel = readModel
    }

    public func tracking(keyID: String, trackingNumber: String) async throws -> KeyedTracking {
        guard let key = try await keys.activeKey(keyID: keyID) else { return KeyedTracking(key: nil, tracking: nil) }
        guard let store = key.store else { return KeyedTracking(key: key, tracking: nil) }
        return KeyedTracking(key: key, tracking: try await readModel.tracking(store: store, trackingNumber: trackingNumber))
    }
}
