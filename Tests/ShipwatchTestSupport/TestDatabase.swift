import Foundation
import Logging
import PostgresNIO
import ShipwatchStore

/// Throwaway PostgreSQL databases for integration tests: one fresh, migrated database per test.
///
/// The server comes from `SHIPWATCH_TEST_DATABASE_URL` (a URL of any database on it, normally the `postgres`
/// maintenance database), which `scripts/test` exports after starting a server with `scripts/pg`.
public enum TestDatabase {
    /// The environment variable naming the test server.
    public static let environmentVariable = "SHIPWATCH_TEST_DATABASE_URL"

    /// Quiet by default; set `SHIPWATCH_TEST_LOG_LEVEL=debug` to see queries.
    public static let logger: Logger = {
        var logger = Logger(label: "shipwatch.test")
        let level = ProcessInfo.processInfo.environment["SHIPWATCH_TEST_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = level ?? .warning
        return logger
    }()

    /// The test server's URL, or an error that says how to get one.
    public static func serverURL() throws -> DatabaseURL {
        guard let text = ProcessInfo.processInfo.environment[environmentVariable], !text.isEmpty else {
            throw TestDatabaseError.notConfigured(variable: environmentVariable)
        }
        do {
            return try DatabaseURL(parsing: text)
        } catch {
            throw TestDatabaseError.invalidURL(variable: environmentVariable, reason: error.description)
        }
    }

    /// A database name no other test uses: `shipwatch_test_<pid>_<random>`.
    static func uniqueName() -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return "shipwatch_test_\(ProcessInfo.processInfo.processIdentifier)_\(random)"
    }

    /// Runs SQL against the server's maintenance database (the database of the configured URL).
    static func maintenance(_ sql: String, on server: DatabaseURL) async throws {
        try await Database.with(url: server, logger: logger, maximumConnections: 1) { database in
            try await database.withConnection { connection in
                _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            }
        }
    }
}

/// Runs `body` against a new database, created and migrated (unless `migrate` is false) for it alone, and drops
/// the database afterwards, whether `body` succeeded or threw.
///
/// Fails with ``TestDatabaseError/notConfigured(variable:)`` when `SHIPWATCH_TEST_DATABASE_URL` is not set:
/// integration tests never skip silently.
public func withTestDatabase<Result: Sendable>(
    migrate: Bool = true,
    _ body: (Database) async throws -> Result
) async throws -> Result {
    let server = try TestDatabase.serverURL()
    let name = TestDatabase.uniqueName()
    // The name is generated from [a-z0-9_] only, so quoting it as an identifier is safe.
    try await TestDatabase.maintenance("CREATE DATABASE \"\(name)\"", on: server)
    let outcome: Swift.Result<Result, any Error>
    do {
        let value = try await Database.with(url: server.with(database: name), logger: TestDatabase.logger, maximumConnections: 4) {
            database in
            if migrate { try await Migrator().migrate(on: database) }
            return try await body(database)
        }
        outcome = .success(value)
    } catch {
        outcome = .failure(error)
    }
    try await TestDatabase.maintenance("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)", on: server)
    return try outcome.get()
}

/// Like ``withTestDatabase(migrate:_:)``, and also hands over the database's URL, for tests that start
/// `shipwatch` processes against the same database.
public func withTestDatabaseURL<Result: Sendable>(
    _ body: (DatabaseURL, Database) async throws -> Result
) async throws -> Result {
    let server = try TestDatabase.serverURL()
    let name = TestDatabase.uniqueName()
    try await TestDatabase.maintenance("CREATE DATABASE \"\(name)\"", on: server)
    let url = server.with(database: name)
    let outcome: Swift.Result<Result, any Error>
    do {
        let value = try await Database.with(url: url, logger: TestDatabase.logger, maximumConnections: 4) { database in
            try await Migrator().migrate(on: database)
            return try await body(url, database)
        }
        outcome = .success(value)
    } catch {
        outcome = .failure(error)
    }
    try await TestDatabase.maintenance("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)", on: server)
    return try outcome.get()
}
