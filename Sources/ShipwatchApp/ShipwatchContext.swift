import Foundation
import Logging
import ShipwatchCore
import ShipwatchStore

/// What every command starts from: the checked configuration, a logger, and the way to the database.
public struct ShipwatchContext: Sendable {
    public var config: AppConfig
    public var logger: Logger
    public var environment: [String: String]
    /// Where the config came from, for messages ("(defaults)" without a file).
    public var configSource: String

    /// Loads the config (`configPath`, else `SHIPWATCH_CONFIG`, else defaults) and applies the environment.
    /// `databaseURL` (a `--database-url` flag) wins over both.
    public static func make(
        configPath: String?,
        databaseURL: String?,
        logLevel: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigError) -> ShipwatchContext {
        let path = configPath ?? environment["SHIPWATCH_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        var config = try ConfigLoader.load(path: path, environment: environment)
        if let databaseURL { config.databaseURL = databaseURL }
        var logger = Logger(label: "shipwatch")
        let level = logLevel ?? config.logLevel ?? "notice"
        logger.logLevel = Logger.Level(rawValue: level) ?? .notice
        return ShipwatchContext(config: config, logger: logger, environment: environment, configSource: path ?? "(defaults)")
    }

    public init(config: AppConfig, logger: Logger, environment: [String: String] = [:], configSource: String = "(defaults)") {
        self.config = config
        self.logger = logger
        self.environment = environment
        self.configSource = configSource
    }

    /// The parsed database URL; throws when none is configured or it is malformed.
    public func databaseURL() throws -> DatabaseURL {
        guard let text = config.databaseURL, !text.isEmpty else { throw ConfigError.missingDatabaseURL }
        return try DatabaseURL(parsing: text)
    }

    /// Runs `body` with the database, after checking that the schema is current and that the configured
    /// stores exist with their policies (the config is the source of truth for stores).
    public func withDatabase<Result: Sendable>(
        maximumConnections: Int? = nil,
        _ body: (Database) async throws -> Result
    ) async throws -> Result {
        let url = try databaseURL()
        let timeout = config.statementTimeoutSeconds ?? AppConfig.defaultStatementTimeoutSeconds
        return try await Database.with(
            url: url, logger: logger, maximumConnections: maximumConnections,
            statementTimeout: .milliseconds(Int64(saturating: timeout * 1_000))
        ) { database in
            let plan = try await Migrator().plan(on: database)
            guard plan.isUpToDate else {
                throw ShipwatchFailure.schemaNotCurrent(pendingMigrations: plan.pending.count)
            }
            try await StoreSynchronizer(config: config).synchronize(database: database)
            return try await body(database)
        }
    }
}
