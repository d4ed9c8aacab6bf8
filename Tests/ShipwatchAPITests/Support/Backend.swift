import CarrierCatalog
import Foundation
import HTTPTypes
import Hummingbird
import PostgresNIO
import ShipwatchAPI
import ShipwatchAPITestSupport
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// Where the ports live in a test: in memory (fast) or in a fresh PostgreSQL database (the real adapters).
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory
    case postgres

    var testDescription: String { rawValue }
}

/// A seeded storefront: its ports, one storefront key per store, and an ops key.
struct StorefrontHarness: Sendable {
    var dependencies: APIDependencies
    var charmsKey: String
    var charmsKeyID: Int64
    var casesKey: String
    var opsKey: String

    func makeApplication() throws -> some ApplicationProtocol {
        Application(router: APIRouter.build(dependencies: dependencies, templates: try PageTemplates()))
    }

    func revoke(_ id: Int64) async throws -> Bool {
        try await dependencies.keys.revoke(id: id, at: TestWorld.reference)
    }
}

/// Seeds `TestWorld` into `backend` and runs `body` with the harness; `settings` tune the limits.
func withStorefront(
    _ backend: Backend,
    settings: APISettings = APISettings(),
    readiness: (any ServiceReadiness)? = nil,
    now: @escaping @Sendable () -> Date = { Date() },
    _ body: (StorefrontHarness) async throws -> Void
) async throws {
    switch backend {
    case .memory:
        let storefront = InMemoryStorefront(stores: TestWorld.stores)
        for seed in TestWorld.seeds { await storefront.seed(TestWorld.tracking(seed)) }
        let dependencies = APIDependencies(
            readModel: storefront, registrar: storefront, keys: InMemoryAPIKeys(stores: Set(TestWorld.stores.keys)),
            rateLimits: InMemoryRateLimits(), readiness: readiness ?? FixedReadiness(), roster: CarrierCatalog.roster, settings: settings,
            metricsText: { "# metrics\n" }, now: now)
        try await body(try await harness(dependencies))
    case .postgres:
        try await withTestDatabase { database in
            try await seedPostgres(database)
            let dependencies = APIDependencies(
                readModel: PostgresStorefrontReadModel(database: database),
                registrar: PostgresShipmentRegistrar(database: database),
                keys: APIKeyRepository(database: database),
                keyedTrackings: PostgresKeyedTrackingReader(database: database),
                rateLimits: RateLimitRepository(database: database),
                readiness: readiness ?? PostgresReadiness(database: database), roster: CarrierCatalog.roster, settings: settings,
                metricsText: { "# metrics\n" }, now: now)
            try await body(try await harness(dependencies))
        }
    }
}

private func harness(_ dependencies: APIDependencies) async throws -> StorefrontHarness {
    func create(_ store: String, _ scope: APIKeyScope) async throws -> (String, Int64) {
        let text = APIKeyText.generate()
        let record = try await dependencies.keys.create(
            NewAPIKey(keyID: text.keyID, secretHash: text.secretHash, store: store, name: "\(store) site", scope: scope))
        return (text.text, record.id)
    }
    let (charms, charmsID) = try await create("charms", .storefront)
    let (cases, _) = try await create("cases", .storefront)
    let (ops, _) = try await create("charms", .ops)
    return StorefrontHarness(dependencies: dependencies, charmsKey: charms, charmsKeyID: charmsID, casesKey: cases, opsKey: ops)
}

private func seedPostgres(_ database: Database) async throws {
    for (key, name) in TestWorld.stores {
        try await StoreRepository(database: database).upsert(key: key, displayName: name, policyJSON: "{}")
    }
    let shipments = ShipmentRepository(database: database)
    _ = try await shipments.insert(TestWorld.seeds.map(\.shipment))
    for seed in TestWorld.seeds {
        guard let stored = try await shipments.find(trackingNumber: seed.shipment.trackingNumber).first else { continue }
        if !seed.events.isEmpty || seed.estimatedDelivery != nil {
            _ = try await EventIngest(database: database).ingest([
                ShipmentIngest(shipmentID: stored.id, events: seed.events, estimatedDelivery: seed.estimatedDelivery)
            ])
        }
        if let delay = seed.delay {
            try await database.withConnection { connection in
                _ = try await connection.query(
                    """
                    INSERT INTO findings (shipment_id, rule, severity, opened_at, detail)
                    VALUES (\(stored.id), \(delay.rule), \(delay.severity.rawValue), \(delay.since),
                            '{"remedy":"internal-remedy-marker"}'::jsonb)
                    """,
                    logger: database.logger)
            }
        }
    }
}
