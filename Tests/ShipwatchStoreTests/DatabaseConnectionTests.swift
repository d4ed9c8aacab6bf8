import Foundation
import PostgresNIO
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Database connection")
struct DatabaseConnectionTests {
    @Test func unknownDatabaseFailsAtOnceWithTheServersReason() async throws {
        let url = try TestDatabase.serverURL().with(database: "shipwatch_no_such_database")
        await #expect {
            try await Database.with(url: url, logger: TestDatabase.logger) { _ in () }
        } throws: { error in
            guard let error = error as? DatabaseConnectionError else { return false }
            return error.reason.contains("shipwatch_no_such_database") && error.description.contains("could not connect")
        }
    }

    @Test func closedPortFailsAtOnce() async throws {
        let url = DatabaseURL(endpoint: .tcp(host: "127.0.0.1", port: 1), username: "nobody", password: "secret", tlsMode: .disable)
        await #expect {
            try await Database.with(url: url, logger: TestDatabase.logger) { _ in () }
        } throws: { error in
            guard let error = error as? DatabaseConnectionError else { return false }
            return error.url == "postgres://nobody:***@127.0.0.1:1/?sslmode=disable" && !error.description.contains("secret")
        }
    }

    @Test func transactionRollsBackAndRethrowsTheBodysError() async throws {
        struct Boom: Error, Equatable {}
        try await withTestDatabase { db in
            await #expect(throws: Boom()) {
                try await db.withTransaction { connection in
                    try await connection.query(
                        "INSERT INTO stores (key, display_name) VALUES ('x', 'X')", logger: db.logger)
                    throw Boom()
                }
            }
            let exists = try await StoreRepository(database: db).exists(key: "x")
            #expect(!exists)
        }
    }

    @Test func describeReportsTheServerMessage() async throws {
        try await withTestDatabase { db in
            do {
                try await db.withConnection { connection in
                    try await connection.query("SELECT * FROM no_such_table", logger: db.logger)
                }
                Issue.record("expected an error")
            } catch {
                let text = Database.describe(error)
                #expect(text.contains("no_such_table"))
                #expect(text.contains("42P01"))
            }
        }
    }
}
