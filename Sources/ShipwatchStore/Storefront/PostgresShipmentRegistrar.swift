import ShipwatchCore

/// Registration of one shipment through ``ShipmentRepository/insert(_:)`` (idempotent, due at once).
public struct PostgresShipmentRegistrar: ShipmentRegistrar {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func register(_ shipment: NewShipment) async throws -> RegistrationOutcome {
        let inserted = try await ShipmentRepository(database: database).insert([shipment])
        return inserted == 1 ? .created : .alreadyRegistered
    }
}
