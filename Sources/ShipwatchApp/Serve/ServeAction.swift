import CarrierCatalog
import Foundation
import Hummingbird
import Logging
import PostgresNIO
import Prometheus
import ServiceLifecycle
import ShipwatchAPI
import ShipwatchCore
import ShipwatchStore
import UnixSignals

/// `shipwatch serve`: the storefront API, the customer page, health and metrics, under a `ServiceGroup`
/// (SIGTERM/SIGINT: stop accepting, finish in-flight requests, then close the database pool).
public struct ServeAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// Runs until a signal stops it. `host`/`port` override the config's `serve.host`/`serve.port`.
    public func run(host: String?, port: Int?) async throws {
        let settings = context.config.serve
        let host = host ?? settings.host
        let port = port ?? settings.port
        guard (0...65_535).contains(port) else { throw ShipwatchFailure.invalidOption(option: "--port", reason: "must be 0 to 65535, got \(port)") }
        let logger = context.logger
        // Fail fast (exit 2) on an unreachable database or a stale schema, and bring the stores up to date.
        try await context.withDatabase(maximumConnections: 1) { _ in }
        let url = try context.databaseURL()
        let client = PostgresClient(
            configuration: url.clientConfiguration(maximumConnections: settings.databaseMaxConnections),
            backgroundLogger: logger)
        let registry = PrometheusBootstrap.registry
        let database = Database(
            client: client, logger: logger,
            poolMetrics: DatabasePoolMetrics(maximumConnections: settings.databaseMaxConnections))
        let ledger = LedgerGauges(database: database)
        let dependencies = APIDependencies(
            readModel: PostgresStorefrontReadModel(database: database),
            registrar: PostgresShipmentRegistrar(database: database),
            keys: APIKeyRepository(database: database),
            keyedTrackings: PostgresKeyedTrackingReader(database: database, maxConcurrentBatches: settings.storefrontReadStatements(cores: ProcessInfo.processInfo.activeProcessorCount)),
            rateLimits: RateLimitRepository(database: database),
            readiness: PostgresReadiness(database: database),
            roster: CarrierCatalog.roster,
            settings: settings.apiSettings,
            metricsText: {
                await ledger.refresh()
                return registry.emitToString()
            },
            ops: OpsWiring.dependencies(database: database, settings: settings.ops, carriers: context.config.carriers))
        let app = APIServer.makeApplication(
            dependencies: dependencies, templates: try PageTemplates(), host: host, port: port, logger: logger
        ) { bound in
            FileHandle.standardOutput.write(Data("SHIPWATCH_API_URL=http://\(host):\(bound)\n".utf8))
            logger.notice("shipwatch serve listening", metadata: ["host": "\(host)", "port": "\(bound)"])
        }
        var configuration = ServiceGroupConfiguration(
            services: [
                .init(service: client),
                .init(service: RateWindowPurgeService(rateLimits: RateLimitRepository(database: database), logger: logger)),
                .init(service: WebhookDeliveryService(database: database, settings: context.config.webhooks, logger: logger)),
                .init(service: app, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        // In-flight requests get this long after a signal; then the remaining work is cancelled.
        configuration.maximumGracefulShutdownDuration = .seconds(10)
        try await ServiceGroup(configuration: configuration).run()
        logger.notice("shipwatch serve stopped")
    }
}
