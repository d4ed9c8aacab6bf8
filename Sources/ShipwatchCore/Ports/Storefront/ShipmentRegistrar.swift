/// Registers validated shipments one at a time (port), idempotently on store + carrier + tracking number.
public protocol ShipmentRegistrar: Sendable {
    /// Stores the shipment, due for its first poll at once, unless that store already has this parcel.
    func register(_ shipment: NewShipment) async throws -> RegistrationOutcome
}

/// Whether a registration added the shipment or found it already there.
public enum RegistrationOutcome: Sendable, Hashable {
    case created
    case alreadyRegistered
}
